import Foundation
import Identity
import KechuangCore

/// Who may do what with the platform registries and the service requests (object level, behind
/// the route's `Action`). Pure.
///
/// - Active platforms and their managers are public.
/// - A member of an organisation registers its platforms and keeps them (managers, closing); the
///   platform administrator may too.
/// - A member of another organisation requests a service of an active platform for it.
/// - A request is seen by members of its two organisations (and the administrator); to anyone else
///   it does not exist. Only the provider's members accept, decline and complete it.
public enum PlatformAccess {
    public typealias Viewer = TradeAccess.Viewer

    public static func mayKeep(_ viewer: Viewer, for organisation: UUID) -> Bool { TradeAccess.mayList(viewer, for: organisation) }

    public static func mayRequest(_ viewer: Viewer, from organisation: UUID, of platform: TransferPlatform) -> Bool {
        viewer.personID != nil && viewer.organisations.contains(organisation) && organisation != platform.organisationID && platform.status == .active
    }

    public enum RequestAction: String, Sendable, CaseIterable { case view, answer }

    public static func may(_ action: RequestAction, _ viewer: Viewer, requester: UUID, provider: UUID) -> Bool {
        guard viewer.personID != nil else { return false }
        switch action {
        case .view: return viewer.organisations.contains(requester) || viewer.organisations.contains(provider) || viewer.roles.contains(.platformAdmin)
        case .answer: return viewer.organisations.contains(provider)
        }
    }
}
