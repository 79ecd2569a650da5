import Foundation
import KechuangCore

/// What a change request asks for. Each goes through the research office of the project's
/// organisation (Art. 22) and then the programme officer; approving it at the end changes the project.
public enum ChangeKind: String, Sendable, Codable, CaseIterable {
    case extension_ = "extension", piChange = "pi_change", teamChange = "team_change", termination

    public var label: LocalizedText {
        switch self {
        case .extension_: LocalizedText(zh: "项目延期", en: "Extension")
        case .piChange: LocalizedText(zh: "变更项目负责人", en: "Change of principal investigator")
        case .teamChange: LocalizedText(zh: "变更项目组成员", en: "Change of team")
        case .termination: LocalizedText(zh: "终止项目", en: "Termination")
        }
    }
}

/// Where a request is on its approval path.
public enum ChangeState: String, Sendable, Codable, CaseIterable {
    /// Filed by the PI; waits for the research office.
    case submitted
    /// The research office agreed; waits for the programme officer.
    case officeApproved = "office_approved"
    /// The programme officer approved and the change was applied to the project.
    case approved
    /// Refused by the research office or the programme officer, with the reason.
    case rejected

    public var label: LocalizedText {
        switch self {
        case .submitted: LocalizedText(zh: "待单位审核", en: "Waiting for the research office")
        case .officeApproved: LocalizedText(zh: "待项目主管审批", en: "Waiting for the programme officer")
        case .approved: LocalizedText(zh: "已批准并生效", en: "Approved and applied")
        case .rejected: LocalizedText(zh: "未批准", en: "Not approved")
        }
    }

    public var isOpen: Bool { self == .submitted || self == .officeApproved }
}

/// What the request asks, by kind (only the kind's fields are set).
public struct ChangeDetails: Sendable, Equatable, Codable {
    /// Extension: the new end date.
    public var newEndDate: BeijingDay?
    /// PI change: the new principal investigator (a person on the platform).
    public var newPrincipalInvestigatorID: UUID?
    public var newPrincipalInvestigatorName: String?
    /// Team change: the whole new team.
    public var team: [ProjectMember]?

    public init(newEndDate: BeijingDay? = nil, newPrincipalInvestigatorID: UUID? = nil, newPrincipalInvestigatorName: String? = nil,
                team: [ProjectMember]? = nil) {
        self.newEndDate = newEndDate
        self.newPrincipalInvestigatorID = newPrincipalInvestigatorID
        self.newPrincipalInvestigatorName = newPrincipalInvestigatorName
        self.team = team
    }
}

/// A step taken on a request: who, when, what they decided and why.
public struct ChangeStep: Sendable, Equatable, Codable {
    public var by: UUID
    public var byName: String
    public var role: String
    public var approve: Bool
    public var comment: String
    public var at: Date
}

public struct ChangeRequest: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<ChangeRequest>
    public let id: ID
    public let projectID: UUID
    public var kind: ChangeKind
    public var reason: String
    public var details: ChangeDetails
    public var state: ChangeState
    public var requestedBy: UUID
    public var steps: [ChangeStep]
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date
}

/// What the PI files.
public struct ChangeInput: Sendable, Equatable {
    public var kind: ChangeKind?
    public var reason: String
    public var newEndDate: BeijingDay?
    /// PI change: the new PI, a person on the platform (the web layer finds them by e-mail).
    public var newPrincipalInvestigatorID: UUID?
    public var team: [ProjectMember]

    public init(kind: ChangeKind?, reason: String, newEndDate: BeijingDay? = nil, newPrincipalInvestigatorID: UUID? = nil, team: [ProjectMember] = []) {
        self.kind = kind
        self.reason = reason
        self.newEndDate = newEndDate
        self.newPrincipalInvestigatorID = newPrincipalInvestigatorID
        self.team = team
    }
}
