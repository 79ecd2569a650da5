import FluentKit
import Foundation
import KechuangCore
import SQLKit

/// Optimistic locking for records people edit: every such table has a `version` column, and an
/// update only lands when the version the editor read is still the current one.
public enum OptimisticLock {
    /// Runs `UPDATE table SET …, version = version + 1 WHERE id = ? AND version = ?` and returns the
    /// new version; throws `DomainError.staleVersion` when someone else saved in between.
    @discardableResult
    public static func update(
        _ table: String, id: UUID, expectedVersion: Int, entity: String, on db: any Database,
        set: (SQLUpdateBuilder) -> SQLUpdateBuilder
    ) async throws -> Int {
        guard let sql = db as? any SQLDatabase else { throw DomainError.notFound(entity: entity) }
        let builder = set(sql.update(table))
            .set("version", to: SQLBinaryExpression(SQLColumn("version"), .add, SQLLiteral.numeric("1")))
            .where("id", .equal, id)
            .where("version", .equal, expectedVersion)
            .returning("version")
        let rows = try await builder.all()
        guard let row = rows.first else { throw DomainError.staleVersion(entity: entity) }
        return try row.decode(column: "version", as: Int.self)
    }
}
