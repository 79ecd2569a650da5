import Foundation
import Identity
import KechuangCore

/// Who may read an application (object-level access, behind the route's `Action`). Pure: the
/// `Applications` service applies it, and anyone it refuses is told the application does not
/// exist (404), so existence is not leaked.
public enum ApplicationAccess {
    /// Whether the application has reached the programme officer (`ApplicationWorkflow`: the
    /// research office approved it; everything after that). Drafts, submitted, returned and
    /// withdrawn applications never reached the officer and are not shown to them.
    public static func reachedOfficer(_ state: ApplicationState) -> Bool {
        ApplicationState.reachedOfficer.contains(state)
    }

    /// Whether `viewer` holds a role that reads applications as the programme officer.
    public static func isOfficer(_ viewer: Person) -> Bool {
        !viewer.roles.isDisjoint(with: [.programmeOfficer, .platformAdmin])
    }

    /// The officer's view (formal check, side by side, funding): only applications that reached them.
    public static func officerMayView(_ state: ApplicationState) -> Bool { reachedOfficer(state) }

    /// Its principal investigator, a research office of its organisation, or an officer once it
    /// reached them.
    public static func mayView(_ application: GrantApplication, as viewer: Person) -> Bool {
        mayView(state: application.state, principalInvestigator: application.principalInvestigatorID,
                organisation: application.organisationID, as: viewer)
    }

    public static func mayView(state: ApplicationState, principalInvestigator: UUID, organisation: UUID, as viewer: Person) -> Bool {
        if principalInvestigator == viewer.id { return true }
        if viewer.memberships.contains(where: { $0.role == .researchOffice && $0.organisationID == organisation }) { return true }
        return isOfficer(viewer) && officerMayView(state)
    }
}

extension Applications {
    /// The application, if `viewer` may read it (`ApplicationAccess.mayView`); otherwise it does
    /// not exist for them.
    public func find(_ id: UUID, as viewer: Person) async throws -> GrantApplication {
        let application = try await Self.find(id, on: db)
        guard ApplicationAccess.mayView(application, as: viewer) else { throw DomainError.notFound(entity: "application") }
        return application
    }
}
