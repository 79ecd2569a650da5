import FluentKit
import Foundation
import Grants
import Identity
import Integrity
import KechuangCore
import KechuangTestSupport
import Projects
import SQLKit
import Testing
@testable import Monitoring

/// Each platform-derived indicator, computed from seeded data, equals an independent count made
/// here with SQL over the same tables (never a number written into the test).
@Suite struct IndicatorComputationTests {
    static func int(_ sql: any SQLDatabase, _ query: SQLQueryString) async throws -> Int {
        try await sql.raw(query).first()?.decode(column: "n", as: Int?.self) ?? 0
    }

    /// Funds the four proposals of a review world: two basic and stable, two applied and competitive,
    /// different amounts, decided a few days apart; one PI young, one team with a partner outside Beijing.
    static func seed(_ t: TestDB) async throws -> (world: ReviewWorld, projects: [Project]) {
        let world = try await ReviewWorld.make(t, experts: 2, budget: 1_000_000)
        let awards = Awards(db: t.db, now: world.now)
        var projects: [Project] = []
        for (i, proposal) in world.proposals.enumerated() {
            t.clock.advance(by: Double(i + 1) * 86_400)
            let today = BeijingDay(containing: t.clock.now)
            let end = BeijingDay(year: today.year + 2, month: 6, day: 30) ?? today
            projects.append(try await awards.fund(proposal.id, AwardInput(
                awardedAmount: String(100_000 - i * 10_000), startDate: today.description, endDate: end.description,
                fundingKind: i < 2 ? "stable" : "competitive", researchType: i < 2 ? "basic" : "applied", reason: "测试立项"), by: world.officer))
        }
        let sql = try #require(t.db as? any SQLDatabase)
        let year = projects[0].awardDate.year
        try await sql.raw("UPDATE id_people SET birth_year = \(bind: year - 30) WHERE id = \(bind: world.pis[0].id)").run()
        try await sql.raw("UPDATE id_people SET birth_year = \(bind: year - 50) WHERE id = \(bind: world.pis[1].id)").run()
        let partner = try await t.organisation("津冀合作单位")
        try await sql.raw("UPDATE id_organisations SET district = 'outside_beijing' WHERE id = \(bind: partner.id.rawValue)").run()
        try await sql.raw("UPDATE id_organisations SET district = 'huairou' WHERE id = \(bind: world.organisations[3].id.rawValue)").run()
        let team = String(decoding: try JSONEncoder().encode([ProjectMember(name: "合作者", email: "partner@example.cn", organisationID: partner.id.rawValue)]), as: UTF8.self)
        try await sql.raw("UPDATE grt_projects SET team_json = \(bind: team) WHERE id = \(bind: projects[2].id.rawValue)").run()
        let staff = try await t.person([.departmentStaff], organisation: world.organisations[0].id)
        try await ZoneRegistry(db: t.db, now: t.now).add(zone: "zgc-science-city", organisation: world.organisations[0].id.rawValue, by: staff)
        return (world, projects)
    }

    @Test func test_fundedProjectIndicatorsEqualIndependentCounts() async throws {
        try await withTestDatabase { t in
            let (world, projects) = try await Self.seed(t)
            let figures = try await PlatformIndicators(db: t.db).observations()
            let sql = try #require(t.db as? any SQLDatabase)
            let year = projects[0].awardDate.year
            // GRT-01 and GRT-02, in total and by district and zone.
            #expect(figures.total("GRT-01", year) == Double(try await Self.int(sql, "SELECT COUNT(*) AS n FROM grt_projects WHERE award_year = \(bind: year)")))
            #expect(figures.total("GRT-02", year) == Double(try await Self.int(sql, "SELECT CAST(SUM(awarded_amount) AS BIGINT) AS n FROM grt_projects WHERE award_year = \(bind: year)")))
            let haidian = try await Self.int(sql, """
                SELECT COUNT(*) AS n FROM grt_projects p JOIN id_organisations o ON o.id = p.organisation_id WHERE p.award_year = \(bind: year) AND o.district = 'haidian'
                """)
            #expect(figures.breakdown("GRT-01", year, by: .district).first { $0.key == "haidian" }?.value == Double(haidian))
            let zoneAmount = try await Self.int(sql, """
                SELECT CAST(SUM(p.awarded_amount) AS BIGINT) AS n FROM grt_projects p JOIN mon_zone_members z ON z.organisation_id = p.organisation_id
                WHERE p.award_year = \(bind: year) AND z.zone_code = 'zgc-science-city'
                """)
            #expect(figures.breakdown("GRT-02", year, by: .zone).first { $0.key == "zgc-science-city" }?.value == Double(zoneAmount))
            // GRT-03: PIs whose age in the award year is within the definition.
            let young = try await Self.int(sql, """
                SELECT COUNT(*) AS n FROM grt_projects p JOIN id_people pe ON pe.id = p.pi_person_id
                WHERE p.award_year = \(bind: year) AND pe.birth_year IS NOT NULL AND p.award_year - pe.birth_year <= \(bind: IndicatorCatalogue.youngScientist.ageAtMost)
                """)
            #expect(figures.total("GRT-03", year) == PlatformIndicators.percent(Double(young), Double(projects.count)))
            // GRT-04: the median of the days from each submission to its award.
            let apps = Applications(db: t.db, now: t.now)
            var days: [Int] = []
            for p in projects {
                let submitted = try #require(try await apps.find(p.applicationID).submittedAt)
                days.append(Calendar(identifier: .gregorian).dateComponents([.day], from: BeijingDay(containing: submitted).start, to: p.awardDate.start).day ?? -1)
            }
            days.sort()
            #expect(figures.total("GRT-04", year) == Double(days[1] + days[2]) / 2)
            // GRT-05, GRT-06: shares of the amount.
            let total = try await Self.int(sql, "SELECT CAST(SUM(awarded_amount) AS BIGINT) AS n FROM grt_projects WHERE award_year = \(bind: year)")
            let basic = try await Self.int(sql, "SELECT CAST(SUM(awarded_amount) AS BIGINT) AS n FROM grt_projects WHERE award_year = \(bind: year) AND research_type = 'basic'")
            let stable = try await Self.int(sql, "SELECT CAST(SUM(awarded_amount) AS BIGINT) AS n FROM grt_projects WHERE award_year = \(bind: year) AND funding_kind = 'stable'")
            #expect(figures.total("GRT-05", year) == PlatformIndicators.percent(Double(basic), Double(total)))
            #expect(figures.total("GRT-06", year) == PlatformIndicators.percent(Double(stable), Double(total)))
            #expect(figures.breakdown("GRT-06", year, by: .kind).first { $0.key == "stable" }?.value == Double(stable))
            // GRT-07: projects with a team member registered outside Beijing.
            let outside = try await sql.raw("SELECT team_json FROM grt_projects WHERE award_year = \(bind: year)").all().filter { row in
                (try? row.decode(column: "team_json", as: String.self))?.contains("organisationID") == true
            }.count
            #expect(figures.total("GRT-07", year) == Double(outside))
            #expect(world.proposals.count == projects.count)
        }
    }

    @Test func test_instrumentHoursAndExternalShareEqualIndependentSums() async throws {
        try await withTestDatabase { t in
            let org = try await t.organisation("仪器单位")
            let user = try await t.person([.applicant], organisation: org.id)
            let sql = try #require(t.db as? any SQLDatabase)
            let instrument = UUID(), now = t.clock.now
            try await sql.raw("""
                INSERT INTO ins_instruments (id, name_zh, name_en, category_code, maker, model, original_value_yuan, public_funding, organisation_id,
                location, district, specs, status, published, version, created_at, updated_at)
                VALUES (\(bind: instrument), '质谱仪', 'Mass spectrometer', '0301', 'X', 'Y', 1000000, \(bind: true), \(bind: org.id.rawValue),
                '实验楼', 'haidian', '', 'in_service', \(bind: true), 1, \(bind: now), \(bind: now))
                """).run()
            let rows: [(Double, Bool, String)] = [(3, true, "completed"), (2, false, "completed"), (1.5, true, "partial"), (4, true, "no_show")]
            for (hours, external, outcome) in rows {
                let start = now.addingTimeInterval(-86_400 * 3)
                try await sql.raw("""
                    INSERT INTO ins_usage (id, instrument_id, user_id, user_name, operator_id, started_at, ended_at, outcome, note, external, amount_fen, recorded_at)
                    VALUES (\(bind: UUID()), \(bind: instrument), \(bind: user.id), '用户', \(bind: user.id), \(bind: start), \(bind: start.addingTimeInterval(hours * 3600)),
                    \(bind: outcome), '', \(bind: external), 0, \(bind: now))
                    """).run()
            }
            let figures = try await PlatformIndicators(db: t.db).observations()
            let year = BeijingDay(containing: now.addingTimeInterval(-86_400 * 3)).year
            let effective = rows.filter { $0.2 != "no_show" }
            let hours = effective.reduce(0) { $0 + $1.0 }, external = effective.filter(\.1).reduce(0) { $0 + $1.0 }
            #expect(figures.total("INS-01", year) == hours)
            #expect(figures.total("INS-02", year) == PlatformIndicators.percent(external, hours))
            #expect(figures.breakdown("INS-01", year, by: .district).first?.key == "haidian")
        }
    }

    @Test func test_integrityFindingsByKindEqualIndependentCount() async throws {
        try await withTestDatabase { t in
            let a = try await t.person([.applicant]), b = try await t.person([.applicant])
            try await t.restrict(.person(a.id), [.projectApplication])
            try await t.restrict(.person(b.id), [.projectApplication])
            let figures = try await PlatformIndicators(db: t.db).observations()
            let sql = try #require(t.db as? any SQLDatabase)
            let year = BeijingDay(containing: t.clock.now.addingTimeInterval(-60)).year
            let counted = try await Self.int(sql, "SELECT COUNT(*) AS n FROM int_records WHERE state IN ('decided', 'published') AND finding = 'plagiarism'")
            #expect(figures.total("INT-01", year) == Double(counted))
            #expect(figures.breakdown("INT-01", year, by: .kind).first { $0.key == "plagiarism" }?.value == Double(counted))
        }
    }
}
