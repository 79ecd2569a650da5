import FluentKit
import Foundation
import KechuangCore

/// A row of `grt_expenditures`: one `Expenditure`.
final class ExpenditureRecord: Model, @unchecked Sendable {
    static let schema = "grt_expenditures"

    @ID(key: .id) var id: UUID?
    @Field(key: "project_id") var projectID: UUID
    @Field(key: "category") var category: String
    @Field(key: "amount") var amount: Int
    @Field(key: "date") var date: String
    @Field(key: "payee_kind") var payeeKind: String
    @Field(key: "payee") var payee: String
    @Field(key: "description") var description: String
    @OptionalField(key: "receipt_key") var receiptKey: String?
    @OptionalField(key: "receipt_sha256") var receiptSHA256: String?
    @OptionalField(key: "receipt_name") var receiptName: String?
    @OptionalField(key: "receipt_size") var receiptSize: Int?
    @Field(key: "state") var state: String
    @Field(key: "decision_note") var decisionNote: String
    @OptionalField(key: "decided_by") var decidedBy: String?
    @OptionalField(key: "decided_at") var decidedAt: Date?
    @Field(key: "recorded_by") var recordedBy: String
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date

    init() {}

    /// Throws `StoredDataError` for a category, payee kind, state or day nobody knows: a line
    /// whose state cannot be read must not be counted as spent or left out silently.
    func toDomain() throws -> Expenditure {
        guard let day = BeijingDay(parsing: date) else {
            throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: "date", reason: "not a day: \"\(date)\"")
        }
        var receipt: ExpenditureReceipt?
        if let key = receiptKey {
            receipt = ExpenditureReceipt(key: key, sha256: receiptSHA256 ?? "", name: receiptName ?? "", size: receiptSize ?? 0)
        }
        return Expenditure(
            id: Expenditure.ID(try requireID()), projectID: Project.ID(projectID),
            category: try StoredValue.decode(ExpenditureCategory.self, category, table: Self.schema, id: id, column: "category"),
            amount: amount, date: day,
            payeeKind: try StoredValue.decode(PayeeKind.self, payeeKind, table: Self.schema, id: id, column: "payee_kind"),
            payee: payee, description: description, receipt: receipt,
            state: try StoredValue.decode(ExpenditureState.self, state, table: Self.schema, id: id, column: "state"),
            decisionNote: decisionNote, decidedBy: decidedBy, decidedAt: decidedAt, recordedBy: recordedBy, createdAt: createdAt, version: version)
    }
}
