import FluentKit
import Foundation
import KechuangCore

final class PanelRecord: Model, @unchecked Sendable {
    static let schema = "mkt_panels"

    @ID(key: .id) var id: UUID?
    @Field(key: "subject_kind") var subjectKind: String
    @Field(key: "subject_id") var subjectID: UUID
    @Field(key: "reviewers") var reviewers: Int
    @Field(key: "candidates") var candidates: Int
    @Field(key: "objective") var objective: Int
    @Field(key: "exclusions_json") var exclusionsJSON: String
    @OptionalField(key: "assigned_by") var assignedBy: UUID?
    @Field(key: "assigned_at") var assignedAt: Date

    init() {}

    func toDomain() throws -> MarketPanel {
        MarketPanel(subject: MarketPanel.Subject(
                        kind: try StoredValue.decode(MarketPanel.Kind.self, subjectKind, table: Self.schema, id: id, column: "subject_kind"), id: subjectID),
                    reviewersPerSubject: reviewers, candidates: candidates, objective: objective,
                    exclusions: try MarketJSON.decode([MarketPanel.Excluded].self, exclusionsJSON, table: Self.schema, id: id, column: "exclusions_json"),
                    assignedAt: assignedAt)
    }
}
