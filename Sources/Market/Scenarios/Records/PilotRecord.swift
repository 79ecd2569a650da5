import FluentKit
import Foundation
import KechuangCore

final class PilotRecord: Model, @unchecked Sendable {
    static let schema = "mkt_pilots"

    @ID(key: .id) var id: UUID?
    @Field(key: "solution_id") var solutionID: UUID
    @Field(key: "start_on") var startOn: String
    @Field(key: "milestones_json") var milestonesJSON: String
    @Field(key: "outcome") var outcome: String
    @OptionalField(key: "published_at") var publishedAt: Date?
    @Field(key: "updated_at") var updatedAt: Date
    @Field(key: "version") var version: Int

    init() {}

    /// Throws `StoredDataError` for a start day or milestones that do not decode.
    func toDomain() throws -> Pilot {
        guard let start = BeijingDay(parsing: startOn) else {
            throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: "start_on", reason: "not a day: \"\(startOn)\"")
        }
        return Pilot(id: Pilot.ID(try requireID()), solutionID: Solution.ID(solutionID), startOn: start,
                     milestones: try MarketJSON.decode([PilotMilestone].self, milestonesJSON, table: Self.schema, id: id, column: "milestones_json"),
                     outcome: outcome, publishedAt: publishedAt, version: version)
    }
}
