import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Storage
import Testing
import Vapor
@testable import Web

/// Forms as a person meets them: accessible errors, CSRF, sign-in, nothing half-written.
@Suite("Pages and forms")
struct FormsTests {
    static func validOrganisation(uscc: String = TestData.uscc()) -> [String: String] {
        ["name_zh": "北京测试研究院", "name_en": "Beijing Test Institute", "type": "research_institute",
         "ownership": "private", "district": "haidian", "uscc": uscc]
    }

    @Test func test_GB32100_badCodeOnTheFormShowsErrorSummaryLinkedToTheField() async throws {
        try await withTestApp { t in
            let admin = try await t.person([.platformAdmin])
            let session = try await t.sessionToken(for: admin)
            var form = Self.validOrganisation()
            form["uscc"] = "91110108MA01ABCD2Y"
            let response = try await t.send(.POST, "/admin/organisations?lang=en", session: session, body: .form(form))
            #expect(response.status == .unprocessableEntity)
            let html = response.text
            #expect(html.contains(#"class="error-summary""#))
            #expect(html.contains(##"href="#field-uscc""##))
            #expect(html.contains(#"aria-invalid="true""#))
            #expect(html.contains("GB 32100-2015"))
            // What was typed is kept, and nothing was written.
            #expect(html.contains("北京测试研究院"))
            #expect(try await t.organisations.count() == 0)
        }
    }

    @Test func test_GB32100_theExampleCodeInTheHintIsValid() throws {
        for language in Language.allCases {
            let hint = IdentityMsg.orgUSCCHint.text(language)
            let example = try #require(hint.firstMatch(of: try Regex("[0-9A-Z]{18}"))).output[0].substring.map(String.init)
            #expect(UnifiedSocialCreditCode.problem(in: try #require(example)) == nil, "\(language): \(hint)")
        }
    }

    @Test func test_validOrganisationIsCreatedAndAudited() async throws {
        try await withTestApp { t in
            let admin = try await t.person([.platformAdmin])
            let session = try await t.sessionToken(for: admin)
            let response = try await t.send(.POST, "/admin/organisations", session: session, body: .form(Self.validOrganisation()))
            #expect(response.status == .seeOther)
            let orgs = try await t.organisations.list()
            #expect(orgs.count == 1)
            let entries = try await AuditChain.list(.init(object: "organisation"), limit: 10, on: t.db)
            #expect(entries.first?.action == "organisation.created")
            #expect(entries.first?.actorLabel == admin.email)
        }
    }

    @Test func test_postWithoutMatchingCSRFTokenIsRefused() async throws {
        try await withTestApp { t in
            let admin = try await t.person([.platformAdmin])
            let session = try await t.sessionToken(for: admin)
            var form = Self.validOrganisation()
            form["_csrf"] = "forged-token-forged-token-forged-token-0"
            let response = try await t.send(.POST, "/admin/organisations", session: session, body: .form(form))
            #expect(response.status == .forbidden)
            #expect(try await t.organisations.count() == 0)
        }
    }

    @Test func test_everyFormCarriesTheCSRFField() async throws {
        try await withTestApp { t in
            let admin = try await t.person([.platformAdmin])
            let session = try await t.sessionToken(for: admin)
            for path in ["/login", "/profile", "/tokens", "/admin/organisations/new", "/admin/people/new", "/admin/people/\(admin.id.uuidString)"] {
                let html = try await t.send(.GET, path, session: path == "/login" ? nil : session).text
                let forms = html.matches(of: try Regex(#"<form[^>]*method="post""#)).count
                let fields = html.components(separatedBy: #"name="_csrf""#).count - 1
                #expect(forms > 0 && forms == fields, "\(path): \(forms) POST forms, \(fields) CSRF fields")
            }
        }
    }

    @Test func test_signInSetsAHardenedSessionCookie() async throws {
        try await withTestApp { t in
            let person = try await t.person([.applicant], organisation: try await t.organisation().id)
            let response = try await t.send(.POST, "/login", body: .form(["email": person.email, "password": TestApp.password]))
            #expect(response.status == .seeOther)
            #expect(response.headers.first(name: .location) == "/dashboard")
            let raw = response.headers[.setCookie].first { $0.hasPrefix("kc_session=") } ?? ""
            #expect(raw.contains("HttpOnly"))
            #expect(raw.lowercased().contains("samesite=lax"))
            #expect(!raw.contains("Secure"))
            // A client's own X-Forwarded-Proto does not decide (the proxy is not trusted by default)…
            let claimed = try await t.send(.POST, "/login", body: .form(["email": person.email, "password": TestApp.password]),
                                           headers: ["X-Forwarded-Proto": "https"])
            #expect(claimed.headers[.setCookie].first { $0.hasPrefix("kc_session=") }?.contains("Secure") == false)
            // …behind a TLS-terminating proxy the platform is told so (KECHUANG_TRUST_PROXY=1), and the cookie is Secure.
            t.app.webSecurity.trustProxy = true
            let behindTLS = try await t.send(.POST, "/login", body: .form(["email": person.email, "password": TestApp.password]),
                                             headers: ["X-Forwarded-Proto": "https"])
            #expect(behindTLS.headers[.setCookie].first { $0.hasPrefix("kc_session=") }?.contains("Secure") == true)
        }
    }

    @Test func test_wrongPasswordShowsTheLockoutRuleAndSignsNobodyIn() async throws {
        try await withTestApp { t in
            let person = try await t.person([.applicant], organisation: try await t.organisation().id)
            let response = try await t.send(.POST, "/login?lang=en", body: .form(["email": person.email, "password": "wrong-password-1"]))
            #expect(response.status == .unauthorized)
            #expect(response.text.contains("5 failed attempts"))
            #expect(response.headers.setCookie?["kc_session"] == nil)
        }
    }

    @Test func test_nextParameterCannotRedirectOffSite() async throws {
        try await withTestApp { t in
            let person = try await t.person([.applicant], organisation: try await t.organisation().id)
            let response = try await t.send(.POST, "/login", body: .form(["email": person.email, "password": TestApp.password, "next": "//evil.example/x"]))
            #expect(response.headers.first(name: .location) == "/dashboard")
        }
    }

    @Test func test_anonymousVisitorIsSentToSignInAndBack() async throws {
        try await withTestApp { t in
            let response = try await t.send(.GET, "/admin/audit?actor=x")
            #expect(response.status == .seeOther)
            #expect(response.headers.first(name: .location)?.hasPrefix("/login?next=") == true)
        }
    }

    @Test func test_dashboardShowsEachRoleItsOwnSection() async throws {
        try await withTestApp { t in
            let org = try await t.organisation()
            let person = try await t.person([.applicant, .reviewer], organisation: org.id)
            let html = try await t.send(.GET, "/dashboard?lang=en", session: try await t.sessionToken(for: person)).text
            #expect(html.contains(Role.applicant.label.en))
            #expect(html.contains(Role.reviewer.label.en))
            #expect(!html.contains(Msg.dashboardAdminBody.text.en))
            #expect(!html.contains(SiteURL.audit.path))
        }
    }

    @Test func test_staleEditShowsConflictAndKeepsTheNewerVersion() async throws {
        try await withTestApp { t in
            let admin = try await t.person([.platformAdmin])
            let session = try await t.sessionToken(for: admin)
            let org = try await t.organisation()
            var form = Self.validOrganisation(uscc: org.uscc)
            form["version"] = "1"
            form["name_zh"] = "第一次修改"
            #expect(try await t.send(.POST, "/admin/organisations/\(org.id)", session: session, body: .form(form)).status == .seeOther)
            form["name_zh"] = "基于旧版本的修改"
            let stale = try await t.send(.POST, "/admin/organisations/\(org.id)?lang=en", session: session, body: .form(form))
            #expect(stale.status == .conflict)
            #expect(stale.text.contains(Msg.staleTitle.text.en))
            #expect(try await t.organisations.find(org.id).nameZh == "第一次修改")
        }
    }

    @Test func test_auditViewerFiltersByActorObjectAndDate() async throws {
        try await withTestApp { t in
            let officer = try await t.person([.integrityOfficer], organisation: try await t.organisation().id)
            let session = try await t.sessionToken(for: officer)
            let all = try await t.send(.GET, "/admin/audit", session: session).text
            #expect(all.contains("organisation.created"))
            let mine = try await t.send(.GET, "/admin/audit?actor=\(officer.email)", session: session).text
            #expect(mine.contains("login.succeeded"))
            #expect(!mine.contains("organisation.created"))
            let badDate = try await t.send(.GET, "/admin/audit?from=yesterday&lang=en", session: session)
            #expect(badDate.status == .unprocessableEntity)
            #expect(badDate.text.contains(##"href="#field-from""##))
        }
    }

    @Test func test_printStylesheetAndSkipLinkArePresent() async throws {
        try await withTestApp { t in
            let html = try await t.send(.GET, "/").text
            #expect(html.contains(##"class="skip-link" href="#main""##))
            #expect(html.contains(#"media="print""#))
            let css = try await t.send(.GET, "/assets/site.css?media=print")
            #expect(css.text.contains("display: none"))
            #expect(try await t.send(.GET, "/assets/site.css").text.contains(":focus"))
        }
    }
}
