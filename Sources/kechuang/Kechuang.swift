import ArgumentParser
import Foundation
import Identity
import KechuangApp
import KechuangCore
import Logging
import Storage
import Vapor

/// `kechuang` — one binary that serves the platform and runs its administrative tasks.
@main
struct Kechuang: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kechuang",
        abstract: "Kechuang (科创): the platform of the Beijing International Science and Technology Innovation Center.",
        discussion: "Every command that touches data takes --db (default: $KECHUANG_DATABASE_URL, else sqlite:./kechuang.sqlite) and migrates a new database itself.",
        subcommands: [Serve.self, Migrate.self, Demo.self, User.self, TokenCommand.self, Policies.self, Calls.self, Backup.self, Audit.self, DedupCommand.self, Assign.self, BenchData.self]
    )
}

/// `--db`, shared by every command that touches data.
struct DatabaseOptions: ParsableArguments {
    @ArgumentParser.Option(name: .long, help: "Database URL: sqlite:PATH or postgres://USER:PASSWORD@HOST:PORT/DB. Default: $KECHUANG_DATABASE_URL, else sqlite:./kechuang.sqlite.")
    var db: String?

    /// Checked while parsing, so a bad URL gets the subcommand's own usage line.
    func validate() throws { _ = try resolve() }

    func resolve() throws -> DatabaseURL {
        do { return try DatabaseURL.resolve(flag: db) } catch { throw ValidationError(String(describing: error)) }
    }
}

/// Exit codes: 0 success, 1 failure (e.g. a broken audit chain), 3 database unreachable; ArgumentParser uses 64 for bad usage.
enum ExitCodes {
    static let failure = ExitCode(1)
    static let database = ExitCode(3)
}

/// Builds the application, migrates, runs `body`, and always shuts down. The audit key is read from
/// outside the database (`AuditKeySource`); commands that write create the default key file when
/// there is none (and say so), `audit verify` only reads it.
func withApplication<T>(_ options: DatabaseOptions, environment: Environment = .production, migrate: Bool = true,
                        createAuditKey: Bool = true,
                        _ body: (Application) async throws -> T) async throws -> T {
    let url = try options.resolve()
    bootstrapLogging()
    let app = try await KechuangApp.makeApplication(.init(database: url), environment: environment)
    do {
        if migrate {
            do { try await KechuangApp.migrate(app) } catch {
                printError("Cannot open or migrate the database \(url): \(error)")
                throw ExitCodes.database
            }
        }
        // After the database opened, so a key file is never created beside a database that is not there.
        AuditKeyring.install(try resolveAuditKey(for: url, create: createAuditKey))
        let result = try await body(app)
        try await app.asyncShutdown()
        return result
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
}

/// The audit key, or exit 1 with the reason. A newly generated key is announced loudly.
func resolveAuditKey(for url: DatabaseURL, create: Bool) throws -> AuditKey {
    do {
        let source = try AuditKeySource.resolve(database: url, createIfMissing: create)
        if source.generated {
            let message = "WARNING: no audit key was configured, so a new one was generated and stored in \(source.origin) (outside the database). "
                + "Audit entries are keyed with it and checkpoints signed with it: keep it, and keep it away from the database and its backups. "
                + "In production set KECHUANG_AUDIT_KEY (32 bytes, base64) or KECHUANG_AUDIT_KEY_FILE. "
                + "/ 警告：未配置审计密钥，已生成新密钥并保存在 \(source.origin)（数据库之外）；请妥善保管，勿与数据库及其备份放在一起。生产环境请设置 KECHUANG_AUDIT_KEY 或 KECHUANG_AUDIT_KEY_FILE。"
            printError(message)
            Logger(label: "kechuang.audit").warning("\(message)")
        }
        return source.key
    } catch {
        printError(String(describing: error))
        throw ExitCodes.failure
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Structured logs at LOG_LEVEL (default info), once per process.
func bootstrapLogging() {
    LoggingBootstrap.once
}

enum LoggingBootstrap {
    static let once: Void = {
        let level = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }()
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Start the web server (pages, API, /health, /metrics).")

    @OptionGroup var database: DatabaseOptions
    @ArgumentParser.Option(help: "Address to listen on.") var hostname = "127.0.0.1"
    @ArgumentParser.Option(help: "Port to listen on.") var port = 8080
    @ArgumentParser.Flag(help: "Load demo organisations and one user per role on start (printed).") var demo = false
    @ArgumentParser.Flag(help: "Mark cookies Secure (behind TLS); same as KECHUANG_SECURE_COOKIES=1.") var secureCookies = false

    func run() async throws {
        let env = Environment(name: "production", arguments: ["kechuang", "serve", "--hostname", hostname, "--port", String(port)])
        try await withApplication(database, environment: env) { app in
            if secureCookies { KechuangApp.requireSecureCookies(app) }
            if demo {
                let logins = try await DemoData.load(into: app)
                printLogins(logins)
            }
            try await KechuangApp.buildSearchIndex(app)
            // Signed head checkpoints outside the database: now, at least hourly, and on shutdown.
            let checkpoints = try AuditCheckpointer(app: app)
            await checkpoints.write(reason: "start")
            let hourly = Task { await checkpoints.runPeriodically() }
            print("Kechuang is listening on http://\(hostname):\(port)/ (database: \(try database.resolve()))")
            do {
                try await app.execute()
            } catch {
                hourly.cancel()
                await checkpoints.write(reason: "shutdown")
                throw error
            }
            hourly.cancel()
            await checkpoints.write(reason: "shutdown")
        }
    }
}

func printLogins(_ logins: [DemoData.Login]) {
    print("Demo logins (password for all: \(DemoData.password)):")
    for login in logins {
        print("  \(login.role.rawValue.padding(toLength: 18, withPad: " ", startingAt: 0)) \(login.email)")
    }
}

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Bring the database schema up to date.")
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await withApplication(database) { _ in print("Database is up to date: \(try database.resolve())") }
    }
}

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Load demo organisations and one user per role, and print the logins.")
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await withApplication(database) { app in printLogins(try await DemoData.load(into: app)) }
    }
}

struct User: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Manage user accounts.", subcommands: [Add.self, Passwd.self, Disable.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a person who can sign in.")
        @OptionGroup var database: DatabaseOptions
        @ArgumentParser.Option(help: "Email address (the sign-in name).") var email: String
        @ArgumentParser.Option(help: "Full name.") var name: String
        @ArgumentParser.Option(help: "Role: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).") var role: String = Role.platformAdmin.rawValue
        @ArgumentParser.Option(help: "Organisation id for the role (omit for a platform-wide role).") var organisation: String?
        @ArgumentParser.Option(help: "Nationality, ISO 3166-1 alpha-2.") var nationality = "CN"
        @ArgumentParser.Option(help: "Password; read from KECHUANG_PASSWORD or standard input when omitted.") var password: String?

        func run() async throws {
            guard let role = Role(rawValue: role) else {
                throw ValidationError("Unknown role '\(role)'. Use one of: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            var orgID: UUID?
            if let organisation {
                guard let id = UUID(uuidString: organisation) else { throw ValidationError("--organisation must be an organisation id (UUID).") }
                orgID = id
            }
            let secret = try password ?? readPassword()
            try await withApplication(database) { app in
                try await reportingDomainErrors {
                    let person = try await KechuangApp.people(app).create(
                        PersonInput(name: name, email: email, nationality: nationality), password: secret,
                        memberships: [Membership(organisationID: orgID, role: role)], by: .system)
                    print("Added \(person.email) (\(person.id.uuidString.lowercased())) as \(role.rawValue).")
                }
            }
        }
    }

    struct Passwd: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set a person's password (ends their sessions, revokes their API tokens).")
        @OptionGroup var database: DatabaseOptions
        @ArgumentParser.Argument(help: "Email address.") var email: String
        @ArgumentParser.Option(help: "New password; read from KECHUANG_PASSWORD or standard input when omitted.") var password: String?

        func run() async throws {
            let secret = try password ?? readPassword()
            try await withApplication(database) { app in
                let people = KechuangApp.people(app)
                guard let person = try await people.find(email: email) else { throw notFound(email) }
                try await reportingDomainErrors { try await people.setPassword(person.id, to: secret, by: .system) }
                print("Password changed for \(person.email); their sessions have ended. Their API tokens are revoked.")
            }
        }
    }

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Disable an account: ends its sessions and revokes its tokens.")
        @OptionGroup var database: DatabaseOptions
        @ArgumentParser.Argument(help: "Email address.") var email: String

        func run() async throws {
            try await withApplication(database) { app in
                let people = KechuangApp.people(app)
                guard let person = try await people.find(email: email) else { throw notFound(email) }
                try await people.setDisabled(person.id, true, by: .system)
                print("Disabled \(person.email).")
            }
        }
    }
}

func notFound(_ email: String) -> any Error {
    printError("No person with email \(email).")
    return ExitCodes.failure
}

func readPassword() throws -> String {
    if let env = ProcessInfo.processInfo.environment["KECHUANG_PASSWORD"], !env.isEmpty { return env }
    FileHandle.standardError.write(Data("Password: ".utf8))
    guard let line = Swift.readLine(strippingNewline: true), !line.isEmpty else {
        throw ValidationError("No password given: pass --password, set KECHUANG_PASSWORD, or type it on standard input.")
    }
    return line
}

/// Prints validation errors field by field, with their legal basis, and exits 1.
func reportingDomainErrors(_ body: () async throws -> Void) async throws {
    do { try await body() } catch let error as DomainError {
        switch error {
        case .validation(let errors):
            for e in errors {
                printError("\(e.field): \(e.message.en) / \(e.message.zh)" + (e.basis.map { " [\($0.text(in: .en))]" } ?? ""))
            }
        case .duplicate(let field, let message):
            printError("\(field): \(message.en) / \(message.zh)")
        default:
            printError(String(describing: error))
        }
        throw ExitCodes.failure
    }
}

struct Backup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write a consistent copy of an SQLite database while it is in use (PostgreSQL: use pg_dump).")
    @OptionGroup var database: DatabaseOptions
    @ArgumentParser.Option(help: "File to write; must not exist yet.") var out: String

    func run() async throws {
        if case .postgres = try database.resolve() {
            printError(String(describing: Dialect.BackupUnsupported()))
            throw ExitCodes.failure
        }
        guard !FileManager.default.fileExists(atPath: out) else {
            throw ValidationError("\(out) already exists; choose a new file name.")
        }
        try await withApplication(database) { app in
            try await Dialect.of(app.db).backup(app.db, to: out)
            print("Backup written to \(out).")
        }
    }
}
