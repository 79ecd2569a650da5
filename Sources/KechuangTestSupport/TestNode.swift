import FluentKit
import Foundation
import Logging
import NIOCore
import NIOPosix
import Storage

/// One node's connection pool on a database, without the web layer: what a test needs to run the
/// platform's services, migrate a schema, or play a second node sharing the database.
///
///     let node = try TestNode(url)
///     … node.db …
///     await node.shutdown()      // always
public final class TestNode: Sendable {
    public let url: DatabaseURL
    public let db: any Database
    private let databases: Databases

    public init(_ url: DatabaseURL, poolSize: Int = 2, logger: Logger = TestNode.logger) throws {
        let databases = Databases(threadPool: .singleton, on: MultiThreadedEventLoopGroup.singleton)
        // Registering opens no connection, so there is nothing to close when either step fails.
        try url.register(in: databases, poolSize: poolSize)
        guard let db = databases.database(logger: logger, on: MultiThreadedEventLoopGroup.singleton.any()) else {
            throw TestSetupError("no database for \(url)")
        }
        self.url = url
        self.db = db
        self.databases = databases
    }

    /// Brings the schema up to date with every module's migrations, as the platform does on start
    /// (`KechuangApp.migrate`): the engine's preparation (SQLite: WAL), then the migrations in order.
    public func migrate(_ list: [any Migration] = TestSchema.migrations) async throws {
        try await Dialect.of(db).prepare(db)
        let migrations = Migrations()
        migrations.add(list)
        let migrator = Migrator(databaseFactory: { [db] _ in db }, migrations: migrations, on: db.eventLoop, migrationLogLevel: .debug)
        try await migrator.setupIfNeeded().get()
        try await migrator.prepareBatch().get()
    }

    public func shutdown() async {
        await databases.shutdownAsync()
    }

    /// Test logs: `LOG_LEVEL` (trace … critical), warnings by default.
    public static var logger: Logger {
        var logger = Logger(label: "kechuang.test")
        logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .warning
        return logger
    }
}
