import Export
import Foundation
import Identity
import KechuangCore
import Plot
import Projects

/// Form values of every page, by field name, from a stored application (what a GET shows).
enum ApplicationForm {
    static let yes = "yes"

    static func values(_ a: GrantApplication, call: Call) -> [String: String] {
        var v: [String: String] = [
            "title_zh": a.titleZh, "title_en": a.titleEn, "keywords": a.keywords, "discipline": a.discipline, "pi_phd_year": a.piPhDYear.map(String.init) ?? "",
            "summary": a.summary, "plan": a.plan,
        ]
        for (index, heading) in call.formSections.enumerated() { v["section_\(index)"] = a.sections[heading] ?? "" }
        for (index, member) in a.team.prefix(ApplicationStep.maxMembers).enumerated() {
            v["member_\(index + 1)_name"] = member.name
            v["member_\(index + 1)_email"] = member.email
            v["member_\(index + 1)_organisation"] = member.organisationID?.uuidString.lowercased() ?? ""
        }
        for partner in a.partners { v["partner_\(partner.uuidString.lowercased())"] = yes }
        for area in a.sensitiveAreas { v["sensitive_\(area)"] = yes }
        v["ethics_approval_number"] = a.ethicsApprovalNumber
        for line in a.budget { v["budget_\(line.category)"] = String(line.amount) }
        return v
    }

    static func draft(of a: GrantApplication) -> ApplicationDraft {
        ApplicationDraft(titleZh: a.titleZh, titleEn: a.titleEn, keywords: a.keywords, discipline: a.discipline, summary: a.summary, plan: a.plan,
                         sensitiveAreas: a.sensitiveAreas, ethicsApprovalNumber: a.ethicsApprovalNumber, piPhDYear: a.piPhDYear,
                         team: a.team, partners: a.partners, budget: a.budget, sections: a.sections)
    }

    /// The draft with this page's fields applied; a field that cannot be read (a year or an
    /// amount that is not a number) is a validation error and nothing is saved.
    static func apply(_ step: ApplicationStep, _ v: [String: String], to a: GrantApplication, call: Call) throws -> ApplicationDraft {
        var d = draft(of: a)
        var errors: [FieldError] = []
        func text(_ key: String) -> String { (v[key] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        switch step {
        case .basic:
            d.titleZh = text("title_zh")
            d.titleEn = text("title_en")
            d.keywords = text("keywords")
            d.discipline = text("discipline").uppercased()
            if !d.discipline.isEmpty && d.discipline.range(of: #"^[A-Z][0-9]{2}([0-9]{2})?$"#, options: .regularExpression) == nil {
                errors.append(FieldError(field: "discipline", rule: "application.discipline.format",
                    message: LocalizedText(zh: "申请代码格式如 F01 或 F0101", en: "A discipline code looks like F01 or F0101")))
            }
            let year = text("pi_phd_year")
            if year.isEmpty {
                d.piPhDYear = nil
            } else if year.count == 4, let value = Int(year), value > 1900 {
                d.piPhDYear = value
            } else {
                errors.append(FieldError(field: "pi_phd_year", rule: "application.pi_phd_year.number", message: ProjectsMsg.appYearInvalid.text))
            }
        case .team:
            var team: [TeamMember] = []
            for index in 1...ApplicationStep.maxMembers {
                let name = text("member_\(index)_name"), email = text("member_\(index)_email")
                if name.isEmpty && email.isEmpty { continue }
                if !ApplicationRules.isEmail(email) {
                    errors.append(FieldError(field: "member_\(index)_email", rule: "application.team.email", message: ProjectsMsg.appEmailInvalid.text))
                }
                let organisation = UUID(uuidString: text("member_\(index)_organisation"))
                let confirmed = a.team.first { $0.email.lowercased() == email.lowercased() && $0.organisationID == organisation }?.confirmedAt
                team.append(TeamMember(name: name, email: email, organisationID: organisation, confirmedAt: confirmed))
            }
            d.team = team
            d.partners = v.filter { $0.key.hasPrefix("partner_") && $0.value == yes }
                .compactMap { UUID(uuidString: String($0.key.dropFirst("partner_".count))) }.sorted { $0.uuidString < $1.uuidString }
        case .content:
            d.summary = text("summary")
            d.plan = text("plan")
            for (index, heading) in call.formSections.enumerated() { d.sections[heading] = text("section_\(index)") }
            d.sensitiveAreas = Set(ApplicationStep.sensitiveAreas.map(\.0).filter { v["sensitive_\($0)"] == yes })
            d.ethicsApprovalNumber = text("ethics_approval_number")
        case .budget:
            let categories = call.budgetMode == .lumpSum ? ["lump_sum"] : BudgetLine.categories
            var lines: [BudgetLine] = []
            for category in categories {
                let raw = text("budget_\(category)").replacingOccurrences(of: ",", with: "")
                if raw.isEmpty { continue }
                guard let amount = Int(raw), amount >= 0 else {
                    errors.append(FieldError(field: "budget_\(category)", rule: "application.budget.number", message: ProjectsMsg.appAmountInvalid.text))
                    continue
                }
                guard Money.range.contains(amount) else {
                    errors.append(FieldError(field: "budget_\(category)", rule: "application.budget.amount_limit",
                        message: LocalizedText(zh: "金额不得超过 \(Money.maxYuan) 元", en: "The amount may be at most \(Money.maxYuan) yuan")))
                    continue
                }
                if amount > 0 { lines.append(BudgetLine(category: category, amount: amount)) }
            }
            d.budget = lines
        case .check:
            break
        }
        if !errors.isEmpty { throw DomainError.validation(errors) }
        return d
    }
}
