import FluentKit
import Foundation
import KechuangCore

final class BookingRecord: Model, @unchecked Sendable {
    static let schema = "ins_bookings"

    @ID(key: .id) var id: UUID?
    @Field(key: "instrument_id") var instrumentID: UUID
    @Field(key: "person_id") var personID: UUID
    @Field(key: "person_name") var personName: String
    @OptionalField(key: "organisation_id") var organisationID: UUID?
    @Field(key: "kind") var kind: String
    @Field(key: "starts_at") var startsAt: Date
    @Field(key: "ends_at") var endsAt: Date
    @OptionalField(key: "samples") var samples: Int?
    @Field(key: "purpose") var purpose: String
    @Field(key: "state") var state: String
    @Field(key: "external") var external: Bool
    @OptionalField(key: "decided_by") var decidedBy: UUID?
    @Field(key: "decision_note") var decisionNote: String
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    /// An unknown kind or state throws: an active booking read as cancelled would free a taken slot.
    func toDomain() throws -> Booking {
        Booking(id: Booking.ID(try requireID()), instrumentID: Instrument.ID(instrumentID), personID: personID, personName: personName,
                organisationID: organisationID, kind: try StoredValue.decode(BookingKind.self, kind, table: Self.schema, id: id, column: "kind"),
                startsAt: startsAt, endsAt: endsAt, samples: samples, purpose: purpose,
                state: try StoredValue.decode(BookingState.self, state, table: Self.schema, id: id, column: "state"), external: external,
                decidedBy: decidedBy, decisionNote: decisionNote, version: version, createdAt: createdAt, updatedAt: updatedAt)
    }
}
