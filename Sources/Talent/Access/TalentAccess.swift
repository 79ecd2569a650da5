import Foundation
import Identity
import KechuangCore

/// Who may do what with talent objects (object-level access, behind the route's `Action`). Pure.
///
/// - A service request: its person views it and replies; the officers of its department's desk
///   (`tal_desk_officers`) view it and take the steps; the platform administrator views every one.
///   Anyone else: it does not exist.
/// - An opening: the research office of the hiring organisation (or the admin) posts and closes it;
///   everyone reads open ones.
/// - An evaluation dossier (a person's representative achievements): the person, experts,
///   programme officers and the admin.
public enum TalentAccess {
    public enum RequestAction: String, Sendable, CaseIterable {
        case view
        /// The person's steps: provide information, write.
        case reply
        /// The department's steps: accept, ask for information, complete, refuse, write.
        case handle
    }

    public struct Viewer: Sendable, Equatable {
        public var personID: UUID?
        public var roles: Set<Role>
        public var researchOfficeOf: Set<UUID>
        /// Department codes whose desk the viewer serves.
        public var desks: Set<String>

        public init(personID: UUID?, roles: Set<Role>, researchOfficeOf: Set<UUID> = [], desks: Set<String> = []) {
            self.personID = personID
            self.roles = roles
            self.researchOfficeOf = researchOfficeOf
            self.desks = desks
        }

        public init(_ person: Person?, desks: Set<String> = []) {
            self.init(personID: person?.id, roles: person?.roles ?? [],
                      researchOfficeOf: Set(person?.memberships.filter { $0.role == .researchOffice }.compactMap(\.organisationID) ?? []), desks: desks)
        }
    }

    public static func may(_ action: RequestAction, _ viewer: Viewer, owner: UUID, department: String) -> Bool {
        let own = viewer.personID == owner
        let desk = viewer.desks.contains(department) && (viewer.roles.contains(.departmentStaff) || viewer.roles.contains(.platformAdmin))
        let admin = viewer.roles.contains(.platformAdmin)
        switch action {
        case .view: return own || desk || admin
        case .reply: return own
        case .handle: return desk
        }
    }

    /// Whether the viewer may post or close openings for `organisation`.
    public static func mayPost(_ viewer: Viewer, for organisation: UUID) -> Bool {
        viewer.roles.contains(.platformAdmin) || (viewer.roles.contains(.researchOffice) && viewer.researchOfficeOf.contains(organisation))
    }

    /// Whether the viewer may read `person`'s evaluation dossier.
    public static func mayReadDossier(_ viewer: Viewer, of person: UUID) -> Bool {
        viewer.personID == person || !viewer.roles.isDisjoint(with: [.reviewer, .programmeOfficer, .platformAdmin])
    }
}
