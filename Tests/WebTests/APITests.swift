import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Storage
import Testing
import Vapor
@testable import Web

/// The JSON API: bearer tokens with scopes, RFC 9457 problems naming the field and the rule.
@Suite("API /api/v1")
struct APITests {
    struct OrgBody: Encodable, Sendable {
        var name_zh = "上海交流研究所"
        var name_en: String? = nil
        var type = "research_institute"
        var ownership = "foreign_invested"
        var district = "outside_beijing"
        var uscc = TestData.uscc()
        var version: Int? = nil
    }

    static func adminToken(_ t: TestApp, scopes: Set<TokenScope> = [.read, .write]) async throws -> String {
        let admin = try await t.person([.platformAdmin])
        return try await t.tokens.create(for: admin.id, name: "test", scopes: scopes, by: .system).secret
    }

    @Test func test_GB32100_badCodeIsAProblemNamingFieldRuleAndStandard() async throws {
        try await withTestApp { t in
            let token = try await Self.adminToken(t)
            var body = OrgBody()
            body.uscc = "91110108MA01ABCD2Y"
            let response = try await t.send(.POST, "/api/v1/organisations", body: .json(body), bearer: token)
            #expect(response.status == .unprocessableEntity)
            #expect(response.headers.contentType?.description.hasPrefix("application/problem+json") == true)
            let problem = try response.json()
            #expect(problem["status"] as? Int == 422)
            let errors = try #require(problem["errors"] as? [[String: Any]])
            let uscc = try #require(errors.first { $0["field"] as? String == "uscc" })
            #expect(uscc["rule"] as? String == "org.uscc.check")
            #expect(uscc["standard"] as? String == "GB 32100-2015")
            #expect((uscc["message_zh"] as? String)?.isEmpty == false)
            #expect((uscc["message_en"] as? String)?.isEmpty == false)
            #expect(try await t.organisations.count() == 0)
        }
    }

    @Test func test_Art5_foreignInvestedOrganisationFromOutsideBeijingIsRegisteredLikeAnyOther() async throws {
        try await withTestApp { t in
            let token = try await Self.adminToken(t)
            let response = try await t.send(.POST, "/api/v1/organisations", body: .json(OrgBody()), bearer: token)
            #expect(response.status == .created)
            let json = try response.json()
            #expect(json["ownership"] as? String == "foreign_invested")
            #expect(response.headers.first(name: "Location")?.hasPrefix("/api/v1/organisations/") == true)
        }
    }

    @Test func test_Art5_problemCitesArticleWhenOwnershipIsMissing() async throws {
        try await withTestApp { t in
            let token = try await Self.adminToken(t)
            var body = OrgBody()
            body.ownership = ""
            let problem = try await t.send(.POST, "/api/v1/organisations", body: .json(body), bearer: token).json()
            let errors = try #require(problem["errors"] as? [[String: Any]])
            let ownership = try #require(errors.first { $0["field"] as? String == "ownership" })
            #expect(ownership["article"] as? String == "5")
            #expect(ownership["article_text"] as? String == "第五条")
            #expect(problem["article"] as? String == "5")
        }
    }

    @Test func test_ISO7064_badORCIDAndGB11643_badIDNumberAreFieldErrors() async throws {
        try await withTestApp { t in
            let token = try await Self.adminToken(t)
            struct PersonBody: Encodable, Sendable {
                let name = "张三", email = "zhang@example.cn", orcid = "0000-0002-1825-0098", resident_id = "110105194912310021", nationality = "CN"
            }
            let problem = try await t.send(.POST, "/api/v1/people?lang=en", body: .json(PersonBody()), bearer: token).json()
            let fields = (problem["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
            #expect(fields.contains("orcid"))
            #expect(fields.contains("resident_id"))
        }
    }

    @Test func test_missingOrRevokedTokenGets401WithBearerChallenge() async throws {
        try await withTestApp { t in
            let none = try await t.send(.GET, "/api/v1/me")
            #expect(none.status == .unauthorized)
            #expect(none.headers.first(name: .wwwAuthenticate) == "Bearer")
            let person = try await t.person([.applicant], organisation: try await t.organisation().id)
            let (token, secret) = try await t.tokens.create(for: person.id, name: "cli", scopes: [.read], by: .system)
            #expect(try await t.send(.GET, "/api/v1/me", bearer: secret).status == .ok)
            try await t.tokens.revoke(token.id, of: person.id, by: .system)
            #expect(try await t.send(.GET, "/api/v1/me", bearer: secret).status == .unauthorized)
        }
    }

    @Test func test_readScopeCannotWrite() async throws {
        try await withTestApp { t in
            let token = try await Self.adminToken(t, scopes: [.read])
            #expect(try await t.send(.GET, "/api/v1/organisations", bearer: token).status == .ok)
            let write = try await t.send(.POST, "/api/v1/organisations", body: .json(OrgBody()), bearer: token)
            #expect(write.status == .forbidden)
            #expect(try write.json()["type"] as? String == "/problems/missing-scope")
        }
    }

    @Test func test_putWithoutVersionOrWithStaleVersionIsRefused() async throws {
        try await withTestApp { t in
            let token = try await Self.adminToken(t)
            let created = try await t.send(.POST, "/api/v1/organisations", body: .json(OrgBody()), bearer: token).json()
            let id = try #require(created["id"] as? String)
            var body = OrgBody()
            body.uscc = try #require(created["uscc"] as? String)
            let missing = try await t.send(.PUT, "/api/v1/organisations/\(id)", body: .json(body), bearer: token)
            #expect(missing.status == .unprocessableEntity)
            body.version = 1
            #expect(try await t.send(.PUT, "/api/v1/organisations/\(id)", body: .json(body), bearer: token).status == .ok)
            let stale = try await t.send(.PUT, "/api/v1/organisations/\(id)", body: .json(body), bearer: token)
            #expect(stale.status == .conflict)
        }
    }

    @Test func test_auditEndpointsListAndVerifyTheChain() async throws {
        try await withTestApp { t in
            let token = try await Self.adminToken(t)
            let list = try await t.send(.GET, "/api/v1/audit?object=person", bearer: token).json()
            let items = try #require(list["items"] as? [[String: Any]])
            #expect(items.contains { $0["action"] as? String == "person.created" })
            #expect(items.allSatisfy { ($0["hash"] as? String)?.count == 64 })
            let verify = try await t.send(.GET, "/api/v1/audit/verify", bearer: token).json()
            #expect(verify["intact"] as? Bool == true)
            #expect((verify["count"] as? Int ?? 0) >= 2)
        }
    }

    @Test func test_unknownRouteIsAProblemNotAStackTrace() async throws {
        try await withTestApp { t in
            let response = try await t.send(.GET, "/api/v1/organisations/not-a-uuid", bearer: try await Self.adminToken(t))
            #expect(response.status == .notFound)
            #expect(response.headers.contentType?.description.hasPrefix("application/problem+json") == true)
        }
    }
}

@Suite("OpenAPI document")
struct OpenAPITests {
    /// `/api/v1/organisations/:id` → `/api/v1/organisations/{id}`
    static func openAPIPath(_ route: Route) -> String {
        "/" + route.path.map { $0.description.hasPrefix(":") ? "{\($0.description.dropFirst())}" : $0.description }.joined(separator: "/")
    }

    @Test func test_documentDescribesExactlyTheRegisteredAPIRoutes() async throws {
        try await withTestApp { t in
            let registered = Set(t.app.routes.all.filter { $0.path.first?.description == "api" }
                .map { "\($0.method.rawValue.lowercased()) \(Self.openAPIPath($0))" })
            let json = try await t.send(.GET, "/openapi.json").json()
            #expect(json["openapi"] as? String == "3.1.0")
            let paths = try #require(json["paths"] as? [String: [String: Any]])
            let documented = Set(paths.flatMap { path, ops in ops.keys.map { "\($0) \(path)" } })
            #expect(registered == documented,
                    "missing from the document: \(registered.subtracting(documented).sorted()); documented but not registered: \(documented.subtracting(registered).sorted())")
        }
    }

    /// A fuzzer (and any client generator) must know which operations need no token: exactly the
    /// API routes the access policy opens to anyone carry `security: []`.
    @Test func test_publicOperationsAreMarkedPublic_exactlyAsTheAccessPolicySays() async throws {
        try await withTestApp { t in
            let open = Set(t.app.routes.all.filter { route in
                route.path.first?.description == "api" && route.action.map { AccessPolicy.requirement(for: $0) == .anyone } == true
            }.map { "\($0.method.rawValue.lowercased()) \(Self.openAPIPath($0))" })
            #expect(open.contains("get /api/v1/policies/search") && open.contains("get /api/v1/calls"))
            let json = try await t.send(.GET, "/openapi.json").json()
            let paths = try #require(json["paths"] as? [String: [String: Any]])
            var marked: Set<String> = []
            for (path, ops) in paths {
                for (method, op) in ops {
                    if let security = (op as? [String: Any])?["security"] as? [Any], security.isEmpty { marked.insert("\(method) \(path)") }
                }
            }
            #expect(marked == open, "marked public: \(marked.sorted()); open to anyone: \(open.sorted())")
            // Anonymous calls to them work.
            #expect(try await t.send(.GET, "/api/v1/calls").status == .ok)
        }
    }

    @Test func test_everyOperationReferencesSchemasThatExist() async throws {
        try await withTestApp { t in
            let text = try await t.send(.GET, "/openapi.json").text
            let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            let schemas = try #require((json["components"] as? [String: Any])?["schemas"] as? [String: Any])
            let refs = text.matches(of: try Regex(#"#/components/schemas/([A-Za-z]+)"#)).compactMap { $0.output[1].substring.map(String.init) }
            #expect(!refs.isEmpty)
            for ref in Set(refs) { #expect(schemas[ref] != nil, "dangling $ref \(ref)") }
        }
    }

    /// Each module documents exactly the routes it registers: its operations' paths are printed
    /// from the same typed addresses, so one module cannot describe (or forget) another's route.
    @Test func test_eachModuleDocumentsExactlyTheRoutesItRegisters() {
        for module in APIModules.all {
            let routes = Routes()
            module.register(on: routes)
            let registered = Set(routes.all.map { "\($0.method.rawValue.lowercased()) \(Self.openAPIPath($0))" })
            let documented = Set(module.operations.map { "\(String(describing: $0.method).lowercased()) \($0.path)" })
            #expect(!registered.isEmpty)
            #expect(registered == documented, "\(module): registered \(registered.sorted()); documented \(documented.sorted())")
            // CKANAPI answers where CKAN clients look: /api/3/action/… and /api/action/… (#16).
            #expect(registered.allSatisfy { $0.contains(" /api/v1/") || (module == CKANAPI.self && $0.contains(" /api/") && $0.contains("/action/")) },
                    "\(module) registers a route outside /api/v1")
        }
    }

    /// Schemas of all modules share one namespace in the document: a name used twice would
    /// silently describe two different shapes.
    @Test func test_schemaNamesAreUniqueAcrossModules() {
        let names = APIModules.all.flatMap { $0.schemas.map(\.0) } + OpenAPIDocument.sharedSchemas.map(\.0)
        var seen: Set<String> = []
        let repeated = names.filter { !seen.insert($0).inserted }
        #expect(repeated.isEmpty, "schemas named twice: \(repeated)")
    }
}

@Suite("Operations")
struct OperationsTests {
    @Test func test_healthChecksTheDatabase() async throws {
        try await withTestApp { t in
            let response = try await t.send(.GET, "/health")
            #expect(response.status == .ok)
            let json = try response.json()
            #expect(json["status"] as? String == "ok")
            #expect(json["database"] as? String == (TestDatabase.isPostgres ? "postgres" : "sqlite"))
        }
    }

    @Test func test_metricsExposeRequestsLatencyAndPool() async throws {
        try await withTestApp { t in
            _ = try await t.send(.GET, "/")
            _ = try await t.send(.GET, "/health")
            let text = try await t.send(.GET, "/metrics").text
            #expect(text.contains("http_requests_total"))
            #expect(text.contains("http_request_duration_seconds_bucket"))
            #expect(text.contains("kechuang_database_pool_max_connections"))
        }
    }

    @Test func test_everyResponseCarriesARequestID() async throws {
        try await withTestApp { t in
            let response = try await t.send(.GET, "/", headers: ["X-Request-Id": "trace-123"])
            #expect(response.headers.first(name: "X-Request-Id") == "trace-123")
        }
    }
}
