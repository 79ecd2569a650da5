import FluentKit
import Foundation
import KechuangCore

/// A row of `int_records`: one `IntegrityRecord` (Fluent types are named `…Record`, hence the double name).
final class IntegrityRecordRecord: Model, @unchecked Sendable {
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
            id: IntegrityRecord.ID(try requireID()), subject: subject, subjectName: subjectName,
            finding: try StoredValue.decode(FindingKind.self, finding, table: Self.schema, id: id, column: "finding"),
            description: description, decidingBody: decidingBody,
            documentNumber: documentNumber, decisionDate: decisionDate, legalBasis: legalBasis, scope: try Self.scopeSet(scope, id: id),
            restrictedFrom: restrictedFrom, restrictedUntil: restrictedUntil, publish: publish, publishFrom: publishFrom,
            publishUntil: publishUntil, state: try StoredValue.decode(IntegrityRecordState.self, state, table: Self.schema, id: id, column: "state"),
            liftedAt: liftedAt, version: version, createdAt: createdAt, updatedAt: updatedAt)
    }
}
