import Export
import Foundation
import Identity
import KechuangCore
import Plot
import Policy
import Projects

enum ApplicationText {
    static func title(_ a: GrantApplication, _ c: PageContext) -> String {
        if c.language == .en && !a.titleEn.isEmpty { return a.titleEn }
        return a.titleZh.isEmpty ? c(ProjectsMsg.appUntitled) : a.titleZh
    }

    static func editable(_ a: GrantApplication) -> Bool { [.draft, .returned].contains(a.state) }
}

/// One application as the research office or the programme officer sees it in a list.
struct ApplicationRow {
    let application: GrantApplication
    let piName: String
    let organisationName: String
}

enum CallText {
    static func status(_ call: Call, at now: Date) -> ProjectsMsg {
        if call.status == .draft { return .callStatusDraft }
        if now < call.opensAt { return .callStatusUpcoming }
        return now < call.closesAt ? .callStatusOpen : .callStatusClosed
    }

    static func money(_ yuan: Int, _ c: PageContext) -> String {
        let f = NumberFormatter()
        f.numberStyle = .decimal
        f.locale = Locale(identifier: "en_US_POSIX")
        f.groupingSeparator = ","
        return "\(f.string(from: NSNumber(value: yuan)) ?? String(yuan)) \(c(ProjectsMsg.callYuan))"
    }

    static func title(_ call: Call, _ c: PageContext) -> String {
        c.language == .en && !call.titleEn.isEmpty ? call.titleEn : call.titleZh
    }

    /// "BJNSF Beijing Natural Science Foundation" in English, "BJNSF 北京市自然科学基金" in Chinese.
    static func programmeName(_ p: Programme, _ c: PageContext) -> String {
        "\(p.code) \(c.language == .en && !p.nameEn.isEmpty ? p.nameEn : p.nameZh)"
    }

    /// A budget category by its label in the page's language (`conferences` → 会议费 / Conferences).
    static func category(_ code: String, _ c: PageContext) -> String {
        BudgetLine.categories.contains(code) ? c(ApplicationStep.budgetLabel(code)) : code
    }

    /// The codes an officer may type, each with its label: "conferences（会议费）".
    static func categoryCodes(_ c: PageContext) -> String {
        BudgetLine.categories.map { c.language == .zh ? "\($0)（\(category($0, c))）" : "\($0) (\(category($0, c)))" }
            .joined(separator: c.language == .zh ? "、" : ", ")
    }

    /// An article in the page's language, bracketed: "（第二十七条）" / "(Art. 27)".
    static func cited(_ article: ArticleRef, _ c: PageContext) -> String {
        c.language == .zh ? "（\(article.text(in: .zh))）" : "(\(article.text(in: .en)))"
    }
}

/// Text written by people (titles, names, summaries) shown as it was written: on an English page,
/// a text with Chinese characters is marked `lang="zh-CN"` so screen readers use a Chinese voice.
enum Written {
    static func hasCJK(_ s: String) -> Bool {
        s.unicodeScalars.contains { (0x3000...0x9FFF).contains($0.value) || (0xF900...0xFAFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }
    }

    static func text<C: HTML.BodyContext>(_ s: String, _ c: PageContext) -> Node<C> {
        c.language == .en && hasCJK(s) ? .span(.attribute(named: "lang", value: "zh-CN"), .text(s)) : .text(s)
    }

    /// A block of written text (a summary, a plan): its own paragraph, marked when Chinese on an English page.
    static func paragraph<C: HTML.BodyContext>(_ s: String, _ c: PageContext) -> Node<C> {
        c.language == .en && hasCJK(s) ? .p(.attribute(named: "lang", value: "zh-CN"), .text(s)) : .p(.text(s))
    }
}
