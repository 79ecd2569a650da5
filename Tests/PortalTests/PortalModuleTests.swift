import FluentKit
import Testing
@testable import Portal

/// The module's own conventions (docs/ARCHITECTURE.md): its migrations are named `PORnnnn_…`.
@Suite struct PortalModuleTests {
    @Test func test_migrationsCarryTheModulePrefix() {
        for migration in Portal.migrations {
            #expect(migration.name.split(separator: ".").last?.hasPrefix("POR") == true, "\(migration.name)")
        }
    }
}
