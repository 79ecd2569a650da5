import Foundation
import Identity
import KechuangCore

/// Who may do what with one instrument (object-level access, behind the route's `Action`). Pure.
///
/// Decision (issue #17): no new platform role. The managing institution's **research office**
/// keeps its registry entries (edit, publish, designate managers) — it already speaks for the
/// institution (Art. 22, 60(2)); it designates **instrument managers** per instrument (staff of
/// any role, table `ins_managers`), who run the instrument: approve bookings, keep blackouts and
/// trainings, record usage. The research office may do everything a manager does. The platform
/// administrator may do everything. Anyone sees a published instrument.
public enum InstrumentAccess {
    public enum Action: String, Sendable, CaseIterable {
        case view
        /// Edit the registry entry and its service terms, publish, designate managers.
        case manage
        /// Approve bookings, blackouts, trainings, usage records, bills.
        case operate
        /// Book it.
        case book
    }

    public struct Viewer: Sendable, Equatable {
        public var personID: UUID?
        public var roles: Set<Role>
        /// Organisations where the viewer is the research office.
        public var researchOfficeOf: Set<UUID>

        public init(personID: UUID?, roles: Set<Role>, researchOfficeOf: Set<UUID>) {
            self.personID = personID
            self.roles = roles
            self.researchOfficeOf = researchOfficeOf
        }

        public init(_ person: Person?) {
            self.init(personID: person?.id, roles: person?.roles ?? [],
                      researchOfficeOf: Set(person?.memberships.filter { $0.role == .researchOffice }.compactMap(\.organisationID) ?? []))
        }

        public static let anonymous = Viewer(personID: nil, roles: [], researchOfficeOf: [])
    }

    public struct Facts: Sendable, Equatable {
        public var organisationID: UUID
        public var published: Bool
        public var bookable: Bool
        public var managers: Set<UUID>

        public init(organisationID: UUID, published: Bool, bookable: Bool, managers: Set<UUID>) {
            self.organisationID = organisationID
            self.published = published
            self.bookable = bookable
            self.managers = managers
        }

        public init(_ instrument: Instrument, managers: Set<UUID>) {
            self.init(organisationID: instrument.organisationID, published: instrument.published, bookable: instrument.bookable, managers: managers)
        }
    }

    public static func may(_ action: Action, _ viewer: Viewer, _ instrument: Facts) -> Bool {
        let admin = viewer.roles.contains(.platformAdmin)
        let office = viewer.roles.contains(.researchOffice) && viewer.researchOfficeOf.contains(instrument.organisationID)
        let manager = viewer.personID.map(instrument.managers.contains) ?? false
        switch action {
        case .view: return instrument.published || admin || office || manager
        case .manage: return admin || office
        case .operate: return admin || office || manager
        case .book: return viewer.personID != nil && instrument.bookable
        }
    }

    /// Whether the viewer may register instruments for `organisation` (its research office, or the admin).
    public static func mayRegister(_ viewer: Viewer, for organisation: UUID) -> Bool {
        viewer.roles.contains(.platformAdmin) || (viewer.roles.contains(.researchOffice) && viewer.researchOfficeOf.contains(organisation))
    }
}
