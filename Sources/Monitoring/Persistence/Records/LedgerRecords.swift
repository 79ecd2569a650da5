import FluentKit
import Foundation
import KechuangCore

final class LedgerPlanRecord: Model, @unchecked Sendable {
    static let schema = "mon_plans"

    @ID(key: .id) var id: UUID?
    @Field(key: "level") var level: String
    @Field(key: "scope") var scope: String
    @Field(key: "title_zh") var titleZh: String
    @Field(key: "title_en") var titleEn: String
    @Field(key: "from_year") var fromYear: Int
    @Field(key: "to_year") var toYear: Int
    @Field(key: "goals_json") var goalsJSON: String
    @OptionalField(key: "created_by") var createdBy: UUID?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    func toDomain() throws -> LedgerPlan {
        let goals: [PlanGoal]
        do { goals = try JSONDecoder().decode([PlanGoal].self, from: Data(goalsJSON.utf8)) } catch {
            throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "?", column: "goals_json", reason: "\(error)")
        }
        return LedgerPlan(id: LedgerPlan.ID(try requireID()), level: try StoredValue.decode(PlanLevel.self, level, table: Self.schema, id: id, column: "level"),
                          scope: scope, titleZh: titleZh, titleEn: titleEn, fromYear: fromYear, toYear: toYear, goals: goals, createdAt: createdAt)
    }
}

final class LedgerTaskRecord: Model, @unchecked Sendable {
    static let schema = "mon_tasks"

    @ID(key: .id) var id: UUID?
    @Field(key: "plan_id") var planID: UUID
    @Field(key: "year") var year: Int
    @Field(key: "code") var code: String
    @Field(key: "title_zh") var titleZh: String
    @Field(key: "title_en") var titleEn: String
    @Field(key: "lead_department_id") var leadDepartmentID: UUID
    @Field(key: "co_departments_json") var coDepartmentsJSON: String
    /// `YYYY-MM-DD`, a Beijing calendar day.
    @Field(key: "deadline") var deadline: String
    @Field(key: "target_value") var targetValue: Double
    @Field(key: "target_unit") var targetUnit: String
    @OptionalField(key: "indicator_code") var indicatorCode: String?
    /// An `ArticleRef` code (`8(1)`).
    @OptionalField(key: "article") var article: String?
    @Field(key: "plan_item") var planItem: String
    @OptionalField(key: "created_by") var createdBy: UUID?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    func toDomain() throws -> LedgerTask {
        let rowID = id?.uuidString ?? "?"
        guard let day = BeijingDay(parsing: deadline) else { throw StoredDataError(table: Self.schema, id: rowID, column: "deadline", reason: deadline) }
        let co: [UUID]
        do { co = try JSONDecoder().decode([UUID].self, from: Data(coDepartmentsJSON.utf8)) } catch {
            throw StoredDataError(table: Self.schema, id: rowID, column: "co_departments_json", reason: "\(error)")
        }
        var ref: ArticleRef?
        if let article {
            guard let parsed = ArticleRef(code: article) else { throw StoredDataError(table: Self.schema, id: rowID, column: "article", reason: article) }
            ref = parsed
        }
        guard targetValue.isFinite else { throw StoredDataError(table: Self.schema, id: rowID, column: "target_value", reason: "not finite") }
        return LedgerTask(id: LedgerTask.ID(try requireID()), planID: LedgerPlan.ID(planID), year: year, code: code, titleZh: titleZh, titleEn: titleEn,
                          leadDepartmentID: leadDepartmentID, coDepartmentIDs: co, deadline: day, targetValue: targetValue, targetUnit: targetUnit,
                          indicatorCode: indicatorCode, article: ref, planItem: planItem, createdAt: createdAt)
    }
}

final class ProgressReportRecord: Model, @unchecked Sendable {
    static let schema = "mon_task_progress"

    @ID(key: .id) var id: UUID?
    @Field(key: "task_id") var taskID: UUID
    @Field(key: "month") var month: String
    @Field(key: "revision") var revision: Int
    @Field(key: "value") var value: Double
    @Field(key: "narrative") var narrative: String
    @OptionalField(key: "reported_by") var reportedBy: UUID?
    @Field(key: "reported_at") var reportedAt: Date

    init() {}

    func toDomain() throws -> ProgressReport {
        guard value.isFinite else { throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "?", column: "value", reason: "not finite") }
        return ProgressReport(id: ProgressReport.ID(try requireID()), taskID: LedgerTask.ID(taskID), month: month, revision: revision, value: value,
                              narrative: narrative, reportedBy: reportedBy, reportedAt: reportedAt)
    }
}
