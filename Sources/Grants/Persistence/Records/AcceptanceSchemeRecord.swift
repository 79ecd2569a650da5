import FluentKit
import Foundation
import KechuangCore

final class AcceptanceSchemeRecord: Model, @unchecked Sendable {
    static let schema = "grt_acceptance_schemes"

    @ID(key: .id) var id: UUID?
    @Field(key: "programme_id") var programmeID: UUID
    @Field(key: "research_type") var researchType: String
    /// `AcceptanceScheme` as JSON.
    @Field(key: "scheme_json") var schemeJSON: String
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    func toDomain() throws -> AcceptanceScheme {
        try GrantsJSONColumn.decode(AcceptanceScheme.self, schemeJSON, table: Self.schema, id: id, column: "scheme_json")
    }
}
