import Foundation
import Identity
import KechuangCore

/// Who may do what with one funded project (object-level access, behind the route's `Action`).
/// Pure: `(viewer facts, project facts) -> Bool` per action. `GrantProjects` applies it
/// (`find(_:as:for:)`, `list(for:)`), and anyone it refuses is told the project does not exist
/// (404), exactly like a missing one. Money, reports and closure use the same predicate.
public enum ProjectAccess {
    public enum Action: String, Sendable, CaseIterable {
        /// Read it: the project page, agreement, money, reports.
        case view
        /// Change it as its principal investigator: the task agreement draft, reports,
        /// expenditure lines, change requests.
        case edit
        /// The institution's decisions (Art. 22): approve the task agreement, reports, budget
        /// adjustments inside a lump sum.
        case approve
        /// The funder's steps: sign the agreement, release tranches, decide changes, acceptance.
        case manage
    }

    /// What the rule needs to know about the viewer.
    public struct Viewer: Sendable, Equatable {
        public var id: UUID
        public var email: String
        public var roles: Set<Role>
        /// The organisations where the viewer is the research office.
        public var researchOfficeOf: Set<UUID>

        public init(id: UUID, email: String, roles: Set<Role>, researchOfficeOf: Set<UUID>) {
            self.id = id
            self.email = email
            self.roles = roles
            self.researchOfficeOf = researchOfficeOf
        }

        public init(_ person: Person) {
            self.init(id: person.id, email: person.email, roles: person.roles,
                      researchOfficeOf: Set(person.memberships.filter { $0.role == .researchOffice }.compactMap(\.organisationID)))
        }
    }

    /// What the rule needs to know about the project.
    public struct Facts: Sendable, Equatable {
        public var principalInvestigator: UUID
        public var organisation: UUID
        /// The team members' e-mail addresses, lower-cased.
        public var teamEmails: Set<String>

        public init(principalInvestigator: UUID, organisation: UUID, teamEmails: Set<String>) {
            self.principalInvestigator = principalInvestigator
            self.organisation = organisation
            self.teamEmails = teamEmails
        }

        public init(_ project: Project) {
            self.init(principalInvestigator: project.principalInvestigatorID, organisation: project.organisationID,
                      teamEmails: Set(project.team.map { $0.email.lowercased() }))
        }
    }

    /// Roles that view and manage every project for the funder.
    public static let officerRoles: Set<Role> = [.programmeOfficer, .platformAdmin]

    /// The rule. The PI views and edits it; team members view it; the research office of the
    /// PI's organisation views it and approves for the institution (never another institution's);
    /// programme officers and the platform admin view and manage it. Nobody else.
    public static func may(_ action: Action, _ viewer: Viewer, _ project: Facts) -> Bool {
        let isPrincipalInvestigator = viewer.id == project.principalInvestigator
        let email = viewer.email.lowercased()
        let isTeamMember = !email.isEmpty && project.teamEmails.contains(email)
        let isResearchOffice = viewer.researchOfficeOf.contains(project.organisation)
        let isOfficer = !viewer.roles.isDisjoint(with: officerRoles)
        switch action {
        case .view: return isPrincipalInvestigator || isTeamMember || isResearchOffice || isOfficer
        case .edit: return isPrincipalInvestigator
        case .approve: return isResearchOffice
        case .manage: return isOfficer
        }
    }

    public static func may(_ action: Action, _ project: Project, as viewer: Person) -> Bool {
        may(action, Viewer(viewer), Facts(project))
    }
}
