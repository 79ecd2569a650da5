import FluentKit
import Foundation
import KechuangCore

final class ScenarioRecord: Model, @unchecked Sendable {
    static let schema = "mkt_scenarios"

    @ID(key: .id) var id: UUID?
    @Field(key: "batch_id") var batchID: UUID
    @Field(key: "position") var position: Int
    @Field(key: "title_zh") var titleZh: String
    @Field(key: "title_en") var titleEn: String
    @Field(key: "discipline") var discipline: String
    @Field(key: "details_json") var detailsJSON: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    /// Throws `StoredDataError` when the details do not decode.
    func toDomain() throws -> Scenario {
        Scenario(id: Scenario.ID(try requireID()), batchID: ScenarioBatch.ID(batchID), position: position, titleZh: titleZh, titleEn: titleEn,
                 discipline: discipline, details: try MarketJSON.decode(ScenarioDetails.self, detailsJSON, table: Self.schema, id: id, column: "details_json"))
    }
}
