import FluentKit
import SQLKit

/// The indexes the public copy's synchronisation reads by (`PublicProjects.synchronise`, every
/// node every few seconds): the newest copied change and output of `por_public_projects`, and in
/// Grants the projects changed and outputs registered since then. Without them each check scans
/// every project and output (at 50,000 projects, tens of milliseconds on a request's path).
struct POR0002_IndexProjectSynchronisation: AsyncMigration {
    var name: String { "POR0002 index the public projects' synchronisation" }
    static let indexes = [
        ("por_public_projects_source_updated", "por_public_projects", "source_updated_at"),
        ("por_public_projects_outputs_registered", "por_public_projects", "outputs_registered_at"),
        ("grt_projects_updated", "grt_projects", "updated_at"),
        ("grt_outputs_created", "grt_outputs", "created_at"),
    ]
    func prepare(on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        for (index, table, column) in Self.indexes {
            try await sql.raw("CREATE INDEX \(ident: index) ON \(ident: table) (\(ident: column))").run()
        }
    }
    func revert(on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        for (index, _, _) in Self.indexes { try await sql.raw("DROP INDEX \(ident: index)").run() }
    }
}
