import FluentKit
import Foundation

final class ManagerRecord: Model, @unchecked Sendable {
    static let schema = "ins_managers"

    @ID(key: .id) var id: UUID?
    @Field(key: "instrument_id") var instrumentID: UUID
    @Field(key: "person_id") var personID: UUID
    @Field(key: "created_at") var createdAt: Date

    init() {}
}
