import Foundation
import Grants
import Identity
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Projects
import Testing
import Vapor

/// The public face of funded projects over HTTP (Art. 56): pages, the search API, exports, feed
/// and site map — and the rule that nothing public anywhere carries a person's ID number, e-mail
/// or phone.
@Suite struct PortalWebTests {
    struct World {
        let project: Project
        /// What must never appear in a public response: e-mails and ID numbers of the people involved.
        let secrets: [String]
    }

    static let residentID = "11010519491231002X"

    /// One funded project whose PI has an e-mail and a resident ID number and whose team lists a
    /// member's e-mail, with a registered paper.
    static func world(_ t: TestApp) async throws -> World {
        let calls = Calls(db: t.db, now: t.now)
        let programme = try await calls.createProgramme(code: "POR\(Int.random(in: 100...999))", nameZh: "基础研究专项", nameEn: "Basic research",
                                                        kind: .basicResearch, by: .system)
        let draft = try await calls.create(CallInput(
            programmeID: programme.id.uuidString, titleZh: "量子计算指南", titleEn: "Quantum computing call", guidelineZh: "申报单位为在京注册的独立法人单位。", guidelineEn: "",
            opensAt: BeijingTime.format(t.clock.now.addingTimeInterval(-3600)), closesAt: BeijingTime.format(t.clock.now.addingTimeInterval(10 * 86_400)),
            totalBudget: "1000000", typicalAward: "200000", budgetMode: "lump_sum", selectionMode: "open_competition", eligibilityRules: ""), by: .system)
        _ = try await calls.publish(draft.id, by: .system)
        let officer = try await t.person([.programmeOfficer])
        let org = try await t.organisation("北京门户大学")
        let office = try await t.person([.researchOffice], organisation: org.id)
        let pi = try await t.people.create(PersonInput(name: "王小明", email: "wang.portal.secret@example.cn", residentID: residentID, nationality: "CN"),
                                           password: TestApp.password, memberships: [Membership(organisationID: org.id, role: .applicant)], by: .system)
        let member = "li.member.secret@example.cn"
        let applications = Applications(db: t.db, now: t.now)
        let started = try await applications.start(call: draft.id, principalInvestigator: pi, organisation: org.id)
        let saved = try await applications.save(started.id, ApplicationDraft(
            titleZh: "超导量子比特的纠错方法", titleEn: "Error correction for superconducting qubits", keywords: "量子；纠错", discipline: "A0501",
            summary: "本项目研究超导量子比特的纠错。", plan: "第一年理论，第二年实验。",
            team: [TeamMember(name: "李四", email: member, organisationID: org.id.rawValue)],
            budget: [BudgetLine(category: "lump_sum", amount: 200_000)]), expectedVersion: started.version, by: pi)
        _ = try await applications.submit(saved.id, by: pi)
        _ = try await applications.decide(saved.id, approve: true, comment: nil, by: office)
        let accepted = try await applications.accept(saved.id, note: nil, by: officer)
        let today = BeijingDay(containing: t.clock.now)
        let end = BeijingDay(year: today.year + 2, month: today.month, day: min(today.day, 28)) ?? today
        let project = try await Awards(db: t.db, now: t.now).fund(accepted.id, AwardInput(
            awardedAmount: "180000", startDate: today.description, endDate: end.description, fundingKind: "competitive", researchType: "basic",
            reason: "专家组会商推荐"), by: officer)
        _ = try await Outputs(db: t.db, now: t.now).register(project: project.id, OutputInput(
            kind: .paper, title: "超导量子纠错实验", identifier: "10.1000/qec.2026", year: today.year), by: pi)
        return World(project: project, secrets: [pi.email, member, residentID, officer.email, office.email])
    }

    struct SearchBody: Encodable, Sendable {
        struct Criteria: Encodable, Sendable { let text: String }
        let criteria: Criteria
        let limit: Int
    }

    @Test func test_Art56_aVisitorFindsTheProjectInEnglishAndChinese_onItsStablePage_withJSONLD_andThePIAndInstitutionPages() async throws {
        try await withTestApp { t in
            let w = try await Self.world(t)
            let number = w.project.number
            let english = try await t.send(.GET, "/funded?q=quantum&lang=en")
            #expect(english.status == .ok && english.text.contains("/funded/\(number)"))
            let chinese = try await t.send(.GET, "/funded?q=%E7%BA%A0%E9%94%99")
            #expect(chinese.status == .ok && chinese.text.contains("/funded/\(number)"))
            let page = try await t.send(.GET, "/funded/\(number)")
            #expect(page.status == .ok && page.text.contains("超导量子纠错实验") && page.text.contains("https://doi.org/10.1000/qec.2026"))
            #expect(page.text.contains("application/ld+json") && page.text.contains("\"@type\":\"ResearchProject\""))
            let links = HTMLScan(page.text).links
            let institution = try #require(links.first { $0.hasPrefix("/funded/institutions/") })
            let investigator = try #require(links.first { $0.hasPrefix("/funded/investigators/") })
            for path in [institution, investigator] {
                let group = try await t.send(.GET, path)
                #expect(group.status == .ok && group.text.contains(number), "\(path)")
            }
            #expect(try await t.send(.GET, "/funded/Z000000000").status == .notFound)
            let home = try await t.send(.GET, "/")
            #expect(home.text.contains("/funded/\(number)") && home.text.contains("/funded") && home.text.contains("/consultations"))
        }
    }

    @Test func test_Art56_searchAPIAnswersWithPublicFields_andALimitBeyond500IsA422NamingLimit() async throws {
        try await withTestApp { t in
            let w = try await Self.world(t)
            let ok = try await t.send(.POST, "/api/v1/public/projects/search", body: .json(SearchBody(criteria: .init(text: "quantum"), limit: 10)), csrf: nil)
            #expect(ok.status == .ok)
            let json = try ok.json()
            let results = json["results"] as? [[String: Any]] ?? []
            #expect(json["total"] as? Int == 1 && results.first?["number"] as? String == w.project.number)
            #expect(results.first?["pi_name"] as? String == "王小明" && (json["facets"] as? [String: Any])?.count == 7)
            let tooMany = try await t.send(.POST, "/api/v1/public/projects/search", body: .json(SearchBody(criteria: .init(text: ""), limit: 501)), csrf: nil)
            #expect(tooMany.status == .unprocessableEntity)
            let fields = ((try tooMany.json()["errors"] as? [[String: Any]]) ?? []).compactMap { $0["field"] as? String }
            #expect(fields == ["limit"])
        }
    }

    @Test func test_Art56_noPublicResponseOrExportAnywhereCarriesAnIDNumberEmailOrPhone() async throws {
        try await withTestApp { t in
            let w = try await Self.world(t)
            let year = w.project.awardDate.year
            // Start from the home page, the site map, feeds, exports and the public API; follow every local link once.
            var queue = ["/", "/sitemap.xml", "/funded/feed.atom", "/funded/exports", "/funded/exports/\(year).csv", "/funded/exports/\(year).jsonl",
                         "/funded?q=quantum", "/openapi.json", "/catalog.jsonld", "/catalog.ttl", "/api/3/action/package_list",
                         "/api/3/action/package_search?q=project", "/consultations/feed.atom"]
            var seen = Set(queue)
            var leaks: [String] = []
            var visited = 0
            let phone = try Regex(#"(?:^|[^\w.-])1[3-9]\d{9}(?:$|[^\w.-])"#)
            func check(_ path: String, _ text: String) {
                for secret in w.secrets where text.localizedCaseInsensitiveContains(secret) { leaks.append("\(path): \(secret)") }
                if text.contains(phone) { leaks.append("\(path): a mobile number") }
            }
            let api = try await t.send(.POST, "/api/v1/public/projects/search", body: .json(SearchBody(criteria: .init(text: ""), limit: 500)), csrf: nil)
            check("POST /api/v1/public/projects/search", api.text)
            while !queue.isEmpty, visited < 150 {
                let path = queue.removeFirst()
                let response = try await t.send(.GET, path)
                visited += 1
                guard response.status == .ok else { continue }
                check(path, response.text)
                var found = HTMLScan(response.text).links.compactMap { SiteCrawler.resolve($0, on: path) }
                if path == "/sitemap.xml" {
                    found = response.text.components(separatedBy: "<loc>").dropFirst().compactMap { $0.components(separatedBy: "</loc>").first }
                        .compactMap { URL(string: $0.replacingOccurrences(of: "&amp;", with: "&")) }.map { $0.path + ($0.query.map { "?" + $0 } ?? "") }
                }
                if path == "/openapi.json", let paths = (try response.json()["paths"] as? [String: Any])?.keys {
                    found = paths.filter { !$0.contains("{") }
                }
                for next in found where next.hasPrefix("/") && !next.hasPrefix("/logout") && seen.insert(next).inserted { queue.append(next) }
            }
            #expect(visited > 20, "the walk reached \(visited) responses")
            #expect(leaks.isEmpty, "\(leaks.joined(separator: "\n"))")
        }
    }
}
