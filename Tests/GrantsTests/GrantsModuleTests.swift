import FluentKit
import Testing
@testable import Grants

/// The module's own conventions (docs/ARCHITECTURE.md): its migrations are named `GRTnnnn_…`.
@Suite struct GrantsModuleTests {
    @Test func test_migrationsCarryTheModulePrefix() {
        for migration in Grants.migrations {
            #expect(migration.name.split(separator: ".").last?.hasPrefix("GRT") == true, "\(migration.name)")
        }
    }
}
