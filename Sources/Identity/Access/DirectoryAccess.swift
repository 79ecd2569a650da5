import Foundation
import KechuangCore

/// Object-level access to the directory (people and organisations), behind the route's `Action`
/// (`viewPeople`, `viewOrganisations`). Pure predicates: `People` and `Organisations` apply them in
/// their queries (`list(as:)`, `find(_:as:)`), and an object outside the viewer's scope does not
/// exist for them (404), so its existence is not leaked.

/// The part of the directory a viewer may read.
public enum DirectoryScope: Sendable, Equatable {
    /// The whole directory.
    case everything
    /// Only these organisations and the people who are members of them (any role). Empty: nothing.
    case organisations(Set<UUID>)

    /// Whether an object belonging to these organisations is inside the scope.
    public func contains(anyOf organisations: Set<UUID>) -> Bool {
        switch self {
        case .everything: true
        case .organisations(let own): !own.isDisjoint(with: organisations)
        }
    }
}

/// Who may read which organisation.
public enum OrganisationAccess {
    /// Roles that read every organisation (their work concerns any organisation: the platform,
    /// programme and integrity officers, and the department's staff).
    public static let readsEveryOrganisation: Set<Role> = [.platformAdmin, .programmeOfficer, .integrityOfficer, .departmentStaff]

    /// Everything for the roles above; a research office reads only the organisations it is the
    /// research office of; anyone else nothing.
    public static func scope(for viewer: [Membership]) -> DirectoryScope {
        if viewer.contains(where: { readsEveryOrganisation.contains($0.role) }) { return .everything }
        return .organisations(Set(viewer.filter { $0.role == .researchOffice }.compactMap(\.organisationID)))
    }

    public static func mayView(organisation: UUID, viewer: [Membership]) -> Bool {
        scope(for: viewer).contains(anyOf: [organisation])
    }

    public enum Action: String, Sendable, CaseIterable {
        case view
        /// Edit its name, codes and type (`manageOrganisations`).
        case change
    }

    /// Roles that change organisations.
    public static let changesOrganisations: Set<Role> = [.platformAdmin]

    /// The rule per action: `view` as `scope(for:)` says; `change` only for the platform admin,
    /// never for a research office, not even of its own organisation.
    public static func may(_ action: Action, organisation: UUID, viewer: [Membership]) -> Bool {
        switch action {
        case .view: mayView(organisation: organisation, viewer: viewer)
        case .change: viewer.contains { changesOrganisations.contains($0.role) }
        }
    }
}

/// Who may read which person (name, e-mail, birth year, roles).
public enum PersonAccess {
    /// Roles that read every person (platform admin, programme and integrity officers).
    public static let readsEveryPerson: Set<Role> = [.platformAdmin, .programmeOfficer, .integrityOfficer]

    /// Everything for the roles above; a research office reads only the members of the
    /// organisations it is the research office of; anyone else nothing.
    public static func scope(for viewer: [Membership]) -> DirectoryScope {
        if viewer.contains(where: { readsEveryPerson.contains($0.role) }) { return .everything }
        return .organisations(Set(viewer.filter { $0.role == .researchOffice }.compactMap(\.organisationID)))
    }

    /// `personOrganisations`: the organisations where the person holds any role.
    public static func mayView(personOrganisations: Set<UUID>, viewer: [Membership]) -> Bool {
        scope(for: viewer).contains(anyOf: personOrganisations)
    }
}

extension Organisations {
    /// The organisation, if `viewer` may do `action` with it (`OrganisationAccess.may`); otherwise
    /// it does not exist for them (404), exactly like a missing one.
    public func find(_ id: Organisation.ID, as viewer: Person, for action: OrganisationAccess.Action) async throws -> Organisation {
        guard OrganisationAccess.may(action, organisation: id.rawValue, viewer: viewer.memberships) else { throw DomainError.notFound(entity: "organisation") }
        return try await find(id)
    }
}
