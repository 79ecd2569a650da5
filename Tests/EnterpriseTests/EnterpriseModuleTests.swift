import FluentKit
import Testing
@testable import Enterprise

/// The module's own conventions (docs/ARCHITECTURE.md): its migrations are named `ENTnnnn_…`.
@Suite struct EnterpriseModuleTests {
    @Test func test_migrationsCarryTheModulePrefix() {
        for migration in Enterprise.migrations {
            #expect(migration.name.split(separator: ".").last?.hasPrefix("ENT") == true, "\(migration.name)")
        }
    }
}
