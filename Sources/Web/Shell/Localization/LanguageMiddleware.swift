import KechuangCore
import Vapor

/// Chooses the page language: `?lang=` (remembered in a cookie), then the cookie, then
/// Accept-Language, then Chinese.
struct LanguageMiddleware: AsyncMiddleware {
    static let cookieName = "kc_lang"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let fromQuery = (try? request.query.get(String.self, at: "lang")).flatMap(Language.init(rawValue:))
        let language = fromQuery
            ?? request.cookies[Self.cookieName].flatMap { Language(rawValue: $0.string) }
            ?? Self.negotiate(request.headers.first(name: .acceptLanguage))
        request.storage[LanguageKey.self] = language
        let response = try await next.respond(to: request)
        if let fromQuery {
            response.cookies[Self.cookieName] = HTTPCookies.Value(
                string: fromQuery.rawValue, maxAge: 365 * 24 * 3600, path: "/", isHTTPOnly: true, sameSite: .lax)
        }
        return response
    }

    /// The first language in Accept-Language order (by q) that the platform speaks.
    static func negotiate(_ header: String?) -> Language {
        guard let header else { return .zh }
        let ranked = header.split(separator: ",").compactMap { part -> (String, Double)? in
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first?.lowercased(), !tag.isEmpty else { return nil }
            let q = pieces.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return (tag, q)
        }.sorted { $0.1 > $1.1 }
        for (tag, q) in ranked where q > 0 {
            if tag.hasPrefix("zh") { return .zh }
            if tag.hasPrefix("en") { return .en }
        }
        return .zh
    }
}

struct LanguageKey: StorageKey {
    typealias Value = Language
}

extension Request {
    var language: Language { storage[LanguageKey.self] ?? .zh }
}
