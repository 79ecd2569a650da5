import Foundation
import Vapor

/// Public consultation over the JSON API (Art. 58): the consultations, one with its articles,
/// comments and response report, and commenting.
enum ConsultationAPI: SiteRoute {
    case consultations, consultation(UUID), comments(UUID)

    var path: String {
        switch self {
        case .consultations: "/api/v1/consultations"
        case .consultation(let id): "/api/v1/consultations/\(id.uuidString.lowercased())"
        case .comments(let id): "/api/v1/consultations/\(id.uuidString.lowercased())/comments"
        }
    }
}

extension ConsultationAPI: ModuleAPI {
    static func register(on routes: any RoutesBuilder) {
        ConsultationAPIRoutes().register(on: routes)
        ConsultationOfficerAPI.register(on: routes)
    }
}
