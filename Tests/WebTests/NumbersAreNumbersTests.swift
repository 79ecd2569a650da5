import Foundation
import Identity
import KechuangApp
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Projects
import SQLKit
import Testing
import Vapor
import VaporTesting
@testable import Web

/// Issue #11, "no input may crash the server" and "numbers are numbers": every reproduction from
/// the issue, sent over HTTP as the attacker sent it. Before the fixes each of these requests
/// killed the process (an overflow trap, a force unwrap or a precondition).
@Suite("Numbers are numbers: bounded pages, amounts and citations")
struct NumbersAreNumbersTests {
    static let int64Max = "9223372036854775807"
    static func q(_ s: String) -> String { s.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? s }

    static func fieldErrors(_ response: TestingHTTPResponse) throws -> [(field: String, rule: String)] {
        ((try response.json()["errors"] as? [[String: Any]]) ?? []).map { ($0["field"] as? String ?? "", $0["rule"] as? String ?? "") }
    }

    static func sql(_ t: TestApp) throws -> any SQLDatabase { try #require(t.db as? any SQLDatabase) }

    // MARK: Pagination

    @Test func test_policySearchPageBeyondInt64Overflow_isAProblemNamingPage_notCrash() async throws {
        try await withTestApp { t in
            try await DemoData.loadPolicies(into: t.app)
            let kj = Self.q("科技")
            for page in ["922337203685477581", Self.int64Max, "9223372036854775808", "0", "-1", "abc", "100001"] {
                let api = try await t.send(.GET, "/api/v1/policies/search?q=\(kj)&page=\(page)")
                #expect(api.status == .unprocessableEntity, "page=\(page): \(api.text)")
                #expect(try Self.fieldErrors(api).map(\.field) == ["page"], "page=\(page)")
                #expect(try Self.fieldErrors(api).map(\.rule) == ["page.range"], "page=\(page)")
                let html = try await t.send(.GET, "/policies?q=\(kj)&page=\(page)")
                #expect(html.status == .unprocessableEntity, "page=\(page)")
            }
            for limit in ["0", "101", Self.int64Max] {
                let api = try await t.send(.GET, "/api/v1/policies/search?q=\(kj)&limit=\(limit)")
                #expect(api.status == .unprocessableEntity, "limit=\(limit)")
                #expect(try Self.fieldErrors(api).map(\.field) == ["limit"], "limit=\(limit)")
            }
            // The last allowed page, far beyond the last result: an empty page, with the total.
            let last = try await t.send(.GET, "/api/v1/policies/search?q=\(kj)&page=100000&limit=100")
            #expect(last.status == .ok)
            #expect((try last.json()["results"] as? [Any])?.isEmpty == true)
            #expect((try last.json()["total"] as? Int ?? 0) > 0)
            #expect(try await t.send(.GET, "/policies?q=\(kj)&page=100000").status == .ok)
            let first = try await t.send(.GET, "/api/v1/policies/search?q=\(kj)&page=1&limit=3")
            #expect((try first.json()["results"] as? [Any])?.count == 3)
        }
    }

    @Test func test_listPagesBeyondInt64Overflow_areProblemsNamingPage_andBeyondTheLastAnEmptyPage() async throws {
        try await withTestApp { t in
            let admin = try await t.person([.platformAdmin])
            let token = try await t.tokens.create(for: admin.id, name: "pages", scopes: [.read], by: .system).secret
            let session = try await t.sessionToken(for: admin)
            for path in ["/api/v1/organisations", "/api/v1/people", "/api/v1/audit"] {
                for page in [Self.int64Max, "922337203685477581", "9223372036854775808", "0", "-9223372036854775808", "x"] {
                    let response = try await t.send(.GET, "\(path)?page=\(page)", bearer: token)
                    #expect(response.status == .unprocessableEntity, "\(path)?page=\(page)")
                    #expect(try Self.fieldErrors(response).map(\.field) == ["page"], "\(path)?page=\(page)")
                }
                let beyond = try await t.send(.GET, "\(path)?page=100000", bearer: token)
                #expect(beyond.status == .ok, "\(path)")
                let json = try beyond.json()
                #expect((json["items"] as? [Any])?.isEmpty == true)
                #expect(json["page"] as? Int == 100_000)
                #expect(json["has_next"] as? Bool == false)
                let first = try await t.send(.GET, "\(path)?page=%201%20", bearer: token)
                #expect(first.status == .ok, "\(path): spaces around a number are allowed")
                #expect(try first.json()["page"] as? Int == 1)
            }
            for path in [IdentityURL.organisations.path, IdentityURL.people.path, SiteURL.audit.path] {
                #expect(try await t.send(.GET, "\(path)?page=\(Self.int64Max)", session: session).status == .unprocessableEntity, "\(path)")
                #expect(try await t.send(.GET, "\(path)?page=100000", session: session).status == .ok, "\(path)")
            }
        }
    }

    // MARK: Call amounts

    struct CallBody<Total: Encodable & Sendable, Award: Encodable & Sendable>: Encodable, Sendable {
        var programme_id: String
        var title_zh = "数字经济专项指南"
        var guideline_zh = "申报单位为在京注册的独立法人单位。"
        var opens_at = "2026-01-01 09:00"
        var closes_at = "2026-12-01 17:00"
        var total_budget: Total
        var typical_award: Award
        var budget_mode = "lump_sum"
        var selection_mode = "open_competition"
        var eligibility_rules = ""
        var version: Int? = nil
    }

    static func officer(_ t: TestApp) async throws -> (token: String, session: String, programme: String) {
        let officer = try await t.person([.programmeOfficer], organisation: try await t.organisation("主管部门", type: .governmentDepartment).id)
        let token = try await t.tokens.create(for: officer.id, name: "calls", scopes: [.read, .write], by: .system).secret
        let programme = try await KechuangApp.calls(t.app).createProgramme(code: "NUM", nameZh: "数字专项", nameEn: "", kind: .other, by: .system)
        return (token, try await t.sessionToken(for: officer), programme.id.uuidString)
    }

    @Test func test_callBudgetWithSpaceOrTab_isReadNotCrash_throughAPIPutAndForm() async throws {
        try await withTestApp { t in
            let o = try await Self.officer(t)
            let created = try await t.send(.POST, "/api/v1/calls", body: .json(CallBody(programme_id: o.programme, total_budget: "500000 ", typical_award: "5,000\t")), bearer: o.token)
            #expect(created.status == .created, "\(created.text)")
            #expect(try created.json()["total_budget"] as? Int == 500_000)
            #expect(try created.json()["typical_award"] as? Int == 5_000)
            let id = try #require(try created.json()["id"] as? String)
            let version = try #require(try created.json()["version"] as? Int)

            var put = CallBody(programme_id: o.programme, total_budget: " 600,000", typical_award: "\t6000 ")
            put.version = version
            let updated = try await t.send(.PUT, "/api/v1/calls/\(id)", body: .json(put), bearer: o.token)
            #expect(updated.status == .ok, "\(updated.text)")
            #expect(try updated.json()["total_budget"] as? Int == 600_000)

            // Numbers are numbers: JSON integers are read as such.
            let typed = try await t.send(.POST, "/api/v1/calls", body: .json(CallBody(programme_id: o.programme, total_budget: 700_000, typical_award: 7_000)), bearer: o.token)
            #expect(typed.status == .created, "\(typed.text)")
            #expect(try typed.json()["typical_award"] as? Int == 7_000)

            let form = try await t.send(.POST, ProjectsURL.adminCalls.path, session: o.session, body: .form([
                "programme_id": o.programme, "title_zh": "表单指南", "guideline_zh": "申报单位为在京注册的独立法人单位。",
                "opens_at": "2026-01-01 09:00", "closes_at": "2026-12-01 17:00", "total_budget": "500000 ", "typical_award": "5,000\t",
                "budget_mode": "lump_sum", "selection_mode": "open_competition",
            ]))
            #expect(form.status == .seeOther, "\(form.text.prefix(400))")
            #expect(try await KechuangApp.calls(t.app).list(includeDrafts: true).contains { $0.titleZh == "表单指南" && $0.totalBudget == 500_000 && $0.typicalAward == 5_000 })
        }
    }

    @Test func test_callAmountsPastTheLimit_areFieldErrorsNamingTheField_neverStored() async throws {
        try await withTestApp { t in
            let o = try await Self.officer(t)
            let calls = KechuangApp.calls(t.app)
            let before = try await calls.list(includeDrafts: true).count
            let huge = try await t.send(.POST, "/api/v1/calls", body: .json(CallBody(programme_id: o.programme, total_budget: Int.max, typical_award: Int.max)), bearer: o.token)
            #expect(huge.status == .unprocessableEntity)
            let errors = try Self.fieldErrors(huge)
            #expect(errors.contains { $0.field == "total_budget" && $0.rule == "call.total_budget.limit" }, "\(huge.text)")
            #expect(errors.contains { $0.field == "typical_award" && $0.rule == "call.typical_award.limit" }, "\(huge.text)")

            let justOver = try await t.send(.POST, "/api/v1/calls", body: .json(CallBody(programme_id: o.programme, total_budget: Money.maxYuan + 1, typical_award: 1)), bearer: o.token)
            #expect(try Self.fieldErrors(justOver).map(\.field) == ["total_budget"], "\(justOver.text)")
            let past64 = try await t.send(.POST, "/api/v1/calls", body: .json(CallBody(programme_id: o.programme, total_budget: 1e30, typical_award: "1")), bearer: o.token)
            #expect(past64.status == .unprocessableEntity)
            #expect(try Self.fieldErrors(past64).map(\.field).contains("total_budget"), "\(past64.text)")
            let text = try await t.send(.POST, "/api/v1/calls", body: .json(CallBody(programme_id: o.programme, total_budget: Self.int64Max, typical_award: "99999999999999999999")), bearer: o.token)
            #expect(Set(try Self.fieldErrors(text).map(\.field)) == ["total_budget", "typical_award"], "\(text.text)")
            #expect(try await calls.list(includeDrafts: true).count == before, "nothing was stored")

            let atLimit = try await t.send(.POST, "/api/v1/calls", body: .json(CallBody(programme_id: o.programme, total_budget: Money.maxYuan, typical_award: Money.maxYuan)), bearer: o.token)
            #expect(atLimit.status == .created, "\(atLimit.text)")
        }
    }

    // MARK: Application budgets

    struct Line: Encodable, Sendable { let category: String; let amount: Int }
    struct Draft: Encodable, Sendable {
        var title_zh = "面向新型储能的固态电解质研究"
        var summary = "研究固态电解质的界面稳定性。"
        var plan = "第一年材料合成，第二年表征。"
        var pi_phd_year: Int? = nil
        var budget: [Line]
        var version: Int
    }

    @Test func test_budgetLinesSummingPastInt64_areRefusedNamingTheField_andAnOldRowIsReadNotCrash() async throws {
        try await withTestApp { t in
            let w = try await ApplicationAPITests.world(t)
            let (appID, version) = try await ApplicationAPITests.start(w)
            let path = "/api/v1/applications/\(appID)"

            let overflow = try await t.send(.PUT, path, body: .json(Draft(budget: [Line(category: "equipment", amount: Int.max), Line(category: "travel", amount: Int.max)], version: version)), bearer: w.piToken)
            #expect(overflow.status == .unprocessableEntity)
            #expect(try Self.fieldErrors(overflow).map(\.field) == ["budget[0].amount", "budget[1].amount"], "\(overflow.text)")
            #expect(try Self.fieldErrors(overflow).allSatisfy { $0.rule == "application.budget.amount_limit" })

            let half = Money.maxYuan / 2 + 1
            let total = try await t.send(.PUT, path, body: .json(Draft(budget: [Line(category: "equipment", amount: half), Line(category: "travel", amount: half)], version: version)), bearer: w.piToken)
            #expect(try Self.fieldErrors(total).map(\.field) == ["budget"], "\(total.text)")
            #expect(try Self.fieldErrors(total).map(\.rule) == ["application.budget.total_limit"])

            let negative = try await t.send(.PUT, path, body: .json(Draft(budget: [Line(category: "equipment", amount: Int.min)], version: version)), bearer: w.piToken)
            #expect(try Self.fieldErrors(negative).map(\.field) == ["budget[0].amount"], "\(negative.text)")
            let year = try await t.send(.PUT, path, body: .json(Draft(pi_phd_year: Int.min, budget: [], version: version)), bearer: w.piToken)
            #expect(try Self.fieldErrors(year).map(\.field) == ["pi_phd_year"], "\(year.text)")

            let stored = try await t.send(.GET, path, bearer: w.piToken)
            #expect(stored.status == .ok)
            #expect(try stored.json()["budget_total"] as? Int == 0, "nothing was stored")
            #expect(try stored.json()["version"] as? Int == version)

            // A row saved before the bounds existed: read, listed and checked without a trap; the
            // self-check names the problem.
            let draft = #"{"budget":[{"amount":9223372036854775807,"category":"equipment","note":""},{"amount":9223372036854775807,"category":"travel","note":""}],"hasEthicsApproval":false,"keywords":"","partners":[],"piPhDYear":-9223372036854775808,"plan":"","sensitiveAreas":[],"summary":"","team":[],"titleEn":"","titleZh":"旧数据"}"#
            let uuid = try #require(UUID(uuidString: appID))
            try await Self.sql(t).raw("UPDATE prj_applications SET draft_json = \(bind: draft) WHERE id = \(bind: uuid)").run()
            let old = try await t.send(.GET, path, bearer: w.piToken)
            #expect(old.status == .ok, "\(old.text)")
            #expect(try old.json()["budget_total"] as? Int == Int.max)
            let problems = try await t.send(.GET, "\(path)/problems", bearer: w.piToken)
            #expect(problems.status == .ok, "\(problems.text)")
            let rules = ((try problems.json()["problems"] as? [[String: Any]]) ?? []).compactMap { $0["rule"] as? String }
            #expect(rules.contains("application.budget.total_limit"), "\(rules)")
            #expect(try await t.send(.GET, "/api/v1/applications", bearer: w.piToken).status == .ok)
            #expect(try await t.send(.POST, "\(path)/submit", bearer: w.piToken).status == .unprocessableEntity)
        }
    }

    @Test func test_budgetPageAmountPastTheLimit_isAFieldErrorOnThePage() async throws {
        try await withTestApp { t in
            let w = try await ApplicationAPITests.world(t)
            let (appID, version) = try await ApplicationAPITests.start(w)
            let session = try await t.sessionToken(for: w.pi)
            let refused = try await t.send(.POST, "/applications/\(appID)/budget", session: session,
                                           body: .form(["budget_lump_sum": "99999999999999", "version": String(version)]))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains(String(Money.maxYuan)), "the message names the limit")
            let saved = try await t.send(.POST, "/applications/\(appID)/budget", session: session,
                                         body: .form(["budget_lump_sum": " 80,000 ", "version": String(version)]))
            #expect(saved.status == .seeOther)
            #expect(try await t.send(.GET, "/api/v1/applications/\(appID)", bearer: w.piToken).json()["budget_total"] as? Int == 80_000)
        }
    }

    // MARK: Saved values that crashed later readers

    static let badCitation = #"[{"id":"young","condition":{"piAgeAtMost":35},"article":"45(99999)","effectiveFrom":"2025-01-01","description":{"zh":"年龄","en":"Age"}}]"#

    @Test func test_Art45_citationOutOfBounds_isRefusedAtSave_andAnOldRowIsAClearErrorNotACrash() async throws {
        try await withTestApp { t in
            let o = try await Self.officer(t)
            var body = CallBody(programme_id: o.programme, total_budget: 1_000_000, typical_award: 100_000)
            body.eligibility_rules = Self.badCitation
            let refused = try await t.send(.POST, "/api/v1/calls", body: .json(body), bearer: o.token)
            #expect(refused.status == .unprocessableEntity)
            #expect(try Self.fieldErrors(refused).map(\.field) == ["eligibility_rules"], "\(refused.text)")
            #expect(refused.text.contains("45(99999)"), "the error quotes the citation")

            // A call stored before the bound: every anonymous view used to trap.
            let w = try await ApplicationAPITests.world(t)
            try await Self.sql(t).raw("UPDATE prj_calls SET eligibility_rules = \(bind: Self.badCitation) WHERE id = \(bind: w.call.id)").run()
            let page = try await t.send(.GET, "/calls/\(w.call.id.uuidString.lowercased())")
            #expect(page.status == .internalServerError, "a clear error, not a trap and not a call without its rules")
            #expect(!page.text.contains("99999"))
            let api = try await t.send(.GET, "/api/v1/calls/\(w.call.id.uuidString.lowercased())")
            #expect(api.status == .internalServerError)
            #expect(try await t.send(.GET, "/api/v1/integrity/records").status == .ok, "the server is still up")
        }
    }

    @Test func test_callAmountsAtInt64Max_inAnOldRow_doNotCrashTheApplicantsProblemsView() async throws {
        try await withTestApp { t in
            let w = try await ApplicationAPITests.world(t)
            let (appID, version) = try await ApplicationAPITests.start(w)
            #expect(try await t.send(.PUT, "/api/v1/applications/\(appID)", body: .json(Draft(budget: [Line(category: "lump_sum", amount: 80_000)], version: version)), bearer: w.piToken).status == .ok)
            try await Self.sql(t).raw("UPDATE prj_calls SET total_budget = \(bind: Int.max), typical_award = \(bind: Int.max) WHERE id = \(bind: w.call.id)").run()
            let problems = try await t.send(.GET, "/api/v1/applications/\(appID)/problems", bearer: w.piToken)
            #expect(problems.status == .ok, "\(problems.text)")
            let rules = ((try problems.json()["problems"] as? [[String: Any]]) ?? []).compactMap { $0["rule"] as? String }
            #expect(!rules.contains("application.budget.award"), "no budget is more than twice an award of Int.max")
            let session = try await t.sessionToken(for: w.pi)
            #expect(try await t.send(.GET, "/applications/\(appID)/check", session: session).status == .ok)
            #expect(try await t.send(.GET, "/calls/\(w.call.id.uuidString.lowercased())").status == .ok)
        }
    }

    // MARK: The OpenAPI document

    @Test func test_openAPI_typesPagesAmountsAndCountsAsBoundedIntegers() async throws {
        try await withTestApp { t in
            let doc = try await t.send(.GET, SiteURL.openAPI.path).json()
            let paths = try #require(doc["paths"] as? [String: [String: Any]])
            func parameter(_ path: String, _ name: String) throws -> [String: Any] {
                let get = try #require(paths[path]?["get"] as? [String: Any])
                let params = try #require(get["parameters"] as? [[String: Any]])
                let parameter = try #require(params.first { $0["name"] as? String == name })
                return try #require(parameter["schema"] as? [String: Any])
            }
            for path in ["/api/v1/organisations", "/api/v1/people", "/api/v1/audit", "/api/v1/policies/search"] {
                let page = try parameter(path, "page")
                #expect(page["type"] as? String == "integer", "\(path)")
                #expect(page["minimum"] as? Int == 1 && page["maximum"] as? Int == Pagination.maxPage, "\(path)")
            }
            let limit = try parameter("/api/v1/policies/search", "limit")
            #expect(limit["type"] as? String == "integer" && limit["maximum"] as? Int == PolicySearchQuery.maxLimit)
            #expect(try parameter("/api/v1/policies/search", "year")["type"] as? String == "integer")

            let schemas = try #require((doc["components"] as? [String: Any])?["schemas"] as? [String: [String: Any]])
            func property(_ schema: String, _ name: String) throws -> [String: Any] {
                try #require((schemas[schema]?["properties"] as? [String: Any])?[name] as? [String: Any])
            }
            for (schema, name) in [("CallBody", "total_budget"), ("CallBody", "typical_award"), ("Call", "total_budget"), ("GrantApplication", "budget_total")] {
                let amount = try property(schema, name)
                #expect(amount["type"] as? String == "integer", "\(schema).\(name)")
                #expect(amount["format"] as? String == "int64", "\(schema).\(name)")
                #expect(amount["maximum"] as? Int == Money.maxYuan, "\(schema).\(name)")
            }
            let line = try #require(((try property("ApplicationBody", "budget"))["items"] as? [String: Any])?["properties"] as? [String: Any])
            #expect((line["amount"] as? [String: Any])?["maximum"] as? Int == Money.maxYuan)
            #expect(try property("PolicySearch", "total")["type"] as? String == "integer")
        }
    }
}
