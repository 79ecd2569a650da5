import FluentKit
import Foundation
import Identity

final class ExpertRecord: Model, @unchecked Sendable {
    static let schema = "rev_experts"
    @ID(key: .id) var id: UUID?
    @Field(key: "person_id") var personID: UUID
    /// `ExpertProfile` without name and email (those come from Identity).
    @Field(key: "profile_json") var profileJSON: String
    @Field(key: "active") var active: Bool
    @Field(key: "version") var version: Int
    @Field(key: "updated_at") var updatedAt: Date
    init() {}

    /// The stored profile with the person's name and email from Identity (nil: left empty).
    func toDomain(person: Person?) throws -> ExpertProfile {
        var profile = try ReviewJSON.decode(ExpertProfile.self, profileJSON)
        profile.active = active
        profile.version = version
        if let person {
            profile.name = person.name
            profile.email = person.email
        }
        return profile
    }
}
