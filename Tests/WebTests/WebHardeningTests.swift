import Foundation
import Identity
import KechuangApp
import KechuangTestSupport
import KechuangWebTestSupport
import Projects
import Testing
import Vapor
import VaporTesting
@testable import Web

/// The web layer under load and abuse: bodies are collected (bounded per route) before the CSRF
/// check, so forms and uploads of any allowed size pass over a real socket; larger ones get 413
/// naming the limit; API responses are not sniffed, cached or given a CSRF cookie; cookies are
/// Secure by configuration only; HSTS on request; every problem `type` resolves on the platform;
/// the API is rate limited (429, Retry-After, a problem); sign-in is throttled with 429 + Retry-After.
@Suite("Web hardening: body limits, headers, problem types, rate limits")
struct WebHardeningTests {
    /// Runs `body` with the test app also serving real HTTP on a loopback port.
    static func withLive(_ t: TestApp, _ body: (LiveServer, LiveHTTPClient) async throws -> Void) async throws {
        let server = try await LiveServer.start(t.app)
        let http = LiveHTTPClient()
        do {
            try await body(server, http)
            try await http.shutdown()
            await server.shutdown()
        } catch {
            try? await http.shutdown()
            await server.shutdown()
            throw error
        }
    }

    static func multipart(_ fields: [(String, String)], file: (name: String, data: Data), boundary: String) -> Data {
        var body = Data()
        for (name, value) in fields {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.name)\"\r\nContent-Type: application/pdf\r\n\r\n".utf8)
        body += file.data + Data("\r\n--\(boundary)--\r\n".utf8)
        return body
    }

    // MARK: Item 6 — forms and uploads over a real socket

    /// Before the fix the CSRF middleware read the `_csrf` field from a body still streaming in:
    /// 2/4 forms were refused at 600 bytes, 4/4 at 24 KB.
    @Test func test_liveHTTP_24KBPageFormWithValidCSRF_isAcceptedEveryTime() async throws {
        try await withTestApp { t in
            let person = try await t.person([.applicant], organisation: try await t.organisation().id)
            try await Self.withLive(t) { server, http in
                let filler = String(repeating: "科研项目申报书正文 research plan text ", count: 600)   // ≈ 24 KB encoded
                #expect(LiveHTTPClient.formEncode([("notes", filler)]).utf8.count > 24_000)
                for attempt in 1...8 {
                    let form = try await http.send(.GET, server.baseURL + "/login")
                    let csrf = try #require(form.setCookies["kc_csrf"])
                    // The CSRF field comes last, after 24 KB: it can only be read once the whole body is in.
                    let login = try await http.send(.POST, server.baseURL + "/login", cookies: ["kc_csrf": csrf], form: [
                        ("email", person.email), ("password", TestApp.password), ("notes", filler), ("_csrf", csrf),
                    ])
                    #expect(login.status == .seeOther, "attempt \(attempt): \(login.status.code)")
                    #expect(login.location == "/dashboard", "attempt \(attempt)")
                }
            }
        }
    }

    /// Before the fix every upload of 300 KB or more failed with 403 "表单已过期".
    @Test func test_liveHTTP_300KBPDFUploadMultipartWithValidCSRF_isAcceptedEveryTime() async throws {
        try await withTestApp { t in
            try await DemoData.loadCalls(into: t.app)
            let call = try #require(try await KechuangApp.calls(t.app).list().first { !$0.requiredDocuments.isEmpty })
            let pi = try await t.person([.applicant], organisation: try await t.organisation().id)
            let session = try await t.sessionToken(for: pi)
            let apply = try await t.send(.POST, "/calls/\(call.id.uuidString.lowercased())/apply", session: session)
            let id = try #require(apply.headers.first(name: .location)?.split(separator: "/").dropFirst().first.map(String.init))
            let pdf = TestPDF.make(contentBytes: 320_000)
            #expect(pdf.count >= 300_000)
            try await Self.withLive(t) { server, http in
                for attempt in 1...5 {
                    let boundary = "----kechuang\(UUID().uuidString)"
                    let body = Self.multipart([("_csrf", TestApp.csrf), ("document", call.requiredDocuments[0])],
                                              file: ("计划书-\(attempt).pdf", pdf), boundary: boundary)
                    let response = try await http.send(
                        .POST, server.baseURL + "/applications/\(id)/attachments",
                        cookies: ["kc_session": session, "kc_csrf": TestApp.csrf],
                        contentType: "multipart/form-data; boundary=\(boundary)", body: body)
                    #expect(response.status == .seeOther, "attempt \(attempt): \(response.status.code) \(response.body.prefix(300))")
                }
            }
            let application = try await Applications(db: t.db).find(try #require(GrantApplication.ID(id)))
            #expect(application.attachments.first?.attachment.size == pdf.count)
        }
    }

    @Test func test_bodyOverTheRouteLimit_is413NamingTheLimit_pageAndProblem() async throws {
        try await withTestApp { t in
            let big = String(repeating: "x", count: BodyLimit.form + 10)
            let page = try await t.send(.POST, "/login", body: .form(["email": "a@example.cn", "password": "p", "notes": big]))
            #expect(page.status == .payloadTooLarge)
            #expect(page.text.contains("1 MB"))
            let token = try await t.tokens.create(for: try await t.person([.platformAdmin]).id, name: "t", scopes: [.read, .write], by: .system).secret
            let api = try await t.send(.POST, "/api/v1/organisations", body: .json(["name_zh": big]), bearer: token)
            #expect(api.status == .payloadTooLarge)
            #expect(api.headers.contentType?.subType == "problem+json")
            let problem = try api.json()
            #expect(problem["type"] as? String == "/problems/payload-too-large")
            #expect((problem["detail"] as? String)?.contains("1 MB") == true)
        }
    }

    @Test func test_uploadRoute_acceptsMoreThanTheFormLimit_upToTheAttachmentLimit() async throws {
        try await withTestApp { t in
            try await DemoData.loadCalls(into: t.app)
            let call = try #require(try await KechuangApp.calls(t.app).list().first { !$0.requiredDocuments.isEmpty })
            let pi = try await t.person([.applicant], organisation: try await t.organisation().id)
            let session = try await t.sessionToken(for: pi)
            let apply = try await t.send(.POST, "/calls/\(call.id.uuidString.lowercased())/apply", session: session)
            let id = try #require(apply.headers.first(name: .location)?.split(separator: "/").dropFirst().first.map(String.init))
            func upload(_ data: Data) async throws -> TestingHTTPResponse {
                let boundary = "kc\(UUID().uuidString)"
                var headers = HTTPHeaders()
                headers.add(name: .cookie, value: "kc_session=\(session); kc_csrf=\(TestApp.csrf)")
                headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
                let body = Self.multipart([("_csrf", TestApp.csrf), ("document", call.requiredDocuments[0])], file: ("a.pdf", data), boundary: boundary)
                return try await t.app.testing().sendRequest(.POST, "/applications/\(id)/attachments", headers: headers, body: ByteBuffer(data: body))
            }
            #expect(try await upload(TestPDF.make(contentBytes: 3 << 20)).status == .seeOther, "3 MB: over the form limit, within the upload limit")
            let tooBig = try await upload(Data(count: BodyLimit.upload + 1))
            #expect(tooBig.status == .payloadTooLarge)
            #expect(tooBig.text.contains("21 MB"))
        }
    }

    // MARK: Item 12 — headers, cookies, HSTS

    @Test func test_APIResponses_areNosniffNoStore_andSetNoCSRFCookie() async throws {
        try await withTestApp { t in
            let token = try await t.tokens.create(for: try await t.person([.applicant]).id, name: "t", scopes: [.read], by: .system).secret
            let ok = try await t.send(.GET, "/api/v1/me", bearer: token, csrf: nil)
            let problem = try await t.send(.GET, "/api/v1/me", csrf: nil)
            let document = try await t.send(.GET, "/openapi.json")
            #expect(ok.status == .ok)
            #expect(problem.status == .unauthorized)
            for response in [ok, problem, document] {
                #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff")
                #expect(response.headers.first(name: .cacheControl) == "no-store")
            }
            for response in [ok, problem] {
                #expect(!response.headers[.setCookie].contains { $0.hasPrefix("kc_csrf=") }, "the API sets no CSRF cookie")
            }
            // Pages still get theirs.
            let page = try await t.send(.GET, "/login", csrf: nil)
            #expect(page.headers[.setCookie].contains { $0.hasPrefix("kc_csrf=") })
            #expect(page.headers.first(name: "Strict-Transport-Security") == nil, "no HSTS unless configured")
        }
    }

    @Test func test_secureCookiesAndHSTS_comeFromConfiguration_notFromTheClient() async throws {
        try await withTestApp { t in
            let claimed = try await t.send(.GET, "/login", headers: ["X-Forwarded-Proto": "https"], csrf: nil)
            #expect(claimed.headers[.setCookie].first { $0.hasPrefix("kc_csrf=") }?.contains("Secure") == false,
                    "an untrusted X-Forwarded-Proto does not decide")
            t.app.webSecurity = WebSecurity(publicURL: "https://kechuang.example.gov.cn", hstsMaxAge: 31_536_000)
            let configured = try await t.send(.GET, "/login", csrf: nil)
            #expect(configured.headers[.setCookie].first { $0.hasPrefix("kc_csrf=") }?.contains("Secure") == true)
            #expect(configured.headers.first(name: "Strict-Transport-Security") == "max-age=31536000")
            let api = try await t.send(.GET, "/api/v1/me")
            #expect(api.headers.first(name: "Strict-Transport-Security") == "max-age=31536000")
            #expect(try api.json()["type"] as? String == "https://kechuang.example.gov.cn/problems/unauthenticated",
                    "with a public URL the problem type is absolute, on the platform")
        }
    }

    @Test func test_configurationFromEnvironment() throws {
        let defaults = try WebSecurity.fromEnvironment([:])
        #expect(!defaults.secureCookies && !defaults.trustProxy && defaults.hstsMaxAge == nil && defaults.publicURL == nil)
        #expect(defaults.apiRequestsPerMinutePerToken == 3000 && defaults.apiRequestsPerMinutePerAddress == 6000)
        let set = try WebSecurity.fromEnvironment([
            "KECHUANG_PUBLIC_URL": "https://kc.example.gov.cn/", "KECHUANG_TRUST_PROXY": "1", "KECHUANG_HSTS": "max-age=600",
            "KECHUANG_API_RATE_LIMIT": "off", "KECHUANG_API_ADDRESS_RATE_LIMIT": "120",
        ])
        #expect(set.secureCookies, "an https public URL makes cookies Secure")
        #expect(set.publicURL == "https://kc.example.gov.cn" && set.trustProxy && set.hstsMaxAge == 600)
        #expect(set.apiRequestsPerMinutePerToken == nil && set.apiRequestsPerMinutePerAddress == 120)
        #expect(try WebSecurity.fromEnvironment(["KECHUANG_SECURE_COOKIES": "1"]).secureCookies)
        for bad in [["KECHUANG_API_RATE_LIMIT": "lots"], ["KECHUANG_HSTS": "forever"], ["KECHUANG_SECURE_COOKIES": "maybe"],
                    ["KECHUANG_PUBLIC_URL": "kc.example.gov.cn"]] {
            #expect(throws: ConfigurationError.self, "\(bad)") { try WebSecurity.fromEnvironment(bad) }
        }
    }

    // MARK: Problem types resolve on the platform

    @Test func test_everyProblemTypeTheCodeCanEmit_resolvesWith200_bilingual() async throws {
        try await withTestApp { t in
            for type in ProblemType.allCases {
                let page = try await t.send(.GET, type.uri(publicURL: nil))
                #expect(page.status == .ok, "\(type.slug)")
                #expect(page.text.contains(type.title.zh) && page.text.contains(type.title.en), "\(type.slug) in both languages")
                #expect(page.text.contains(type.whatToDo.zh) && page.text.contains(type.whatToDo.en), "\(type.slug): what to do")
            }
            let index = try await t.send(.GET, "/problems")
            #expect(index.status == .ok)
            #expect(ProblemType.allCases.allSatisfy { index.text.contains("/problems/\($0.slug)") })
            #expect(try await t.send(.GET, "/problems/no-such-problem").status == .notFound)
            // A problem the API actually emitted: its type is followed to a page.
            let emitted = try await t.send(.GET, "/api/v1/me")
            let type = try #require(try emitted.json()["type"] as? String)
            #expect(type == "/problems/unauthenticated")
            #expect(try await t.send(.GET, type).status == .ok)
            // Every status the error renderer maps lands on a known type.
            let renderer = ErrorRenderingMiddleware()
            for status in [HTTPStatus.badRequest, .unauthorized, .forbidden, .notFound, .methodNotAllowed, .conflict,
                           .payloadTooLarge, .unsupportedMediaType, .unprocessableEntity, .tooManyRequests, .internalServerError, .badGateway] {
                let rendered = renderer.classify(Abort(status), language: .zh)
                #expect(ProblemType.allCases.contains(rendered.type), "\(status.code)")
            }
        }
    }

    // MARK: Item 9 — rate limits and sign-in throttling over HTTP

    @Test func test_APIRateLimit_perToken_answers429WithRetryAfterAndAProblem() async throws {
        try await withTestApp { t in
            t.app.webSecurity.apiRequestsPerMinutePerToken = 3
            let a = try await t.tokens.create(for: try await t.person([.applicant]).id, name: "a", scopes: [.read], by: .system).secret
            let b = try await t.tokens.create(for: try await t.person([.applicant]).id, name: "b", scopes: [.read], by: .system).secret
            for _ in 0..<3 { #expect(try await t.send(.GET, "/api/v1/me", bearer: a).status == .ok) }
            let limited = try await t.send(.GET, "/api/v1/me", bearer: a)
            #expect(limited.status == .tooManyRequests)
            #expect(limited.headers.first(name: .retryAfter) == "20", "3 a minute: one more every 20 seconds")
            #expect(limited.headers.contentType?.subType == "problem+json")
            let problem = try limited.json()
            #expect(problem["type"] as? String == "/problems/too-many-requests")
            #expect(problem["status"] as? Int == 429)
            #expect((problem["detail"] as? String)?.contains("3") == true)
            #expect(try await t.send(.GET, "/api/v1/me", bearer: b).status == .ok, "another token has its own budget")
            t.clock.advance(by: 20)
            #expect(try await t.send(.GET, "/api/v1/me", bearer: a).status == .ok, "after Retry-After the token works again")
        }
    }

    @Test func test_APIRateLimit_perAddress_coversAnonymousAndEveryToken_pagesUnaffected() async throws {
        try await withTestApp { t in
            t.app.webSecurity.apiRequestsPerMinutePerAddress = 4
            t.app.webSecurity.apiRequestsPerMinutePerToken = nil
            for _ in 0..<4 { #expect(try await t.send(.GET, "/api/v1/me").status == .unauthorized) }
            let token = try await t.tokens.create(for: try await t.person([.applicant]).id, name: "a", scopes: [.read], by: .system).secret
            let limited = try await t.send(.GET, "/api/v1/me", bearer: token)
            #expect(limited.status == .tooManyRequests)
            #expect(limited.headers.first(name: .retryAfter) == "15")
            #expect(try await t.send(.GET, "/login").status == .ok, "pages are not rate limited by the API limiter")
        }
    }

    @Test func test_clientAddress_fromXForwardedFor_onlyWhenTheProxyIsTrusted() async throws {
        try await withTestApp { t in
            let person = try await t.person([.applicant])
            func login(_ password: String, from address: String) async throws -> HTTPStatus {
                try await t.send(.POST, "/login", body: .form(["email": person.email, "password": password]),
                                 headers: ["X-Forwarded-For": address]).status
            }
            // Untrusted: the header is ignored, every attempt comes from the same peer.
            for _ in 0..<5 { #expect(try await login("Wrong-password-7", from: "203.0.113.5") == .unauthorized) }
            #expect(try await login(TestApp.password, from: "198.51.100.1") == .tooManyRequests,
                    "a client cannot dodge the throttle by inventing X-Forwarded-For")
            // Trusted (KECHUANG_TRUST_PROXY=1): the proxy's X-Forwarded-For is the client's address.
            t.app.webSecurity.trustProxy = true
            for _ in 0..<5 { #expect(try await login("Wrong-password-7", from: "203.0.113.9") == .unauthorized) }
            #expect(try await login(TestApp.password, from: "203.0.113.9") == .tooManyRequests)
            #expect(try await login(TestApp.password, from: "198.51.100.1") == .seeOther, "another client is not slowed")
        }
    }

    @Test func test_signInPage_throttledAfterFiveFailures_429WithRetryAfter_notLocked() async throws {
        try await withTestApp { t in
            let person = try await t.person([.applicant])
            for _ in 0..<5 {
                let wrong = try await t.send(.POST, "/login", body: .form(["email": person.email, "password": "Wrong-password-7"]))
                #expect(wrong.status == .unauthorized)
            }
            let throttled = try await t.send(.POST, "/login", body: .form(["email": person.email, "password": TestApp.password]))
            #expect(throttled.status == .tooManyRequests)
            #expect(throttled.headers.first(name: .retryAfter) == "30")
            #expect(throttled.text.contains("30 秒"))
            t.clock.advance(by: 31)
            let signedIn = try await t.send(.POST, "/login", body: .form(["email": person.email, "password": TestApp.password]))
            #expect(signedIn.status == .seeOther)
            // Failures and throttled attempts are counted in the metrics (not in the audit log for strangers).
            let metrics = try await t.send(.GET, "/metrics").text
            #expect(metrics.contains("kechuang_sign_in_failed_total") && metrics.contains("kechuang_sign_in_throttled_total"))
        }
    }
}
