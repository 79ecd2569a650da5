import FluentKit
import Foundation

/// The last sequence number used for a programme in a year.
final class NumberSequenceRecord: Model, @unchecked Sendable {
    static let schema = "grt_number_sequences"

    @ID(key: .id) var id: UUID?
    @Field(key: "programme_id") var programmeID: UUID
    @Field(key: "year") var year: Int
    @Field(key: "last") var last: Int

    init() {}
}
