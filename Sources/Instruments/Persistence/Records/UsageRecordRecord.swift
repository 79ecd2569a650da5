import FluentKit
import Foundation
import KechuangCore

/// A row of `ins_usage`: one `UsageRecord` (Fluent types are named `…Record`, hence the double name).
final class UsageRecordRecord: Model, @unchecked Sendable {
    static let schema = "ins_usage"

    @ID(key: .id) var id: UUID?
    @OptionalField(key: "booking_id") var bookingID: UUID?
    @Field(key: "instrument_id") var instrumentID: UUID
    @Field(key: "user_id") var userID: UUID
    @Field(key: "user_name") var userName: String
    @OptionalField(key: "organisation_id") var organisationID: UUID?
    @Field(key: "operator_id") var operatorID: UUID
    @Field(key: "started_at") var startedAt: Date
    @Field(key: "ended_at") var endedAt: Date
    @OptionalField(key: "samples") var samples: Int?
    @Field(key: "outcome") var outcome: String
    @Field(key: "note") var note: String
    @Field(key: "external") var external: Bool
    @Field(key: "amount_fen") var amountFen: Int
    @Field(key: "recorded_at") var recordedAt: Date

    init() {}

    func toDomain() throws -> UsageRecord {
        UsageRecord(id: UsageRecord.ID(try requireID()), bookingID: bookingID.map { Booking.ID($0) }, instrumentID: Instrument.ID(instrumentID),
                    userID: userID, userName: userName, organisationID: organisationID, operatorID: operatorID, startedAt: startedAt,
                    endedAt: endedAt, samples: samples,
                    outcome: try StoredValue.decode(UsageOutcome.self, outcome, table: Self.schema, id: id, column: "outcome"),
                    note: note, external: external, amountFen: amountFen, recordedAt: recordedAt)
    }
}
