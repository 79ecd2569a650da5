import Foundation
import Identity
import Integrity
import KechuangCore
import Plot
import Projects
import Review

enum ReviewText {
    static func percent(_ x: Double) -> String {
        let p = (x * 100).rounded()
        return p.isFinite && abs(p) <= 1e6 ? "\(Int(p))%" : "–"
    }

    static func affinity(_ a: Int) -> String { String(format: "%.3f", Double(a) / 65535) }

    static func score(_ x: Double) -> String { String(format: "%.1f", x) }

    /// The row's title in the page's language when the applicant gave one.
    static func title(_ row: RankingRow, _ c: PageContext) -> String {
        if c.language == .en && !row.titleEn.isEmpty { return row.titleEn }
        return row.title.isEmpty ? c(ProjectsMsg.appUntitled) : row.title
    }

    /// "创新性 30%、研究方案可行性 30%…" / "Novelty 30%, Feasibility of the plan 30%, …".
    static func weights(_ criteria: [Criterion], _ c: PageContext) -> String {
        let sum = criteria.reduce(0) { $0 + max($1.weight, 0) }
        guard sum > 0 else { return "—" }
        return criteria.map { "\(c.text($0.label)) \(percent(Double(max($0.weight, 0)) / Double(sum)))（0–\($0.maxScore)）" }
            .map { c.language == .en ? $0.replacingOccurrences(of: "（", with: " (").replacingOccurrences(of: "）", with: ")") : $0 }
            .joined(separator: c.language == .zh ? "；" : "; ")
    }

    /// "0–10 分，权重 30%" / "0 to 10, weight 30%".
    static func criterionHint(_ criterion: Criterion, among criteria: [Criterion]) -> LocalizedText {
        let sum = criteria.reduce(0) { $0 + max($1.weight, 0) }
        let share = sum > 0 ? percent(Double(max(criterion.weight, 0)) / Double(sum)) : "—"
        return LocalizedText(zh: "0–\(criterion.maxScore) 分，权重 \(share)", en: "0 to \(criterion.maxScore), weight \(share)")
    }

    static var commentHint: LocalizedText {
        LocalizedText(zh: "不少于 \(Reviews.minimumCommentLength) 个字，中文或英文均可。",
                      en: "At least \(Reviews.minimumCommentLength) characters, in Chinese or English.")
    }

    /// Whether a row fits the budget, said without blaming the budget for missing reviews.
    static func budgetFit(_ row: RankingRow) -> ReviewMsg {
        if row.reviewCount == 0 { return .rankingNoReviews }
        return row.withinBudget ? .rankingWithin : .rankingBeyond
    }

    static func cutoffSummary(_ above: Int) -> LocalizedText {
        LocalizedText(zh: "以上 \(above) 项申请按排序在指南总经费之内；以下的申请超出预算或尚无评审。",
                      en: "The \(above) application\(above == 1 ? "" : "s") above fit the call's budget in rank order; those below exceed it or have no review yet.")
    }
}

extension LegalBasis {
    /// `（依据：第六十条）` / `(Art. 60)`.
    func cited(_ c: PageContext) -> String {
        c.language == .zh ? "（依据：\(text(in: .zh))）" : "(\(text(in: .en)))"
    }
}

/// Form parts of the review pages that the shell's components do not have.
enum ReviewForms {
    /// `<details><summary>…</summary>…</details>`: folded content (technical details), no JavaScript.
    static func folded<C: HTML.BodyContext>(_ summary: String, _ content: Node<C>...) -> Node<C> {
        .element(named: "details", nodes: [.element(named: "summary", nodes: [.text(summary)])] + content)
    }

    /// A single "yes" checkbox (a declaration, a confirmation of an irreversible step) whose input
    /// has the field's own id, `field-<name>`, so the error summary's link lands on it.
    static func confirmation(_ name: String, _ label: String, _ errors: [FieldError], _ c: PageContext, checked: Bool = false) -> Node<HTML.FormContext> {
        let id = Components.fieldID(name)
        let fieldErrors = errors.filter { $0.field == name }
        return .div(
            .class(fieldErrors.isEmpty ? "checkbox" : "checkbox field-error"),
            .if(!fieldErrors.isEmpty, .p(.class("error-message"), .id(id + "-error"),
                .span(.class("visually-hidden"), .text(c.language == .zh ? "错误：" : "Error: ")),
                .text(fieldErrors.map { Components.message($0, c) }.joined(separator: " ")))),
            .input(.id(id), .type(.checkbox), .name(name), .value("yes"), .checked(checked),
                   .attribute(named: "aria-describedby", value: fieldErrors.isEmpty ? nil : id + "-error"),
                   .attribute(named: "aria-invalid", value: fieldErrors.isEmpty ? nil : "true")),
            .label(.for(id), .text(label)))
    }

    /// The field error a confirmation box left unticked gives.
    static func unconfirmed(_ name: String) -> FieldError {
        FieldError(field: name, rule: "\(name).required",
                   message: LocalizedText(zh: "请勾选确认：此决定提交后不能撤回", en: "Tick to confirm: this decision cannot be undone"))
    }
}
