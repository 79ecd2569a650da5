import FluentKit
import Foundation

/// A row of `int_appeals`: an appeal (`IntegrityRequest` of kind `.appeal`), its text in `grounds`.
final class AppealRecord: IntegrityRequestRecord, @unchecked Sendable {
    static let schema = "int_appeals"

    @ID(key: .id) var id: UUID?
    @Field(key: "record_id") var recordID: UUID
    @OptionalField(key: "filed_by_id") var filedByID: UUID?
    @Field(key: "filed_by_label") var filedByLabel: String
    @Field(key: "filed_at") var filedAt: Date
    @Field(key: "grounds") var grounds: String
    @Field(key: "outcome") var outcome: String
    @OptionalField(key: "decided_by_id") var decidedByID: UUID?
    @OptionalField(key: "decided_by_label") var decidedByLabel: String?
    @OptionalField(key: "decided_at") var decidedAt: Date?
    @OptionalField(key: "note") var note: String?

    init() {}

    static let kind = IntegrityRequestKind.appeal

    var text: String {
        get { grounds }
        set { grounds = newValue }
    }
}
