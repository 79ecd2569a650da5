import Foundation
import Vapor

/// The pages of the platform registries and their service requests (Art. 32).
enum PlatformURL: SiteRoute {
    case home, platform(UUID), managers(UUID), close(UUID), requestsOf(UUID)
    case requests, request(UUID), answer(UUID)

    static func id(_ id: UUID) -> String { id.uuidString.lowercased() }

    var path: String {
        switch self {
        case .home: "/market/platforms"
        case .platform(let id): "/market/platforms/\(Self.id(id))"
        case .managers(let id): "/market/platforms/\(Self.id(id))/managers"
        case .close(let id): "/market/platforms/\(Self.id(id))/close"
        case .requestsOf(let id): "/market/platforms/\(Self.id(id))/requests"
        case .requests: "/market/platform-requests"
        case .request(let id): "/market/platform-requests/\(Self.id(id))"
        case .answer(let id): "/market/platform-requests/\(Self.id(id))/answer"
        }
    }
}
