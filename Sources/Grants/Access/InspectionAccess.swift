import Foundation
import Identity
import KechuangCore

/// Who may see or add to which entry of the one inspection plan (Art. 50(3)). Pure: the viewer's
/// roles and research-office organisations against the entry's institution.
public enum InspectionAccess {
    public enum Action: String, Sendable, CaseIterable {
        /// Read the entry and its findings.
        case view
        /// Enter an inspection, record findings.
        case change
    }

    /// The roles that stand for the inspecting bodies on the platform: the S&T department's
    /// programme officers and staff (who also enter for the finance bureau, the audit office and
    /// superior bodies), integrity officers, and the platform administrator. Every one of them
    /// reads every entry and its findings — that is what "shared" means.
    public static let bodyRoles: Set<Role> = [.programmeOfficer, .departmentStaff, .integrityOfficer, .platformAdmin]

    public struct Viewer: Sendable, Equatable {
        public var roles: Set<Role>
        /// Organisations where the viewer is the research office.
        public var researchOfficeOf: Set<UUID>

        public init(roles: Set<Role>, researchOfficeOf: Set<UUID>) {
            self.roles = roles
            self.researchOfficeOf = researchOfficeOf
        }

        public init(_ person: Person) {
            self.init(roles: person.roles,
                      researchOfficeOf: Set(person.memberships.filter { $0.role == .researchOffice }.compactMap(\.organisationID)))
        }

        public var isBody: Bool { !roles.isDisjoint(with: InspectionAccess.bodyRoles) }
    }

    /// Bodies read and change every entry; the research office of the institution concerned reads
    /// the entries on its plan (never changes them).
    public static func may(_ action: Action, _ viewer: Viewer, organisation: UUID) -> Bool {
        switch action {
        case .view: viewer.isBody || viewer.researchOfficeOf.contains(organisation)
        case .change: viewer.isBody
        }
    }
}
