import FluentKit
import Foundation
import KechuangCore

/// What the public portal reads from Grants to keep its published copy of funded projects
/// current (Art. 56): projects changed since a moment, outputs registered since a moment, and a
/// project's outputs. Reads only; the portal keeps nothing personal from what it gets (no team,
/// no e-mail) — see `Portal.PublicProjects`.
public struct GrantsPublicFeed: Sendable {
    let db: any Database

    public init(db: any Database) { self.db = db }

    /// Projects whose row changed at or after `since`, oldest change first.
    public func projects(changedSince since: Date) async throws -> [Project] {
        try await ProjectRecord.query(on: db).filter(\.$updatedAt >= since).sort(\.$updatedAt).sort(\.$id).all().map { try $0.toDomain() }
    }

    /// The projects with an output registered at or after `since`, each with its latest such moment.
    public func outputsRegistered(since: Date) async throws -> [UUID: Date] {
        let rows = try await OutputRecord.query(on: db).filter(\.$createdAt >= since).field(\.$projectID).field(\.$createdAt).all()
        var latest: [UUID: Date] = [:]
        for row in rows { latest[row.projectID] = max(latest[row.projectID] ?? row.createdAt, row.createdAt) }
        return latest
    }

    /// One project by id.
    public func project(_ id: UUID) async throws -> Project {
        try await GrantProjects.find(Project.ID(id), on: db)
    }

    /// The project's outputs, by year and registration, newest first.
    public func outputs(project id: UUID) async throws -> [ProjectOutput] {
        try await OutputRecord.query(on: db).filter(\.$projectID == id).sort(\.$year, .descending).sort(\.$createdAt, .descending)
            .all().map { try $0.toDomain() }
    }
}
