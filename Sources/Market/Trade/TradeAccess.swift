import Foundation
import Identity
import KechuangCore

/// Who may do what with supplies, demands and inquiries (object level, behind the route's
/// `Action`). Pure.
///
/// - Supplies and demands that are open are public. A member of the organisation (any role) lists,
///   edits and withdraws them for it; the platform administrator may too.
/// - An inquiry is seen and written in only by members of its two organisations (and read by the
///   administrator); to anyone else it does not exist.
public enum TradeAccess {
    public struct Viewer: Sendable, Equatable {
        public var personID: UUID?
        public var roles: Set<Role>
        public var organisations: Set<UUID>

        public init(personID: UUID?, roles: Set<Role>, organisations: Set<UUID>) {
            self.personID = personID
            self.roles = roles
            self.organisations = organisations
        }

        public init(_ person: Person?) {
            self.init(personID: person?.id, roles: person?.roles ?? [], organisations: Set(person?.memberships.compactMap(\.organisationID) ?? []))
        }

        var isAdmin: Bool { roles.contains(.platformAdmin) }
    }

    /// Lists, edits or withdraws a supply or a demand of `organisation`.
    public static func mayList(_ viewer: Viewer, for organisation: UUID) -> Bool {
        viewer.personID != nil && (viewer.isAdmin || viewer.organisations.contains(organisation))
    }

    public enum InquiryAction: String, Sendable, CaseIterable { case view, write, agree }

    public static func may(_ action: InquiryAction, _ viewer: Viewer, from: UUID, to: UUID) -> Bool {
        let party = viewer.personID != nil && (viewer.organisations.contains(from) || viewer.organisations.contains(to))
        switch action {
        case .view: return party || viewer.isAdmin
        case .write: return party
        /// Only the offering side records that a deal was agreed (it becomes the seller of the contract).
        case .agree: return viewer.personID != nil && viewer.organisations.contains(to)
        }
    }
}
