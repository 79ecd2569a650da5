import Foundation
import Vapor

/// The pages of the policy library: the same value registers a route and prints its links.
enum PolicyURL: SiteRoute {
    case policies, policy(String), policyArticle(String, String)

    var path: String {
        switch self {
        case .policies: "/policies"
        case .policy(let id): "/policies/\(SiteURL.escape(id))"
        case .policyArticle(let id, let label): "/policies/\(SiteURL.escape(id))/articles/\(SiteURL.escape(label))"
        }
    }

    var components: [PathComponent] {
        switch self {
        case .policy: return ["policies", ":id"]
        case .policyArticle: return ["policies", ":id", "articles", ":label"]
        default: return SiteURL.components(of: path)
        }
    }
}
