import FluentKit
import Foundation
import Identity
import KechuangCore
import Projects
import Storage

/// Chief-scientist responsibility (首席科学家负责制, Art. 29): in a project flagged chief-scientist,
/// the chief scientist (the PI) allocates sub-tasks and their budgets inside the project; the
/// budgets together never exceed the award. Object `subtask`, audited.
public struct SubTasks: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    static let objectType = "subtask"

    public func list(_ projectID: Project.ID, as person: Person) async throws -> [SubTask] {
        let project = try await GrantProjects(db: db, now: now).find(projectID, as: person)
        return try await SubTaskRecord.query(on: db).filter(\.$projectID == project.id.rawValue).sort(\.$createdAt).all().map { try $0.toDomain() }
    }

    /// Allocates a new sub-task (`id` nil) or changes one (`id`, with the version read).
    public func allocate(_ projectID: Project.ID, _ input: SubTaskInput, id: SubTask.ID? = nil, expectedVersion: Int? = nil,
                         by person: Person) async throws -> SubTask {
        let project = try await GrantProjects(db: db, now: now).find(projectID, as: person, for: .edit)
        guard project.chiefScientist else { throw DomainError.forbidden(SubTaskRules.notChiefScientistProject, basis: .art(29)) }
        try Expenditures.requireRunning(project)
        let at = now()
        try SubTaskRules.input.validate(input, at: at)
        guard let budget = input.budget else { throw DomainError.validation([]) }
        let title = input.title.trimmingCharacters(in: .whitespacesAndNewlines)
        let leader = input.leaderName.trimmingCharacters(in: .whitespacesAndNewlines)
        let email = input.leaderEmail.trimmingCharacters(in: .whitespacesAndNewlines)
        // A refusal keeps its audit entry: it leaves the transaction as a value and is thrown after.
        return try await withWriteTransaction(on: db) { tx in
            let others = try await SubTaskRecord.query(on: tx).filter(\.$projectID == projectID.rawValue).all().filter { $0.id != id?.rawValue }
            let total = Money.clampedSum(others.map(\.budget) + [budget])
            if let error = SubTaskRules.withinAward(total: total, award: project.awardedAmount) {
                try await AuditChain.append(AuditEvent(
                    actor: person, action: "subtask.refused", objectType: "project", objectID: projectID.uuidString,
                    summary: "project \(project.number): \(title) \(budget) yuan would make \(total) > award \(project.awardedAmount)",
                    basis: .art(29)), on: tx, at: at)
                return Result<SubTask, DomainError>.failure(.validation([error]))
            }
            let rowID: UUID
            if let id {
                guard let existing = try await SubTaskRecord.find(id.rawValue, on: tx), existing.projectID == projectID.rawValue else {
                    throw DomainError.notFound(entity: "subtask")
                }
                try await OptimisticLock.update(SubTaskRecord.schema, id: id.rawValue, expectedVersion: expectedVersion ?? existing.version, entity: "subtask", on: tx) {
                    $0.set("title", to: title).set("leader_name", to: leader).set("leader_email", to: email).set("budget", to: budget)
                        .set("allocated_by", to: person.name).set("updated_at", to: at)
                }
                rowID = id.rawValue
            } else {
                let row = SubTaskRecord()
                row.id = UUID()
                row.projectID = projectID.rawValue
                row.title = title
                row.leaderName = leader
                row.leaderEmail = email
                row.budget = budget
                row.allocatedBy = person.name
                row.version = 1
                row.createdAt = at
                row.updatedAt = at
                try await row.create(on: tx)
                rowID = try row.requireID()
            }
            try await AuditChain.append(AuditEvent(
                actor: person, action: id == nil ? "subtask.allocated" : "subtask.changed", objectType: Self.objectType, objectID: rowID.uuidString,
                summary: "project \(project.number): \(title), led by \(leader), \(budget) yuan (sub-tasks together \(total) of \(project.awardedAmount))",
                basis: .art(29)), on: tx, at: at)
            guard let saved = try await SubTaskRecord.find(rowID, on: tx) else { throw DomainError.notFound(entity: "subtask") }
            return Result<SubTask, DomainError>.success(try saved.toDomain())
        }.get()
    }
}
