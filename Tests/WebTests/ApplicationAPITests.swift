import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Projects
import Testing
import Vapor
import VaporTesting
@testable import Web

/// Applications over the JSON API, with bearer tokens: PI, research office and programme officer.
@Suite("Applications API")
struct ApplicationAPITests {
    struct World {
        let t: TestApp
        let call: Call
        let university: Organisation
        let pi: Person
        let piToken: String
        let officeToken: String
        let officerToken: String
    }

    /// A published call open now (optionally with eligibility rules), a PI and research office at a
    /// university, and a programme officer, each with a read/write token.
    static func world(_ t: TestApp, rules: String = "") async throws -> World {
        let calls = Calls(db: t.db, now: { t.clock.now })
        let programme = try await calls.createProgramme(code: "API-APP", nameZh: "接口申报专项", nameEn: "", kind: .naturalScienceFund, by: .system)
        let draft = try await calls.create(CallInput(
            programmeID: programme.id.uuidString, titleZh: "青年项目指南", titleEn: "", guidelineZh: "申报单位为在京注册的独立法人单位。", guidelineEn: "",
            opensAt: BeijingTime.format(t.clock.now.addingTimeInterval(-3600)), closesAt: BeijingTime.format(t.clock.now.addingTimeInterval(10 * 86_400)),
            totalBudget: "1000000", typicalAward: "100000", budgetMode: "lump_sum", selectionMode: "open_competition", eligibilityRules: rules), by: .system)
        let call = try await calls.publish(draft.id, by: .system)
        let university = try await t.organisation()
        let pi = try await t.people.create(
            PersonInput(name: "李青年", email: "pi-\(UUID().uuidString.prefix(6).lowercased())@example.cn", nationality: "CN", birthYear: "1996"),
            password: TestApp.password, memberships: [Membership(organisationID: university.id.rawValue, role: .applicant)], by: .system)
        let office = try await t.person([.researchOffice], organisation: university.id)
        let officer = try await t.person([.programmeOfficer], organisation: try await t.organisation("主管部门", type: .governmentDepartment).id)
        func token(_ p: Person) async throws -> String { try await t.tokens.create(for: p.id, name: "api", scopes: [.read, .write], by: .system).secret }
        return World(t: t, call: call, university: university, pi: pi, piToken: try await token(pi),
                     officeToken: try await token(office), officerToken: try await token(officer))
    }

    static func id(_ uuid: UUID) -> String { uuid.uuidString.lowercased() }
    static func id<Tag>(_ id: Identifier<Tag>) -> String { Self.id(id.rawValue) }

    struct Line: Encodable, Sendable { let category: String; let amount: Int; let note: String }
    struct Draft: Encodable, Sendable {
        var title_zh = "面向新型储能的固态电解质研究"
        var title_en = "Solid electrolytes for energy storage"
        var keywords = "固态电解质"
        var summary = "研究固态电解质的界面稳定性。"
        var plan = "第一年材料合成，第二年表征。"
        var sensitive_areas: [String] = []
        var ethics_approval_number = ""
        var budget = [Line(category: "lump_sum", amount: 80_000, note: "")]
        var version: Int?
    }

    static func array(_ response: TestingHTTPResponse) throws -> [[String: Any]] {
        (try JSONSerialization.jsonObject(with: Data(response.text.utf8))) as? [[String: Any]] ?? []
    }

    /// Starts a draft as the PI and returns its id and version.
    static func start(_ w: World) async throws -> (String, Int) {
        let started = try await w.t.send(.POST, "/api/v1/calls/\(id(w.call.id))/applications", body: .json([String: String]()), bearer: w.piToken)
        #expect(started.status == .created, "\(started.text)")
        let json = try started.json()
        let appID = try #require(json["id"] as? String).lowercased()
        #expect(started.headers.first(name: .location) == "/api/v1/applications/\(appID)")
        #expect(json["state"] as? String == "draft")
        #expect((json["principal_investigator_id"] as? String)?.lowercased() == id(w.pi.id))
        #expect((json["organisation_id"] as? String)?.lowercased() == id(w.university.id.rawValue))
        return (appID, try #require(json["version"] as? Int))
    }

    @Test func test_Art22_fullFlowFromDraftToTheOfficer() async throws {
        try await withTestApp { t in
            let w = try await Self.world(t)
            let (appID, version) = try await Self.start(w)

            let before = try await t.send(.GET, "/api/v1/applications/\(appID)/problems", bearer: w.piToken)
            #expect(before.status == .ok)
            #expect(!((try before.json()["problems"] as? [[String: Any]]) ?? []).isEmpty, "an empty draft has problems")

            var draft = Draft()
            draft.version = version
            let saved = try await t.send(.PUT, "/api/v1/applications/\(appID)", body: .json(draft), bearer: w.piToken)
            #expect(saved.status == .ok, "\(saved.text)")
            #expect(try saved.json()["title_zh"] as? String == draft.title_zh)
            #expect(try saved.json()["budget_total"] as? Int == 80_000)

            let problems = try await t.send(.GET, "/api/v1/applications/\(appID)/problems", bearer: w.piToken)
            #expect(problems.status == .ok)
            #expect((try problems.json()["problems"] as? [[String: Any]])?.isEmpty == true, "\(problems.text)")

            let mine = try Self.array(try await t.send(.GET, "/api/v1/applications", bearer: w.piToken))
            #expect(mine.map { ($0["id"] as? String)?.lowercased() } == [appID])

            let submitted = try await t.send(.POST, "/api/v1/applications/\(appID)/submit", bearer: w.piToken)
            #expect(submitted.status == .ok, "\(submitted.text)")
            #expect(try submitted.json()["state"] as? String == "submitted")

            // The research office sees it; the officer does not, until the institution approves.
            #expect(try await t.send(.GET, "/api/v1/applications/\(appID)", bearer: w.officeToken).status == .ok)
            #expect(try await t.send(.GET, "/api/v1/applications/\(appID)", bearer: w.officerToken).status == .notFound)
            #expect(try Self.array(try await t.send(.GET, "/api/v1/calls/\(Self.id(w.call.id))/applications", bearer: w.officerToken)).isEmpty)

            let decided = try await t.send(.POST, "/api/v1/applications/\(appID)/decision",
                                           body: .json(["approve": true]), bearer: w.officeToken)
            #expect(decided.status == .ok, "\(decided.text)")
            #expect(try decided.json()["state"] as? String == "with_officer")

            let listed = try await t.send(.GET, "/api/v1/calls/\(Self.id(w.call.id))/applications", bearer: w.officerToken)
            #expect(listed.status == .ok)
            #expect(try Self.array(listed).map { ($0["id"] as? String)?.lowercased() } == [appID])
            #expect(try await t.send(.GET, "/api/v1/applications/\(appID)", bearer: w.officerToken).status == .ok)
        }
    }

    @Test func test_Art45_ineligibleSubmissionIsAProblemCitingTheArticle() async throws {
        try await withTestApp { t in
            let rules = #"[{"id":"young","condition":{"piAgeAtMost":25},"article":"45","effectiveFrom":"2024-03-01T00:00:00+08:00","description":{"zh":"年龄","en":"Age"}}]"#
            let w = try await Self.world(t, rules: rules)
            let (appID, version) = try await Self.start(w)
            var draft = Draft()
            draft.version = version
            #expect(try await t.send(.PUT, "/api/v1/applications/\(appID)", body: .json(draft), bearer: w.piToken).status == .ok)

            let check = try await t.send(.GET, "/api/v1/applications/\(appID)/problems", bearer: w.piToken)
            let eligibility = try #require((try check.json()["problems"] as? [[String: Any]])?.first { $0["field"] as? String == "eligibility" })
            #expect(eligibility["article"] as? String == "45")

            let refused = try await t.send(.POST, "/api/v1/applications/\(appID)/submit", bearer: w.piToken)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.headers.contentType?.description.hasPrefix("application/problem+json") == true)
            let errors = try #require(try refused.json()["errors"] as? [[String: Any]])
            #expect(errors.contains { $0["article"] as? String == "45" }, "\(refused.text)")
            let state = try await t.send(.GET, "/api/v1/applications/\(appID)", bearer: w.piToken)
            #expect(try state.json()["state"] as? String == "draft")
        }
    }

    @Test func test_putWithoutVersionIsRefused() async throws {
        try await withTestApp { t in
            let w = try await Self.world(t)
            let (appID, _) = try await Self.start(w)
            let refused = try await t.send(.PUT, "/api/v1/applications/\(appID)", body: .json(Draft()), bearer: w.piToken)
            #expect(refused.status == .unprocessableEntity)
            let errors = try #require(try refused.json()["errors"] as? [[String: Any]])
            #expect(errors.first?["field"] as? String == "version")
            #expect(try await t.send(.GET, "/api/v1/applications/\(appID)", bearer: w.piToken).json()["title_zh"] as? String == "")
        }
    }

    @Test func test_anotherPersonsApplicationDoesNotExistForThem() async throws {
        try await withTestApp { t in
            let w = try await Self.world(t)
            let (appID, version) = try await Self.start(w)
            let other = try await t.person([.applicant], organisation: try await t.organisation("另一所大学").id)
            let token = try await t.tokens.create(for: other.id, name: "api", scopes: [.read, .write], by: .system).secret
            #expect(try await t.send(.GET, "/api/v1/applications/\(appID)", bearer: token).status == .notFound)
            #expect(try await t.send(.GET, "/api/v1/applications/\(appID)/problems", bearer: token).status == .notFound)
            var draft = Draft()
            draft.version = version
            #expect(try await t.send(.PUT, "/api/v1/applications/\(appID)", body: .json(draft), bearer: token).status == .notFound)
            #expect(try await t.send(.POST, "/api/v1/applications/\(appID)/submit", bearer: token).status == .notFound)
            #expect(try await t.send(.POST, "/api/v1/applications/\(appID)/withdraw", bearer: token).status == .notFound)
            #expect(try Self.array(try await t.send(.GET, "/api/v1/applications", bearer: token)).isEmpty)
        }
    }
}
