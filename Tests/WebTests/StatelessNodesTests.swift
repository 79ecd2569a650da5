import Foundation
import Identity
import KechuangApp
import KechuangTestSupport
import KechuangWebTestSupport
import Storage
import Testing
import Vapor

/// The web nodes keep no state of their own: sessions live in the database, so behind a load balancer
/// a person signed in on one node is signed in on every node, and signing out on one ends it everywhere.
/// Runs on the test run's database engine (SQLite file or PostgreSQL), over real HTTP.
@Suite("Stateless web nodes")
struct StatelessNodesTests {
    @Test("A session started on one node continues on another, and ends on all when signed out on one")
    func test_statelessNodes_sessionStartedOnOneNodeContinuesOnAnother() async throws {
        let (url, drop) = try await TestDatabase.fresh()
        let config = KechuangApp.Configuration(database: url, dataKey: TestApp.dataKey, bcryptCost: 4)
        var apps: [Application] = []
        var servers: [LiveServer] = []
        let http = LiveHTTPClient()
        do {
            let appA = try await KechuangApp.makeApplication(config, environment: .testing)
            apps.append(appA)
            let appB = try await KechuangApp.makeApplication(config, environment: .testing)
            apps.append(appB)
            try await KechuangApp.migrate(appA)

            let email = "node-\(UUID().uuidString.prefix(8).lowercased())@example.cn"
            let name = "负载均衡测试员"
            _ = try await KechuangApp.people(appA).create(
                PersonInput(name: name, email: email, nationality: "CN"), password: TestApp.password,
                memberships: [Membership(organisationID: nil, role: .platformAdmin)], by: .system)

            let nodeA = try await LiveServer.start(appA)
            servers.append(nodeA)
            let nodeB = try await LiveServer.start(appB)
            servers.append(nodeB)
            #expect(nodeA.port != nodeB.port)

            try await scenario(http: http, nodeA: nodeA.baseURL, nodeB: nodeB.baseURL, email: email, name: name)

            for server in servers.reversed() { await server.shutdown() }
            servers.removeAll()
            for app in apps.reversed() { try await app.asyncShutdown() }
            apps.removeAll()
            try await http.shutdown()
            await drop()
        } catch {
            for server in servers.reversed() { await server.shutdown() }
            for app in apps.reversed() { try? await app.asyncShutdown() }
            try? await http.shutdown()
            await drop()
            throw error
        }
    }

    private func scenario(http: LiveHTTPClient, nodeA: String, nodeB: String, email: String, name: String) async throws {
        // Node A: the sign-in form sets the CSRF cookie and carries the same token in its hidden field.
        let form = try await http.send(.GET, nodeA + "/login")
        #expect(form.status == .ok)
        let csrfCookie = try #require(form.setCookies["kc_csrf"], "GET /login sets kc_csrf")
        let csrfField = try #require(form.hiddenField("_csrf"), "the sign-in form has a _csrf field")
        #expect(csrfField == csrfCookie)

        // Node A: signing in answers 303 to the dashboard with a session cookie (and a fresh CSRF cookie).
        let login = try await http.send(.POST, nodeA + "/login", cookies: ["kc_csrf": csrfCookie], form: [
            ("_csrf", csrfField), ("next", ""), ("email", email), ("password", TestApp.password),
        ])
        #expect(login.status == .seeOther)
        #expect(login.location == "/dashboard")
        let session = try #require(login.setCookies["kc_session"], "POST /login sets kc_session")
        #expect(!session.isEmpty)
        let signedInCSRF = try #require(login.setCookies["kc_csrf"], "sign-in replaces the CSRF cookie")
        #expect(signedInCSRF != csrfCookie)
        let cookies = ["kc_session": session, "kc_csrf": signedInCSRF]

        // Node B never saw the sign-in, yet knows the person from the shared database.
        let dashboard = try await http.send(.GET, nodeB + "/dashboard", cookies: cookies)
        #expect(dashboard.status == .ok)
        #expect(dashboard.body.contains(name))
        #expect(dashboard.body.contains("工作台"))
        let logoutToken = try #require(dashboard.hiddenField("_csrf"), "the header's sign-out form has a _csrf field")
        #expect(logoutToken == signedInCSRF)

        // Node B: signing out goes home with the "signed out" notice and clears the session cookie.
        let logout = try await http.send(.POST, nodeB + "/logout", cookies: cookies, form: [("_csrf", logoutToken)])
        #expect(logout.status == .seeOther)
        #expect(logout.location?.hasPrefix("/?") == true || logout.location == "/")
        #expect(logout.setCookies["kc_session"] == "")

        // Node A: the old cookie, replayed, no longer signs anyone in — the session ended in the database.
        let afterLogout = try await http.send(.GET, nodeA + "/dashboard", cookies: cookies)
        #expect(afterLogout.status == .seeOther)
        let location = try #require(afterLogout.location, "the redirect has a Location")
        #expect(location.hasPrefix("/login"))
        #expect(!afterLogout.body.contains(name))
    }
}
