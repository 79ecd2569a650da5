import FluentKit
import Foundation
import Identity
import KechuangCore
import Storage

/// Appeals and credit-repair requests: one path for filing, deciding and reading both kinds
/// (`IntegrityRequestKind`; rows in `int_appeals` and `int_repairs`). Each change is one
/// transaction with its audit entry on the record.
extension IntegrityRecords {
    /// The subject files an appeal (the grounds) or a credit-repair request (the evidence of
    /// correction): the person the record is about, or the research office of the organisation.
    /// One pending request of each kind per record.
    public func file(_ kind: IntegrityRequestKind, on id: IntegrityRecord.ID, text: String, by person: Person) async throws -> IntegrityRequest {
        try await file(kind.recordType, on: id.rawValue, text: text, by: person)
    }

    /// Decides the pending request of `kind` on a record. Accepting an appeal (upheld) revokes the
    /// record, its restriction stopping now; accepting a repair (granted) lifts the restriction from now.
    public func decide(_ kind: IntegrityRequestKind, on id: IntegrityRecord.ID, accept: Bool, note: String, by actor: AuditActor) async throws -> IntegrityRecord {
        try await decide(kind.recordType, on: id.rawValue, accept: accept, note: note, by: actor)
    }

    /// The requests of `kind` on a record, oldest first.
    public func requests(_ kind: IntegrityRequestKind, of id: IntegrityRecord.ID) async throws -> [IntegrityRequest] {
        try await Self.requests(kind.recordType, of: id.rawValue, on: db)
    }

    // MARK: Internals (generic over the two tables)

    private func file<R: IntegrityRequestRecord>(_ type: R.Type, on id: UUID, text: String, by person: Person) async throws -> IntegrityRequest {
        let kind = R.kind
        try IntegrityRules.requestText.validate(text, at: now())
        let at = now()
        return try await withWriteTransaction(on: db) { tx in
            let record = try await Self.owned(id, by: person, on: tx)
            try Self.allowed(kind.fileAction, record)
            if try await R.pending(on: id, in: tx) != nil {
                throw DomainError.validation([FieldError(field: kind.textField, rule: "integrity.\(kind.rawValue).one_pending",
                                                         message: kind.alreadyPending, basis: .art(60))])
            }
            let row = R()
            row.id = UUID()
            row.recordID = id
            row.filedByID = person.id
            row.filedByLabel = person.name
            row.filedAt = at
            row.text = text.trimmingCharacters(in: .whitespacesAndNewlines)
            row.outcome = IntegrityRequestOutcome.pending.rawValue
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: person, action: "integrity.\(kind.filedAuditAction)", objectType: Self.objectType,
                objectID: id.uuidString, summary: "\(kind.rawValue) \((try row.requireID()).uuidString.lowercased())", basis: .art(60)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    private func decide<R: IntegrityRequestRecord>(_ type: R.Type, on id: UUID, accept: Bool, note: String, by actor: AuditActor) async throws -> IntegrityRecord {
        let kind = R.kind
        let at = now()
        return try await withWriteTransaction(on: db) { tx in
            guard let request = try await R.pending(on: id, in: tx) else { throw DomainError.notFound(entity: "integrity_\(kind.rawValue)") }
            let record = try await Self.transition(kind.decideAction(accept: accept), id, expectedVersion: nil, liftAt: accept ? at : nil,
                                                   at: at, on: tx)
            let outcome = kind.outcome(accept: accept)
            request.outcome = outcome.rawValue
            request.decidedByID = actor.id
            request.decidedByLabel = actor.label
            request.decidedAt = at
            request.note = Self.trimmed(note)
            try await request.update(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: actor, action: "integrity.\(kind.rawValue)_\(outcome.rawValue)", objectType: Self.objectType, objectID: id.uuidString,
                summary: "\(kind.rawValue) \((try request.requireID()).uuidString.lowercased())" + (Self.trimmed(note).map { ": \($0)" } ?? ""),
                basis: .art(60)), on: tx, at: at)
            return record
        }
    }

    static func requests<R: IntegrityRequestRecord>(_ type: R.Type, of recordID: UUID, on db: any Database) async throws -> [IntegrityRequest] {
        try await R.query(on: db).filter("record_id", .equal, recordID).sort("filed_at").all().map { try $0.toDomain() }
    }
}

extension IntegrityRequestKind {
    /// The form field of the request's text.
    var textField: String {
        switch self {
        case .appeal: "grounds"
        case .repair: "evidence"
        }
    }

    /// The audit action of filing, after `integrity.` (deciding is `<kind>_<outcome>`).
    var filedAuditAction: String {
        switch self {
        case .appeal: "appeal_filed"
        case .repair: "repair_requested"
        }
    }

    var alreadyPending: LocalizedText {
        switch self {
        case .appeal: LocalizedText(zh: "该记录已有待处理的申诉", en: "An appeal on this record is already pending")
        case .repair: LocalizedText(zh: "该记录已有待处理的信用修复申请", en: "A credit repair request on this record is already pending")
        }
    }
}
