import FluentKit
import Foundation
import KechuangCore

/// The rows of both request kinds (`int_appeals`, `int_repairs`): the same columns but the
/// request's text (`grounds`, `evidence`). One row per request, never deleted.
protocol IntegrityRequestRecord: Model where IDValue == UUID {
    static var kind: IntegrityRequestKind { get }
    init()
    var recordID: UUID { get set }
    var filedByID: UUID? { get set }
    var filedByLabel: String { get set }
    var filedAt: Date { get set }
    /// The appeal's grounds or the repair request's evidence.
    var text: String { get set }
    var outcome: String { get set }
    var decidedByID: UUID? { get set }
    var decidedByLabel: String? { get set }
    var decidedAt: Date? { get set }
    var note: String? { get set }
}

extension IntegrityRequestRecord {
    /// The pending request on a record, if any.
    static func pending(on recordID: UUID, in db: any Database) async throws -> Self? {
        try await query(on: db).filter("record_id", .equal, recordID).filter("outcome", .equal, IntegrityRequestOutcome.pending.rawValue).first()
    }

    /// An outcome nobody knows, or one of the other kind, is a `StoredDataError`.
    func toDomain() throws -> IntegrityRequest {
        let decoded = try StoredValue.decode(IntegrityRequestOutcome.self, outcome, table: Self.schema, id: id, column: "outcome")
        guard Self.kind.outcomes.contains(decoded) else {
            throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: "outcome", reason: "\"\(outcome)\" is not an outcome of a request of kind \(Self.kind.rawValue)")
        }
        return IntegrityRequest(
            id: try requireID(), kind: Self.kind, recordID: recordID, filedBy: IntegrityParticipant(id: filedByID, label: filedByLabel), filedAt: filedAt,
            text: text, outcome: decoded, decidedBy: decidedByLabel.map { IntegrityParticipant(id: decidedByID, label: $0) }, decidedAt: decidedAt, note: note)
    }
}

extension IntegrityRequestKind {
    /// Where requests of this kind are stored.
    var recordType: any IntegrityRequestRecord.Type {
        switch self {
        case .appeal: AppealRecord.self
        case .repair: RepairRecord.self
        }
    }
}
