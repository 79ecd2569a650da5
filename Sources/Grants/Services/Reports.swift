import FluentKit
import Foundation
import Identity
import KechuangCore
import Storage

/// The reports a project owes (annual, mid-term for projects of three years or more, final), due on
/// days generated from the project's dates (`ReportSchedule`); the PI hands them in with the
/// indicator values reached against the agreement's targets; the programme officer accepts them
/// or returns them with a comment. Reports due within 30 days or overdue get an in-platform
/// reminder. Every change is one transaction with its audit entry (object `report`).
public struct Reports: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    static let objectType = "report"
    /// Projects in these states owe reports.
    static let reportingStates: Set<ProjectStatus> = [.running, .suspended, .acceptance]

    // MARK: Reading

    /// The project's reports in due order, generated from its dates the first time they are read
    /// once it runs.
    public func list(project id: Project.ID, as viewer: Person) async throws -> [ProjectReport] {
        let project = try await GrantProjects(db: db, now: now).find(id, as: viewer, for: .view)
        try await ensureSchedule(project)
        return try await Self.rows(project: id.rawValue, on: db)
    }

    /// One report with its project, if `viewer` may see the project.
    public func find(_ id: ProjectReport.ID, as viewer: Person, for action: ProjectAccess.Action = .view) async throws -> (report: ProjectReport, project: Project) {
        let report = try await Self.row(id.rawValue, on: db).toDomain()
        let project = try await GrantProjects(db: db, now: now).find(Project.ID(report.projectID), as: viewer, for: action)
        return (report, project)
    }

    /// The indicators of the project's task agreement, the values a report gives.
    public func indicators(project id: Project.ID, as viewer: Person) async throws -> [Indicator] {
        _ = try await GrantProjects(db: db, now: now).find(id, as: viewer, for: .view)
        return try await ClosureSupport.indicators(of: id, on: db)
    }

    /// Reports still owed (due or returned) on every project `viewer` may see, soonest first.
    public func owed(for viewer: Person) async throws -> [(report: ProjectReport, project: Project)] {
        var out: [(report: ProjectReport, project: Project)] = []
        for project in try await GrantProjects(db: db, now: now).list(for: viewer) where Self.reportingStates.contains(project.status) {
            try await ensureSchedule(project)
            for report in try await Self.rows(project: project.id.rawValue, on: db) where report.state == .due || report.state == .returned {
                out.append((report, project))
            }
        }
        return out.sorted { ($0.report.dueDate, $0.project.number) < ($1.report.dueDate, $1.project.number) }
    }

    /// The in-platform reminders addressed to `person`, newest first.
    public func reminders(for person: Person) async throws -> [ReportReminder] {
        try await ReportReminderRecord.query(on: db).filter(\.$recipientID == person.id).sort(\.$createdAt, .descending).all().map { try $0.toDomain() }
    }

    // MARK: The PI

    /// The PI hands in a report: a summary and the value reached for each indicator of the agreement
    /// (every indicator in the final report, Art. 31). A report already accepted is not changed.
    public func submit(_ id: ProjectReport.ID, _ input: ReportInput, by pi: Person) async throws -> ProjectReport {
        let (report, project) = try await find(id, as: pi, for: .edit)
        let at = now()
        guard report.state == .due || report.state == .returned else {
            throw try await ClosureSupport.refusal(
                LocalizedText(zh: "该报告已提交或已通过，不能再次提交", en: "This report is already submitted or accepted"),
                basis: .art(50), rule: "report.state", by: pi, objectType: Self.objectType, objectID: id.rawValue, on: db, at: at)
        }
        let indicators = try await ClosureSupport.indicators(of: project.id, on: db)
        var errors: [FieldError] = []
        if ClosureSupport.trimmed(input.summary).isEmpty {
            errors.append(FieldError(field: "summary", rule: "report.summary.required",
                                     message: LocalizedText(zh: "请填写进展摘要", en: "Summarise the progress")))
        }
        for indicator in indicators {
            let value = input.actuals[indicator.id]
            if let value, !(value.isFinite && value >= 0 && value <= 1e12) {
                errors.append(FieldError(field: "indicator_\(indicator.id.uuidString.lowercased())", rule: "report.indicator.range",
                    message: LocalizedText(zh: "「\(indicator.nameZh)」的完成值须为 0 或正数", en: "The value for “\(indicator.nameEn)” must be zero or more")))
            } else if value == nil && report.kind == .final {
                errors.append(FieldError(field: "indicator_\(indicator.id.uuidString.lowercased())", rule: "report.indicator.final",
                    message: LocalizedText(zh: "结题报告须填写「\(indicator.nameZh)」的完成值", en: "The final report gives a value for “\(indicator.nameEn)”"),
                    basis: .art(31)))
            }
        }
        try await ClosureSupport.audited(errors, by: pi, objectType: Self.objectType, objectID: id.rawValue, on: db, at: at)
        let values = indicators.map {
            IndicatorValue(indicatorID: $0.id, name: $0.nameZh + ($0.nameEn.isEmpty ? "" : " / \($0.nameEn)"), unit: $0.unit, target: $0.target, actual: input.actuals[$0.id])
        }
        return try await withWriteTransaction(on: db) { tx in
            let row = try await Self.row(id.rawValue, on: tx)
            row.summary = ClosureSupport.trimmed(input.summary)
            row.indicatorsJSON = try GrantsJSONColumn.encode(values)
            row.state = ReportState.submitted.rawValue
            row.submittedAt = at
            row.version += 1
            row.updatedAt = at
            try await row.update(on: tx)
            let met = values.filter(\.met).count
            try await AuditChain.append(AuditEvent(
                actor: pi, action: "report.submitted", objectType: Self.objectType, objectID: id.rawValue.uuidString,
                summary: "\(project.number) \(report.kind.rawValue) \(report.sequence): \(met)/\(values.count) indicators met", basis: .art(50)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    // MARK: The programme officer

    /// Accepts a submitted report, or returns it with the comment saying what to change.
    public func review(_ id: ProjectReport.ID, accept: Bool, comment: String, by officer: Person) async throws -> ProjectReport {
        let (report, project) = try await find(id, as: officer, for: .manage)
        let at = now()
        guard report.state == .submitted else {
            throw try await ClosureSupport.refusal(
                LocalizedText(zh: "只能审核已提交的报告", en: "Only a submitted report can be reviewed"),
                basis: .art(50), rule: "report.review.state", by: officer, objectType: Self.objectType, objectID: id.rawValue, on: db, at: at)
        }
        if !accept && ClosureSupport.trimmed(comment).isEmpty {
            throw DomainError.validation([FieldError(field: "comment", rule: "report.return.comment",
                message: LocalizedText(zh: "退回时请说明需要修改的内容", en: "Say what to change when returning a report"))])
        }
        return try await withWriteTransaction(on: db) { tx in
            let row = try await Self.row(id.rawValue, on: tx)
            row.state = (accept ? ReportState.accepted : .returned).rawValue
            row.officerComment = ClosureSupport.trimmed(comment)
            row.version += 1
            row.updatedAt = at
            try await row.update(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: officer, action: accept ? "report.accepted" : "report.returned", objectType: Self.objectType, objectID: id.rawValue.uuidString,
                summary: "\(project.number) \(report.kind.rawValue) \(report.sequence)", basis: .art(50)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    /// Writes a reminder to the PI of every report due within 30 days or overdue that has not had
    /// that reminder yet; returns how many were written.
    public func remind(by officer: Person) async throws -> Int {
        guard !officer.roles.isDisjoint(with: ProjectAccess.officerRoles) else { throw DomainError.notFound(entity: "project") }
        let at = now()
        var found: [(ProjectReport, Project, ReportReminder.Kind)] = []
        for project in try await GrantProjects(db: db, now: now).all() where Self.reportingStates.contains(project.status) {
            try await ensureSchedule(project)
            for report in try await Self.rows(project: project.id.rawValue, on: db) {
                if report.isOverdue(at: at) { found.append((report, project, .overdue)) } else if report.isDueSoon(at: at) { found.append((report, project, .dueSoon)) }
            }
        }
        let due = found
        return try await withWriteTransaction(on: db) { tx in
            var written = 0
            for (report, project, kind) in due {
                let exists = try await ReportReminderRecord.query(on: tx).filter(\.$reportID == report.id.rawValue).filter(\.$kind == kind.rawValue)
                    .filter(\.$recipientID == project.principalInvestigatorID).first()
                guard exists == nil else { continue }
                let row = ReportReminderRecord()
                row.id = UUID()
                row.reportID = report.id.rawValue
                row.projectID = project.id.rawValue
                row.recipientID = project.principalInvestigatorID
                row.kind = kind.rawValue
                row.dueDate = report.dueDate.description
                row.createdAt = at
                try await row.create(on: tx)
                written += 1
            }
            try await AuditChain.append(AuditEvent(
                actor: officer, action: "report.reminded", objectType: Self.objectType, objectID: "all",
                summary: "\(written) reminders of \(due.count) reports due soon or overdue", basis: .art(50)), on: tx, at: at)
            return written
        }
    }

    // MARK: The schedule

    /// Generates the project's reports from its dates once it runs.
    func ensureSchedule(_ project: Project) async throws {
        guard Self.reportingStates.contains(project.status) else { return }
        guard try await ReportRecord.query(on: db).filter(\.$projectID == project.id.rawValue).count() == 0 else { return }
        let at = now()
        try await withWriteTransaction(on: db) { tx in
            guard try await ReportRecord.query(on: tx).filter(\.$projectID == project.id.rawValue).count() == 0 else { return }
            let created = try await Self.reschedule(project, on: tx, at: at)
            try await AuditChain.append(AuditEvent(
                actor: AuditActor.system, action: "report.scheduled", objectType: "project", objectID: project.id.rawValue.uuidString,
                summary: "\(project.number): \(created) reports from \(project.startDate) to \(project.endDate)", basis: .art(50)), on: tx, at: at)
        }
    }

    /// Brings the reports in line with the project's dates (after an extension): missing ones are
    /// added, owed ones move to their new due day; handed-in ones stay as they are. Returns how many
    /// were added.
    @discardableResult
    static func reschedule(_ project: Project, on tx: any Database, at: Date) async throws -> Int {
        let existing = try await ReportRecord.query(on: tx).filter(\.$projectID == project.id.rawValue).all()
        var added = 0
        for entry in ReportSchedule.entries(start: project.startDate, end: project.endDate) {
            if let row = existing.first(where: { $0.kind == entry.kind.rawValue && $0.sequence == entry.sequence }) {
                if (row.state == ReportState.due.rawValue || row.state == ReportState.returned.rawValue), row.dueDate != entry.due.description {
                    row.dueDate = entry.due.description
                    row.version += 1
                    row.updatedAt = at
                    try await row.update(on: tx)
                }
                continue
            }
            let row = ReportRecord()
            row.id = UUID()
            row.projectID = project.id.rawValue
            row.kind = entry.kind.rawValue
            row.sequence = entry.sequence
            row.dueDate = entry.due.description
            row.state = ReportState.due.rawValue
            row.summary = ""
            row.indicatorsJSON = "[]"
            row.officerComment = ""
            row.version = 1
            row.createdAt = at
            row.updatedAt = at
            try await row.create(on: tx)
            added += 1
        }
        return added
    }

    static func rows(project: UUID, on db: any Database) async throws -> [ProjectReport] {
        try await ReportRecord.query(on: db).filter(\.$projectID == project).all().map { try $0.toDomain() }
            .sorted { ($0.dueDate, $0.kind.rawValue, $0.sequence) < ($1.dueDate, $1.kind.rawValue, $1.sequence) }
    }

    static func row(_ id: UUID, on db: any Database) async throws -> ReportRecord {
        guard let row = try await ReportRecord.find(id, on: db) else { throw DomainError.notFound(entity: "report") }
        return row
    }
}
