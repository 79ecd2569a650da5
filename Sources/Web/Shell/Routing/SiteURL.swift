import Foundation
import Vapor

/// A typed address. The same value registers the route (`components`) and prints links (`path`),
/// so no URL is written twice. Each module has its own (`ProjectsURL`, `ReviewURL`, …, and its API
/// routes beside them); `SiteURL` holds the shell's: home, sign-in, dashboard, operations.
protocol SiteRoute: Sendable {
    var path: String { get }
    /// Route components: `:id` where a link has an id.
    var components: [PathComponent] { get }
}

extension SiteRoute {
    var components: [PathComponent] { SiteURL.components(of: path) }
}

/// The shell's pages and endpoints.
enum SiteURL: SiteRoute {
    case home, login, logout, dashboard, audit, health, metrics, openAPI, stylesheet
    /// RFC 9457 problem types, each a page (`ProblemType.slug`).
    case problems, problem(String)

    var path: String {
        switch self {
        case .home: "/"
        case .login: "/login"
        case .logout: "/logout"
        case .dashboard: "/dashboard"
        case .audit: "/admin/audit"
        case .health: "/health"
        case .metrics: "/metrics"
        case .openAPI: "/openapi.json"
        case .stylesheet: "/assets/site.css"
        case .problems: "/problems"
        case .problem(let slug): "/problems/\(SiteURL.escape(slug))"
        }
    }

    var components: [PathComponent] {
        switch self {
        case .problem: ["problems", ":slug"]
        default: SiteURL.components(of: path)
        }
    }

    static func login(next: String) -> SiteURL.Link { Link(path: "/login", query: ["next": next]) }

    /// A path with query items, for redirects and links that carry state.
    struct Link {
        let path: String
        let query: [String: String]

        var string: String {
            var c = URLComponents()
            c.path = path
            c.queryItems = query.sorted { $0.key < $1.key }.map { URLQueryItem(name: $0.key, value: $0.value) }
            return c.string ?? path
        }
    }

    /// Route components: every UUID in the path becomes `:id`.
    static func components(of path: String) -> [PathComponent] {
        path.split(separator: "/").map { part in
            UUID(uuidString: String(part)) != nil ? ":id" : PathComponent(stringLiteral: String(part))
        }
    }

    static func escape(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? segment
    }

    /// Placeholder for registering parameterised routes.
    static let anyID = UUID(uuidString: "00000000-0000-0000-0000-000000000000")!

    /// Only local paths are followed after sign-in, so `?next=` cannot send anyone elsewhere.
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\") else { return SiteURL.dashboard.path }
        return next
    }
}

extension Request {
    func redirect(to link: SiteURL.Link) -> Response { redirect(to: link.string, redirectType: .normal) }
    func redirect(to url: some SiteRoute, notice: Msg? = nil) -> Response {
        redirect(to: notice.map { SiteURL.Link(path: url.path, query: ["notice": $0.rawValue]).string } ?? url.path, redirectType: .normal)
    }
    func redirect<C: Catalogue>(to url: some SiteRoute, notice: C) -> Response {
        redirect(to: SiteURL.Link(path: url.path, query: ["notice": notice.rawValue]).string, redirectType: .normal)
    }
}
