import FluentKit
import Foundation
import KechuangCore

final class PublicProjectRecord: Model, @unchecked Sendable {
    static let schema = "por_public_projects"

    @ID(key: .id) var id: UUID?
    @Field(key: "project_id") var projectID: UUID
    @Field(key: "number") var number: String
    @Field(key: "year") var year: Int
    @Field(key: "institution_id") var institutionID: UUID
    @Field(key: "pi_key") var piKey: String
    @Field(key: "award_date") var awardDate: String
    /// `PublicProject` as JSON.
    @Field(key: "payload_json") var payloadJSON: String
    /// The Grants project's `updated_at` when copied.
    @Field(key: "source_updated_at") var sourceUpdatedAt: Date
    /// When the newest output copied was registered.
    @OptionalField(key: "outputs_registered_at") var outputsRegisteredAt: Date?
    /// When this row last changed (the search index refreshes from it).
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    static func encode(_ project: PublicProject) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(project), as: UTF8.self)
    }

    func toDomain() throws -> PublicProject {
        do {
            return try JSONDecoder().decode(PublicProject.self, from: Data(payloadJSON.utf8))
        } catch {
            throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: "payload_json",
                                  reason: "JSON does not decode as PublicProject: \(error)")
        }
    }
}
