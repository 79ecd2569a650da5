import Fluent
import Grants
import Identity
import Instruments
import Portal
import Enterprise
import Talent
import Market
import Monitoring
import Integrity
import KechuangCore
import Policy
import Projects
import Review
import Storage
import Vapor
import Web

/// KechuangApp — the composition root. Builds the services, registers the database and the
/// migrations of every module in dependency order, and installs the web layer. The CLI and the
/// tests build the same application through `makeApplication`.
public enum KechuangApp {
    /// Storage first, then each domain module in dependency order. Migrations only append.
    public static var migrations: [any Migration] { Storage.migrations + Identity.migrations + Policy.migrations + Integrity.migrations + Projects.migrations + Review.migrations + Grants.migrations + Instruments.migrations
        + Portal.migrations + Enterprise.migrations + Talent.migrations + Market.migrations + Monitoring.migrations }

    /// Every platform rule that cites an article of the regulation, shown on the article's page.
    public static var citedRules: [CitedRule] {
        IdentityRules.citations + IntegrityRules.citations + ProjectsRules.citations + ReviewRules.citations + GrantsRules.citations + InstrumentsRules.citations
            + PortalRules.citations + EnterpriseRules.citations + TalentRules.citations + MarketRules.citations + MonitoringRules.citations
    }

    public struct Configuration: Sendable {
        public var database: DatabaseURL
        /// Key for fields encrypted at rest (base64, 32 bytes); from `KECHUANG_DATA_KEY`.
        public var dataKey: String?
        /// bcrypt cost: 12 in production; tests use the minimum to stay fast.
        public var bcryptCost: Int
        /// PostgreSQL connections per event loop (tests, which start many apps at once, use fewer).
        public var postgresPoolSize: Int
        /// Where attachments are stored: `KECHUANG_ATTACHMENTS_DIR`, else `./data/attachments`.
        /// Several nodes need a shared folder (or another `AttachmentStore`).
        public var attachmentsDirectory: String
        public var now: @Sendable () -> Date
        /// The key of the audit chain (HMAC-SM3 and checkpoint signatures), from outside the database
        /// (`AuditKeySource.resolve`). Installed for the whole process; nil keeps the one installed.
        public var auditKey: AuditKey?

        public init(database: DatabaseURL, dataKey: String? = ProcessInfo.processInfo.environment["KECHUANG_DATA_KEY"],
                    bcryptCost: Int = 12, postgresPoolSize: Int = 4,
                    attachmentsDirectory: String = ProcessInfo.processInfo.environment["KECHUANG_ATTACHMENTS_DIR"] ?? "./data/attachments",
                    auditKey: AuditKey? = nil,
                    now: @escaping @Sendable () -> Date = { Date() }) {
            self.auditKey = auditKey
            self.attachmentsDirectory = attachmentsDirectory
            self.database = database
            self.dataKey = dataKey
            self.bcryptCost = bcryptCost
            self.postgresPoolSize = postgresPoolSize
            self.now = now
        }
    }

    public static func makeApplication(_ config: Configuration, environment: Environment = .production) async throws -> Application {
        let app = try await Application.make(environment)
        do {
            try configure(app, config)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        return app
    }

    public static func configure(_ app: Application, _ config: Configuration) throws {
        if let key = config.auditKey { AuditKeyring.install(key) }
        try config.database.register(in: app.databases, poolSize: config.postgresPoolSize)
        app.migrations.add(migrations)
        app.webServices = WebServices(
            hasher: WebServices.bcrypt(cost: config.bcryptCost), sealer: FieldSealer(base64Key: config.dataKey), now: config.now,
            policySearch: try PolicySearch(), citedRules: citedRules,
            attachments: try LocalAttachmentStore(root: URL(fileURLWithPath: config.attachmentsDirectory)))
        // Application forms upload PDFs of up to 20 MB (each route names its own body limit: `BodyLimit`).
        app.routes.defaultMaxBodySize = "24mb"
        // Secure cookies, trusted proxy, HSTS, API rate limits: configuration only (`WebSecurity`).
        app.webSecurity = try WebSecurity.fromEnvironment()
        let loops = System.coreCount
        let poolSize = config.database.dialect == .postgres ? config.postgresPoolSize * loops : loops
        Web.install(on: app, databasePoolSize: poolSize)
    }

    /// `serve --secure-cookies`: cookies carry `Secure` whatever the request says.
    public static func requireSecureCookies(_ app: Application) {
        app.webSecurity.secureCookies = true
    }

    /// Brings the database schema up to date (and switches SQLite to WAL). Safe to run every start.
    public static func migrate(_ app: Application) async throws {
        try await Dialect.of(app.db).prepare(app.db)
        try await app.autoMigrate()
    }

    /// Builds the node's policy search index from the database (done on `serve` before listening;
    /// otherwise on the first search).
    public static func buildSearchIndex(_ app: Application) async throws {
        try await app.webServices.policySearch.refresh(on: app.db)
    }

    public static func calls(_ app: Application) -> Calls {
        Calls(db: app.db, now: app.webServices.now)
    }

    public static func policies(_ app: Application) -> PolicyLibrary {
        PolicyLibrary(db: app.db, now: app.webServices.now)
    }

    /// Services for the CLI, acting as the platform itself.
    public static func people(_ app: Application) -> People {
        People(db: app.db, hasher: app.webServices.hasher, sealer: app.webServices.sealer, now: app.webServices.now)
    }

    public static func organisations(_ app: Application) -> Organisations {
        Organisations(db: app.db, now: app.webServices.now)
    }
}
