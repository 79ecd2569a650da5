import FluentKit
import Foundation
import KechuangCore

/// A row of `grt_budget_adjustments`: one `BudgetAdjustment`.
final class BudgetAdjustmentRecord: Model, @unchecked Sendable {
    static let schema = "grt_budget_adjustments"

    @ID(key: .id) var id: UUID?
    @Field(key: "project_id") var projectID: UUID
    @Field(key: "kind") var kind: String
    @OptionalField(key: "from_category") var fromCategory: String?
    @Field(key: "to_category") var toCategory: String
    @Field(key: "amount") var amount: Int
    @Field(key: "reason") var reason: String
    @Field(key: "state") var state: String
    /// `ArticleRef.code`: `22` or `50(2)`.
    @Field(key: "basis") var basis: String
    @Field(key: "requested_by") var requestedBy: String
    @OptionalField(key: "decided_by") var decidedBy: String?
    @OptionalField(key: "decided_at") var decidedAt: Date?
    @Field(key: "decision_note") var decisionNote: String
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date

    init() {}

    func toDomain() throws -> BudgetAdjustment {
        guard let ref = ArticleRef(code: basis) else {
            throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: "basis", reason: "not an article: \"\(basis)\"")
        }
        return BudgetAdjustment(
            id: BudgetAdjustment.ID(try requireID()), projectID: Project.ID(projectID),
            kind: try StoredValue.decode(BudgetAdjustmentKind.self, kind, table: Self.schema, id: id, column: "kind"),
            fromCategory: fromCategory, toCategory: toCategory, amount: amount, reason: reason,
            state: try StoredValue.decode(BudgetAdjustmentState.self, state, table: Self.schema, id: id, column: "state"),
            basis: .article(ref), requestedBy: requestedBy, decidedBy: decidedBy, decidedAt: decidedAt, decisionNote: decisionNote,
            createdAt: createdAt, version: version)
    }
}
