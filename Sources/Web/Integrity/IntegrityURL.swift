import Foundation
import Vapor

/// The pages of research integrity: the same value registers a route and prints its links.
enum IntegrityURL: SiteRoute {
    case integrity, integrityMine, integrityAppeal(UUID), integrityRepair(UUID)
    case institutionIntegrity, adminIntegrity, adminIntegrityNew, adminIntegrityRecord(UUID)
    case adminIntegrityDecide(UUID), adminIntegrityPublish(UUID), adminIntegrityAppeal(UUID), adminIntegrityRepair(UUID)

    var path: String {
        switch self {
        case .integrity: "/integrity"
        case .integrityMine: "/integrity/mine"
        case .integrityAppeal(let id): "/integrity/mine/\(id.uuidString.lowercased())/appeal"
        case .integrityRepair(let id): "/integrity/mine/\(id.uuidString.lowercased())/repair"
        case .institutionIntegrity: "/institution/integrity"
        case .adminIntegrity: "/admin/integrity"
        case .adminIntegrityNew: "/admin/integrity/new"
        case .adminIntegrityRecord(let id): "/admin/integrity/\(id.uuidString.lowercased())"
        case .adminIntegrityDecide(let id): "/admin/integrity/\(id.uuidString.lowercased())/decide"
        case .adminIntegrityPublish(let id): "/admin/integrity/\(id.uuidString.lowercased())/publish"
        case .adminIntegrityAppeal(let id): "/admin/integrity/\(id.uuidString.lowercased())/appeal"
        case .adminIntegrityRepair(let id): "/admin/integrity/\(id.uuidString.lowercased())/repair"
        }
    }
}
