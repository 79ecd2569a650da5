import FluentKit
import Foundation
import KechuangCore

final class ReportRecord: Model, @unchecked Sendable {
    static let schema = "grt_reports"

    @ID(key: .id) var id: UUID?
    @Field(key: "project_id") var projectID: UUID
    @Field(key: "kind") var kind: String
    @Field(key: "sequence") var sequence: Int
    /// `YYYY-MM-DD` Beijing calendar day.
    @Field(key: "due_date") var dueDate: String
    @Field(key: "state") var state: String
    @Field(key: "summary") var summary: String
    /// `[IndicatorValue]` as JSON.
    @Field(key: "indicators_json") var indicatorsJSON: String
    @Field(key: "officer_comment") var officerComment: String
    @OptionalField(key: "submitted_at") var submittedAt: Date?
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    func toDomain() throws -> ProjectReport {
        ProjectReport(
            id: ProjectReport.ID(try requireID()), projectID: projectID,
            kind: try StoredValue.decode(ReportKind.self, kind, table: Self.schema, id: id, column: "kind"), sequence: sequence,
            dueDate: try GrantsJSONColumn.day(dueDate, table: Self.schema, id: id, column: "due_date"),
            state: try StoredValue.decode(ReportState.self, state, table: Self.schema, id: id, column: "state"), summary: summary,
            indicators: try GrantsJSONColumn.decode([IndicatorValue].self, indicatorsJSON, table: Self.schema, id: id, column: "indicators_json"),
            officerComment: officerComment, submittedAt: submittedAt, version: version, createdAt: createdAt, updatedAt: updatedAt)
    }
}
