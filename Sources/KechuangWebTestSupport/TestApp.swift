import FluentKit
import Foundation
import Identity
import KechuangApp
import KechuangTestSupport
import Storage
import Vapor
import Web

/// The whole application, migrated, on a fresh database: for tests of pages, the JSON API and
/// the browser. Everything `TestDB` offers (services, `person`, `sessionToken`, …) works here too.
public struct TestApp: TestFixtures {
    public let app: Application
    public let url: DatabaseURL
    public let clock: TestClock

    public var db: any Database { app.db }
    public var hasher: PasswordHashing { app.webServices.hasher }
    public var sealer: FieldSealer { app.webServices.sealer }
}

/// Runs `body` with a migrated app on a fresh database of the run's engine (or SQLite when
/// `forceSQLite`, to compare engines in one test), then removes it.
public func withTestApp(forceSQLite: Bool = false, _ body: (TestApp) async throws -> Void) async throws {
    try await TestDatabaseGate.gated {
        let (url, drop) = try await TestDatabase.fresh(forceSQLite: forceSQLite)
        let clock = TestClock()
        let app = try await KechuangApp.makeApplication(
            .init(database: url, dataKey: TestKeys.dataKey, bcryptCost: 4, postgresPoolSize: 2,
                  attachmentsDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("kechuang-files-\(UUID().uuidString)").path,
                  auditKey: TestKeys.auditKey,
                  now: { clock.now }), environment: .testing)
        app.logger.logLevel = TestNode.logger.logLevel
        do {
            try await KechuangApp.migrate(app)
            try await body(TestApp(app: app, url: url, clock: clock))
            try await app.asyncShutdown()
            await drop()
        } catch {
            try? await app.asyncShutdown()
            await drop()
            throw TestDatabase.readable(error)
        }
    }
}
