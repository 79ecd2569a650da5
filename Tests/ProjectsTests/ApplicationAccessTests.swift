import Foundation
@testable import Identity
import KechuangCore
import KechuangTestSupport
import Testing
@testable import Projects

/// Who may read an application (issue #11, item 8): viewer × state, and the officer's lists.
@Suite("Application access")
struct ApplicationAccessTests {
    static let organisation = UUID()
    static let pi = UUID()

    static func person(_ memberships: [Membership], id: UUID = UUID()) -> Person {
        Person(id: id, name: "测试", email: "t@example.cn", orcid: nil, residentIDMasked: nil, nationality: "CN", birthYear: nil,
               disabled: false, memberships: memberships, version: 1, createdAt: Date())
    }

    @Test func test_item8_applicationAccessMatrix_officerSeesOnlyWhatReachedThem() {
        let viewers: [String: Person] = [
            "PI": Self.person([Membership(organisationID: Self.organisation, role: .applicant)], id: Self.pi),
            "research office of the organisation": Self.person([Membership(organisationID: Self.organisation, role: .researchOffice)]),
            "research office elsewhere": Self.person([Membership(organisationID: UUID(), role: .researchOffice)]),
            "programme officer": Self.person([Membership(organisationID: nil, role: .programmeOfficer)]),
            "platform admin": Self.person([Membership(organisationID: nil, role: .platformAdmin)]),
            "reviewer": Self.person([Membership(organisationID: nil, role: .reviewer)]),
            "another applicant": Self.person([Membership(organisationID: Self.organisation, role: .applicant)]),
        ]
        let beforeOfficer: Set<ApplicationState> = [.draft, .submitted, .returned, .withdrawn]
        #expect(beforeOfficer.union(ApplicationState.reachedOfficer) == Set(ApplicationState.allCases), "every state is in one group")
        for (name, viewer) in viewers {
            for state in ApplicationState.allCases {
                let expected: Bool = switch name {
                case "PI", "research office of the organisation": true
                case "programme officer", "platform admin": !beforeOfficer.contains(state)
                default: false
                }
                #expect(ApplicationAccess.mayView(state: state, principalInvestigator: Self.pi, organisation: Self.organisation, as: viewer) == expected,
                        "\(name) × \(state.rawValue)")
            }
        }
    }

    @Test func test_item8_officerListNeverReturnsApplicationsBeforeTheOfficer_whateverStatesAreAsked() async throws {
        try await withTestApp { t in
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
