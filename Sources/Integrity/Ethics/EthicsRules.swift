import Foundation
import KechuangCore

/// A committee as typed into the form or sent to the API.
public struct EthicsCommitteeInput: Sendable, Equatable {
    public var organisationID: UUID?
    public var nameZh: String
    public var nameEn: String
    public var registrationNumber: String
    public var registrationDate: BeijingDay?
    public var scopes: Set<EthicsScope>
    public var members: [EthicsCommitteeMember]

    public init(organisationID: UUID?, nameZh: String, nameEn: String, registrationNumber: String, registrationDate: BeijingDay?,
                scopes: Set<EthicsScope>, members: [EthicsCommitteeMember]) {
        self.organisationID = organisationID
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.registrationNumber = registrationNumber
        self.registrationDate = registrationDate
        self.scopes = scopes
        self.members = members
    }
}

/// A review decision as typed in; `committeeScopes` is filled by the service from the committee.
public struct EthicsApprovalInput: Sendable, Equatable {
    public var committeeID: UUID?
    public var approvalNumber: String
    public var projectTitle: String
    public var decisionDate: BeijingDay?
    public var scopes: Set<EthicsScope>
    public var validFrom: BeijingDay?
    public var validUntil: BeijingDay?
    public var highRiskActivities: Set<String>
    public var committeeScopes: Set<EthicsScope> = Set(EthicsScope.allCases)

    public init(committeeID: UUID?, approvalNumber: String, projectTitle: String, decisionDate: BeijingDay?, scopes: Set<EthicsScope>,
                validFrom: BeijingDay?, validUntil: BeijingDay?, highRiskActivities: Set<String> = []) {
        self.committeeID = committeeID
        self.approvalNumber = approvalNumber
        self.projectTitle = projectTitle
        self.decisionDate = decisionDate
        self.scopes = scopes
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.highRiskActivities = highRiskActivities
    }
}

/// When an application cites an approval: at submission (Projects) or at award (Grants).
public enum EthicsCheckStage: String, Sendable {
    case submission, award
}

/// What the registry check looks at: what the application declares, what the registry holds.
public struct EthicsCheckFacts: Sendable {
    public var declared: Set<EthicsScope>
    /// A declared area the platform does not know (a damaged draft): the check cannot run.
    public var unknownDeclared: Bool
    public var approvalNumber: String
    public var approval: EthicsApproval?
    public var committee: EthicsCommittee?
    /// A registry row that cannot be read: the check cannot run, so it denies.
    public var unreadable: Bool
    /// The organisations whose committee may approve: the applying organisation.
    public var institutions: Set<UUID>
    public var day: BeijingDay
    public var stage: EthicsCheckStage

    /// Listed high-risk activities (in the version in force on the day) the approval names.
    public var listedHighRisk: [HighRiskActivity] {
        (approval?.highRiskActivities ?? []).compactMap { HighRiskActivities.entry($0, on: day) }
    }

    var cited: Bool { !approvalNumber.trimmingCharacters(in: .whitespaces).isEmpty }
    var found: Bool { approval != nil && committee != nil }
}

/// The rules of the ethics registry and of citing an approval, as data; each cites Art. 61.
public enum EthicsRules {
    static func blank(_ s: String) -> Bool { s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

    public static let committee = RuleBook<EthicsCommitteeInput>([
        Rule(id: "ethics.committee.organisation.required", basis: .art(61, 2), field: "organisation_id",
             message: LocalizedText(zh: "请选择设立委员会的单位", en: "Select the institution that set up the committee")) { $0.organisationID == nil },
        Rule(id: "ethics.committee.name.required", basis: .art(61, 2), field: "name_zh",
             message: LocalizedText(zh: "请填写委员会名称（中文）", en: "Enter the committee's name in Chinese")) { blank($0.nameZh) },
        Rule(id: "ethics.committee.registration_number.required", basis: .art(61, 2), field: "registration_number",
             message: LocalizedText(zh: "请填写登记编号", en: "Enter the registration number")) { blank($0.registrationNumber) },
        Rule(id: "ethics.committee.registration_date.required", basis: .art(61, 2), field: "registration_date",
             message: LocalizedText(zh: "请填写登记日期（如 2025-03-01）", en: "Enter the registration date (e.g. 2025-03-01)")) { $0.registrationDate == nil },
        Rule(id: "ethics.committee.scope.required", basis: .art(61, 2), field: "scopes",
             message: LocalizedText(zh: "请选择至少一项审查范围", en: "Select at least one review scope")) { $0.scopes.isEmpty },
        Rule(id: "ethics.committee.members.required", basis: .art(61, 2), field: "members",
             message: LocalizedText(zh: "委员会至少应有 5 名委员（每行一名：姓名，专业领域）", en: "A committee has at least 5 members (one a line: name, expertise)")) {
            $0.members.count < 5 || $0.members.contains { blank($0.name) }
        },
    ])

    public static let approval = RuleBook<EthicsApprovalInput>([
        Rule(id: "ethics.approval.committee.required", basis: .art(61), field: "committee_id",
             message: LocalizedText(zh: "请选择作出审查决定的委员会", en: "Select the committee that decided")) { $0.committeeID == nil },
        Rule(id: "ethics.approval.number.required", basis: .art(61), field: "approval_number",
             message: LocalizedText(zh: "请填写批件编号", en: "Enter the approval number")) { blank($0.approvalNumber) },
        Rule(id: "ethics.approval.title.required", basis: .art(61), field: "project_title",
             message: LocalizedText(zh: "请填写所审查项目的名称", en: "Enter the title of the project reviewed")) { blank($0.projectTitle) },
        Rule(id: "ethics.approval.date.required", basis: .art(61), field: "decision_date",
             message: LocalizedText(zh: "请填写审查决定日期", en: "Enter the date of the decision")) { $0.decisionDate == nil },
        Rule(id: "ethics.approval.scope.required", basis: .art(61), field: "scopes",
             message: LocalizedText(zh: "请选择批件覆盖的审查范围", en: "Select the scopes the approval covers")) { $0.scopes.isEmpty },
        Rule(id: "ethics.approval.scope.committee", basis: .art(61), field: "scopes",
             message: LocalizedText(zh: "批件覆盖的范围超出该委员会登记的审查范围（第六十一条）",
                                    en: "The approval covers a scope the committee is not registered to review (Art. 61)")) { !$0.scopes.isSubset(of: $0.committeeScopes) },
        Rule(id: "ethics.approval.validity.required", basis: .art(61), field: "valid_until",
             message: LocalizedText(zh: "请填写有效期的起止日期", en: "Enter the first and last day of validity")) { $0.validFrom == nil || $0.validUntil == nil },
        Rule(id: "ethics.approval.validity.order", basis: .art(61), field: "valid_until",
             message: LocalizedText(zh: "有效期的结束日期不得早于开始日期", en: "Validity may not end before it starts")) { input in
            guard let from = input.validFrom, let until = input.validUntil else { return false }
            return until < from
        },
        Rule(id: "ethics.approval.high_risk.known", basis: .art(61), field: "high_risk",
             message: LocalizedText(zh: "高风险活动须从清单中选择", en: "Choose high-risk activities from the list")) { !$0.highRiskActivities.isSubset(of: HighRiskActivities.knownCodes) },
    ])

    public static let expertReview = RuleBook<EthicsExpertReview>([
        Rule(id: "ethics.expert_review.body.required", basis: .art(61), field: "body",
             message: LocalizedText(zh: "请填写复核专家组或机关", en: "Enter the panel or body that re-reviewed")) { blank($0.body) },
    ])

    /// Citing an approval (Projects' submission, Grants' award). Every rule's field is `ethics`.
    public static let check = RuleBook<EthicsCheckFacts>([
        Rule(id: "ethics.check.number.required", basis: .art(61), field: "ethics",
             message: LocalizedText(zh: "研究涉及科技伦理敏感领域，请填写伦理审查批件编号（第六十一条）",
                                    en: "The research involves an ethically sensitive area: enter the ethics approval number (Art. 61)")) {
            !$0.declared.isEmpty && !$0.cited
        },
        Rule(id: "ethics.check.unreadable", basis: .art(61), field: "ethics",
             message: LocalizedText(zh: "伦理审查登记信息无法读取，无法核验批件，暂不予办理（第六十一条）",
                                    en: "The ethics registry cannot be read, so the approval cannot be verified; refused until it is repaired (Art. 61)")) {
            ($0.cited || !$0.declared.isEmpty) && ($0.unreadable || $0.unknownDeclared)
        },
        Rule(id: "ethics.check.exists", basis: .art(61), field: "ethics",
             message: LocalizedText(zh: "所填伦理审查批件编号在伦理审查登记中不存在（第六十一条）",
                                    en: "The ethics approval number is not in the ethics registry (Art. 61)")) {
            $0.cited && !$0.unreadable && !$0.found
        },
        Rule(id: "ethics.check.institution", basis: .art(61, 2), field: "ethics",
             message: LocalizedText(zh: "伦理审查批件须由申报单位设立的科技伦理审查委员会作出（第六十一条第二款）",
                                    en: "The approval must come from an ethics committee set up by the applying institution (Art. 61(2))")) {
            guard let committee = $0.committee else { return false }
            return !$0.institutions.contains(committee.organisationID)
        },
        Rule(id: "ethics.check.validity", basis: .art(61), field: "ethics",
             message: LocalizedText(zh: "伦理审查批件不在有效期内（第六十一条）", en: "The ethics approval is not valid on this date (Art. 61)")) {
            guard let approval = $0.approval else { return false }
            return !approval.isValid(on: $0.day)
        },
        Rule(id: "ethics.check.scope", basis: .art(61), field: "ethics",
             message: LocalizedText(zh: "伦理审查批件未覆盖申报的全部敏感领域（第六十一条）",
                                    en: "The ethics approval does not cover every sensitive area declared (Art. 61)")) {
            guard let approval = $0.approval else { return false }
            return !$0.declared.isSubset(of: Set(approval.scopes))
        },
        Rule(id: "ethics.check.expert_review", basis: .art(61), field: "ethics",
             message: LocalizedText(zh: "研究涉及需要开展专家复核的高风险科技活动，立项前须记录通过的专家复核（第六十一条）",
                                    en: "The research involves a high-risk activity on the list: an approving expert re-review must be recorded before the award (Art. 61)")) {
            $0.stage == .award && !$0.listedHighRisk.isEmpty && $0.approval?.expertReview?.approved != true
        },
    ])

    public static var citations: [CitedRule] {
        committee.citations(module: "INT") + approval.citations(module: "INT") + expertReview.citations(module: "INT") + check.citations(module: "INT")
    }
}
