import FluentKit
import Foundation

final class DeskOfficerRecord: Model, @unchecked Sendable {
    static let schema = "tal_desk_officers"

    @ID(key: .id) var id: UUID?
    @Field(key: "department") var department: String
    @Field(key: "person_id") var personID: UUID
    @Field(key: "created_at") var createdAt: Date

    init() {}
}
