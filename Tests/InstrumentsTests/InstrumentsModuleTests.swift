import FluentKit
import Testing
@testable import Instruments

/// The module's own conventions (docs/ARCHITECTURE.md): its migrations are named `INSnnnn_…`.
@Suite struct InstrumentsModuleTests {
    @Test func test_migrationsCarryTheModulePrefix() {
        for migration in Instruments.migrations {
            #expect(migration.name.split(separator: ".").last?.hasPrefix("INS") == true, "\(migration.name)")
        }
    }
}
