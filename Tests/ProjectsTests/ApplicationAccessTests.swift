import Foundation
@testable import Identity
import KechuangCore
import KechuangTestSupport
import Testing
@testable import Projects

/// Who may do what with an application: a matrix of (role, relation to the application) × action
/// × where the application is, shaped like `AccessPolicyTests`; and the service enforcing it.
@Suite("Application access")
struct ApplicationAccessTests {
    typealias Action = ApplicationAccess.Action
    static let organisation = UUID()
    static let otherInstitution = UUID()
    static let pi = UUID()

    /// Every state is either before the officer or after it reached them.
    static let beforeOfficer: Set<ApplicationState> = [.draft, .submitted, .returned, .withdrawn]

    /// One row of the matrix: a viewer by role and relation, and what they may do before the
    /// application reached the officer and after.
    struct Row: Sendable {
        let name: String
        let viewer: ApplicationAccess.Viewer
        let before: Set<Action>
        let reached: Set<Action>
    }

    static func viewer(_ roles: Set<Role>, id: UUID = UUID(), office: Set<UUID> = []) -> ApplicationAccess.Viewer {
        ApplicationAccess.Viewer(id: id, roles: roles, researchOfficeOf: office)
    }

    static let rows: [Row] = [
        Row(name: "applicant, its PI", viewer: viewer([.applicant], id: pi), before: [.view, .change], reached: [.view, .change]),
        Row(name: "applicant of the same organisation, not its PI", viewer: viewer([.applicant]), before: [], reached: []),
        Row(name: "research office of its organisation", viewer: viewer([.researchOffice], office: [organisation]),
            before: [.view, .decide], reached: [.view, .decide]),
        Row(name: "research office of another institution", viewer: viewer([.researchOffice], office: [otherInstitution]), before: [], reached: []),
        Row(name: "research office of both institutions", viewer: viewer([.researchOffice], office: [organisation, otherInstitution]),
            before: [.view, .decide], reached: [.view, .decide]),
        Row(name: "programme officer", viewer: viewer([.programmeOfficer]), before: [], reached: [.view, .check]),
        Row(name: "platform admin", viewer: viewer([.platformAdmin]), before: [], reached: [.view, .check]),
        Row(name: "programme officer who is the research office of another institution",
            viewer: viewer([.programmeOfficer, .researchOffice], office: [otherInstitution]), before: [], reached: [.view, .check]),
        Row(name: "its PI, also the research office of another institution", viewer: viewer([.applicant, .researchOffice], id: pi, office: [otherInstitution]),
            before: [.view, .change], reached: [.view, .change]),
        Row(name: "reviewer", viewer: viewer([.reviewer]), before: [], reached: []),
        Row(name: "integrity officer", viewer: viewer([.integrityOfficer]), before: [], reached: []),
        Row(name: "department staff", viewer: viewer([.departmentStaff]), before: [], reached: []),
        Row(name: "signed in, no role", viewer: viewer([]), before: [], reached: []),
    ]

    @Test func test_applicationAccessMatrix_roleAndRelationTimesActionTimesState() {
        #expect(Self.beforeOfficer.union(ApplicationState.reachedOfficer) == Set(ApplicationState.allCases), "every state is in one group")
        #expect(Self.beforeOfficer.isDisjoint(with: ApplicationState.reachedOfficer))
        for row in Self.rows {
            for state in ApplicationState.allCases {
                let facts = ApplicationAccess.Facts(state: state, principalInvestigator: Self.pi, organisation: Self.organisation)
                let allowed = Self.beforeOfficer.contains(state) ? row.before : row.reached
                for action in Action.allCases {
                    #expect(ApplicationAccess.may(action, row.viewer, facts) == allowed.contains(action), "\(row.name) × \(state.rawValue) × \(action.rawValue)")
                }
            }
        }
    }

    /// Nobody may act on an application they may not read: every refusal is a 404.
    @Test func test_applicationAccess_everyActionImpliesView() {
        for row in Self.rows {
            for state in ApplicationState.allCases {
                let facts = ApplicationAccess.Facts(state: state, principalInvestigator: Self.pi, organisation: Self.organisation)
                for action in Action.allCases where ApplicationAccess.may(action, row.viewer, facts) {
                    #expect(ApplicationAccess.may(.view, row.viewer, facts), "\(row.name) × \(state.rawValue) × \(action.rawValue)")
                }
            }
        }
    }

    @Test func test_applicationAccessMatrix_coversEveryRole() {
        for role in Role.allCases {
            #expect(Self.rows.contains { $0.viewer.roles == [role] }, "\(role) is in the matrix")
        }
    }

    /// The viewer's facts come from their memberships: a research office membership names the organisation.
    @Test func test_applicationAccess_viewerFactsFromMemberships() {
        let person = Person(id: UUID(), name: "测试", email: "t@example.cn", orcid: nil, residentIDMasked: nil, nationality: "CN", birthYear: nil,
                            disabled: false, memberships: [Membership(organisationID: Self.organisation, role: .researchOffice),
                                                           Membership(organisationID: Self.otherInstitution, role: .applicant)],
                            version: 1, createdAt: Date())
        let viewer = ApplicationAccess.Viewer(person)
        #expect(viewer.researchOfficeOf == [Self.organisation])
        #expect(viewer.roles == [.researchOffice, .applicant])
    }

    @Test func test_researchOffice_of_another_institution_gets_notFound_from_the_service() async throws {
        try await withTestDatabase { t in
            let w = try await ApplicationsTests.world(t)
            let draft = try await w.applications.start(call: w.call.id, principalInvestigator: w.pi, organisation: w.university.id)
            let saved = try await w.applications.save(draft.id, ApplicationsTests.complete, expectedVersion: draft.version, by: w.pi)
            _ = try await w.applications.submit(saved.id, by: w.pi)
            let elsewhere = try await t.person([.researchOffice], organisation: try await t.organisation("他校").id)
            for action in Action.allCases {
                await #expect(throws: DomainError.notFound(entity: "application")) { _ = try await w.applications.find(saved.id, as: elsewhere, for: action) }
            }
            await #expect(throws: DomainError.notFound(entity: "application")) {
                _ = try await w.applications.decide(saved.id, approve: true, comment: nil, by: elsewhere)
            }
            #expect(try await w.applications.list(decidableBy: elsewhere, states: Set(ApplicationState.allCases)).isEmpty)
            #expect(try await w.applications.list(decidableBy: w.office, states: [.submitted]).map(\.id) == [saved.id])
            #expect(try await w.applications.find(saved.id, as: w.office, for: .decide).id == saved.id)
            // Another applicant of the same organisation is not its PI: it does not exist for them either.
            let colleague = try await t.person([.applicant], organisation: w.university.id)
            await #expect(throws: DomainError.notFound(entity: "application")) { _ = try await w.applications.withdraw(saved.id, by: colleague) }
            #expect(try await w.applications.find(saved.id).state == .submitted)
        }
    }

    @Test func test_item8_officerListNeverReturnsApplicationsBeforeTheOfficer_whateverStatesAreAsked() async throws {
        try await withTestDatabase { t in
            let w = try await ApplicationsTests.world(t)
            let draft = try await w.applications.start(call: w.call.id, principalInvestigator: w.pi, organisation: w.university.id)
            let saved = try await w.applications.save(draft.id, ApplicationsTests.complete, expectedVersion: draft.version, by: w.pi)
            _ = try await w.applications.submit(saved.id, by: w.pi)
            #expect(try await w.applications.list(call: w.call.id, states: Set(ApplicationState.allCases)).isEmpty)
            let officer = try await t.person([.programmeOfficer])
            await #expect(throws: DomainError.notFound(entity: "application")) { _ = try await w.applications.find(saved.id, as: officer) }
            #expect(try await w.applications.find(saved.id, as: w.office).id == saved.id)
            _ = try await w.applications.decide(saved.id, approve: true, comment: nil, by: w.office)
            #expect(try await w.applications.list(call: w.call.id, states: Set(ApplicationState.allCases)).map(\.id) == [saved.id])
            #expect(try await w.applications.find(saved.id, as: officer).id == saved.id)
        }
    }
}
