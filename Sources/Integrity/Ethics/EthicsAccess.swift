import Foundation
import Identity

/// Who may see or change the ethics registry (Art. 61). Pure predicates.
///
/// - Committees (name, institution, registration, scopes, members' names and expertise) are public.
/// - An institution's research office registers its own committees and their decisions; integrity
///   officers and the platform administrator do so for any institution.
/// - Decisions (project titles) are seen by the committee's institution's research office, integrity
///   and programme officers and the administrator; applicants meet them only through the check.
public enum EthicsAccess {
    public enum Action: Sendable { case view, change }

    public struct Viewer: Sendable {
        public let roles: Set<Role>
        public let officeOf: Set<UUID>

        public init(_ person: Person) {
            roles = person.roles
            officeOf = Set(person.memberships.filter { $0.role == .researchOffice }.compactMap(\.organisationID))
        }

        public init(roles: Set<Role>, officeOf: Set<UUID>) {
            self.roles = roles
            self.officeOf = officeOf
        }
    }

    /// Registering a committee, or a decision of a committee, of `organisation`.
    public static func mayManage(_ viewer: Viewer, organisation: UUID) -> Bool {
        !viewer.roles.isDisjoint(with: [.integrityOfficer, .platformAdmin]) || viewer.officeOf.contains(organisation)
    }

    /// A decision of a committee of `organisation`.
    public static func may(_ action: Action, _ viewer: Viewer, approvalOf organisation: UUID) -> Bool {
        switch action {
        case .change: mayManage(viewer, organisation: organisation)
        case .view: mayManage(viewer, organisation: organisation) || viewer.roles.contains(.programmeOfficer)
        }
    }
}
