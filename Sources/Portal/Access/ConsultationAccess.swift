import Foundation
import Identity

/// Who may do what with a consultation (Art. 58), as pure predicates the services apply.
public enum ConsultationAccess {
    /// The roles that draft, publish, moderate and answer consultations for the government.
    public static let officerRoles: Set<Role> = [.programmeOfficer, .departmentStaff, .platformAdmin]

    public static func isOfficer(_ person: Person?) -> Bool {
        guard let person else { return false }
        return !person.roles.isDisjoint(with: officerRoles)
    }

    /// Drafts are seen by officers only; anything published by everyone.
    public static func mayView(_ consultation: Consultation, _ viewer: Person?) -> Bool {
        consultation.state != .draft || isOfficer(viewer)
    }

    /// The organisations a person may comment on behalf of: those they belong to.
    public static func organisations(of person: Person) -> [(id: UUID, name: String)] {
        var seen = Set<UUID>()
        return person.memberships.compactMap { m in
            guard let id = m.organisationID, seen.insert(id).inserted else { return nil }
            return (id, m.organisationName ?? "")
        }
    }
}
