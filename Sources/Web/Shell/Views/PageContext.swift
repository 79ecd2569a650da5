import Identity
import KechuangCore
import Vapor

/// What every page needs to know about the request, and nothing else: views never see `Request`.
struct PageContext {
    let language: Language
    let person: Person?
    let csrfToken: String
    /// The current page's path (percent-decoded, as `SiteURL.Link` encodes it again) and query, for
    /// the language switch and the navigation. A page answering a POST (a form shown again with its
    /// errors) is the nearest GET page above the form's action, without the query.
    let path: String
    let query: [String: String]
    let notice: LocalizedText?

    init(language: Language, person: Person?, csrfToken: String, path: String, query: [String: String], notice: LocalizedText?) {
        self.language = language
        self.person = person
        self.csrfToken = csrfToken
        self.path = path
        self.query = query
        self.notice = notice
    }

    init(_ request: Request) {
        language = request.language
        person = request.principal?.person
        csrfToken = request.csrfToken
        var q: [String: String] = [:]
        if let raw = request.url.query, let items = URLComponents(string: "?" + raw)?.queryItems {
            for item in items { q[item.name] = item.value ?? "" }
        }
        notice = q["notice"].flatMap(Catalogues.text(forKey:))
        let decoded = request.url.path.removingPercentEncoding ?? request.url.path
        if request.method == .GET || request.method == .HEAD {
            path = decoded
            query = q
        } else {
            path = Self.nearestPage(above: decoded, routes: request.application.routes.all)
            query = [:]
        }
    }

    /// `path`, or the closest path above it, that a GET route answers: `/admin/rounds/ID/swap`
    /// → `/admin/rounds/ID`. The home page when none does.
    static func nearestPage(above path: String, routes: [Route]) -> String {
        var segments = path.split(separator: "/").map(String.init)
        let pages = routes.filter { $0.method == .GET }.map(\.path)
        while !segments.isEmpty {
            if pages.contains(where: { Self.matches($0, segments) }) { return "/" + segments.joined(separator: "/") }
            segments.removeLast()
        }
        return SiteURL.home.path
    }

    private static func matches(_ route: [PathComponent], _ segments: [String]) -> Bool {
        if route.last == .catchall { return segments.count >= route.count - 1 }
        guard route.count == segments.count else { return false }
        return zip(route, segments).allSatisfy { component, segment in
            switch component {
            case .constant(let value): value == segment
            case .parameter, .anything: true
            case .catchall: true
            }
        }
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

    /// `aria-current` for a navigation link: `page` on the page itself, `true` anywhere below it
    /// (a call under Calls), nothing elsewhere. The home page is current only on itself.
    func current(_ link: String) -> String? {
        if path == link { return "page" }
        if link != SiteURL.home.path, path.hasPrefix(link + "/") { return "true" }
        return nil
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
