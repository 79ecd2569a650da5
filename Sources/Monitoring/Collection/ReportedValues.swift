import FluentKit
import Foundation
import Identity
import KechuangCore
import Storage

/// Departments' reporting forms (Art. 63): each line is validated (unit, range, a change against
/// the year before beyond the indicator's threshold needs a note) and saved as a new revision;
/// earlier revisions stay, so the history of every figure can be read back.
public struct ReportedValues: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    /// Every revision, newest first.
    public func history(indicator: String? = nil, year: Int? = nil) async throws -> [ReportedValue] {
        var q = ReportedValueRecord.query(on: db)
        if let indicator { q = q.filter(\.$indicatorCode == indicator) }
        if let year { q = q.filter(\.$year == year) }
        return try await q.sort(\.$year, .descending).sort(\.$indicatorCode).sort(\.$revision, .descending).all().map { try $0.toDomain() }
    }

    /// The figure in force of each reported indicator and year: its latest revision.
    public func current() async throws -> [ReportedValue] {
        let all = try await ReportedValueRecord.query(on: db).all().map { try $0.toDomain() }
        return Dictionary(grouping: all) { "\($0.indicator)|\($0.year)" }.compactMap { $0.value.max { $0.revision < $1.revision } }
            .sorted { ($0.indicator, $0.year) < ($1.indicator, $1.year) }
    }

    /// The figures in force as observations (totals; reported indicators have no breakdowns).
    public func observations() async throws -> [Observation] {
        try await current().map { Observation(indicator: $0.indicator, year: $0.year, value: $0.value) }
    }

    /// Checks a form without saving it: the field errors of every line (empty lines are skipped).
    public func check(_ form: ReportForm) async throws -> [FieldError] {
        var errors = CollectionRules.year(form.year, now: now())
        let current = try await current()
        for line in form.lines {
            guard let indicator = IndicatorCatalogue.reported.first(where: { $0.code == line.indicator }) else {
                errors.append(FieldError(field: ReportLine.valueField(line.indicator), rule: "report.indicator.unknown",
                                         message: LocalizedText(zh: "没有这个填报指标", en: "There is no such reported indicator"), basis: .art(63)))
                continue
            }
            let parsed = CollectionRules.parse(line.value, unit: indicator.unit)
            let previous = current.first { $0.indicator == indicator.code && $0.year == form.year - 1 }?.value
            let facts = CollectionRules.LineFacts(indicator: indicator, raw: line.value, value: parsed.value, unitProblem: parsed.unitProblem,
                                                  note: line.note, previous: previous)
            errors += CollectionRules.line(indicator).violations(of: facts, at: now()).map { e in
                FieldError(field: e.field == "note" ? ReportLine.noteField(indicator.code) : ReportLine.valueField(indicator.code),
                           rule: e.rule, message: e.message, basis: e.basis)
            }
        }
        return errors
    }

    /// Saves a form: every non-empty line whose figure or note differs from the one in force
    /// becomes the next revision, with one audit entry per line (basis Art. 63).
    @discardableResult
    public func submit(_ form: ReportForm, by person: Person) async throws -> [ReportedValue] {
        guard MonitoringAccess.mayReport(person) else {
            throw DomainError.forbidden(LocalizedText(zh: "只有部门工作人员可以填报本部门的监测数据", en: "Only department staff report their department's figures"), basis: .art(63))
        }
        let lines = form.lines.filter { !CollectionRules.blank($0.value) }
        let errors = try await check(ReportForm(year: form.year, lines: lines))
        guard errors.isEmpty else { throw DomainError.validation(errors) }
        let department = MonitoringAccess.reportingDepartment(of: person)
        let at = now()
        do {
            return try await withWriteTransaction(on: db) { tx in
                var saved: [ReportedValue] = []
                for line in lines {
                    guard let indicator = IndicatorCatalogue.indicator(line.indicator), let value = CollectionRules.parse(line.value, unit: indicator.unit).value
                    else { continue }
                    let latest = try await ReportedValueRecord.query(on: tx).filter(\.$indicatorCode == line.indicator).filter(\.$year == form.year)
                        .sort(\.$revision, .descending).first()
                    let note = line.note.trimmingCharacters(in: .whitespacesAndNewlines)
                    if let latest, latest.value == value, latest.note == note { continue }
                    let row = ReportedValueRecord()
                    row.id = UUID()
                    row.indicatorCode = line.indicator
                    row.year = form.year
                    row.revision = (latest?.revision ?? 0) + 1
                    row.value = value
                    row.note = note
                    row.departmentID = department
                    row.enteredBy = person.id
                    row.enteredAt = at
                    try await row.create(on: tx)
                    try await AuditChain.append(AuditEvent(actor: person, action: row.revision == 1 ? "monitoring.value.reported" : "monitoring.value.revised",
                                                           objectType: "monitoring_reported_value", objectID: try row.requireID().uuidString,
                                                           summary: "\(line.indicator) \(form.year) r\(row.revision) = \(ExportNumber.text(value))", basis: .art(63)),
                                                on: tx, at: at)
                    saved.append(try row.toDomain())
                }
                return saved
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw DomainError.staleVersion(entity: "reported value")
        }
    }
}
