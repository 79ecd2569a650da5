import FluentKit
import Foundation
import KechuangCore

final class ReleaseRecord: Model, @unchecked Sendable {
    static let schema = "mon_releases"

    @ID(key: .id) var id: UUID?
    @Field(key: "year") var year: Int
    @Field(key: "edition") var edition: Int
    @Field(key: "observations_json") var observationsJSON: String
    @Field(key: "sm3") var sm3: String
    @OptionalField(key: "published_by") var publishedBy: UUID?
    @Field(key: "published_at") var publishedAt: Date

    init() {}

    /// Throws `StoredDataError` when the frozen figures cannot be read.
    func toDomain() throws -> Release {
        let observations: [Observation]
        do { observations = try JSONDecoder().decode([Observation].self, from: Data(observationsJSON.utf8)) } catch {
            throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "?", column: "observations_json", reason: "\(error)")
        }
        return Release(id: Release.ID(try requireID()), year: year, edition: edition, observations: observations, sm3: sm3,
                       publishedBy: publishedBy, publishedAt: publishedAt)
    }
}
