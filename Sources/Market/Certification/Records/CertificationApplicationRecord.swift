import FluentKit
import Foundation
import KechuangCore

final class CertificationApplicationRecord: Model, @unchecked Sendable {
    static let schema = "mkt_cert_applications"

    @ID(key: .id) var id: UUID?
    @Field(key: "kind") var kind: String
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "applicant_id") var applicantID: UUID
    @Field(key: "name") var name: String
    @Field(key: "description") var description: String
    @Field(key: "discipline") var discipline: String
    @Field(key: "evidence_json") var evidenceJSON: String
    @Field(key: "state") var state: String
    @Field(key: "decision_reason") var decisionReason: String
    @OptionalField(key: "decided_at") var decidedAt: Date?
    @OptionalField(key: "certificate_number") var certificateNumber: String?
    @OptionalField(key: "valid_from") var validFrom: String?
    @OptionalField(key: "valid_until") var validUntil: String?
    @OptionalField(key: "revoked_at") var revokedAt: Date?
    @Field(key: "revocation_reason") var revocationReason: String
    @Field(key: "submitted_at") var submittedAt: Date
    @Field(key: "version") var version: Int

    init() {}

    /// Throws `StoredDataError` for an unknown kind or state, evidence that does not decode, or a day that does not parse.
    func toDomain(organisationName: String) throws -> CertificationApplication {
        func day(_ raw: String?, _ column: String) throws -> BeijingDay? {
            guard let raw else { return nil }
            guard let d = BeijingDay(parsing: raw) else {
                throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: column, reason: "not a day: \"\(raw)\"")
            }
            return d
        }
        return CertificationApplication(
            id: CertificationApplication.ID(try requireID()),
            kind: try StoredValue.decode(CertificationKind.self, kind, table: Self.schema, id: id, column: "kind"),
            organisationID: organisationID, organisationName: organisationName, applicantID: applicantID, name: name, description: description,
            discipline: discipline, evidence: try MarketJSON.decode([String: String].self, evidenceJSON, table: Self.schema, id: id, column: "evidence_json"),
            state: try StoredValue.decode(CertificationState.self, state, table: Self.schema, id: id, column: "state"),
            decisionReason: decisionReason, decidedAt: decidedAt, certificateNumber: certificateNumber,
            validFrom: try day(validFrom, "valid_from"), validUntil: try day(validUntil, "valid_until"),
            revokedAt: revokedAt, revocationReason: revocationReason, submittedAt: submittedAt, version: version)
    }
}
