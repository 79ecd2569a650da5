import FluentKit
import Testing
@testable import Monitoring

/// The module's own conventions (docs/ARCHITECTURE.md): its migrations are named `MONnnnn_…`.
@Suite struct MonitoringModuleTests {
    @Test func test_migrationsCarryTheModulePrefix() {
        for migration in Monitoring.migrations {
            #expect(migration.name.split(separator: ".").last?.hasPrefix("MON") == true, "\(migration.name)")
        }
    }
}
