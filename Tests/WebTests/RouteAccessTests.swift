import Foundation
import Identity
import KechuangTestSupport
import KechuangWebTestSupport
import Testing
import Vapor
@testable import Web

/// Every route × every kind of visitor: the access policy as users meet it, over HTTP.
/// A new route fails `test_everyRegisteredRouteIsInTheTable` until it is added to `expected`.
@Suite("Route access: deny by default")
struct RouteAccessTests {
    static let anonymous = "anonymous"
    static let noRole = "no_role"
    static let everyone: Set<String> = Set([anonymous, noRole] + Role.allCases.map(\.rawValue))
    static let signedIn = everyone.subtracting([anonymous])
    static func only(_ roles: Role...) -> Set<String> { Set(roles.map(\.rawValue)) }

    /// Who may call each route. Written out by hand on purpose: this is the permission table a
    /// reviewer reads.
    static let expected: [String: Set<String>] = [
        "GET /": everyone,
        "GET /login": everyone,
        "POST /login": everyone,
        "POST /logout": signedIn,
        "GET /dashboard": signedIn,
        "GET /profile": signedIn,
        "POST /profile": signedIn,
        "POST /profile/password": signedIn,
        "GET /tokens": signedIn,
        "POST /tokens": signedIn,
        "POST /tokens/:id/revoke": signedIn,
        "GET /admin/organisations": only(.platformAdmin, .programmeOfficer, .researchOffice, .integrityOfficer, .departmentStaff),
        "GET /admin/organisations/new": only(.platformAdmin),
        "POST /admin/organisations": only(.platformAdmin),
        "GET /admin/organisations/:id": only(.platformAdmin, .programmeOfficer, .researchOffice, .integrityOfficer, .departmentStaff),
        "POST /admin/organisations/:id": only(.platformAdmin),
        "GET /admin/people": only(.platformAdmin, .programmeOfficer, .researchOffice, .integrityOfficer),
        "GET /admin/people/new": only(.platformAdmin),
        "POST /admin/people": only(.platformAdmin),
        "GET /admin/people/:id": only(.platformAdmin, .programmeOfficer, .researchOffice, .integrityOfficer),
        "POST /admin/people/:id": only(.platformAdmin),
        "POST /admin/people/:id/roles": only(.platformAdmin),
        "POST /admin/people/:id/roles/remove": only(.platformAdmin),
        "POST /admin/people/:id/status": only(.platformAdmin),
        "GET /admin/audit": only(.platformAdmin, .integrityOfficer),
        "GET /health": everyone,
        "GET /metrics": everyone,
        "GET /openapi.json": everyone,
        "GET /problems": everyone,
        "GET /problems/:slug": everyone,
        "GET /assets/site.css": everyone,
        "GET /api/v1/me": signedIn,
        "GET /api/v1/organisations": only(.platformAdmin, .programmeOfficer, .researchOffice, .integrityOfficer, .departmentStaff),
        "POST /api/v1/organisations": only(.platformAdmin),
        "GET /api/v1/organisations/:id": only(.platformAdmin, .programmeOfficer, .researchOffice, .integrityOfficer, .departmentStaff),
        "PUT /api/v1/organisations/:id": only(.platformAdmin),
        "GET /api/v1/people": only(.platformAdmin, .programmeOfficer, .researchOffice, .integrityOfficer),
        "POST /api/v1/people": only(.platformAdmin),
        "GET /api/v1/people/:id": only(.platformAdmin, .programmeOfficer, .researchOffice, .integrityOfficer),
        "PUT /api/v1/people/:id": only(.platformAdmin),
        "GET /api/v1/audit": only(.platformAdmin, .integrityOfficer),
        "GET /api/v1/audit/verify": only(.platformAdmin, .integrityOfficer),
        "GET /calls/lint": only(.programmeOfficer, .platformAdmin),
        "POST /calls/lint": only(.programmeOfficer, .platformAdmin),
        "POST /api/v1/calls/lint": only(.programmeOfficer, .platformAdmin),
        "GET /calls": everyone,
        "GET /calls/:id": everyone,
        "GET /admin/calls": only(.programmeOfficer, .platformAdmin),
        "POST /admin/programmes": only(.programmeOfficer, .platformAdmin),
        "GET /admin/calls/new": only(.programmeOfficer, .platformAdmin),
        "POST /admin/calls": only(.programmeOfficer, .platformAdmin),
        "GET /admin/calls/:id": only(.programmeOfficer, .platformAdmin),
        "POST /admin/calls/:id": only(.programmeOfficer, .platformAdmin),
        "POST /admin/calls/:id/publish": only(.programmeOfficer, .platformAdmin),
        "GET /api/v1/calls": everyone,
        "GET /api/v1/calls/:id": everyone,
        "POST /api/v1/calls": only(.programmeOfficer, .platformAdmin),
        "PUT /api/v1/calls/:id": only(.programmeOfficer, .platformAdmin),
        "POST /api/v1/calls/:id/publish": only(.programmeOfficer, .platformAdmin),
        "POST /calls/:id/apply": only(.applicant, .platformAdmin),
        "GET /applications": only(.applicant, .platformAdmin),
        "GET /applications/:id/:page": only(.applicant, .platformAdmin),
        "POST /applications/:id/:page": only(.applicant, .platformAdmin),
        "POST /applications/:id/submit": only(.applicant, .platformAdmin),
        "POST /applications/:id/withdraw": only(.applicant, .platformAdmin),
        "GET /institution/applications": only(.researchOffice, .platformAdmin),
        "POST /institution/applications/:id/decision": only(.researchOffice, .platformAdmin),
        "GET /admin/calls/:id/applications": only(.programmeOfficer, .platformAdmin),
        "GET /admin/calls/:id/applications.csv": only(.programmeOfficer, .platformAdmin),
        "GET /admin/calls/:id/applications.xlsx": only(.programmeOfficer, .platformAdmin),
        // Formal check and expert review (Art. 29, 60)
        "GET /admin/applications/:id/check": only(.programmeOfficer, .platformAdmin),
        "POST /admin/applications/:id/check/decision": only(.programmeOfficer, .platformAdmin),
        "GET /admin/applications/:id/compare/:other": only(.programmeOfficer, .platformAdmin),
        "POST /admin/applications/:id/compare/:other/confirm": only(.programmeOfficer, .platformAdmin),
        "GET /expert/profile": only(.reviewer, .platformAdmin),
        "POST /expert/profile": only(.reviewer, .platformAdmin),
        "GET /admin/experts": only(.programmeOfficer, .platformAdmin),
        "POST /admin/experts/invite": only(.programmeOfficer, .platformAdmin),
        "POST /admin/experts/:id/active": only(.programmeOfficer, .platformAdmin),
        "GET /admin/calls/:id/review": only(.programmeOfficer, .platformAdmin),
        "POST /admin/calls/:id/review": only(.programmeOfficer, .platformAdmin),
        "POST /admin/calls/:id/review/run": only(.programmeOfficer, .platformAdmin),
        "POST /admin/calls/:id/review/swap": only(.programmeOfficer, .platformAdmin),
        "POST /admin/calls/:id/review/conflicts": only(.programmeOfficer, .platformAdmin),
        "POST /admin/calls/:id/review/publish": only(.programmeOfficer, .platformAdmin),
        "POST /admin/calls/:id/review/remind": only(.programmeOfficer, .platformAdmin),
        "GET /admin/calls/:id/ranking": only(.programmeOfficer, .platformAdmin),
        "POST /admin/applications/:id/funding": only(.programmeOfficer, .platformAdmin),
        "GET /admin/applications/:id/funding": only(.programmeOfficer, .platformAdmin),
        "GET /admin/projects/young-scientists": only(.programmeOfficer, .platformAdmin),
        "GET /projects": signedIn,
        "GET /projects/:id": signedIn,
        "GET /projects/:id/agreement": signedIn,
        "POST /projects/:id/agreement": signedIn,
        "POST /projects/:id/agreement/sign": signedIn,
        "GET /projects/:id/agreement.pdf": signedIn,
        "GET /api/v1/applications/:id/award": only(.programmeOfficer, .platformAdmin),
        "POST /api/v1/applications/:id/award": only(.programmeOfficer, .platformAdmin),
        "POST /api/v1/applications/:id/not-funded": only(.programmeOfficer, .platformAdmin),
        "GET /api/v1/projects": signedIn,
        "GET /api/v1/projects/:id": signedIn,
        "GET /api/v1/projects/:id/agreement": signedIn,
        "PUT /api/v1/projects/:id/agreement": signedIn,
        "POST /api/v1/projects/:id/agreement/signatures": signedIn,
        "GET /api/v1/statistics/young-scientists": only(.programmeOfficer, .platformAdmin),
        "GET /calls/:id/review-report": everyone,
        "GET /calls/:id/review-report/:file": everyone,
        "GET /api/v1/calls/:id/review-report": everyone,
        "POST /api/v1/applications/:id/formal-check": only(.programmeOfficer, .platformAdmin),
        "POST /api/v1/applications/:id/funding": only(.programmeOfficer, .platformAdmin),
        "GET /api/v1/calls/:id/review-round": only(.programmeOfficer, .platformAdmin),
        "PUT /api/v1/calls/:id/review-round": only(.programmeOfficer, .platformAdmin),
        "POST /api/v1/calls/:id/review-round/run": only(.programmeOfficer, .platformAdmin),
        "POST /api/v1/calls/:id/review-round/swap": only(.programmeOfficer, .platformAdmin),
        "POST /api/v1/calls/:id/review-round/conflicts": only(.programmeOfficer, .platformAdmin),
        "POST /api/v1/calls/:id/review-round/publish": only(.programmeOfficer, .platformAdmin),
        "POST /api/v1/calls/:id/review-round/remind": only(.programmeOfficer, .platformAdmin),
        "GET /api/v1/calls/:id/ranking": only(.programmeOfficer, .platformAdmin),
        "GET /api/v1/reviews": only(.reviewer, .platformAdmin),
        "POST /api/v1/reviews/:id/accept": only(.reviewer, .platformAdmin),
        "POST /api/v1/reviews/:id/decline": only(.reviewer, .platformAdmin),
        "POST /api/v1/reviews/:id/submit": only(.reviewer, .platformAdmin),
        "GET /reviews": only(.reviewer, .platformAdmin),
        "GET /reviews/:id": only(.reviewer, .platformAdmin),
        "POST /reviews/:id": only(.reviewer, .platformAdmin),
        "POST /reviews/:id/accept": only(.reviewer, .platformAdmin),
        "POST /reviews/:id/decline": only(.reviewer, .platformAdmin),
        "POST /api/v1/calls/:id/applications": only(.applicant, .platformAdmin),
        "GET /api/v1/calls/:id/applications": only(.programmeOfficer, .platformAdmin),
        "GET /api/v1/applications": only(.applicant, .platformAdmin),
        "GET /api/v1/applications/:id": signedIn,
        "PUT /api/v1/applications/:id": only(.applicant, .platformAdmin),
        "GET /api/v1/applications/:id/problems": signedIn,
        "POST /api/v1/applications/:id/submit": only(.applicant, .platformAdmin),
        "POST /api/v1/applications/:id/withdraw": only(.applicant, .platformAdmin),
        "POST /api/v1/applications/:id/decision": only(.researchOffice, .platformAdmin),
        "GET /applications/:id/attachments": only(.applicant, .platformAdmin),
        "POST /applications/:id/attachments": only(.applicant, .platformAdmin),
        "GET /applications/:id/attachments/:key": signedIn,
        "GET /team-invitations": signedIn,
        "POST /team-invitations/:id/confirm": signedIn,
        "GET /policies": everyone,
        "GET /policies/:id": everyone,
        "GET /policies/:id/articles/:label": everyone,
        "GET /api/v1/policies/search": everyone,
        "GET /api/v1/policies/:id": everyone,
        "GET /api/v1/policies/:id/articles/:label": everyone,
        // Integrity (Art. 60)
        "GET /integrity": everyone,
        "GET /api/v1/integrity/records": everyone,
        "GET /integrity/mine": signedIn,
        "POST /integrity/mine/:id/appeal": signedIn,
        "POST /integrity/mine/:id/repair": signedIn,
        "GET /institution/integrity": only(.researchOffice, .platformAdmin),
        "POST /institution/integrity": only(.researchOffice, .platformAdmin),
        "GET /admin/integrity": only(.integrityOfficer, .platformAdmin),
        "POST /admin/integrity": only(.integrityOfficer, .platformAdmin),
        "GET /admin/integrity/new": only(.integrityOfficer, .platformAdmin),
        "GET /admin/integrity/:id": only(.integrityOfficer, .platformAdmin),
        "POST /admin/integrity/:id": only(.integrityOfficer, .platformAdmin),
        "POST /admin/integrity/:id/decide": only(.integrityOfficer, .platformAdmin),
        "POST /admin/integrity/:id/publish": only(.integrityOfficer, .platformAdmin),
        "POST /admin/integrity/:id/appeal": only(.integrityOfficer, .platformAdmin),
        "POST /admin/integrity/:id/repair": only(.integrityOfficer, .platformAdmin),
    ]

    static func key(_ route: Route) -> String {
        "\(route.method.rawValue) /" + route.path.map(\.description).joined(separator: "/")
    }

    @Test func test_everyRegisteredRouteIsInTheTable() async throws {
        try await withTestApp { t in
            let registered = Set(t.app.routes.all.map(Self.key))
            #expect(registered == Set(Self.expected.keys), "routes missing from the table: \(registered.subtracting(Self.expected.keys).sorted()); in the table but not registered: \(Set(Self.expected.keys).subtracting(registered).sorted())")
            for route in t.app.routes.all {
                #expect(route.action != nil, "\(Self.key(route)) was registered without an action")
            }
        }
    }

    @Test func test_tableAgreesWithAccessPolicy() async throws {
        try await withTestApp { t in
            for route in t.app.routes.all {
                let action = try #require(route.action)
                let allowed = Self.everyone.filter { who in
                    let roles: Set<Role>? = who == Self.anonymous ? nil : who == Self.noRole ? [] : [Role(rawValue: who)!]
                    return AccessPolicy.decide(action, roles: roles) == .allow
                }
                #expect(allowed == Self.expected[Self.key(route)], "\(Self.key(route)) (\(action))")
            }
        }
    }

    /// Sends every route as every kind of visitor and checks that the answer is an allow or a deny
    /// exactly as the table says: a denied visitor gets 403 (signed in) or is sent to sign in (401
    /// or a redirect to /login); an allowed one gets neither.
    @Test func test_everyRouteTimesEveryRole_allowsAndDeniesAsTheTableSays() async throws {
        try await withTestApp { t in
            let org = try await t.organisation()
            var sessions: [String: String] = [:]
            var tokens: [String: String] = [:]
            for who in Self.everyone where who != Self.anonymous {
                let roles = who == Self.noRole ? [] : [Role(rawValue: who)!]
                let person = try await t.person(roles, organisation: org.id)
                sessions[who] = try await t.sessionToken(for: person)
                tokens[who] = try await t.tokens.create(for: person.id, name: "matrix", scopes: [.read, .write], by: .system).secret
            }
            // Sign-out ends the session, so it goes last.
            let routes = t.app.routes.all.sorted { (Self.key($0) == "POST /logout" ? 1 : 0, Self.key($0)) < (Self.key($1) == "POST /logout" ? 1 : 0, Self.key($1)) }
            for route in routes {
                let key = Self.key(route)
                let path = "/" + route.path.map { $0.description == ":id" ? UUID().uuidString.lowercased() : $0.description }.joined(separator: "/")
                let isAPI = path.hasPrefix("/api/")
                for who in Self.everyone.sorted() {
                    let body: TestApp.Body? = route.method == .GET ? nil : isAPI ? .json(["x": "y"]) : .form([:])
                    let response = try await t.send(
                        route.method, path, session: isAPI ? nil : sessions[who], body: body, bearer: isAPI ? tokens[who] : nil)
                    let status = response.status
                    let location = response.headers.first(name: .location) ?? ""
                    let sentToSignIn = status == .unauthorized || (status == .seeOther && location.hasPrefix("/login"))
                    if Self.expected[key]?.contains(who) == true {
                        #expect(status != .forbidden && !sentToSignIn || (key == "POST /login" && status == .unauthorized),
                                "\(key) as \(who) should be allowed, got \(status.code) \(location)")
                    } else if who == Self.anonymous {
                        #expect(sentToSignIn, "\(key) as anonymous should ask to sign in, got \(status.code)")
                    } else {
                        #expect(status == .forbidden, "\(key) as \(who) should be forbidden, got \(status.code)")
                    }
                }
            }
        }
    }
}
