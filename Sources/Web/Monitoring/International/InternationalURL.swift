import Foundation
import Vapor

/// The international cooperation pages (Art. 9, 66–71).
enum InternationalURL: SiteRoute {
    case registry, projectsCSV, manage, projects, organisations, bigScience, publish

    var path: String {
        switch self {
        case .registry: "/international"
        case .projectsCSV: "/international/projects.csv"
        case .manage: "/international/manage"
        case .projects: "/international/projects"
        case .organisations: "/international/organisations"
        case .bigScience: "/international/big-science"
        case .publish: "/international/publish"
        }
    }
}
