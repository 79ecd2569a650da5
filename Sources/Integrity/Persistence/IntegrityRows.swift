import FluentKit
import Foundation
import KechuangCore

final class RecordRow: Model, @unchecked Sendable {
    static let schema = "int_records"

    @ID(key: .id) var id: UUID?
    @Field(key: "subject_kind") var subjectKind: String
    @Field(key: "subject_id") var subjectID: UUID
    @Field(key: "subject_name") var subjectName: String
    @Field(key: "finding") var finding: String
    @Field(key: "description") var description: String
    @Field(key: "deciding_body") var decidingBody: String
    @Field(key: "document_number") var documentNumber: String
    @OptionalField(key: "decision_date") var decisionDate: Date?
    @Field(key: "legal_basis") var legalBasis: String
    /// Restricted actions, comma-separated raw values in a fixed order.
    @Field(key: "scope") var scope: String
    @OptionalField(key: "restricted_from") var restrictedFrom: Date?
    @OptionalField(key: "restricted_until") var restrictedUntil: Date?
    @Field(key: "publish") var publish: Bool
    @OptionalField(key: "publish_from") var publishFrom: Date?
    @OptionalField(key: "publish_until") var publishUntil: Date?
    @Field(key: "state") var state: String
    @OptionalField(key: "lifted_at") var liftedAt: Date?
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    static func scopeString(_ scope: Set<RestrictedAction>) -> String {
        RestrictedAction.allCases.filter(scope.contains).map(\.rawValue).joined(separator: ",")
    }

    /// An unknown entry is an error: dropping it would silently lift a restriction.
    static func scopeSet(_ raw: String, id: UUID?) throws -> Set<RestrictedAction> {
        Set(try StoredValue.decodeList(RestrictedAction.self, raw, separator: ",", table: schema, id: id, column: "scope"))
    }

    /// Throws `StoredDataError` for a subject kind, finding, scope entry or state nobody knows:
    /// never a default (an unknown state read as `draft` would stop a restriction applying).
    func toDomain() throws -> IntegrityRecord {
        guard let subject = IntegritySubject(kind: subjectKind, id: subjectID) else {
            throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: "subject_kind", reason: "unknown subject kind \"\(subjectKind)\"")
        }
        return IntegrityRecord(
            id: try requireID(), subject: subject, subjectName: subjectName,
            finding: try StoredValue.decode(FindingKind.self, finding, table: Self.schema, id: id, column: "finding"),
            description: description, decidingBody: decidingBody,
            documentNumber: documentNumber, decisionDate: decisionDate, legalBasis: legalBasis, scope: try Self.scopeSet(scope, id: id),
            restrictedFrom: restrictedFrom, restrictedUntil: restrictedUntil, publish: publish, publishFrom: publishFrom,
            publishUntil: publishUntil, state: try StoredValue.decode(IntegrityRecordState.self, state, table: Self.schema, id: id, column: "state"),
            liftedAt: liftedAt, version: version, createdAt: createdAt, updatedAt: updatedAt)
    }
}

/// Appeals and credit-repair requests share a shape: one row each, never deleted.
final class AppealRow: Model, @unchecked Sendable {
    static let schema = "int_appeals"

    @ID(key: .id) var id: UUID?
    @Field(key: "record_id") var recordID: UUID
    @OptionalField(key: "filed_by_id") var filedByID: UUID?
    @Field(key: "filed_by_label") var filedByLabel: String
    @Field(key: "filed_at") var filedAt: Date
    @Field(key: "grounds") var grounds: String
    @Field(key: "outcome") var outcome: String
    @OptionalField(key: "decided_by_id") var decidedByID: UUID?
    @OptionalField(key: "decided_by_label") var decidedByLabel: String?
    @OptionalField(key: "decided_at") var decidedAt: Date?
    @OptionalField(key: "note") var note: String?

    init() {}

    func toDomain() throws -> IntegrityAppeal {
        IntegrityAppeal(
            id: try requireID(), recordID: recordID, filedBy: IntegrityParticipant(id: filedByID, label: filedByLabel), filedAt: filedAt, grounds: grounds,
            outcome: try StoredValue.decode(AppealOutcome.self, outcome, table: Self.schema, id: id, column: "outcome"),
            decidedBy: decidedByLabel.map { IntegrityParticipant(id: decidedByID, label: $0) }, decidedAt: decidedAt, note: note)
    }
}

final class RepairRow: Model, @unchecked Sendable {
    static let schema = "int_repairs"

    @ID(key: .id) var id: UUID?
    @Field(key: "record_id") var recordID: UUID
    @OptionalField(key: "filed_by_id") var filedByID: UUID?
    @Field(key: "filed_by_label") var filedByLabel: String
    @Field(key: "filed_at") var filedAt: Date
    @Field(key: "evidence") var evidence: String
    @Field(key: "outcome") var outcome: String
    @OptionalField(key: "decided_by_id") var decidedByID: UUID?
    @OptionalField(key: "decided_by_label") var decidedByLabel: String?
    @OptionalField(key: "decided_at") var decidedAt: Date?
    @OptionalField(key: "note") var note: String?

    init() {}

    func toDomain() throws -> CreditRepairRequest {
        CreditRepairRequest(
            id: try requireID(), recordID: recordID, filedBy: IntegrityParticipant(id: filedByID, label: filedByLabel), filedAt: filedAt, evidence: evidence,
            outcome: try StoredValue.decode(RepairOutcome.self, outcome, table: Self.schema, id: id, column: "outcome"),
            decidedBy: decidedByLabel.map { IntegrityParticipant(id: decidedByID, label: $0) }, decidedAt: decidedAt, note: note)
    }
}

final class InstitutionEntryRow: Model, @unchecked Sendable {
    static let schema = "int_institution_entries"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "kind") var kind: String
    @Field(key: "title") var title: String
    @Field(key: "body") var body: String
    @Field(key: "entry_date") var date: Date
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    func toDomain() throws -> InstitutionIntegrityEntry {
        InstitutionIntegrityEntry(id: try requireID(), organisationID: organisationID,
                                  kind: try StoredValue.decode(InstitutionEntryKind.self, kind, table: Self.schema, id: id, column: "kind"), title: title,
                                  body: body, date: date, version: version, createdAt: createdAt, updatedAt: updatedAt)
    }
}
