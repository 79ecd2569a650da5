import FluentKit
import Foundation
import Grants
import Identity
import KechuangCore
import KechuangTestSupport
import Projects
import SQLKit
import Storage
import Testing
@testable import Monitoring

/// Risk monitoring and warning (Art. 65(1)): the rules run over the platform's data, raise one
/// warning per rule and subject while it is open, are acknowledged and closed with a note, every
/// step audited; a rule whose data does not exist raises nothing; a warning never blocks anything.
@Suite struct RiskWarningTests {
    struct World {
        let review: ReviewWorld
        let projects: [Project]
        let staff: Person
        let warnings: RiskWarnings
    }

    /// Funds three of the review world's four proposals (the fourth stays for the never-blocks test).
    static func world(_ t: TestDB) async throws -> World {
        let review = try await ReviewWorld.make(t, experts: 2, budget: 1_000_000)
        let awards = Awards(db: t.db, now: review.now)
        var projects: [Project] = []
        for proposal in review.proposals.prefix(3) {
            let today = BeijingDay(containing: t.clock.now)
            let end = BeijingDay(year: today.year + 2, month: 6, day: 30) ?? today
            projects.append(try await awards.fund(proposal.id, AwardInput(awardedAmount: "100000", startDate: today.description, endDate: end.description,
                                                                          fundingKind: "competitive", researchType: "applied", reason: "测试立项"), by: review.officer))
        }
        let department = try await t.organisation("市科学技术委员会", type: .governmentDepartment)
        let staff = try await t.person([.departmentStaff], organisation: department.id)
        return World(review: review, projects: projects, staff: staff, warnings: RiskWarnings(db: t.db, now: t.now))
    }

    static func sql(_ t: TestDB) throws -> any SQLDatabase { try #require(t.db as? any SQLDatabase) }

    /// Gives a project an agreement of two tranches (40,000 on signature, 60,000 at a milestone not reached) and spending.
    static func spend(_ t: TestDB, _ project: Project, _ amounts: [Int]) async throws {
        let day = BeijingDay(containing: t.clock.now)
        let milestone = Milestone(titleZh: "中期验收", titleEn: "Mid-term", due: BeijingDay(year: day.year + 1, month: 6, day: 30) ?? day)
        let terms = AgreementTerms(milestones: [milestone], tranches: [Tranche(amount: 40_000, milestoneID: nil), Tranche(amount: 60_000, milestoneID: milestone.id)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(terms), as: UTF8.self)
        let sql = try Self.sql(t)
        try await sql.raw("UPDATE grt_task_agreements SET terms_json = \(bind: json) WHERE project_id = \(bind: project.id.rawValue)").run()
        for (i, amount) in amounts.enumerated() {
            try await sql.raw("""
                INSERT INTO grt_expenditures (id, project_id, category, amount, date, payee_kind, payee, description, state, decision_note, recorded_by, version, created_at)
                VALUES (\(bind: UUID()), \(bind: project.id.rawValue), 'equipment', \(bind: amount), \(bind: day.description), 'domestic', '供应商', \(bind: "支出 \(i)"),
                        \(bind: i == amounts.count - 1 ? "rejected" : "recorded"), '', 'test', 1, \(bind: t.clock.now))
                """).run()
        }
    }

    /// A decided finding against `organisation` that restricts review duty only, so it never stands in
    /// the way of a funding decision by itself (values the integrity module can read back).
    static func finding(_ t: TestDB, organisation: UUID, year: Int) async throws {
        let date = try #require(BeijingDay(year: year, month: 3, day: 1)).start
        try await Self.sql(t).raw("""
            INSERT INTO int_records (id, subject_kind, subject_id, subject_name, finding, description, deciding_body, document_number, decision_date,
                                     legal_basis, scope, publish, state, version, created_at, updated_at)
            VALUES (\(bind: UUID()), 'organisation', \(bind: organisation), '测试机构', 'data_fabrication', '测试', '市科委', \(bind: "京科诚 \(UUID().uuidString.prefix(6))"),
                    \(bind: date), '第六十条', 'review_duty', false, 'decided', 1, \(bind: date), \(bind: date))
            """).run()
    }

    @Test func test_Art65_spendingFarAheadOfMilestonesWarns() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            // Spent 40,000 + 25,000 (a rejected 50,000 does not count) against 40,000 released: 25% of the award ahead.
            try await Self.spend(t, w.projects[0], [40_000, 25_000, 50_000])
            // Spent 55,000: 15% ahead, under the threshold.
            try await Self.spend(t, w.projects[1], [55_000, 1])
            let run = try await w.warnings.run(by: w.staff)
            let spending = run.raised.filter { $0.ruleID == "warning.spending_ahead" }
            #expect(spending.map(\.subjectID) == [w.projects[0].id.rawValue.uuidString])
            #expect(spending.first?.severity == .high && spending.first?.evidence.zh.contains("25%") == true)
            #expect(spending.first?.rule?.article == ArticleRef(65, paragraph: 1))
        }
    }

    @Test func test_Art65_piWithSimilarProjectsInSeveralProgrammesWarns() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let other = try await Calls(db: t.db, now: t.now).createProgramme(code: "OVL\(Int.random(in: 100...999))", nameZh: "重点研发专项", nameEn: "", kind: .naturalScienceFund, by: .system)
            let sql = try Self.sql(t)
            let pi = w.projects[0].principalInvestigatorID
            try await sql.raw("UPDATE grt_projects SET title_zh = '量子计算芯片低温控制系统研究', title_en = '' WHERE id = \(bind: w.projects[0].id.rawValue)").run()
            try await sql.raw("""
                UPDATE grt_projects SET title_zh = '量子计算芯片低温控制系统关键技术', title_en = '', pi_person_id = \(bind: pi), programme_id = \(bind: other.id)
                WHERE id = \(bind: w.projects[1].id.rawValue)
                """).run()
            let a = Set(PolicyTokenizerProbe.tokens("量子计算芯片低温控制系统研究")), b = Set(PolicyTokenizerProbe.tokens("量子计算芯片低温控制系统关键技术"))
            #expect(WarningRules.similarity(a, b) >= WarningRules.similarTitles)
            let run = try await w.warnings.run(by: w.staff)
            let overlap = run.raised.filter { $0.ruleID == "warning.pi_overlap" }
            #expect(overlap.map(\.subjectID) == [pi.uuidString] && overlap.first?.subjectType == "person")
            #expect(overlap.first?.evidence.zh.contains(w.projects[0].number) == true && overlap.first?.evidence.zh.contains(w.projects[1].number) == true)
        }
    }

    @Test func test_Art65_integrityFindingsRisingWarns_andNotWhenFalling() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let year = BeijingDay(containing: t.clock.now).year
            let rising = w.review.organisations[0].id.rawValue, falling = w.review.organisations[1].id.rawValue
            try await Self.finding(t, organisation: rising, year: year - 1)
            for _ in 0..<2 { try await Self.finding(t, organisation: rising, year: year) }
            for _ in 0..<3 { try await Self.finding(t, organisation: falling, year: year - 1) }
            try await Self.finding(t, organisation: falling, year: year)
            let run = try await w.warnings.run(by: w.staff)
            #expect(run.raised.filter { $0.ruleID == "warning.integrity_rising" }.map(\.subjectID) == [rising.uuidString])
        }
    }

    @Test func test_Art65_controlChangeRuleIsNotEvaluatedWithoutItsData() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let run = try await w.warnings.run(by: w.staff)
            #expect(run.notEvaluated == ["warning.control_change"])
            #expect(!run.raised.contains { $0.ruleID == "warning.control_change" })
            #expect(WarningRules.rule("warning.control_change")?.unavailable != nil)
        }
    }

    @Test func test_Art65_noDuplicateWhileOpen_acknowledgedAndClosedWithANote_audited() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            try await Self.spend(t, w.projects[0], [70_000, 1])
            let first = try await w.warnings.run(by: w.staff)
            let warning = try #require(first.raised.first { $0.ruleID == "warning.spending_ahead" })
            #expect(warning.state == .open && warning.ownerID == w.staff.id)
            let second = try await w.warnings.run(by: w.staff)
            #expect(second.raised.isEmpty && second.alreadyOpen == first.raised.count)
            let officer = try await t.person([.departmentStaff], organisation: w.staff.memberships.first?.organisationID.map { Organisation.ID($0) })
            let acknowledged = try await w.warnings.acknowledge(warning.id, note: "已联系项目单位核实", expectedVersion: warning.version, by: officer)
            #expect(acknowledged.state == .acknowledged && acknowledged.ownerID == officer.id)
            // Still open once acknowledged: no second warning.
            #expect(try await w.warnings.run(by: w.staff).raised.isEmpty)
            // Only the owner closes, and with a note.
            await #expect(throws: DomainError.self) { try await w.warnings.close(warning.id, note: "无", expectedVersion: acknowledged.version, by: w.staff) }
            do {
                try await w.warnings.close(warning.id, note: "  ", expectedVersion: acknowledged.version, by: officer)
                Issue.record("closed without a note")
            } catch DomainError.validation(let errors) {
                #expect(errors.map(\.field) == ["note"] && errors.first?.basis == .art(65, 1))
            }
            await #expect(throws: DomainError.self) { try await w.warnings.close(warning.id, note: "过期版本", expectedVersion: warning.version, by: officer) }
            let closed = try await w.warnings.close(warning.id, note: "单位已补充里程碑报告，支出合规", expectedVersion: acknowledged.version, by: officer)
            #expect(closed.state == .closed && closed.closingNote == "单位已补充里程碑报告，支出合规")
            // Closed: the next run may raise it again.
            #expect(try await w.warnings.run(by: w.staff).raised.contains { $0.ruleID == "warning.spending_ahead" && $0.subjectID == warning.subjectID })
            let audit = try await AuditChain.list(.init(object: warning.id.rawValue.uuidString), limit: 10, on: t.db)
            #expect(Set(audit.map(\.action)) == ["warning.raised", "warning.acknowledged", "warning.closed"])
            #expect(audit.allSatisfy { $0.basis == .art(65, 1) })
            let applicant = try await t.person([.applicant])
            await #expect(throws: DomainError.self) { try await w.warnings.run(by: applicant) }
        }
    }

    @Test func test_Art65_warningNeverBlocks() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            try await Self.spend(t, w.projects[0], [90_000, 1])
            let year = BeijingDay(containing: t.clock.now).year
            let organisation = w.review.organisations[3].id.rawValue
            for _ in 0..<2 { try await Self.finding(t, organisation: organisation, year: year) }
            let run = try await w.warnings.run(by: w.staff)
            #expect(run.raised.contains { $0.subjectID == organisation.uuidString } && run.raised.contains { $0.ruleID == "warning.spending_ahead" })
            // With open warnings against the institution, the funding decision on its proposal goes ahead.
            let today = BeijingDay(containing: t.clock.now)
            let project = try await Awards(db: t.db, now: w.review.now).fund(w.review.proposals[3].id, AwardInput(
                awardedAmount: "100000", startDate: today.description, endDate: (BeijingDay(year: today.year + 2, month: 6, day: 30) ?? today).description,
                fundingKind: "competitive", researchType: "applied", reason: "测试立项"), by: w.review.officer)
            #expect(project.organisationID == organisation)
            // And no module other than the warnings' own code reads the warnings table or service.
            let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            let sources = root.appendingPathComponent("Sources")
            let own = ["Sources/Monitoring/Warnings/", "Sources/Monitoring/Persistence/Records/WarningRecord.swift",
                       "Sources/Monitoring/Persistence/Migrations/MON0043_CreateWarnings.swift", "Sources/Web/Monitoring/Warnings/",
                       "Sources/Monitoring/Monitoring.swift", "Sources/Monitoring/Rules/MonitoringRules.swift", "Sources/KechuangApp/"]
            var readers: [String] = []
            let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
            while let file = files?.nextObject() as? URL {
                guard file.pathExtension == "swift" else { continue }
                let path = file.path.replacingOccurrences(of: root.path + "/", with: "")
                guard !own.contains(where: { path.hasPrefix($0) }) else { continue }
                let text = try String(contentsOf: file, encoding: .utf8)
                if text.contains("mon_warnings") || text.contains("RiskWarnings(") || text.contains("WarningRecord") { readers.append(path) }
            }
            #expect(readers.isEmpty, "\(readers)")
        }
    }
}

/// The policy search's tokenizer, as the rule uses it.
enum PolicyTokenizerProbe {
    static func tokens(_ s: String) -> [String] { WarningRules.tokens(WarningFacts.Project(id: UUID(), number: "", titleZh: s, titleEn: "", programmeID: UUID(),
                                                                                                 piID: UUID(), organisationID: UUID(), awarded: 0)).sorted() }
}
