import FluentKit
import Foundation
import Identity
import KechuangCore
import Storage

/// The key-task ledger (Art. 6, 8, 14): plans with goals and indicators, the yearly work plan's
/// tasks, monthly progress with its history, the flags of overdue and at-risk tasks, and the
/// year-end assessment of each lead department. Every write is audited (`ledger.*`).
public struct KeyTaskLedger: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    static func forbidden() -> DomainError {
        .forbidden(LocalizedText(zh: "只有相关部门工作人员可以维护重点任务台账", en: "Only the departments' staff keep the key-task ledger"), basis: .art(8, 1))
    }

    public func plans() async throws -> [LedgerPlan] {
        try await LedgerPlanRecord.query(on: db).sort(\.$fromYear, .descending).sort(\.$titleZh).all().map { try $0.toDomain() }
    }

    public func plan(_ id: LedgerPlan.ID) async throws -> LedgerPlan {
        guard let row = try await LedgerPlanRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: "plan") }
        return try row.toDomain()
    }

    public func tasks(year: Int? = nil) async throws -> [LedgerTask] {
        var q = LedgerTaskRecord.query(on: db)
        if let year { q = q.filter(\.$year == year) }
        return try await q.sort(\.$year, .descending).sort(\.$code).all().map { try $0.toDomain() }
    }

    public func task(_ id: LedgerTask.ID) async throws -> LedgerTask {
        guard let row = try await LedgerTaskRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: "task") }
        return try row.toDomain()
    }

    /// Every report on a task, newest month and revision first.
    public func history(_ id: LedgerTask.ID) async throws -> [ProgressReport] {
        try await ProgressReportRecord.query(on: db).filter(\.$taskID == id.rawValue).sort(\.$month, .descending).sort(\.$revision, .descending)
            .all().map { try $0.toDomain() }
    }

    @discardableResult
    public func createPlan(_ input: PlanInput, by person: Person) async throws -> LedgerPlan {
        guard LedgerAccess.mayManage(person) else { throw Self.forbidden() }
        let (level, from, to, errors) = input.check()
        guard errors.isEmpty, let level, let from, let to else { throw DomainError.validation(errors) }
        let at = now()
        return try await withWriteTransaction(on: db) { tx in
            let row = LedgerPlanRecord()
            row.id = UUID()
            row.level = level.rawValue
            row.scope = level == .city ? "beijing" : input.scope
            row.titleZh = input.titleZh.trimmingCharacters(in: .whitespacesAndNewlines)
            row.titleEn = input.titleEn.trimmingCharacters(in: .whitespacesAndNewlines)
            row.fromYear = from
            row.toYear = to
            row.goalsJSON = String(decoding: try JSONEncoder().encode(PlanInput.goals(input.goals)), as: UTF8.self)
            row.createdBy = person.id
            row.createdAt = at
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "ledger.plan.created", objectType: "monitoring_plan", objectID: try row.requireID().uuidString,
                                                   summary: "\(level.rawValue) \(row.scope) \(from)–\(to) \(row.titleZh)", basis: .art(14)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    @discardableResult
    public func createTask(_ input: TaskInput, by person: Person) async throws -> LedgerTask {
        guard LedgerAccess.mayManage(person) else { throw Self.forbidden() }
        var errors = input.checkFields()
        let organisations = Organisations(db: db)
        func department(_ raw: String, field: String) async throws -> UUID? {
            guard let id = UUID(uuidString: raw) else { return nil }
            guard let org = try? await organisations.find(Organisation.ID(id)), org.type == .governmentDepartment else {
                errors.append(LedgerRules.error(field, "ledger.task.department", "请选择政府部门", "Select a government department"))
                return nil
            }
            return id
        }
        let lead = try await department(input.leadDepartment, field: "lead_department_id")
        var co: [UUID] = []
        for raw in input.coDepartments where !LedgerRules.blank(raw) {
            if let id = try await department(raw, field: "co_department_ids"), id != lead, !co.contains(id) { co.append(id) }
        }
        if let planID = UUID(uuidString: input.planID), try await LedgerPlanRecord.find(planID, on: db) == nil {
            errors.append(LedgerRules.error("plan_id", "ledger.task.plan", "请选择所属规划", "Select the plan"))
        }
        guard errors.isEmpty, let lead, let planID = UUID(uuidString: input.planID), let year = Int(input.year.trimmingCharacters(in: .whitespaces)),
              let deadline = BeijingDay(parsing: input.deadline.trimmingCharacters(in: .whitespaces)),
              let target = Double(input.targetValue.trimmingCharacters(in: .whitespaces))
        else { throw DomainError.validation(errors) }
        let article = input.article.trimmingCharacters(in: .whitespaces)
        let coDepartments = co
        let indicator = input.indicator.trimmingCharacters(in: .whitespaces).uppercased()
        let at = now()
        do {
            return try await withWriteTransaction(on: db) { tx in
                let row = LedgerTaskRecord()
                row.id = UUID()
                row.planID = planID
                row.year = year
                row.code = input.code.trimmingCharacters(in: .whitespaces)
                row.titleZh = input.titleZh.trimmingCharacters(in: .whitespacesAndNewlines)
                row.titleEn = input.titleEn.trimmingCharacters(in: .whitespacesAndNewlines)
                row.leadDepartmentID = lead
                row.coDepartmentsJSON = String(decoding: try JSONEncoder().encode(coDepartments), as: UTF8.self)
                row.deadline = deadline.description
                row.targetValue = target
                row.targetUnit = input.targetUnit.trimmingCharacters(in: .whitespaces)
                row.indicatorCode = indicator.isEmpty ? nil : indicator
                row.article = article.isEmpty ? nil : TaskInput.article(article)?.code
                row.planItem = input.planItem.trimmingCharacters(in: .whitespacesAndNewlines)
                row.createdBy = person.id
                row.createdAt = at
                try await row.create(on: tx)
                try await AuditChain.append(AuditEvent(actor: person, action: "ledger.task.created", objectType: "monitoring_task", objectID: try row.requireID().uuidString,
                                                       summary: "\(year) \(row.code) \(row.titleZh) → \(ExportNumber.text(target)) \(row.targetUnit) by \(row.deadline)",
                                                       basis: .art(8, 1)), on: tx, at: at)
                return try row.toDomain()
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw DomainError.duplicate(field: "code", message: LocalizedText(zh: "该年度已有相同编号的任务", en: "The year already has a task with this number"))
        }
    }

    /// Saves a month's progress as the next revision of that month; audited.
    @discardableResult
    public func report(_ id: LedgerTask.ID, _ input: ProgressInput, by person: Person) async throws -> ProgressReport {
        let task = try await task(id)
        guard LedgerAccess.mayReport(person, on: task) else {
            throw DomainError.forbidden(LocalizedText(zh: "只有牵头或配合部门可以报告该任务的进展", en: "Only the lead or a co-department reports this task's progress"), basis: .art(8, 1))
        }
        let at = now()
        let errors = input.check(task: task, today: BeijingDay(containing: at))
        guard errors.isEmpty, let value = Double(input.value.trimmingCharacters(in: .whitespaces)) else { throw DomainError.validation(errors) }
        let month = input.month.trimmingCharacters(in: .whitespaces)
        do {
            return try await withWriteTransaction(on: db) { tx in
                let latest = try await ProgressReportRecord.query(on: tx).filter(\.$taskID == id.rawValue).filter(\.$month == month)
                    .sort(\.$revision, .descending).first()
                let row = ProgressReportRecord()
                row.id = UUID()
                row.taskID = id.rawValue
                row.month = month
                row.revision = (latest?.revision ?? 0) + 1
                row.value = value
                row.narrative = input.narrative.trimmingCharacters(in: .whitespacesAndNewlines)
                row.reportedBy = person.id
                row.reportedAt = at
                try await row.create(on: tx)
                try await AuditChain.append(AuditEvent(actor: person, action: row.revision == 1 ? "ledger.progress.reported" : "ledger.progress.revised",
                                                       objectType: "monitoring_task", objectID: id.rawValue.uuidString,
                                                       summary: "\(task.code) \(month) r\(row.revision) = \(ExportNumber.text(value)) \(task.targetUnit)", basis: .art(8, 1)),
                                            on: tx, at: at)
                return try row.toDomain()
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw DomainError.staleVersion(entity: "progress report")
        }
    }

    /// A task's standing on a day: the figure in force (the latest revision of the latest month) and its flags.
    public static func standing(_ task: LedgerTask, history: [ProgressReport], on day: BeijingDay) -> TaskStanding {
        let achieved = history.max { ($0.month, $0.revision) < ($1.month, $1.revision) }?.value
        let start = BeijingDay(year: task.year, month: 1, day: 1) ?? task.deadline
        let facts = TaskFacts(target: task.targetValue, achieved: achieved, start: min(start, task.deadline), deadline: task.deadline, today: day)
        let flags = LedgerRules.flags.violations(of: facts, at: day.start)
        return TaskStanding(task: task, history: history, achieved: achieved, status: LedgerRules.status(facts, flags: flags), flags: flags)
    }

    /// Every task of a year with its standing today.
    public func standings(year: Int? = nil) async throws -> [TaskStanding] {
        let tasks = try await tasks(year: year)
        let ids = tasks.map(\.id.rawValue)
        let reports = ids.isEmpty ? [] : try await ProgressReportRecord.query(on: db).filter(\.$taskID ~~ ids).all().map { try $0.toDomain() }
        let byTask = Dictionary(grouping: reports, by: \.taskID)
        let today = BeijingDay(containing: now())
        return tasks.map { t in
            Self.standing(t, history: (byTask[t.id] ?? []).sorted { ($0.month, $0.revision) > ($1.month, $1.revision) }, on: today)
        }
    }

    /// The year-end assessment (Art. 8(1) 绩效考核): per lead department, its tasks of the year and how many met their targets.
    public func assessment(year: Int) async throws -> [DepartmentAssessment] {
        let standings = try await standings(year: year)
        return Dictionary(grouping: standings, by: \.task.leadDepartmentID).map { department, list in
            DepartmentAssessment(departmentID: department, tasks: list.count, met: list.filter { $0.status == .met }.count,
                                 overdue: list.filter { $0.status == .overdue }.count)
        }.sorted { ($0.score, $0.departmentID.uuidString) > ($1.score, $1.departmentID.uuidString) }
    }
}
