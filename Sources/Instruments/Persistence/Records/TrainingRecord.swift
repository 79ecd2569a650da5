import FluentKit
import Foundation

final class TrainingRecord: Model, @unchecked Sendable {
    static let schema = "ins_trainings"

    @ID(key: .id) var id: UUID?
    @Field(key: "instrument_id") var instrumentID: UUID
    @Field(key: "person_id") var personID: UUID
    @Field(key: "trained_at") var trainedAt: Date
    @Field(key: "recorded_by") var recordedBy: UUID

    init() {}
}
