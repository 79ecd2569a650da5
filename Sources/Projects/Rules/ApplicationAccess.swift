import Foundation
import Identity
import KechuangCore

/// Who may do what with one application (object-level access, behind the route's `Action`).
/// Pure: `(viewer facts, application facts) -> Bool` per action. The `Applications` service
/// applies it (`find(_:as:for:)`, `list(decidableBy:states:)`, the PI's steps), and anyone it
/// refuses is told the application does not exist (404), exactly like a missing one, so its
/// existence is not leaked. When a step may be taken is `ApplicationWorkflow`'s business, not this.
public enum ApplicationAccess {
    public enum Action: String, Sendable, CaseIterable {
        /// Read it: its text, attachments and self-check.
        case view
        /// Change it as its principal investigator: the draft, attachments, submission, withdrawal.
        case change
        /// The institution's sign-off (Art. 22): approve or return it.
        case decide
        /// The programme officer's formal check and funding decision.
        case check
    }

    /// What the rule needs to know about the viewer.
    public struct Viewer: Sendable, Equatable {
        public var id: UUID
        public var roles: Set<Role>
        /// The organisations where the viewer is the research office.
        public var researchOfficeOf: Set<UUID>

        public init(id: UUID, roles: Set<Role>, researchOfficeOf: Set<UUID>) {
            self.id = id
            self.roles = roles
            self.researchOfficeOf = researchOfficeOf
        }

        public init(_ person: Person) {
            self.init(id: person.id, roles: person.roles,
                      researchOfficeOf: Set(person.memberships.filter { $0.role == .researchOffice }.compactMap(\.organisationID)))
        }
    }

    /// What the rule needs to know about the application.
    public struct Facts: Sendable, Equatable {
        public var state: ApplicationState
        public var principalInvestigator: UUID
        public var organisation: UUID

        public init(state: ApplicationState, principalInvestigator: UUID, organisation: UUID) {
            self.state = state
            self.principalInvestigator = principalInvestigator
            self.organisation = organisation
        }

        public init(_ application: GrantApplication) {
            self.init(state: application.state, principalInvestigator: application.principalInvestigatorID, organisation: application.organisationID)
        }
    }

    /// Roles that read and check applications as the programme officer.
    public static let officerRoles: Set<Role> = [.programmeOfficer, .platformAdmin]

    /// The rule. Its PI reads and changes it; a research office of its organisation reads it and
    /// decides on it (never another institution's); an officer reads and checks it once it reached
    /// them. Nobody else, whatever their roles.
    public static func may(_ action: Action, _ viewer: Viewer, _ application: Facts) -> Bool {
        let isPrincipalInvestigator = viewer.id == application.principalInvestigator
        let isResearchOffice = viewer.researchOfficeOf.contains(application.organisation)
        let isOfficer = !viewer.roles.isDisjoint(with: officerRoles) && reachedOfficer(application.state)
        switch action {
        case .view: return isPrincipalInvestigator || isResearchOffice || isOfficer
        case .change: return isPrincipalInvestigator
        case .decide: return isResearchOffice
        case .check: return isOfficer
        }
    }

    public static func may(_ action: Action, _ application: GrantApplication, as viewer: Person) -> Bool {
        may(action, Viewer(viewer), Facts(application))
    }

    /// Whether the application has reached the programme officer (`ApplicationWorkflow`: the
    /// research office approved it; everything after that). Drafts, submitted, returned and
    /// withdrawn applications never reached the officer and are not shown to them.
    public static func reachedOfficer(_ state: ApplicationState) -> Bool {
        ApplicationState.reachedOfficer.contains(state)
    }

    /// The officer's view (formal check, side by side, funding): only applications that reached them.
    public static func officerMayView(_ state: ApplicationState) -> Bool { reachedOfficer(state) }
}

extension Applications {
    /// The application, if `viewer` may do `action` with it (`ApplicationAccess.may`); otherwise
    /// it does not exist for them (404), exactly like a missing one.
    public func find(_ id: GrantApplication.ID, as viewer: Person, for action: ApplicationAccess.Action = .view) async throws -> GrantApplication {
        let id = id.rawValue
        let application = try await Self.find(id, on: db)
        guard ApplicationAccess.may(action, application, as: viewer) else { throw DomainError.notFound(entity: "application") }
        return application
    }

    /// The applications in these states that `viewer` decides on as a research office: those of
    /// its own institutions only (`ApplicationAccess.may(.decide, …)`).
    public func list(decidableBy viewer: Person, states: Set<ApplicationState>) async throws -> [GrantApplication] {
        let facts = ApplicationAccess.Viewer(viewer)
        return try await list(organisations: facts.researchOfficeOf.sorted { $0.uuidString < $1.uuidString }, states: states)
            .filter { ApplicationAccess.may(.decide, facts, ApplicationAccess.Facts($0)) }
    }
}
