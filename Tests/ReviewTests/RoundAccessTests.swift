import Foundation
import Identity
import Testing
@testable import Review

/// Who may do what with a call's review round: a matrix of (role) × action × round state, shaped
/// like `AccessPolicyTests`.
@Suite("Review round access")
struct RoundAccessTests {
    typealias Action = RoundAccess.Action

    /// role → what it may do with a round that is not published / that is published.
    static let rows: [(name: String, viewer: RoundAccess.Viewer, unpublished: Set<Action>, published: Set<Action>)] = [
        ("programme officer", .init(roles: [.programmeOfficer]), [.view, .change], [.view, .change, .viewReport]),
        ("platform admin", .init(roles: [.platformAdmin]), [.view, .change], [.view, .change, .viewReport]),
        ("applicant", .init(roles: [.applicant]), [], [.viewReport]),
        ("research office", .init(roles: [.researchOffice]), [], [.viewReport]),
        ("reviewer", .init(roles: [.reviewer]), [], [.viewReport]),
        ("integrity officer", .init(roles: [.integrityOfficer]), [], [.viewReport]),
        ("department staff", .init(roles: [.departmentStaff]), [], [.viewReport]),
        ("reviewer who is also a programme officer", .init(roles: [.reviewer, .programmeOfficer]), [.view, .change], [.view, .change, .viewReport]),
        ("anonymous", .anonymous, [], [.viewReport]),
    ]

    @Test func test_roundAccessMatrix_officersManage_reportIsPublicOnceThePublishedRoundHasOne() {
        for row in Self.rows {
            for state in RoundState.allCases {
                let facts = RoundAccess.Facts(state: state, hasReport: state != .draft)
                let allowed = state == .published ? row.published : row.unpublished
                for action in Action.allCases {
                    #expect(RoundAccess.may(action, row.viewer, facts) == allowed.contains(action), "\(row.name) × \(state.rawValue) × \(action.rawValue)")
                }
            }
        }
    }

    @Test func test_roundAccess_noReportWithoutOne_evenPublished() {
        for row in Self.rows {
            #expect(!RoundAccess.may(.viewReport, row.viewer, RoundAccess.Facts(state: .published, hasReport: false)), "\(row.name)")
        }
    }

    @Test func test_roundAccessMatrix_coversEveryRole() {
        for role in Role.allCases {
            #expect(Self.rows.contains { $0.viewer.roles == [role] }, "\(role) is in the matrix")
        }
    }
}
