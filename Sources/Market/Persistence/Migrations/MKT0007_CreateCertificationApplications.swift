import FluentKit

/// Applications for new technology / product / service and first (set) equipment recognition, and
/// the certificates they become (Art. 34); a certificate number is unique.
struct MKT0007_CreateCertificationApplications: AsyncMigration {
    var name: String { "MKT0007 create mkt_cert_applications" }
    func prepare(on db: any Database) async throws {
        try await db.schema("mkt_cert_applications")
            .id()
            .field("kind", .string, .required)
            .field("organisation_id", .uuid, .required, .references("id_organisations", "id", onDelete: .restrict))
            .field("applicant_id", .uuid, .required, .references("id_people", "id", onDelete: .restrict))
            .field("name", .string, .required)
            .field("description", .string, .required)
            .field("discipline", .string, .required)
            .field("evidence_json", .string, .required)
            .field("state", .string, .required)
            .field("decision_reason", .string, .required)
            .field("decided_at", .datetime)
            .field("certificate_number", .string)
            .field("valid_from", .string)
            .field("valid_until", .string)
            .field("revoked_at", .datetime)
            .field("revocation_reason", .string, .required)
            .field("submitted_at", .datetime, .required)
            .field("version", .int, .required)
            .unique(on: "certificate_number", name: "mkt_cert_applications_number_key")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("mkt_cert_applications").delete() }
}
