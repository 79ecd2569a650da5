import Foundation
import Identity
import KechuangCore

/// Who may do what with scenario batches, solutions, pilots and certification applications
/// (object-level access, behind the route's `Action`). Pure.
///
/// - A batch: the department staff of its publishing department (or the platform admin) manage it;
///   everyone reads it once published.
/// - A solution: its submitter and the people of the submitting organisation, the managing
///   department, the experts on its panel and the admin view it; anyone else: it does not exist.
///   The public sees a selected solution's pilot once published.
/// - Submitting for an organisation: a person holding a role there (applicant or research office).
/// - Certification (Art. 34): department staff, programme officers and the admin manage
///   applications; the applicant organisation's people and the panel's experts view theirs.
public enum MarketAccess {
    public struct Viewer: Sendable, Equatable {
        public var personID: UUID?
        public var roles: Set<Role>
        /// Organisations where the viewer is department staff.
        public var staffOf: Set<UUID>
        /// Organisations where the viewer may act for the organisation (applicant or research office).
        public var actsFor: Set<UUID>

        public init(personID: UUID?, roles: Set<Role>, staffOf: Set<UUID> = [], actsFor: Set<UUID> = []) {
            self.personID = personID
            self.roles = roles
            self.staffOf = staffOf
            self.actsFor = actsFor
        }

        public init(_ person: Person?) {
            let memberships = person?.memberships ?? []
            self.init(personID: person?.id, roles: person?.roles ?? [],
                      staffOf: Set(memberships.filter { $0.role == .departmentStaff }.compactMap(\.organisationID)),
                      actsFor: Set(memberships.filter { [.applicant, .researchOffice].contains($0.role) }.compactMap(\.organisationID)))
        }

        var isAdmin: Bool { roles.contains(.platformAdmin) }
    }

    public static func mayManageBatch(_ viewer: Viewer, department: UUID) -> Bool {
        viewer.isAdmin || viewer.staffOf.contains(department)
    }

    public static func mayViewBatch(_ viewer: Viewer, department: UUID, isPublic: Bool) -> Bool {
        isPublic || mayManageBatch(viewer, department: department)
    }

    public static func maySubmit(_ viewer: Viewer, for organisation: UUID) -> Bool {
        viewer.actsFor.contains(organisation)
    }

    public static func mayViewSolution(_ viewer: Viewer, submitter: UUID, organisation: UUID, department: UUID, onPanel: Bool) -> Bool {
        viewer.personID == submitter || viewer.actsFor.contains(organisation) || mayManageBatch(viewer, department: department) || onPanel
    }

    public static func mayManageCertification(_ viewer: Viewer) -> Bool {
        viewer.isAdmin || viewer.roles.contains(.departmentStaff) || viewer.roles.contains(.programmeOfficer)
    }

    public static func mayViewCertification(_ viewer: Viewer, applicant: UUID, organisation: UUID, onPanel: Bool) -> Bool {
        viewer.personID == applicant || viewer.actsFor.contains(organisation) || mayManageCertification(viewer) || onPanel
    }
}
