import Foundation
import KechuangCore

/// What a request to the one-stop service asks for (Art. 47; Art. 72 for foreign talent).
public enum ServiceKind: String, Sendable, Codable, CaseIterable {
    case housing
    case medicalCare = "medical_care"
    case schooling
    case socialInsurance = "social_insurance"
    case housingFund = "housing_fund"
    case workResidencePermit = "work_residence_permit"
    case visa
    case workPermit = "work_permit"
    case residencePermit = "residence_permit"

    /// The Art. 72 kinds: support for foreign talent.
    public var isForeignTalent: Bool { [.visa, .workPermit, .residencePermit].contains(self) }
}

/// Where a request stands.
public enum ServiceState: String, Sendable, Codable, CaseIterable {
    case submitted
    case inProgress = "in_progress"
    case infoRequested = "info_requested"
    case completed
    case refused

    public var isOpen: Bool { self != .completed && self != .refused }

    public var label: LocalizedText {
        switch self {
        case .submitted: LocalizedText(zh: "已提交", en: "Submitted")
        case .inProgress: LocalizedText(zh: "办理中", en: "In progress")
        case .infoRequested: LocalizedText(zh: "待补充材料", en: "More information needed")
        case .completed: LocalizedText(zh: "已办结", en: "Completed")
        case .refused: LocalizedText(zh: "不予办理", en: "Refused")
        }
    }
}

/// One request of one person to one department's queue, with its service-level deadline.
public struct ServiceRequest: Sendable, Equatable, Codable, Identifiable {
    public typealias ID = Identifier<ServiceRequest>
    public let id: ID
    public var personID: UUID
    public var kind: ServiceKind
    /// The department's code (`ServiceDesks`), fixed when the request was routed.
    public var department: String
    public var state: ServiceState
    public var details: String
    /// Codes of the documents the person says are enclosed (`ServiceDesks.Desk.documents`).
    public var documents: [String]
    public var submittedAt: Date
    /// The service-level deadline: `submittedAt` plus the desk's days, fixed at submission.
    public var dueAt: Date
    public var escalatedAt: Date?
    public var closedAt: Date?
    public var version: Int
    public var updatedAt: Date

    public func overdue(at now: Date) -> Bool { (closedAt ?? now) > dueAt }
}

/// What happened to a request: its steps and messages, in one timeline.
public enum ServiceEventKind: String, Sendable, Codable, CaseIterable {
    case submitted
    case accepted
    case infoRequested = "info_requested"
    case infoProvided = "info_provided"
    case message
    case completed
    case refused
    case escalated

    public var label: LocalizedText {
        switch self {
        case .submitted: LocalizedText(zh: "提交申请", en: "Request submitted")
        case .accepted: LocalizedText(zh: "受理", en: "Accepted")
        case .infoRequested: LocalizedText(zh: "要求补充材料", en: "More information asked for")
        case .infoProvided: LocalizedText(zh: "补充材料", en: "Information provided")
        case .message: LocalizedText(zh: "留言", en: "Message")
        case .completed: LocalizedText(zh: "办结", en: "Completed")
        case .refused: LocalizedText(zh: "不予办理", en: "Refused")
        case .escalated: LocalizedText(zh: "超期督办", en: "Escalated as overdue")
        }
    }
}

public struct ServiceEvent: Sendable, Equatable, Codable, Identifiable {
    public typealias ID = Identifier<ServiceEvent>
    public let id: ID
    public var requestID: ServiceRequest.ID
    public var kind: ServiceEventKind
    public var note: String
    /// Nil for the platform (an escalation).
    public var actorID: UUID?
    public var byOfficer: Bool
    public var at: Date
}

/// A step on a request: by the department's officer (accept, ask for information, complete,
/// refuse, write) or by the person (provide information, write).
public enum ServiceStep: String, Sendable, Codable, CaseIterable {
    case accept
    case requestInfo = "request_info"
    case provideInfo = "provide_info"
    case message
    case complete
    case refuse

    public var byOfficer: Bool { self != .provideInfo }
}

/// How one department meets its service-level deadlines (Art. 47).
public struct DeskCompliance: Sendable, Equatable {
    public var department: String
    public var closedOnTime: Int = 0
    public var closedLate: Int = 0
    public var openOnTime: Int = 0
    public var openOverdue: Int = 0

    public var total: Int { closedOnTime + closedLate + openOnTime + openOverdue }
    /// Share of requests on time (closed on time or still within the deadline), 0…1; 1 with none.
    public var onTimeShare: Double { total == 0 ? 1 : Double(closedOnTime + openOnTime) / Double(total) }
}
