import Identity
import KechuangCore
import Vapor

/// What every page needs to know about the request, and nothing else: views never see `Request`.
struct PageContext {
    let language: Language
    let person: Person?
    let csrfToken: String
    /// The current path and query, for the language switch.
    let path: String
    let query: [String: String]
    let notice: LocalizedText?

    init(_ request: Request) {
        language = request.language
        person = request.principal?.person
        csrfToken = request.csrfToken
        path = request.url.path
        var q: [String: String] = [:]
        if let raw = request.url.query, let items = URLComponents(string: "?" + raw)?.queryItems {
            for item in items { q[item.name] = item.value ?? "" }
        }
        query = q
        notice = q["notice"].flatMap(Catalogues.text(forKey:))
    }

    func callAsFunction(_ key: Msg) -> String { key(language) }

    func callAsFunction<C: Catalogue>(_ key: C) -> String { key(language) }

    func text(_ t: LocalizedText) -> String { t(language) }

    /// The link that shows this page in the other language.
    var otherLanguageLink: String {
        var q = query
        q["lang"] = language == .zh ? Language.en.rawValue : Language.zh.rawValue
        q["notice"] = nil
        return SiteURL.Link(path: path, query: q).string
    }

    func can(_ action: Action) -> Bool {
        AccessPolicy.decide(action, roles: person?.roles) == .allow
    }

    /// Dates in UTC, ISO style, which both languages read the same way.
    func format(_ date: Date?) -> String {
        guard let date else { return self(.never) }
        return Self.dateFormatter.string(from: date)
    }

    private static let dateFormatter: DateFormatter = {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd HH:mm"
        return f
    }()
}

/// Renders a Plot document to a response.
enum PageRenderer {
    static func response(_ html: String, status: HTTPStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
        headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
        headers.replaceOrAdd(name: "Content-Security-Policy", value: "default-src 'self'; form-action 'self'; frame-ancestors 'none'")
        return Response(status: status, headers: headers, body: .init(string: html))
    }
}
