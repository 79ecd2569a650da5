import FluentKit
import Foundation
import KechuangCore

final class FeedbackRecord: Model, @unchecked Sendable {
    static let schema = "ins_feedback"

    @ID(key: .id) var id: UUID?
    @Field(key: "booking_id") var bookingID: UUID
    @Field(key: "instrument_id") var instrumentID: UUID
    @Field(key: "person_id") var personID: UUID
    @Field(key: "rating") var rating: Int
    @Field(key: "comment") var comment: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    func toDomain() throws -> Feedback {
        guard (1...5).contains(rating) else {
            throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: "rating", reason: "rating \(rating) outside 1…5")
        }
        return Feedback(id: Feedback.ID(try requireID()), bookingID: Booking.ID(bookingID), instrumentID: Instrument.ID(instrumentID),
                        personID: personID, rating: rating, comment: comment, createdAt: createdAt)
    }
}
