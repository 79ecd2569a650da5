import Foundation
import KechuangCore

/// Who filed a request and who decided it.
public struct IntegrityParticipant: Sendable, Equatable {
    public let id: UUID?
    public let label: String

    public init(id: UUID?, label: String) {
        self.id = id
        self.label = label
    }
}

/// The two requests a record's subject can make (Art. 60): an appeal (申诉) against the finding,
/// and credit repair (信用修复) once they have corrected what they did. Both are filed with a text
/// (the grounds, or the evidence of correction), one at a time per record, and decided by an
/// integrity officer; only what follows from the decision differs.
public enum IntegrityRequestKind: String, Sendable, Codable, CaseIterable {
    case appeal
    case repair

    /// The workflow action of filing this kind of request.
    public var fileAction: IntegrityAction {
        switch self {
        case .appeal: .fileAppeal
        case .repair: .requestRepair
        }
    }

    /// The workflow action of accepting (`true`: upholding an appeal, granting a repair) or refusing it.
    public func decideAction(accept: Bool) -> IntegrityAction {
        switch self {
        case .appeal: accept ? .upholdAppeal : .dismissAppeal
        case .repair: accept ? .grantRepair : .refuseRepair
        }
    }

    /// The outcome a decision records.
    public func outcome(accept: Bool) -> IntegrityRequestOutcome {
        switch self {
        case .appeal: accept ? .upheld : .dismissed
        case .repair: accept ? .granted : .refused
        }
    }

    /// The outcomes a request of this kind can have.
    public var outcomes: [IntegrityRequestOutcome] {
        [.pending, outcome(accept: true), outcome(accept: false)]
    }
}

public enum IntegrityRequestOutcome: String, Sendable, Codable, CaseIterable {
    /// Either kind, until an officer decides.
    case pending
    /// An appeal's outcomes.
    case upheld, dismissed
    /// A credit-repair request's outcomes.
    case granted, refused

    public var label: LocalizedText {
        switch self {
        case .pending: LocalizedText(zh: "待处理", en: "Pending")
        case .upheld: LocalizedText(zh: "申诉成立", en: "Upheld")
        case .dismissed: LocalizedText(zh: "申诉驳回", en: "Dismissed")
        case .granted: LocalizedText(zh: "准予修复", en: "Granted")
        case .refused: LocalizedText(zh: "不予修复", en: "Refused")
        }
    }
}

/// An appeal or a credit-repair request on a record, and its outcome.
public struct IntegrityRequest: Sendable, Equatable, Identifiable {
    public let id: UUID
    public let kind: IntegrityRequestKind
    public let recordID: UUID
    public let filedBy: IntegrityParticipant
    public let filedAt: Date
    /// An appeal's grounds, or the evidence of correction of a repair request.
    public let text: String
    public var outcome: IntegrityRequestOutcome
    public var decidedBy: IntegrityParticipant?
    public var decidedAt: Date?
    public var note: String?
}
