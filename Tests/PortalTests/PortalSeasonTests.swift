import FluentKit
import Foundation
import Grants
import KechuangCore
import KechuangTestSupport
import Projects
import SQLKit
import Testing
@testable import Portal

/// The benchmark season generator (issue #16, `kechuang bench-data portal`): what it writes is what
/// the platform would hold — Grants reads every project and output back, the platform's own
/// synchronisation makes the public copies and finds nothing to change afterwards, numbering
/// has advanced past the generated projects, and a second season into the same database is refused.
@Suite struct PortalSeasonTests {
    @Test func test_Art56_aGeneratedSeasonIsWhatThePlatformWouldHold_onBothDatabases() async throws {
        try await withTestDatabase { t in
            let now = t.clock.now
            let clock: @Sendable () -> Date = { [clock = t.clock] in clock.now }
            let year = BeijingDay(containing: now).year - 1
            let size = PortalSeasonSize(institutions: 12, applications: 500, projects: 200, outputsPerProject: 2)
            let report = try await PortalSeason(db: t.db, now: now, seed: 7).generate(size, year: year)
            #expect(report.institutions == 12 && report.applications == 500 && report.projects == 200 && report.people == 250)
            #expect(report.publicCopies == 200, "every funded project has its public copy")

            // Grants reads every project and output back through its own records.
            let feed = GrantsPublicFeed(db: t.db)
            let projects = try await feed.projects(changedSince: .distantPast)
            #expect(projects.count == 200 && Set(projects.map(\.number)).count == 200)
            #expect(projects.allSatisfy { ProjectNumber.isWellFormed($0.number) && $0.awardDate.year == year && $0.awardedAmount <= $0.requestedAmount })
            var outputs = 0
            for p in projects { outputs += try await feed.outputs(project: p.id.rawValue).count }
            #expect(outputs == report.outputs && outputs > 0)
            let applications = Applications(db: t.db, now: clock)
            for p in projects.prefix(20) {
                let application = try await applications.find(p.applicationID)
                #expect(application.state == .funded && application.titleZh == p.titleZh)
            }
            let sql = try #require(t.db as? any SQLDatabase)
            let states = try await sql.raw("SELECT state, COUNT(*) AS n FROM prj_applications GROUP BY state").all()
            var byState: [String: Int] = [:]
            for row in states { byState[try row.decode(column: "state", as: String.self)] = try row.decode(column: "n", as: Int.self) }
            #expect(byState["funded"] == 200 && byState["not_funded", default: 0] + byState["not_accepted", default: 0] == 300)
            let codes = try await sql.raw("SELECT uscc FROM id_organisations WHERE uscc LIKE '12110199%'").all()
                .map { try $0.decode(column: "uscc", as: String.self) }
            #expect(codes.count == 12 && codes.allSatisfy { UnifiedSocialCreditCode.problem(in: $0) == nil })

            // The public copies are exactly what synchronisation builds: a second pass writes nothing.
            #expect(try await PublicProjects(db: t.db, now: clock).synchronise() == 0)
            let search = try ProjectSearch()
            try await search.refresh(on: t.db, now: clock)
            #expect(search.search(ProjectSearchCriteria(years: [year], limit: 500)).total == 200)
            let first = try #require(projects.first)
            #expect(search.search(ProjectSearchCriteria(text: String(first.titleZh.prefix(8)))).total > 0)

            // The programme's sequence stands at the last generated number, so the next award continues after it.
            let sequences = try await sql.raw("SELECT last FROM grt_number_sequences WHERE year = \(bind: year)").all()
                .map { try $0.decode(column: "last", as: Int.self) }
            #expect(sequences == [200] && projects.compactMap { Int($0.number.suffix(5)) }.max() == 200)

            await #expect(throws: PortalSeasonError.self) { try await PortalSeason(db: t.db, now: now).generate(size, year: year) }
        }
    }
}
