import Identity
import Testing

/// The access policy is a pure table: deny by default, anonymous visitors asked to sign in.
@Suite("Access policy")
struct AccessPolicyTests {
    static let publicActions: [Action] = [.viewHome, .signIn, .viewHealth, .viewMetrics, .viewAPIDocument]
    static let signedInActions: [Action] = [.signOut, .viewDashboard, .viewOwnProfile, .editOwnProfile, .manageOwnTokens]
    static let roleActions: [Action] = [.viewOrganisations, .manageOrganisations, .viewPeople, .managePeople, .viewAuditLog]

    /// Deny by default: every action has a requirement, and one that asks for roles names at least one.
    @Test(arguments: Action.allCases)
    func test_policy_everyActionHasARequirementThatSomeoneCanMeet(action: Action) {
        switch AccessPolicy.requirement(for: action) {
        case .anyone, .signedIn:
            #expect(AccessPolicy.decide(action, roles: []) == .allow)
        case .anyRole(let roles):
            #expect(!roles.isEmpty, "\(action) requires a role, so at least one role must allow it")
            #expect(AccessPolicy.decide(action, roles: roles) == .allow)
            #expect(AccessPolicy.decide(action, roles: []) == .deny)
        }
    }

    @Test(arguments: publicActions)
    func test_policy_publicActionsAreOpenToEveryone(action: Action) {
        #expect(AccessPolicy.requirement(for: action) == .anyone)
        #expect(AccessPolicy.decide(action, roles: nil) == .allow)
        #expect(AccessPolicy.decide(action, roles: []) == .allow)
    }

    @Test(arguments: signedInActions)
    func test_policy_signedInActionsAskAnonymousVisitorsToSignIn(action: Action) {
        #expect(AccessPolicy.requirement(for: action) == .signedIn)
        #expect(AccessPolicy.decide(action, roles: nil) == .needsSignIn)
        #expect(AccessPolicy.decide(action, roles: []) == .allow, "a person with no role may still use their own account")
        #expect(AccessPolicy.decide(action, roles: [.applicant]) == .allow)
    }

    @Test(arguments: roleActions)
    func test_policy_roleActionsAskAnonymousVisitorsToSignInAndDenyPeopleWithoutRoles(action: Action) {
        #expect(AccessPolicy.decide(action, roles: nil) == .needsSignIn)
        #expect(AccessPolicy.decide(action, roles: []) == .deny)
    }

    @Test func test_policy_viewAuditLogAllowedForPlatformAdminAndIntegrityOfficerOnly() {
        let allowed = Set(Role.allCases.filter { AccessPolicy.decide(.viewAuditLog, roles: [$0]) == .allow })
        #expect(allowed == [.platformAdmin, .integrityOfficer])
    }

    @Test func test_policy_managingOrganisationsAndPeopleIsForPlatformAdminsOnly() {
        for action in [Action.manageOrganisations, .managePeople] {
            let allowed = Set(Role.allCases.filter { AccessPolicy.decide(action, roles: [$0]) == .allow })
            #expect(allowed == [.platformAdmin], "\(action)")
        }
    }

    @Test func test_policy_applicantsAndReviewersCannotBrowseOrganisationsOrPeople() {
        for role in [Role.applicant, .reviewer] {
            #expect(AccessPolicy.decide(.viewOrganisations, roles: [role]) == .deny)
            #expect(AccessPolicy.decide(.viewPeople, roles: [role]) == .deny)
            #expect(AccessPolicy.decide(.viewAuditLog, roles: [role]) == .deny)
        }
    }

    @Test func test_policy_departmentStaffMayViewOrganisationsButNotPeople() {
        #expect(AccessPolicy.decide(.viewOrganisations, roles: [.departmentStaff]) == .allow)
        #expect(AccessPolicy.decide(.viewPeople, roles: [.departmentStaff]) == .deny)
    }

    @Test func test_policy_oneQualifyingRoleAmongSeveralIsEnough() {
        #expect(AccessPolicy.decide(.viewAuditLog, roles: [.applicant, .reviewer, .integrityOfficer]) == .allow)
        #expect(AccessPolicy.decide(.managePeople, roles: [.applicant, .reviewer, .integrityOfficer]) == .deny)
    }

    @Test func test_policy_platformAdminMayDoEverything() {
        for action in Action.allCases {
            #expect(AccessPolicy.decide(action, roles: [.platformAdmin]) == .allow, "\(action)")
        }
    }

    @Test func test_policy_anonymousIsNeverDeniedOutrightOnlyAskedToSignIn() {
        for action in Action.allCases {
            #expect(AccessPolicy.decide(action, roles: nil) != .deny, "\(action)")
        }
    }
}
