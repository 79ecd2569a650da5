import FluentKit
import Foundation
import Identity
import KechuangCore
import Projects
import Storage

/// Funded projects: finding one as a viewer (`ProjectAccess`), listing a person's projects, and
/// counting the projects a PI leads for the eligibility rule "PI leads fewer than N running
/// projects". Awards create them (`Awards`); the other Grants services change them.
public struct GrantProjects: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    /// The project, if `viewer` may do `action` with it (`ProjectAccess.may`); otherwise it does
    /// not exist for them (`DomainError.notFound`, 404), exactly like a missing one.
    public func find(_ id: Project.ID, as viewer: Person, for action: ProjectAccess.Action = .view) async throws -> Project {
        let project = try await Self.find(id, on: db)
        guard ProjectAccess.may(action, project, as: viewer) else { throw DomainError.notFound(entity: "project") }
        return project
    }

    /// The project funded from this application, if `viewer` may see it.
    public func find(application: GrantApplication.ID, as viewer: Person) async throws -> Project? {
        guard let record = try await ProjectRecord.query(on: db).filter(\.$applicationID == application.rawValue).first() else { return nil }
        let project = try record.toDomain()
        return ProjectAccess.may(.view, project, as: viewer) ? project : nil
    }

    /// Every project `viewer` may see, newest first: their own as PI or team member, their
    /// institutions' as a research office, all of them as a programme officer or platform admin.
    public func list(for viewer: Person) async throws -> [Project] {
        let facts = ProjectAccess.Viewer(viewer)
        let query = ProjectRecord.query(on: db)
        if facts.roles.isDisjoint(with: ProjectAccess.officerRoles) {
            // Team membership lives in a JSON column: narrow by PI and organisation in SQL where
            // that is enough, and read the rest through the predicate.
            let email = viewer.email.lowercased()
            if email.isEmpty {
                query.group(.or) { group in
                    group.filter(\.$principalInvestigatorID == viewer.id)
                    if !facts.researchOfficeOf.isEmpty { group.filter(\.$organisationID ~~ Array(facts.researchOfficeOf)) }
                }
            }
        }
        return try await query.sort(\.$createdAt, .descending).all().map { try $0.toDomain() }
            .filter { ProjectAccess.may(.view, facts, ProjectAccess.Facts($0)) }
    }

    /// Projects of one programme (for officers' reports), newest first.
    public func list(programme: UUID) async throws -> [Project] {
        try await ProjectRecord.query(on: db).filter(\.$programmeID == programme).sort(\.$createdAt, .descending).all().map { try $0.toDomain() }
    }

    /// Every project, newest first (officers; demo; statistics).
    public func all() async throws -> [Project] {
        try await ProjectRecord.query(on: db).sort(\.$createdAt, .descending).all().map { try $0.toDomain() }
    }

    /// How many projects `pi` leads that count as running (`ProjectStatus.countsAsRunning`).
    public func runningCount(ledBy pi: UUID) async throws -> Int {
        try await Self.runningCount(ledBy: pi, on: db)
    }

    static func runningCount(ledBy pi: UUID, on db: any Database) async throws -> Int {
        try await ProjectRecord.query(on: db).filter(\.$principalInvestigatorID == pi)
            .filter(\.$status ~~ ProjectStatus.countsAsRunning.map(\.rawValue)).count()
    }

    // MARK: For the module's other services

    static func find(_ id: Project.ID, on db: any Database) async throws -> Project {
        try await record(id, on: db).toDomain()
    }

    static func record(_ id: Project.ID, on db: any Database) async throws -> ProjectRecord {
        guard let record = try await ProjectRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: "project") }
        return record
    }

    /// Moves a project to `status` inside the caller's transaction, with an audit entry naming
    /// the step and its article. The caller has checked the step is allowed.
    static func setStatus(_ id: Project.ID, to status: ProjectStatus, by actor: Person, reason: String, basis: LegalBasis?,
                          on tx: any Database, at: Date) async throws -> Project {
        let record = try await record(id, on: tx)
        let from = try record.projectStatus()
        record.status = status.rawValue
        record.version += 1
        record.updatedAt = at
        try await record.update(on: tx)
        try await AuditChain.append(AuditEvent(
            actor: actor, action: "project.status", objectType: "project", objectID: id.rawValue.uuidString,
            summary: "\(from.rawValue) → \(status.rawValue)" + (reason.isEmpty ? "" : ": \(reason)"), basis: basis), on: tx, at: at)
        return try record.toDomain()
    }
}
