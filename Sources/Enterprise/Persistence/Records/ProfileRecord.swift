import FluentKit
import Foundation
import Identity
import KechuangCore

final class ProfileRecord: Model, @unchecked Sendable {
    static let schema = "ent_profiles"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "year") var year: Int
    @Field(key: "figures_json") var figuresJSON: String
    /// Columns the matching and the lists read without decoding the figures.
    @Field(key: "district") var district: String
    @Field(key: "state") var state: String
    @OptionalField(key: "tier") var tier: String?
    @Field(key: "note") var note: String
    @OptionalField(key: "verified_by") var verifiedBy: UUID?
    @OptionalField(key: "verified_at") var verifiedAt: Date?
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    func toDomain() throws -> EnterpriseProfile {
        let figures = try StoredJSON.decode(ProfileFigures.self, figuresJSON, table: Self.schema, id: id, column: "figures_json")
        return EnterpriseProfile(
            id: EnterpriseProfile.ID(try requireID()), organisationID: organisationID, year: year, figures: figures,
            state: try StoredValue.decode(ProfileState.self, state, table: Self.schema, id: id, column: "state"),
            tier: try tier.map { try StoredValue.decode(Tier.self, $0, table: Self.schema, id: id, column: "tier") },
            note: note, verifiedBy: verifiedBy, verifiedAt: verifiedAt, version: version, createdAt: createdAt, updatedAt: updatedAt)
    }
}
