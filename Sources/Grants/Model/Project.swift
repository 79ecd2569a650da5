import Foundation
import KechuangCore
import Projects

/// How a project is funded (Art. 28): stable support (稳定支持) to an institution or team, or
/// competitive funding (竞争性) won in a call. Reported as the stable/competitive mix.
public enum FundingKind: String, Sendable, Codable, CaseIterable {
    case stable, competitive

    public var label: LocalizedText {
        switch self {
        case .stable: LocalizedText(zh: "稳定支持", en: "Stable support")
        case .competitive: LocalizedText(zh: "竞争性支持", en: "Competitive funding")
        }
    }
}

/// The kind of research (Art. 28, 31): reported as the basic-research share, and deciding which
/// indicator set and reviewers the final acceptance uses.
public enum ResearchType: String, Sendable, Codable, CaseIterable {
    case basic, applied, development

    public var label: LocalizedText {
        switch self {
        case .basic: LocalizedText(zh: "基础研究", en: "Basic research")
        case .applied: LocalizedText(zh: "应用研究", en: "Applied research")
        case .development: LocalizedText(zh: "技术开发与产业化", en: "Technology development")
        }
    }
}

/// Where a project is in its life. The task agreement is drafted and signed first; money,
/// reports and changes happen while it runs; acceptance and closure end it.
public enum ProjectStatus: String, Sendable, Codable, CaseIterable {
    /// Funded; the task agreement (任务书) is being drafted, approved and signed.
    case agreementDraft = "agreement_draft"
    /// The agreement is signed by all three parties: the project runs.
    case running
    /// Suspended (e.g. during an inspection finding or a change request).
    case suspended
    /// The final report is in; final acceptance (结题验收) is under way.
    case acceptance
    /// Closed after acceptance (passed, passed with conditions, failed or diligent failure:
    /// the outcome is the acceptance's).
    case closed
    /// Terminated early by a change request.
    case terminated
    /// Parallel technical routes (Art. 30): not selected at the down-selection milestone.
    case discontinued

    /// The states in which the project counts against "PI leads fewer than N running projects".
    public static let countsAsRunning: Set<ProjectStatus> = [.agreementDraft, .running, .suspended, .acceptance]

    public var label: LocalizedText {
        switch self {
        case .agreementDraft: LocalizedText(zh: "任务书签订中", en: "Task agreement in preparation")
        case .running: LocalizedText(zh: "执行中", en: "Running")
        case .suspended: LocalizedText(zh: "已暂停", en: "Suspended")
        case .acceptance: LocalizedText(zh: "结题验收中", en: "Under final acceptance")
        case .closed: LocalizedText(zh: "已结题", en: "Closed")
        case .terminated: LocalizedText(zh: "已终止", en: "Terminated")
        case .discontinued: LocalizedText(zh: "择优后未继续支持", en: "Not continued after down-selection")
        }
    }
}

/// A member of a project's team, as the application named them.
public struct ProjectMember: Sendable, Equatable, Codable {
    public var name: String
    public var email: String
    public var organisationID: UUID?

    public init(name: String, email: String, organisationID: UUID?) {
        self.name = name
        self.email = email
        self.organisationID = organisationID
    }
}

/// Parallel technical routes (Art. 30): the teams funded in phase one for the same task share a
/// group; the down-selection at a milestone keeps some and discontinues the others.
public struct ParallelRoute: Sendable, Equatable, Codable {
    /// The same for every project funded for the same task (the call's id, by default).
    public var group: UUID
    /// The milestone of the task agreement at which the down-selection takes place, by title.
    public var downSelectionMilestone: String

    public init(group: UUID, downSelectionMilestone: String) {
        self.group = group
        self.downSelectionMilestone = downSelectionMilestone
    }
}

/// A funded project (立项项目): what an application becomes at the funding decision.
public struct Project: Sendable, Equatable, Codable, Identifiable {
    public typealias ID = Identifier<Project>
    public let id: ID
    /// `Z241100001`: see `ProjectNumber` for the scheme. Unique per programme and year.
    public let number: String
    public let applicationID: GrantApplication.ID
    public let callID: UUID
    public let programmeID: UUID
    public var titleZh: String
    public var titleEn: String
    public var principalInvestigatorID: UUID
    public var organisationID: UUID
    public var team: [ProjectMember]
    public var startDate: BeijingDay
    public var endDate: BeijingDay
    /// What the application asked for, in yuan.
    public let requestedAmount: Int
    /// What was awarded, in yuan (`Money.range`); may be below the request.
    public var awardedAmount: Int
    public let awardDate: BeijingDay
    public var fundingKind: FundingKind
    public var researchType: ResearchType
    /// From the call (Art. 50(2)): lump sum, or budget with a negative list.
    public var budgetMode: BudgetMode
    /// From the call (Art. 29, 30).
    public var selectionMode: SelectionMode
    /// Chief-scientist responsibility (首席科学家负责制, Art. 29): the chief scientist (the PI)
    /// allocates sub-tasks and budget inside the project.
    public var chiefScientist: Bool
    /// Set when the project is one of several funded on parallel technical routes (Art. 30).
    public var parallelRoute: ParallelRoute?
    public var status: ProjectStatus
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: ID, number: String, applicationID: GrantApplication.ID, callID: UUID, programmeID: UUID, titleZh: String, titleEn: String,
                principalInvestigatorID: UUID, organisationID: UUID, team: [ProjectMember], startDate: BeijingDay, endDate: BeijingDay,
                requestedAmount: Int, awardedAmount: Int, awardDate: BeijingDay, fundingKind: FundingKind, researchType: ResearchType,
                budgetMode: BudgetMode, selectionMode: SelectionMode, chiefScientist: Bool, parallelRoute: ParallelRoute?,
                status: ProjectStatus, version: Int, createdAt: Date, updatedAt: Date) {
        self.id = id
        self.number = number
        self.applicationID = applicationID
        self.callID = callID
        self.programmeID = programmeID
        self.titleZh = titleZh
        self.titleEn = titleEn
        self.principalInvestigatorID = principalInvestigatorID
        self.organisationID = organisationID
        self.team = team
        self.startDate = startDate
        self.endDate = endDate
        self.requestedAmount = requestedAmount
        self.awardedAmount = awardedAmount
        self.awardDate = awardDate
        self.fundingKind = fundingKind
        self.researchType = researchType
        self.budgetMode = budgetMode
        self.selectionMode = selectionMode
        self.chiefScientist = chiefScientist
        self.parallelRoute = parallelRoute
        self.status = status
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// Whole years the project runs (at least 1): a mid-term review is due from 3 years.
    public var durationYears: Int {
        let months = (endDate.year - startDate.year) * 12 + (endDate.month - startDate.month)
        return max(1, Int((Double(months) / 12).rounded()))
    }
}
