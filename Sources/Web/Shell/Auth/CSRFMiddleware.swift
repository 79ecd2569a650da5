import Vapor

/// Every form carries a CSRF token (double-submit: a random cookie and the same value in the form's
/// `_csrf` field). A POST from a page whose token does not match is refused. The API is exempt: it
/// authenticates with bearer tokens, which a browser never sends by itself, and gets no CSRF cookie.
///
/// The body is collected (bounded by the route's limit, `BodyLimitMiddleware`) before the field is
/// read: Vapor streams a body that does not arrive with the request head, and reading `content`
/// from a body still streaming finds no field — forms were refused at random and large ones always.
struct CSRFMiddleware: AsyncMiddleware {
    static let cookieName = "kc_csrf"
    static let fieldName = "_csrf"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.isAPI { return try await next.respond(to: request) }
        let existing = request.cookies[Self.cookieName]?.string
        let token = existing.flatMap { $0.count >= 32 ? $0 : nil } ?? Self.newToken()
        request.storage[CSRFKey.self] = token
        if request.method == .POST {
            let limit = request.route?.bodyLimit ?? BodyLimit.form
            do {
                _ = try await request.body.collect(max: limit).get()
            } catch let abort as any AbortError where abort.status == .payloadTooLarge {
                throw WebError.payloadTooLarge(limit: limit)
            }
            let submitted = try? request.content.get(String.self, at: Self.fieldName)
            guard let existing, let submitted, Self.constantTimeEqual(existing, submitted) else {
                throw WebError.csrf
            }
        }
        let response = try await next.respond(to: request)
        if existing != token {
            response.cookies[Self.cookieName] = HTTPCookies.Value(
                string: token, path: "/", isSecure: request.isSecure, isHTTPOnly: true, sameSite: .lax)
        }
        return response
    }

    static func newToken() -> String {
        [UInt8].random(count: 32).base64.replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "+", with: "-")
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

struct CSRFKey: StorageKey {
    typealias Value = String
}

extension Request {
    var csrfToken: String { storage[CSRFKey.self] ?? "" }
}
