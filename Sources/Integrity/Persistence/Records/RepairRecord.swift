import FluentKit
import Foundation

/// A row of `int_repairs`: a credit-repair request (`IntegrityRequest` of kind `.repair`), its text in `evidence`.
final class RepairRecord: IntegrityRequestRecord, @unchecked Sendable {
    static let schema = "int_repairs"

    @ID(key: .id) var id: UUID?
    @Field(key: "record_id") var recordID: UUID
    @OptionalField(key: "filed_by_id") var filedByID: UUID?
    @Field(key: "filed_by_label") var filedByLabel: String
    @Field(key: "filed_at") var filedAt: Date
    @Field(key: "evidence") var evidence: String
    @Field(key: "outcome") var outcome: String
    @OptionalField(key: "decided_by_id") var decidedByID: UUID?
    @OptionalField(key: "decided_by_label") var decidedByLabel: String?
    @OptionalField(key: "decided_at") var decidedAt: Date?
    @OptionalField(key: "note") var note: String?

    init() {}

    static let kind = IntegrityRequestKind.repair

    var text: String {
        get { evidence }
        set { evidence = newValue }
    }
}
