import FluentKit
import Foundation
import Identity
import KechuangCore
import Projects

/// Execution of the money (执行情况) per project and per programme: budget, released, spent,
/// committed, remaining and the burn rate against the time elapsed, at a Beijing day.
public struct ExecutionReports: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    /// One project's execution, for anyone who may view the project.
    public func project(_ projectID: Project.ID, as person: Person) async throws -> ExecutionSummary {
        let project = try await GrantProjects(db: db, now: now).find(projectID, as: person)
        return try await ExecutionLedger.load(project, on: db).summary(at: BeijingDay(containing: now()))
    }

    /// A programme's execution: every project of the programme (programme officers and the
    /// platform admin — the roles that view every project).
    public func programme(_ programmeID: UUID, as person: Person) async throws -> ProgrammeExecution {
        guard !person.roles.isDisjoint(with: ProjectAccess.officerRoles) else { throw DomainError.notFound(entity: "programme") }
        let day = BeijingDay(containing: now())
        var summaries: [ExecutionSummary] = []
        for project in try await GrantProjects(db: db, now: now).list(programme: programmeID).sorted(by: { $0.number < $1.number }) {
            summaries.append(try await ExecutionLedger.load(project, on: db).summary(at: day))
        }
        return ProgrammeExecution(programmeID: programmeID, projects: summaries)
    }
}
