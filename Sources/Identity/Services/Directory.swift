import FluentKit
import Foundation
import KechuangCore

/// Read-only look-ups of people and organisations for other modules (no password hashing or
/// encryption keys needed to read).
public struct Directory: Sendable {
    let db: any Database

    public init(db: any Database) { self.db = db }

    public func person(_ id: UUID) async throws -> Person {
        guard let record = try await PersonRecord.find(id, on: db) else { throw DomainError.notFound(entity: "person") }
        return try await People.load(record, on: db)
    }

    public func organisation(_ id: UUID) async throws -> Organisation {
        guard let record = try await OrganisationRecord.find(id, on: db) else { throw DomainError.notFound(entity: "organisation") }
        return try record.toDomain()
    }
}
