import FluentKit
import Foundation
import KechuangCore

final class WaitlistRecord: Model, @unchecked Sendable {
    static let schema = "ins_waitlist"

    @ID(key: .id) var id: UUID?
    @Field(key: "instrument_id") var instrumentID: UUID
    @Field(key: "person_id") var personID: UUID
    @Field(key: "starts_at") var startsAt: Date
    @Field(key: "ends_at") var endsAt: Date
    @Field(key: "state") var state: String
    @OptionalField(key: "offered_until") var offeredUntil: Date?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    func toDomain() throws -> WaitlistEntry {
        WaitlistEntry(id: WaitlistEntry.ID(try requireID()), instrumentID: Instrument.ID(instrumentID), personID: personID,
                      startsAt: startsAt, endsAt: endsAt,
                      state: try StoredValue.decode(WaitlistEntry.State.self, state, table: Self.schema, id: id, column: "state"),
                      offeredUntil: offeredUntil, createdAt: createdAt)
    }
}
