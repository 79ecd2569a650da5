import Foundation
import Vapor

/// The public pages of funded projects (Art. 56), their exports and feed, and the site map:
/// the same value registers a route and prints its links. `/projects` is Grants' (signed-in);
/// the public face lives under `/funded`.
enum PortalURL: SiteRoute {
    case projects, project(String), institution(UUID), investigator(String)
    case feed, exports, export(Int, ProjectExportFormat), dataDictionary, sitemap

    var path: String {
        switch self {
        case .projects: "/funded"
        case .project(let number): "/funded/\(SiteURL.escape(number))"
        case .institution(let id): "/funded/institutions/\(id.uuidString.lowercased())"
        case .investigator(let key): "/funded/investigators/\(SiteURL.escape(key))"
        case .feed: "/funded/feed.atom"
        case .exports: "/funded/exports"
        case .export(let year, let format): "/funded/exports/\(year).\(format.rawValue)"
        case .dataDictionary: "/funded/exports/data-dictionary"
        case .sitemap: "/sitemap.xml"
        }
    }

    var components: [PathComponent] {
        switch self {
        case .project: ["funded", ":number"]
        case .investigator: ["funded", "investigators", ":key"]
        case .export: ["funded", "exports", ":file"]
        default: SiteURL.components(of: path)
        }
    }

    /// `/funded?…` with the search's query items, sorted, empty ones left out.
    static func projects(query: [String: String]) -> String {
        let items = query.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }
        guard !items.isEmpty else { return PortalURL.projects.path }
        var c = URLComponents()
        c.path = PortalURL.projects.path
        c.queryItems = items.map { URLQueryItem(name: $0.key, value: $0.value) }
        return c.string ?? PortalURL.projects.path
    }
}

/// The bulk export formats.
enum ProjectExportFormat: String, Sendable, CaseIterable {
    case csv
    case jsonl

    var contentType: String {
        switch self {
        case .csv: "text/csv; charset=utf-8"
        case .jsonl: "application/jsonl; charset=utf-8"
        }
    }
}
