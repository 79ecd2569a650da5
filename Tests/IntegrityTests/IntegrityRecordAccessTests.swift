import Foundation
@testable import Identity
import Testing
@testable import Integrity

/// Who may do what with an integrity record: a matrix of (role, relation to the record) × action
/// × where the record is (draft, decided, published within or outside its period, revoked,
/// repaired), shaped like `AccessPolicyTests`.
@Suite("Integrity record access")
struct IntegrityRecordAccessTests {
    typealias Action = IntegrityRecordAccess.Action
    static let person = UUID()
    static let organisation = UUID()

    /// The record's situations: its state and whether it is public now.
    enum Situation: String, CaseIterable {
        case draft, decided, publishedInPeriod, publishedOutsidePeriod, revoked, repaired

        var facts: (state: IntegrityRecordState, publicNow: Bool) {
            switch self {
            case .draft: (.draft, false)
            case .decided: (.decided, false)
            case .publishedInPeriod: (.published, true)
            case .publishedOutsidePeriod: (.published, false)
            case .revoked: (.revoked, false)
            case .repaired: (.repaired, false)
            }
        }
    }

    struct Row: Sendable {
        let name: String
        let viewer: IntegrityRecordAccess.Viewer
        /// The record's subject in this row.
        let subject: IntegritySubject
        let allowed: @Sendable (Situation) -> Set<Action>
    }

    static func viewer(_ roles: Set<Role>, speaksFor: Set<IntegritySubject> = []) -> IntegrityRecordAccess.Viewer {
        IntegrityRecordAccess.Viewer(roles: roles, speaksFor: speaksFor)
    }

    /// The public sees a record only while it is published within its period.
    static let publicOnly: @Sendable (Situation) -> Set<Action> = { $0 == .publishedInPeriod ? [.view] : [] }
    /// The subject sees and appeals every decided record, never a draft.
    static let subjectRights: @Sendable (Situation) -> Set<Action> = { $0 == .draft ? [] : [.view, .appeal] }

    static let rows: [Row] = [
        Row(name: "integrity officer", viewer: viewer([.integrityOfficer]), subject: .person(person)) { _ in [.view, .change] },
        Row(name: "platform admin", viewer: viewer([.platformAdmin]), subject: .person(person)) { _ in [.view, .change] },
        Row(name: "applicant, the person it is about", viewer: viewer([.applicant], speaksFor: [.person(person)]), subject: .person(person),
            allowed: subjectRights),
        Row(name: "applicant, another person", viewer: viewer([.applicant], speaksFor: [.person(UUID())]), subject: .person(person), allowed: publicOnly),
        Row(name: "research office of the organisation it is about", viewer: viewer([.researchOffice], speaksFor: [.organisation(organisation)]),
            subject: .organisation(organisation), allowed: subjectRights),
        Row(name: "research office of another organisation", viewer: viewer([.researchOffice], speaksFor: [.organisation(UUID())]),
            subject: .organisation(organisation), allowed: publicOnly),
        Row(name: "research office of the organisation of a person it is about", viewer: viewer([.researchOffice], speaksFor: [.organisation(organisation)]),
            subject: .person(person), allowed: publicOnly),
        Row(name: "integrity officer, the person it is about", viewer: viewer([.integrityOfficer], speaksFor: [.person(person)]), subject: .person(person)) {
            $0 == .draft ? [.view, .change] : [.view, .change, .appeal]
        },
        Row(name: "programme officer", viewer: viewer([.programmeOfficer]), subject: .person(person), allowed: publicOnly),
        Row(name: "reviewer", viewer: viewer([.reviewer]), subject: .person(person), allowed: publicOnly),
        Row(name: "department staff", viewer: viewer([.departmentStaff]), subject: .person(person), allowed: publicOnly),
        Row(name: "research office", viewer: viewer([.researchOffice]), subject: .person(person), allowed: publicOnly),
        Row(name: "anonymous", viewer: .anonymous, subject: .person(person), allowed: publicOnly),
    ]

    @Test func test_integrityRecordAccessMatrix_officersAll_subjectDecided_publicPublishedInPeriod() {
        for row in Self.rows {
            for situation in Situation.allCases {
                let (state, publicNow) = situation.facts
                let facts = IntegrityRecordAccess.Facts(state: state, subject: row.subject, publicNow: publicNow)
                let allowed = row.allowed(situation)
                for action in Action.allCases {
                    #expect(IntegrityRecordAccess.may(action, row.viewer, facts) == allowed.contains(action),
                            "\(row.name) × \(situation.rawValue) × \(action.rawValue)")
                }
            }
        }
    }

    @Test func test_integrityRecordAccessMatrix_coversEveryRole() {
        for role in Role.allCases {
            #expect(Self.rows.contains { $0.viewer.roles == [role] }, "\(role) is in the matrix")
        }
    }

    /// The viewer's facts: whom a person speaks for is themself and the organisations where they
    /// are the research office (not where they are an applicant).
    @Test func test_integrityRecordAccess_viewerSpeaksForThemselfAndTheirResearchOffices() {
        let id = UUID(), office = UUID(), employer = UUID()
        let person = Person(id: id, name: "测试", email: "t@example.cn", orcid: nil, residentIDMasked: nil, nationality: "CN", birthYear: nil,
                            disabled: false, memberships: [Membership(organisationID: office, role: .researchOffice),
                                                           Membership(organisationID: employer, role: .applicant)],
                            version: 1, createdAt: Date())
        #expect(IntegrityRecordAccess.Viewer(person).speaksFor == [.person(id), .organisation(office)])
        #expect(IntegrityRecordAccess.Viewer(nil) == .anonymous)
    }
}
