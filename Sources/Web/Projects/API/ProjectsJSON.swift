import Foundation
import KechuangCore
import Projects
import Vapor

// The projects API's JSON shapes (snake_case, as `ProjectsAPI+OpenAPI.swift` describes them).

/// A call as the API shows it; times are instants, shown in Beijing time (`timezone`).
struct CallJSON: Content {
    let id: UUID
    let programme_id: UUID
    let title_zh: String
    let title_en: String
    let guideline_zh: String
    let guideline_en: String
    let opens_at: Date
    let closes_at: Date
    let timezone: String
    let total_budget: Int
    let typical_award: Int
    let budget_mode: String
    let selection_mode: String
    let eligibility_rules: [EligibilityRule]
    let negative_list: [String]
    let required_documents: [String]
    let form_sections: [String]
    let status: String
    let version: Int

    init(_ c: Call) {
        id = c.id.rawValue; programme_id = c.programmeID; title_zh = c.titleZh; title_en = c.titleEn; guideline_zh = c.guidelineZh
        guideline_en = c.guidelineEn; opens_at = c.opensAt; closes_at = c.closesAt; timezone = "Asia/Shanghai"
        total_budget = c.totalBudget; typical_award = c.typicalAward; budget_mode = c.budgetMode.rawValue
        selection_mode = c.selectionMode.rawValue; eligibility_rules = c.eligibilityRules; negative_list = c.negativeList; required_documents = c.requiredDocuments; form_sections = c.formSections; status = c.status.rawValue; version = c.version
    }
}

/// The call linter's findings, each with its article and character offsets.
struct CallLintJSON: Content {
    let findings: [LintFinding]
}

/// An application as its PI, its research office and officers see it.
struct GrantApplicationJSON: Content {
    struct Member: Content {
        let name: String
        let email: String
        let organisation_id: UUID?
        let confirmed_at: Date?
    }

    struct Line: Content {
        let category: String
        let amount: Int
        let note: String
    }

    let id: UUID
    let call_id: UUID
    let principal_investigator_id: UUID
    let organisation_id: UUID
    let title_zh: String
    let title_en: String
    let keywords: String
    let discipline: String
    let summary: String
    let plan: String
    let sensitive_areas: [String]
    let ethics_approval_number: String
    let pi_phd_year: Int?
    let team: [Member]
    let partners: [UUID]
    let budget: [Line]
    let budget_total: Int
    let sections: [String: String]
    let state: String
    let submitted_at: Date?
    let office_comment: String?
    let officer_note: String?
    let version: Int

    init(_ a: GrantApplication) {
        id = a.id.rawValue; call_id = a.callID; principal_investigator_id = a.principalInvestigatorID; organisation_id = a.organisationID
        title_zh = a.titleZh; title_en = a.titleEn; keywords = a.keywords; discipline = a.discipline; summary = a.summary; plan = a.plan
        sensitive_areas = a.sensitiveAreas.sorted(); ethics_approval_number = a.ethicsApprovalNumber; pi_phd_year = a.piPhDYear
        team = a.team.map { Member(name: $0.name, email: $0.email, organisation_id: $0.organisationID, confirmed_at: $0.confirmedAt) }
        partners = a.partners; budget = a.budget.map { Line(category: $0.category, amount: $0.amount, note: $0.note) }
        budget_total = a.budgetTotal; sections = a.sections; state = a.state.rawValue; submitted_at = a.submittedAt; office_comment = a.officeComment
        officer_note = a.officerNote; version = a.version
    }
}

/// The draft's fields as the API receives them (PUT sends the whole draft, with the version read).
struct ApplicationBody: Content {
    struct Member: Content {
        var name: String?
        var email: String?
        var organisation_id: String?
    }

    struct Line: Content {
        var category: String?
        var amount: Int?
        var note: String?
    }

    var title_zh: String?
    var title_en: String?
    var keywords: String?
    var discipline: String?
    var summary: String?
    var plan: String?
    var sensitive_areas: [String]?
    /// The ethics approval cited for the sensitive areas (Art. 61), checked against the ethics registry.
    var ethics_approval_number: String?
    var pi_phd_year: Int?
    var team: [Member]?
    var partners: [String]?
    var budget: [Line]?
    /// The call's written sections, by heading.
    var sections: [String: String]?
    var version: Int?

    static let sensitiveAreas: Set<String> = ["human", "animal", "ai", "other"]

    /// The draft, or every field that cannot be read. A team member keeps the confirmation they
    /// already gave (matched by email and organisation).
    func draft(keepingConfirmationsOf current: GrantApplication) throws -> ApplicationDraft {
        var errors: [FieldError] = []
        func uuid(_ raw: String?, field: String) -> UUID? {
            guard let raw, !raw.isEmpty else { return nil }
            if let id = UUID(uuidString: raw) { return id }
            errors.append(FieldError(field: field, rule: "application.id.format",
                message: LocalizedText(zh: "单位标识格式不正确", en: "This is not a valid organisation id")))
            return nil
        }
        let areas = Set(sensitive_areas ?? [])
        if !areas.isSubset(of: Self.sensitiveAreas) {
            errors.append(FieldError(field: "sensitive_areas", rule: "application.sensitive_areas.known",
                message: LocalizedText(zh: "敏感领域只能是 human、animal、ai 或 other", en: "Sensitive areas are human, animal, ai or other")))
        }
        var members: [TeamMember] = []
        for (index, member) in (team ?? []).enumerated() {
            let organisation = uuid(member.organisation_id, field: "team[\(index)].organisation_id")
            let email = (member.email ?? "").trimmingCharacters(in: .whitespaces)
            let confirmed = current.team.first { $0.email.lowercased() == email.lowercased() && $0.organisationID == organisation }?.confirmedAt
            members.append(TeamMember(name: member.name ?? "", email: email, organisationID: organisation, confirmedAt: confirmed))
        }
        var partnerIDs: [UUID] = []
        for (index, raw) in (partners ?? []).enumerated() {
            if let id = uuid(raw, field: "partners[\(index)]") { partnerIDs.append(id) }
        }
        var lines: [BudgetLine] = []
        for (index, line) in (budget ?? []).enumerated() {
            let category = line.category ?? ""
            if !(BudgetLine.categories + ["lump_sum"]).contains(category) {
                errors.append(FieldError(field: "budget[\(index)].category", rule: "application.budget.category",
                    message: LocalizedText(zh: "预算科目不存在", en: "There is no such budget category")))
            }
            lines.append(BudgetLine(category: category, amount: line.amount ?? 0, note: line.note ?? ""))
        }
        if !errors.isEmpty { throw DomainError.validation(errors) }
        return ApplicationDraft(titleZh: title_zh ?? "", titleEn: title_en ?? "", keywords: keywords ?? "", discipline: (discipline ?? "").uppercased(), summary: summary ?? "",
                                plan: plan ?? "", sensitiveAreas: areas, ethicsApprovalNumber: (ethics_approval_number ?? "").trimmingCharacters(in: .whitespacesAndNewlines),
                                piPhDYear: pi_phd_year, team: members, partners: partnerIDs, budget: lines, sections: sections ?? [:])
    }
}

/// The self-check: every problem that would stop submission, with the article behind it.
struct ApplicationProblemsJSON: Content {
    struct Item: Content {
        let field: String
        let rule: String
        let message_zh: String
        let message_en: String
        let article: String?

        init(_ error: FieldError) {
            field = error.field; rule = error.rule; message_zh = error.message.zh; message_en = error.message.en
            if case .article(let ref)? = error.basis { article = ref.code } else { article = nil }
        }
    }

    let problems: [Item]
}
