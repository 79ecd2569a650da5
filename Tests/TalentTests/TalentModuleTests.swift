import FluentKit
import Testing
@testable import Talent

/// The module's own conventions (docs/ARCHITECTURE.md): its migrations are named `TALnnnn_…`.
@Suite struct TalentModuleTests {
    @Test func test_migrationsCarryTheModulePrefix() {
        for migration in Talent.migrations {
            #expect(migration.name.split(separator: ".").last?.hasPrefix("TAL") == true, "\(migration.name)")
        }
    }
}
