import Foundation
import KechuangTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The `kechuang` binary as an operator uses it: each test runs `.build/debug/kechuang` (built by
/// `swift build`) as a child process on its own temporary SQLite file, and reads exit code and output.
@Suite("kechuang command line")
struct CLITests {
    // MARK: migrate

    @Test("migrate creates a new database and is safe to run again")
    func test_migrate_createsTheDatabaseAndCanRunAgain() async throws {
        try await withScratch { s in
            let first = try await s.run("migrate", "--db", s.db)
            #expect(first.status == 0, "\(first)")
            #expect(first.stdout.contains("Database is up to date: \(s.db)"))
            #expect(FileManager.default.fileExists(atPath: s.path))

            let again = try await s.run("migrate", "--db", s.db)
            #expect(again.status == 0, "\(again)")
            #expect(try await SQLiteFile.integer(s.path, "SELECT count(*) FROM audit_log") == 0)
        }
    }

    @Test("A database that cannot be opened exits 3 and says which one")
    func test_migrate_unopenableDatabase_exitsThree() async throws {
        try await withScratch { s in
            let result = try await s.run("migrate", "--db", "sqlite:\(s.directory)/missing-folder/kc.sqlite")
            #expect(result.status == 3, "\(result)")
            #expect(result.stderr.contains("Cannot open or migrate the database sqlite:\(s.directory)/missing-folder/kc.sqlite"))
        }
    }

    // MARK: demo

    @Test("demo loads the demo set and prints one login per role; loading twice changes nothing")
    func test_demo_printsTheDemoLogins() async throws {
        try await withScratch { s in
            let result = try await s.run("demo", "--db", s.db)
            #expect(result.status == 0, "\(result)")
            #expect(result.stdout.contains("Demo logins (password for all: Kechuang2026demo):"))
            for (role, email) in [
                ("platform_admin", "admin@demo.kechuang.cn"), ("programme_officer", "officer@demo.kechuang.cn"),
                ("integrity_officer", "integrity@demo.kechuang.cn"), ("department_staff", "staff@demo.kechuang.cn"),
                ("research_office", "research-office@demo.kechuang.cn"), ("applicant", "applicant@demo.kechuang.cn"),
                ("reviewer", "reviewer@demo.kechuang.cn"), ("applicant", "restricted@demo.kechuang.cn"),
            ] {
                #expect(result.stdout.contains(role) && result.stdout.contains(email), "demo login \(role) \(email)")
            }
            // One person per role, the integrity demo's researcher (restricted@…) with their records,
            // the review demo's four PIs and five more experts with their applications (17); the
            // grants demo's six PIs with their funded projects; the instruments demo's manager and
            // user, and a research office and a researcher for its institutions (21), with its six
            // more institutions and 30 instruments; the enterprise demo's district officer, programme
            // officer, provider and one person per enterprise (9) with its district bureau, five
            // enterprises and a bank (7); the two earlier funding seasons' six PIs with their
            // applications and projects, and their partner in Tianjin with its institute (7, 1).
            #expect(try await SQLiteFile.integer(s.path, "SELECT count(*) FROM id_people") == 17 + 6 + 21 + 9 + 7)
            #expect(try await SQLiteFile.integer(s.path, "SELECT count(*) FROM id_organisations") == 5 + 6 + 7 + 1)
            #expect(try await SQLiteFile.integer(s.path, "SELECT count(*) FROM int_records") == 3 + 2)
            #expect(try await SQLiteFile.integer(s.path, "SELECT count(*) FROM prj_applications") == 4 + 6 + 6)
            #expect(try await SQLiteFile.integer(s.path, "SELECT count(*) FROM rev_experts") == 6)
            #expect(try await SQLiteFile.integer(s.path, "SELECT count(*) FROM grt_projects") == 6 + 6)
            #expect(try await SQLiteFile.integer(s.path, "SELECT count(*) FROM ins_instruments") == 30)

            let again = try await s.run("demo", "--db", s.db)
            #expect(again.status == 0, "\(again)")
            #expect(again.stdout.contains("admin@demo.kechuang.cn"))
            // One person per role, the integrity demo's researcher (restricted@…) with their records,
            // the review demo's four PIs and five more experts with their applications (17); the
            // grants demo's six PIs with their funded projects; the instruments demo's manager and
            // user, and a research office and a researcher for its institutions (21), with its six
            // more institutions and 30 instruments; the enterprise demo's district officer, programme
            // officer, provider and one person per enterprise (9) with its district bureau, five
            // enterprises and a bank (7); the two earlier funding seasons' six PIs with their
            // applications and projects, and their partner in Tianjin with its institute (7, 1).
            #expect(try await SQLiteFile.integer(s.path, "SELECT count(*) FROM id_people") == 17 + 6 + 21 + 9 + 7)
            #expect(try await SQLiteFile.integer(s.path, "SELECT count(*) FROM id_organisations") == 5 + 6 + 7 + 1)
            #expect(try await SQLiteFile.integer(s.path, "SELECT count(*) FROM int_records") == 3 + 2)
            #expect(try await SQLiteFile.integer(s.path, "SELECT count(*) FROM prj_applications") == 4 + 6 + 6)
            #expect(try await SQLiteFile.integer(s.path, "SELECT count(*) FROM rev_experts") == 6)
            #expect(try await SQLiteFile.integer(s.path, "SELECT count(*) FROM grt_projects") == 6 + 6)
            #expect(try await SQLiteFile.integer(s.path, "SELECT count(*) FROM ins_instruments") == 30)
        }
    }

    // MARK: user

    @Test("user add adds a person; a bad email exits 1 naming the field email")
    func test_userAdd_addsAPersonAndRejectsABadEmail() async throws {
        try await withScratch { s in
            let added = try await s.run(
                "user", "add", "--db", s.db, "--email", "ops@example.cn", "--name", "运维管理员",
                "--role", "platform_admin", "--password", "Correct-horse-9")
            #expect(added.status == 0, "\(added)")
            #expect(added.stdout.hasPrefix("Added ops@example.cn ("))
            #expect(added.stdout.contains(") as platform_admin."))
            #expect(try await SQLiteFile.integer(s.path, "SELECT count(*) FROM id_people WHERE email = 'ops@example.cn'") == 1)

            let bad = try await s.run(
                "user", "add", "--db", s.db, "--email", "not-an-email", "--name", "某人",
                "--role", "platform_admin", "--password", "Correct-horse-9")
            #expect(bad.status == 1, "\(bad)")
            #expect(bad.stderr.contains("email: "))
            #expect(bad.stderr.contains("name@example.cn"))
            #expect(!bad.stdout.contains("Added"))
            #expect(try await SQLiteFile.integer(s.path, "SELECT count(*) FROM id_people") == 1)
        }
    }

    @Test("user add refuses a second person with the same email, a weak password and an unknown role")
    func test_userAdd_refusesDuplicatesWeakPasswordsAndUnknownRoles() async throws {
        try await withScratch { s in
            let first = try await s.run("user", "add", "--db", s.db, "--email", "a@example.cn", "--name", "甲", "--password", "Correct-horse-9")
            #expect(first.status == 0, "\(first)")
            let duplicate = try await s.run("user", "add", "--db", s.db, "--email", "a@example.cn", "--name", "乙", "--password", "Correct-horse-9")
            #expect(duplicate.status == 1, "\(duplicate)")
            #expect(duplicate.stderr.contains("email: "))

            let weak = try await s.run("user", "add", "--db", s.db, "--email", "b@example.cn", "--name", "丙", "--password", "short")
            #expect(weak.status == 1, "\(weak)")
            #expect(weak.stderr.contains("password: "))

            let role = try await s.run("user", "add", "--db", s.db, "--email", "c@example.cn", "--name", "丁", "--role", "emperor", "--password", "Correct-horse-9")
            #expect(role.status != 0, "\(role)")
            #expect(role.stderr.contains("Unknown role 'emperor'"))
            #expect(try await SQLiteFile.integer(s.path, "SELECT count(*) FROM id_people") == 1)
        }
    }

    @Test("user add reads the password from KECHUANG_PASSWORD or standard input when --password is omitted")
    func test_userAdd_readsThePasswordFromTheEnvironmentOrStandardInput() async throws {
        try await withScratch { s in
            let fromEnvironment = try await s.run(
                "user", "add", "--db", s.db, "--email", "env@example.cn", "--name", "环境", environment: ["KECHUANG_PASSWORD": "Correct-horse-9"])
            #expect(fromEnvironment.status == 0, "\(fromEnvironment)")
            let fromInput = try await s.run(
                "user", "add", "--db", s.db, "--email", "stdin@example.cn", "--name", "输入", input: "Correct-horse-9\n")
            #expect(fromInput.status == 0, "\(fromInput)")
            let none = try await s.run("user", "add", "--db", s.db, "--email", "none@example.cn", "--name", "无", input: "")
            #expect(none.status != 0, "\(none)")
            #expect(none.stderr.contains("No password given"))
            #expect(try await SQLiteFile.integer(s.path, "SELECT count(*) FROM id_people WHERE password_hash IS NOT NULL") == 2)
        }
    }

    @Test("user passwd sets a new password; an unknown email or a weak password exits 1")
    func test_userPasswd_changesThePassword() async throws {
        try await withScratch { s in
            let added = try await s.run("user", "add", "--db", s.db, "--email", "pw@example.cn", "--name", "改密", "--password", "Correct-horse-9")
            #expect(added.status == 0, "\(added)")
            let before = try await passwordHash(s, "pw@example.cn")

            let changed = try await s.run("user", "passwd", "--db", s.db, "pw@example.cn", "--password", "Another-horse-10")
            #expect(changed.status == 0, "\(changed)")
            #expect(changed.stdout.contains("Password changed for pw@example.cn; their sessions have ended."))
            let after = try await passwordHash(s, "pw@example.cn")
            #expect(after != before)
            #expect(after.hasPrefix("$2"))

            let weak = try await s.run("user", "passwd", "--db", s.db, "pw@example.cn", "--password", "short")
            #expect(weak.status == 1, "\(weak)")
            #expect(weak.stderr.contains("password: "))
            #expect(try await passwordHash(s, "pw@example.cn") == after)

            let unknown = try await s.run("user", "passwd", "--db", s.db, "nobody@example.cn", "--password", "Another-horse-10")
            #expect(unknown.status == 1, "\(unknown)")
            #expect(unknown.stderr.contains("No person with email nobody@example.cn."))
        }
    }

    @Test("user disable disables the account; an unknown email exits 1")
    func test_userDisable_disablesTheAccount() async throws {
        try await withScratch { s in
            let added = try await s.run("user", "add", "--db", s.db, "--email", "off@example.cn", "--name", "停用", "--password", "Correct-horse-9")
            #expect(added.status == 0, "\(added)")
            #expect(try await SQLiteFile.integer(s.path, "SELECT disabled FROM id_people WHERE email = 'off@example.cn'") == 0)

            let disabled = try await s.run("user", "disable", "--db", s.db, "off@example.cn")
            #expect(disabled.status == 0, "\(disabled)")
            #expect(disabled.stdout.contains("Disabled off@example.cn."))
            #expect(try await SQLiteFile.integer(s.path, "SELECT disabled FROM id_people WHERE email = 'off@example.cn'") == 1)

            let unknown = try await s.run("user", "disable", "--db", s.db, "nobody@example.cn")
            #expect(unknown.status == 1, "\(unknown)")
            #expect(unknown.stderr.contains("No person with email nobody@example.cn."))
        }
    }

    // MARK: audit verify

    @Test("audit verify reports an intact chain, and the first altered entry once a row is tampered with")
    func test_auditVerify_detectsATamperedRow() async throws {
        try await withScratch { s in
            #expect(try await s.run("demo", "--db", s.db).status == 0)
            #expect(try await s.run("user", "disable", "--db", s.db, "staff@demo.kechuang.cn").status == 0)
            let entries = try #require(try await SQLiteFile.integer(s.path, "SELECT count(*) FROM audit_log"))
            // Demo data writes one entry per organisation, person, policy and programme, then the disable.
            let people = try #require(try await SQLiteFile.integer(s.path, "SELECT count(*) FROM id_people"))
            let orgs = try #require(try await SQLiteFile.integer(s.path, "SELECT count(*) FROM id_organisations"))
            let policies = try #require(try await SQLiteFile.integer(s.path, "SELECT count(*) FROM pol_documents"))
            let programmes = try #require(try await SQLiteFile.integer(s.path, "SELECT count(*) FROM prj_programmes"))
            let published = try #require(try await SQLiteFile.integer(s.path, "SELECT count(*) FROM prj_calls WHERE status = 'published'"))
            // …each demo call is created and then published: two entries; the integrity demo, one per step.
            let integrity = try #require(try await SQLiteFile.integer(s.path, "SELECT count(*) FROM audit_log WHERE action LIKE 'integrity.%'"))
            #expect(integrity == 12, "two records drafted, decided and published, two earlier ones drafted and decided, one draft, one institution rule")
            // The review demo: four applications started, saved, submitted, approved (4 entries
            // each), three accepted; six expert profiles; one review round. The grants demo: six
            // more applications started, saved, submitted, approved, accepted and funded, and six
            // in its two earlier seasons, two of them with a partner's confirmation.
            let review = try #require(try await SQLiteFile.integer(s.path,
                "SELECT count(*) FROM audit_log WHERE action LIKE 'application.%' OR action LIKE 'expert.%' OR action LIKE 'review.%'"))
            #expect(review == 4 * 4 + 3 + 6 + 1 + 6 * 6 + 6 * 6 + 2)
            // After the award: the projects' own steps (agreements, money, reports, inspections,
            // acceptance, changes) and the instruments demo's registry, bookings and usage.
            let grants = try #require(try await SQLiteFile.integer(s.path, """
                SELECT count(*) FROM audit_log WHERE action LIKE 'project.%' OR action LIKE 'agreement.%'
                OR action LIKE 'expenditure.%' OR action LIKE 'tranche.%' OR action LIKE 'budget.%' OR action LIKE 'subtask.%'
                OR action LIKE 'inspection.%' OR action LIKE 'report.%' OR action LIKE 'output.%' OR action LIKE 'change.%'
                OR action LIKE 'acceptance.%'
                """))
            let instruments = try #require(try await SQLiteFile.integer(s.path, "SELECT count(*) FROM audit_log WHERE action LIKE 'instrument.%'"))
            // The enterprise, talent, consultation, data catalogue, market and monitoring demos' own
            // steps, with the ethics registry, the key-task ledger and risk warnings (their criteria
            // documents, adopted policy and registration rules are counted with the policies).
            let others = try #require(try await SQLiteFile.integer(s.path, """
                SELECT count(*) FROM audit_log WHERE action LIKE 'enterprise.%' OR action LIKE 'talent.%' OR action LIKE 'consultation.%'
                OR action LIKE 'dataset.%' OR action LIKE 'data_access.%' OR action LIKE 'market.%' OR action LIKE 'monitoring.%'
                OR action LIKE 'ethics.%' OR action LIKE 'ledger.%' OR action LIKE 'warning.%'
                """))
            let market = try #require(try await SQLiteFile.integer(s.path, "SELECT count(*) FROM audit_log WHERE action LIKE 'market.%'"))
            let monitoring = try #require(try await SQLiteFile.integer(s.path, "SELECT count(*) FROM audit_log WHERE action LIKE 'monitoring.%'"))
            #expect(market > 0 && monitoring > 0)
            #expect(grants > 0 && instruments > 0 && others > 0)
            #expect(entries == people + orgs + policies + programmes + 2 * published + integrity + review + grants + instruments + others + 1)

            let intact = try await s.run("audit", "verify", "--db", s.db)
            #expect(intact.status == 0, "\(intact)")
            #expect(intact.stdout.contains("OK: \(entries) entries, chain intact"))

            // Behind the platform's back: entry 5's summary is rewritten.
            try await SQLiteFile.execute(s.path, "UPDATE audit_log SET summary = 'nothing happened here' WHERE seq = 5")
            let broken = try await s.run("audit", "verify", "--db", s.db)
            #expect(broken.status == 1, "\(broken)")
            #expect(broken.stdout.contains("BROKEN"))
            #expect(broken.stdout.contains("entry 5 was altered"))
            #expect(broken.stdout.contains("(4 entries verified before it)"))
            #expect(!broken.stdout.contains("OK:"))
        }
    }

    @Test("audit verify reports entries removed from the middle of the chain")
    func test_auditVerify_detectsARemovedRow() async throws {
        try await withScratch { s in
            #expect(try await s.run("demo", "--db", s.db).status == 0)
            try await SQLiteFile.execute(s.path, "DELETE FROM audit_log WHERE seq = 3")
            let broken = try await s.run("audit", "verify", "--db", s.db)
            #expect(broken.status == 1, "\(broken)")
            #expect(broken.stdout.contains("BROKEN: entries are missing before entry 4"))
        }
    }

    @Test("audit verify --checkpoint catches entries removed from the end, and refuses a forged checkpoint")
    func test_auditVerifyCheckpoint_catchesTruncationAndRefusesAForgedCheckpoint() async throws {
        try await withScratch { s in
            let demo = try await s.run("demo", "--db", s.db)
            #expect(demo.status == 0, "\(demo)")
            // No key was configured: one was generated beside the database, loudly.
            let keyFile = s.directory + "/kechuang-audit.key"
            #expect(FileManager.default.fileExists(atPath: keyFile))
            #expect(demo.stderr.contains("WARNING: no audit key was configured"))
            #expect(demo.stderr.contains(keyFile))

            let written = try await s.run("audit", "checkpoint", "--db", s.db, "--dir", s.directory + "/checkpoints")
            #expect(written.status == 0, "\(written)")
            let entries = try #require(try await SQLiteFile.integer(s.path, "SELECT max(seq) FROM audit_log"))
            #expect(written.stdout.contains("Checkpoint of entry \(entries) written to"))
            let file = try #require(try FileManager.default.contentsOfDirectory(atPath: s.directory + "/checkpoints").first)
            let path = s.directory + "/checkpoints/" + file

            let intact = try await s.run("audit", "verify", "--db", s.db, "--checkpoint", path)
            #expect(intact.status == 0, "\(intact)")
            #expect(intact.stdout.contains("OK: \(entries) entries"))
            #expect(intact.stdout.contains("reaches signed checkpoint \(entries)"))

            // Behind the platform's back: the two newest entries are deleted.
            try await SQLiteFile.execute(s.path, "DELETE FROM audit_log WHERE seq > \(entries - 2)")
            let unaware = try await s.run("audit", "verify", "--db", s.db)
            #expect(unaware.status == 0, "without a checkpoint the shortened chain looks whole: \(unaware)")
            let truncated = try await s.run("audit", "verify", "--db", s.db, "--checkpoint", s.directory + "/checkpoints")
            #expect(truncated.status == 1, "\(truncated)")
            #expect(truncated.stdout.contains("BROKEN: entries were removed from the end: the log ends at entry \(entries - 2) but the signed checkpoint saw entry \(entries)"))

            // The insider edits the checkpoint to match the shortened log: the signature no longer holds.
            let head = try await s.text("SELECT hash FROM audit_log WHERE seq = \(entries - 2)")
            let data = try #require(FileManager.default.contents(atPath: path))
            var json = String(decoding: data, as: UTF8.self)
            let original = try JSONDecoder().decode([String: AnyCodableValue].self, from: Data(json.utf8))
            guard case .string(let oldHash) = original["hash"] else { Issue.record("no hash in \(json)"); return }
            json = json.replacingOccurrences(of: oldHash, with: head)
                .replacingOccurrences(of: "\"seq\":\(entries)", with: "\"seq\":\(entries - 2)")
            let forged = s.directory + "/forged.json"
            try Data(json.utf8).write(to: URL(fileURLWithPath: forged))
            let refused = try await s.run("audit", "verify", "--db", s.db, "--checkpoint", forged)
            #expect(refused.status == 1, "\(refused)")
            #expect(refused.stdout.contains("BROKEN: the checkpoint's signature is not valid"))

            // Without the key the check cannot run, and says so.
            let keyless = try await s.run("audit", "verify", "--db", s.db, environment: ["KECHUANG_AUDIT_KEY_FILE": s.directory + "/nope.key"])
            #expect(keyless.status == 1, "\(keyless)")
            #expect(keyless.stderr.contains("Cannot read the audit key file"))
        }
    }

    @Test("serve writes a signed checkpoint of the audit head on start and at every interval, outside the database")
    func test_serve_writesSignedCheckpointsOnStartAndAtEveryInterval() async throws {
        try await withScratch { s in
            #expect(try await s.run("demo", "--db", s.db).status == 0)
            let entries = try #require(try await SQLiteFile.integer(s.path, "SELECT max(seq) FROM audit_log"))
            let directory = s.directory + "/checkpoints"
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["serve", "--db", s.db, "--port", String(Int.random(in: 20_000..<60_000))]
            process.currentDirectoryURL = URL(fileURLWithPath: s.directory)
            var env = ProcessInfo.processInfo.environment
            for name in ["KECHUANG_DATABASE_URL", "KECHUANG_AUDIT_KEY", "KECHUANG_AUDIT_KEY_FILE"] { env[name] = nil }
            env["KECHUANG_AUDIT_CHECKPOINT_DIR"] = directory
            env["KECHUANG_AUDIT_CHECKPOINT_INTERVAL"] = "1"
            env["LOG_LEVEL"] = "warning"
            process.environment = env
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            var files: [String] = []
            let deadline = Date().addingTimeInterval(90)
            while Date() < deadline && process.isRunning {
                files = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".json") }
                if files.count >= 3 { break }
                try await Task.sleep(nanoseconds: 200_000_000)
            }
            // SIGKILL: a child started from Swift concurrency threads may have SIGTERM blocked.
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            #expect(files.count >= 3, "one checkpoint on start and one per interval: \(files)")
            for file in files.sorted().prefix(3) {
                let verified = try await s.run("audit", "verify", "--db", s.db, "--checkpoint", directory + "/" + file)
                #expect(verified.status == 0, "\(verified)")
                #expect(verified.stdout.contains("reaches signed checkpoint \(entries)"))
            }
            #expect(!files.contains { $0.hasPrefix(".") }, "written atomically, no temporary files left")
        }
    }

    @Test("token create prints an API token for a person")
    func test_tokenCreate_printsATokenForThePerson() async throws {
        try await withScratch { s in
            #expect(try await s.run("demo", "--db", s.db).status == 0)
            let created = try await s.run("token", "create", "--db", s.db, "--email", "admin@demo.kechuang.cn", "--name", "harness")
            #expect(created.status == 0, "\(created)")
            #expect(created.stdout.hasPrefix("kc_"))
            let unknown = try await s.run("token", "create", "--db", s.db, "--email", "nobody@example.cn")
            #expect(unknown.status == 1)
            let badScope = try await s.run("token", "create", "--db", s.db, "--email", "admin@demo.kechuang.cn", "--scopes", "admin")
            #expect(badScope.status == 64)
            #expect(badScope.stderr.contains("--scopes"))
        }
    }

    /// Just enough JSON to read a checkpoint's fields in a test.
    enum AnyCodableValue: Decodable {
        case string(String), number(Double)
        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let s = try? container.decode(String.self) { self = .string(s) } else { self = .number(try container.decode(Double.self)) }
        }
    }

    // MARK: backup

    @Test("backup writes a copy whose audit chain verifies, and never overwrites a file")
    func test_backup_writesAVerifiableCopy() async throws {
        try await withScratch { s in
            #expect(try await s.run("demo", "--db", s.db).status == 0)
            let out = s.directory + "/backup.sqlite"
            let backup = try await s.run("backup", "--db", s.db, "--out", out)
            #expect(backup.status == 0, "\(backup)")
            #expect(backup.stdout.contains("Backup written to \(out)."))
            #expect(FileManager.default.fileExists(atPath: out))

            let verified = try await s.run("audit", "verify", "--db", "sqlite:\(out)")
            #expect(verified.status == 0, "\(verified)")
            let entries = try #require(try await SQLiteFile.integer(s.path, "SELECT count(*) FROM audit_log"))
            #expect(verified.stdout.contains("OK: \(entries) entries, chain intact"))
            #expect(try await SQLiteFile.integer(out, "SELECT count(*) FROM id_people") == SQLiteFile.integer(s.path, "SELECT count(*) FROM id_people"))
            #expect(try await SQLiteFile.integer(out, "SELECT count(*) FROM rev_experts") == 6, "the copy holds every module's tables")

            let again = try await s.run("backup", "--db", s.db, "--out", out)
            #expect(again.status != 0, "\(again)")
            #expect(again.stderr.contains("already exists"))
        }
    }

    @Test("backup of a PostgreSQL database exits 1 and points to pg_dump")
    func test_backup_postgres_pointsToPgDump() async throws {
        try await withScratch { s in
            let out = s.directory + "/pg.dump"
            let result = try await s.run("backup", "--db", "postgres://kechuang:secret@127.0.0.1:1/kechuang", "--out", out)
            #expect(result.status == 1, "\(result)")
            #expect(result.stderr.contains("pg_dump"))
            #expect(!FileManager.default.fileExists(atPath: out))
        }
    }

    // MARK: usage

    @Test(
        "--help works for every command",
        arguments: [
            ([], "kechuang"), (["serve"], "kechuang serve"), (["migrate"], "kechuang migrate"), (["demo"], "kechuang demo"),
            (["user"], "kechuang user"), (["user", "add"], "kechuang user add"), (["user", "passwd"], "kechuang user passwd"),
            (["user", "disable"], "kechuang user disable"), (["backup"], "kechuang backup"), (["audit"], "kechuang audit"),
            (["audit", "verify"], "kechuang audit verify"),
        ] as [([String], String)])
    func test_help_worksForEveryCommand(command: [String], usage: String) async throws {
        try await withScratch { s in
            let result = try await s.run(command + ["--help"])
            #expect(result.status == 0, "\(result)")
            #expect(result.stdout.contains("OVERVIEW: "))
            #expect(result.stdout.contains("USAGE: \(usage)"))
            #expect(!FileManager.default.fileExists(atPath: s.directory + "/kechuang.sqlite"), "help touches no database")
        }
    }

    @Test("An unrecognised --db is a clear error with a non-zero exit", arguments: ["xyz:", "sqlite:", "mysql://localhost/kc"])
    func test_unknownDatabaseURL_isAClearError(url: String) async throws {
        try await withScratch { s in
            let result = try await s.run("migrate", "--db", url)
            // ArgumentParser's ValidationError exits with EX_USAGE (64).
            #expect(result.status != 0, "\(result)")
            #expect(result.stderr.contains("Unrecognised database URL '\(url)'"))
            #expect(result.stderr.contains("sqlite:PATH"))
            #expect(!FileManager.default.fileExists(atPath: s.directory + "/kechuang.sqlite"))
        }
    }

    // MARK: Helpers

    private func passwordHash(_ s: Scratch, _ email: String) async throws -> String {
        try await s.text("SELECT password_hash FROM id_people WHERE email = '\(email)'")
    }

    // MARK: calls lint

    @Test("calls lint prints findings as JSON and exits 1 when one blocks publication")
    func test_callsLint_printsFindingsAndExitCode() async throws {
        try await withScratch { s in
            let file = s.directory + "/call.txt"
            try "项目负责人须具有正高级职称。".write(toFile: file, atomically: true, encoding: .utf8)
            let blocked = try await s.run("calls", "lint", file)
            #expect(blocked.status == 1, "\(blocked)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(blocked.stdout.utf8)) as? [String: Any])
            let findings = try #require(json["findings"] as? [[String: Any]])
            #expect(findings.first?["article"] as? String == "50(1)")
            try "申报单位应为在京注册的独立法人单位，项目负责人具有博士学位或三年以上科研经历。".write(toFile: file, atomically: true, encoding: .utf8)
            let clean = try await s.run("calls", "lint", file)
            #expect(clean.status == 0, "\(clean)")
            #expect(clean.stdout.contains(#"{"findings":[]}"#))
        }
    }

    // MARK: policies

    @Test("policies import reports bad lines by number and skips them; policies search --json prints ranked hits")
    func test_policies_importAndSearch() async throws {
        try await withScratch { s in
            let file = s.directory + "/policies.jsonl"
            let good = #"{"id": "c-1", "title": "北京市专利促进条例", "issuer": "北京市人大常委会", "date": "2020-01-01", "category": "地方性法规/北京", "text": "第一条 本市支持知识产权质押贷款。\n第二条 本条例自公布之日起施行。"}"#
            try [good, "{broken"].joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
            let imported = try await s.run("policies", "import", "--db", s.db, "--jsonl", file)
            #expect(imported.status == 0, "\(imported)")
            #expect(imported.stdout.contains("Imported 1 documents"))
            #expect(imported.stderr.contains("skipped line 2"))
            let search = try await s.run("policies", "search", "--db", s.db, "--json", "知识产权 质押")
            #expect(search.status == 0, "\(search)")
            let hits = try #require(try JSONSerialization.jsonObject(with: Data(search.stdout.utf8)) as? [[String: Any]])
            #expect(hits.first?["document_id"] as? String == "c-1")
            #expect(hits.first?["article"] as? String == "第一条")
            #expect(Set(hits.first?.keys.map { $0 } ?? []) == ["document_id", "title", "article", "score", "snippet"])
            let missing = try await s.run("policies", "import", "--db", s.db)
            #expect(missing.status != 0)
        }
    }
}

// MARK: - Running the binary

/// The package root, three levels up from this file (Tests/CLITests/CLITests.swift).
private let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

private let binary = packageRoot.appendingPathComponent(".build/debug/kechuang").path

/// A temporary folder with an SQLite database path, removed afterwards; commands run inside it.
struct Scratch {
    let directory: String
    var path: String { directory + "/kc.sqlite" }
    var db: String { "sqlite:" + path }

    struct Result: CustomStringConvertible {
        let status: Int32
        let stdout: String
        let stderr: String
        var description: String { "exit \(status)\n--- stdout\n\(stdout)\n--- stderr\n\(stderr.suffix(3000))" }
    }

    func run(_ arguments: String..., environment: [String: String] = [:], input: String? = nil) async throws -> Result {
        try await run(arguments, environment: environment, input: input)
    }

    /// Runs the binary and waits for it to exit by itself (killed after ten minutes: `demo` takes
    /// ~15 s alone but several times that while the whole suite runs on two cores).
    func run(_ arguments: [String], environment: [String: String] = [:], input: String? = nil) async throws -> Result {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            Issue.record("The kechuang binary is missing at \(binary): run `swift build` (or scripts/test) first.")
            throw CLIError.binaryMissing
        }
        let id = UUID().uuidString.prefix(8)
        let outPath = directory + "/.stdout-\(id)", errPath = directory + "/.stderr-\(id)", inPath = directory + "/.stdin-\(id)"
        FileManager.default.createFile(atPath: outPath, contents: nil)
        FileManager.default.createFile(atPath: errPath, contents: nil)
        FileManager.default.createFile(atPath: inPath, contents: input.map { Data($0.utf8) })
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        let stdin = try FileHandle(forReadingFrom: URL(fileURLWithPath: inPath))
        defer {
            try? out.close(); try? err.close(); try? stdin.close()
            for path in [outPath, errPath, inPath] { try? FileManager.default.removeItem(atPath: path) }
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ProcessInfo.processInfo.environment
        for name in ["KECHUANG_DATABASE_URL", "KECHUANG_PASSWORD", "KECHUANG_DATA_KEY", "KECHUANG_AUDIT_KEY", "KECHUANG_AUDIT_KEY_FILE",
                     "KECHUANG_AUDIT_CHECKPOINT_DIR", "KECHUANG_AUDIT_CHECKPOINT_INTERVAL"] { env[name] = nil }
        env["LOG_LEVEL"] = "warning"
        env.merge(environment) { _, new in new }
        process.environment = env
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        process.standardOutput = out
        process.standardError = err

        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
                return
            }
            // These commands exit by themselves; a hang is a failure. SIGKILL, because a child started
            // from Swift concurrency threads may have SIGTERM blocked.
            let pid = process.processIdentifier
            DispatchQueue.global().asyncAfter(deadline: .now() + 600) {
                if process.isRunning { kill(pid, SIGKILL) }
            }
        }
        let stdoutText = String(decoding: FileManager.default.contents(atPath: outPath) ?? Data(), as: UTF8.self)
        let stderrText = String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self)
        return Result(status: status, stdout: stdoutText, stderr: stderrText)
    }

    /// The text in the first column of the first row of `sql`.
    func text(_ sql: String) async throws -> String {
        try await SQLiteFile.text(path, sql) ?? ""
    }
}

enum CLIError: Error { case binaryMissing }

/// Runs `body` with a fresh scratch folder and removes it afterwards.
func withScratch(_ body: (Scratch) async throws -> Void) async throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kechuang-cli-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try await body(Scratch(directory: directory))
}
