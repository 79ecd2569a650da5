import FluentKit
import Foundation

final class SessionRecord: Model, @unchecked Sendable {
    static let schema = "id_sessions"

    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "person_id") var personID: UUID
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "last_seen_at") var lastSeenAt: Date

    init() {}
}
