import FluentKit
import Foundation
import Identity
import KechuangCore
import Projects
import Storage

/// Disbursement against milestones (Art. 50(2)): the PI or the research office reports a milestone
/// of the signed task agreement done; the programme officer releases a tranche, which is refused
/// (and the refusal audited) while its milestone is not reported done, and never paid twice.
/// Object `project` (the steps are the project's), audited.
public struct Tranches: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    /// The agreement's tranches, each with its milestone and where it is.
    public func list(_ projectID: Project.ID, as person: Person) async throws -> [TrancheView] {
        let project = try await GrantProjects(db: db, now: now).find(projectID, as: person)
        return try await ExecutionLedger.load(project, on: db).tranches
    }

    /// The agreement's milestones with their reports.
    public func milestones(_ projectID: Project.ID, as person: Person) async throws -> [(milestone: Milestone, report: TrancheMilestoneReport?)] {
        let project = try await GrantProjects(db: db, now: now).find(projectID, as: person)
        let ledger = try await ExecutionLedger.load(project, on: db)
        return (ledger.agreement?.milestones ?? []).map { m in (m, ledger.milestoneReports.first { $0.milestoneID == m.id }) }
    }

    /// The PI or the research office reports a milestone done.
    public func reportMilestoneDone(_ projectID: Project.ID, milestone milestoneID: UUID, note: String, by person: Person) async throws -> TrancheMilestoneReport {
        let projects = GrantProjects(db: db, now: now)
        let project = try await projects.find(projectID, as: person)
        guard ProjectAccess.may(.edit, project, as: person) || ProjectAccess.may(.approve, project, as: person) else {
            throw DomainError.notFound(entity: "project")
        }
        try Expenditures.requireRunning(project)
        let at = now()
        let ledger = try await ExecutionLedger.load(project, on: db)
        guard let milestone = ledger.agreement?.milestones.first(where: { $0.id == milestoneID }) else {
            throw DomainError.validation([FieldError(field: "milestone", rule: "tranche.milestone.exists",
                message: LocalizedText(zh: "任务书中没有该里程碑", en: "The task agreement has no such milestone"), basis: .art(50, 2))])
        }
        guard !ledger.milestoneReports.contains(where: { $0.milestoneID == milestoneID }) else {
            throw DomainError.forbidden(LocalizedText(zh: "该里程碑已报告完成", en: "This milestone is already reported done"), basis: .art(50, 2))
        }
        let trimmed = note.trimmingCharacters(in: .whitespacesAndNewlines)
        return try await withWriteTransaction(on: db) { tx in
            let row = TrancheMilestoneRecord()
            row.id = UUID()
            row.projectID = projectID.rawValue
            row.milestoneID = milestoneID
            row.note = trimmed
            row.reportedBy = person.name
            row.reportedAt = at
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: person, action: "tranche.milestone_done", objectType: "project", objectID: projectID.uuidString,
                summary: "project \(project.number): milestone “\(milestone.titleZh)” (due \(milestone.due)) reported done", basis: .art(50, 2)),
                on: tx, at: at)
            return row.toDomain()
        }
    }

    /// The programme officer releases a tranche. Refused, citing Art. 50(2) and audited, while
    /// the tranche's milestone is not reported done.
    public func release(_ projectID: Project.ID, tranche trancheID: UUID, by person: Person) async throws -> TrancheRelease {
        let project = try await GrantProjects(db: db, now: now).find(projectID, as: person, for: .manage)
        try Expenditures.requireRunning(project)
        let at = now()
        let ledger = try await ExecutionLedger.load(project, on: db)
        guard let view = ledger.tranches.first(where: { $0.tranche.id == trancheID }) else {
            throw DomainError.validation([FieldError(field: "tranche", rule: "tranche.exists",
                message: LocalizedText(zh: "任务书中没有该拨款批次", en: "The task agreement has no such tranche"), basis: .art(50, 2))])
        }
        switch view.status {
        case .released:
            throw DomainError.forbidden(LocalizedText(zh: "该批次已拨付", en: "This tranche has been released already"), basis: .art(50, 2))
        case .waitingForMilestone:
            let title = view.milestone.map { LocalizedText(zh: $0.titleZh, en: $0.titleEn) } ?? LocalizedText(zh: "—", en: "—")
            let error = FieldError(field: "tranche", rule: "tranche.milestone_done", message: LocalizedText(
                zh: "该批次与里程碑“\(title.zh)”挂钩，里程碑报告完成后方可拨付", en: "This tranche is tied to the milestone “\(title.en)” and is released once the milestone is reported done"),
                basis: .art(50, 2))
            try await withWriteTransaction(on: db) { tx in
                try await AuditChain.append(AuditEvent(
                    actor: person, action: "tranche.release_refused", objectType: "project", objectID: projectID.uuidString,
                    summary: "project \(project.number): tranche \(trancheID.uuidString) \(view.tranche.amount) yuan; milestone not reported done",
                    basis: .art(50, 2)), on: tx, at: at)
            }
            throw DomainError.validation([error])
        case .releasable:
            break
        }
        return try await withWriteTransaction(on: db) { tx in
            let row = TrancheReleaseRecord()
            row.id = UUID()
            row.projectID = projectID.rawValue
            row.trancheID = trancheID
            row.amount = view.tranche.amount
            row.milestoneID = view.tranche.milestoneID
            row.releasedBy = person.name
            row.releasedAt = at
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: person, action: "tranche.released", objectType: "project", objectID: projectID.uuidString,
                summary: "project \(project.number): tranche \(trancheID.uuidString) \(view.tranche.amount) yuan released", basis: .art(50, 2)),
                on: tx, at: at)
            return row.toDomain()
        }
    }
}
