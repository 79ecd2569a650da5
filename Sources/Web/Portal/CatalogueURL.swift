import Foundation
import Vapor

/// The data catalogue's pages and machine-readable catalogues (DCAT-AP, the CKAN-compatible API):
/// the same value registers a route and prints its links.
enum CatalogueURL: SiteRoute {
    case datasets, dataset(String), accessRequest(String), download(String, Int, String)
    case dataAccess, dataAccessRequest(UUID)
    case catalogJSONLD, catalogTurtle
    case publishing, publishingNew, versions(String), newVersion(String)

    var path: String {
        switch self {
        case .datasets: "/data"
        case .dataset(let slug): "/data/\(SiteURL.escape(slug))"
        case .accessRequest(let slug): "/data/\(SiteURL.escape(slug))/access-requests"
        case .download(let slug, let version, let file): "/data/\(SiteURL.escape(slug))/versions/\(version)/\(SiteURL.escape(file))"
        case .dataAccess: "/data-access"
        case .dataAccessRequest(let id): "/data-access/\(id.uuidString.lowercased())"
        case .catalogJSONLD: "/catalog.jsonld"
        case .catalogTurtle: "/catalog.ttl"
        case .publishing: "/data-publishing"
        case .publishingNew: "/data-publishing/new"
        case .versions(let slug): "/data/\(SiteURL.escape(slug))/versions"
        case .newVersion(let slug): "/data/\(SiteURL.escape(slug))/versions/new"
        }
    }

    var components: [PathComponent] {
        switch self {
        case .dataset: ["data", ":slug"]
        case .accessRequest: ["data", ":slug", "access-requests"]
        case .download: ["data", ":slug", "versions", ":version", ":file"]
        case .versions: ["data", ":slug", "versions"]
        case .newVersion: ["data", ":slug", "versions", "new"]
        default: SiteURL.components(of: path)
        }
    }

    /// The file name of a distribution: `kechuang-calls-v3.csv`.
    static func fileName(_ slug: String, _ version: Int, _ ext: String) -> String { "\(slug)-v\(version).\(ext)" }
}
