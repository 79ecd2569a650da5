import Foundation
import KechuangCore

/// The steps a record goes through, by whom.
public enum IntegrityAction: String, Sendable, Codable, CaseIterable {
    /// The deciding body's decision is entered: restrictions in scope apply during the period.
    case decide
    /// The record is made public for its publication period.
    case publish
    /// The subject appeals (申诉).
    case fileAppeal = "file_appeal"
    /// An officer upholds the appeal: the record is revoked and stops restricting from that moment.
    case upholdAppeal = "uphold_appeal"
    case dismissAppeal = "dismiss_appeal"
    /// The subject asks for credit repair (信用修复), with evidence.
    case requestRepair = "request_repair"
    /// An officer grants it: the restriction is lifted from that moment.
    case grantRepair = "grant_repair"
    case refuseRepair = "refuse_repair"
}

/// Who takes a step: an integrity officer, or the record's subject (the person, or the research
/// office of the organisation).
public enum IntegrityParty: String, Sendable, Codable {
    case officer, subject
}

/// One step: from which states, to which (nil: the record's state does not change), by whom, and why.
public struct IntegrityTransition: Sendable, Equatable {
    public let action: IntegrityAction
    public let from: Set<IntegrityRecordState>
    public let to: IntegrityRecordState?
    public let party: IntegrityParty
    /// Only for misconduct findings: a diligent-failure closure has nothing to appeal or repair.
    public let misconductOnly: Bool
    public let basis: LegalBasis
}

/// The workflow as a table, tested exhaustively; the service never hard-codes a state change.
///
/// draft → decided → published; an upheld appeal revokes a decided or published record, granted
/// credit repair lifts it; both stop the restriction from that moment. Nothing is deleted.
public enum IntegrityWorkflow {
    public static let transitions: [IntegrityTransition] = [
        IntegrityTransition(action: .decide, from: [.draft], to: .decided, party: .officer, misconductOnly: false, basis: .art(60)),
        IntegrityTransition(action: .publish, from: [.decided], to: .published, party: .officer, misconductOnly: false, basis: .art(60)),
        IntegrityTransition(action: .fileAppeal, from: [.decided, .published], to: nil, party: .subject, misconductOnly: true, basis: .art(60)),
        IntegrityTransition(action: .upholdAppeal, from: [.decided, .published], to: .revoked, party: .officer, misconductOnly: true, basis: .art(60)),
        IntegrityTransition(action: .dismissAppeal, from: [.decided, .published], to: nil, party: .officer, misconductOnly: true, basis: .art(60)),
        IntegrityTransition(action: .requestRepair, from: [.decided, .published], to: nil, party: .subject, misconductOnly: true, basis: .art(60)),
        IntegrityTransition(action: .grantRepair, from: [.decided, .published], to: .repaired, party: .officer, misconductOnly: true, basis: .art(60)),
        IntegrityTransition(action: .refuseRepair, from: [.decided, .published], to: nil, party: .officer, misconductOnly: true, basis: .art(60)),
    ]

    public static func transition(_ action: IntegrityAction, from state: IntegrityRecordState) -> IntegrityTransition? {
        transitions.first { $0.action == action && $0.from.contains(state) }
    }

    /// The actions a party can take on a record now.
    public static func actions(for party: IntegrityParty, in state: IntegrityRecordState, finding: FindingKind) -> [IntegrityAction] {
        transitions.filter { $0.party == party && $0.from.contains(state) && (!$0.misconductOnly || finding.isMisconduct) }.map(\.action)
    }
}
