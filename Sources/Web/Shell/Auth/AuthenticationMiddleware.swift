import Identity
import Vapor

/// Finds the principal: a bearer token on `/api/`, a session cookie everywhere else.
struct AuthenticationMiddleware: AsyncMiddleware {
    static let sessionCookie = "kc_session"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.isAPI {
            if let bearer = request.headers.bearerAuthorization,
               let (person, scopes) = try await request.accessTokens.resolve(bearer.token) {
                request.storage[PrincipalKey.self] = Principal(person: person, credential: .accessToken(scopes: scopes))
            }
        } else if let token = request.cookies[Self.sessionCookie]?.string, !token.isEmpty {
            if let person = try await request.signIn.resolveSession(token) {
                request.storage[PrincipalKey.self] = Principal(person: person, credential: .session(token: token))
            }
        }
        return try await next.respond(to: request)
    }

    /// HttpOnly, SameSite=Lax, and Secure when configured (`WebSecurity`: `KECHUANG_SECURE_COOKIES`,
    /// an https `KECHUANG_PUBLIC_URL`, or a trusted proxy's `X-Forwarded-Proto`).
    static func sessionCookieValue(_ token: String, for request: Request) -> HTTPCookies.Value {
        HTTPCookies.Value(
            string: token, expires: nil, maxAge: Int(SignInService.absoluteTimeout), path: "/",
            isSecure: request.isSecure, isHTTPOnly: true, sameSite: .lax)
    }
}

extension Request {
    var isAPI: Bool { url.path.hasPrefix("/api/") }
}
