import FluentKit
import Foundation
import KechuangCore

final class ReportReminderRecord: Model, @unchecked Sendable {
    static let schema = "grt_report_reminders"

    @ID(key: .id) var id: UUID?
    @Field(key: "report_id") var reportID: UUID
    @Field(key: "project_id") var projectID: UUID
    @Field(key: "recipient_id") var recipientID: UUID
    @Field(key: "kind") var kind: String
    @Field(key: "due_date") var dueDate: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    func toDomain() throws -> ReportReminder {
        ReportReminder(
            id: try requireID(), reportID: ProjectReport.ID(reportID), projectID: projectID, recipientID: recipientID,
            kind: try StoredValue.decode(ReportReminder.Kind.self, kind, table: Self.schema, id: id, column: "kind"),
            dueDate: try GrantsJSONColumn.day(dueDate, table: Self.schema, id: id, column: "due_date"), createdAt: createdAt)
    }
}
