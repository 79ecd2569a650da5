import FluentKit
import Testing
@testable import Market

/// The module's own conventions (docs/ARCHITECTURE.md): its migrations are named `MKTnnnn_…`.
@Suite struct MarketModuleTests {
    @Test func test_migrationsCarryTheModulePrefix() {
        for migration in Market.migrations {
            #expect(migration.name.split(separator: ".").last?.hasPrefix("MKT") == true, "\(migration.name)")
        }
    }
}
