import Foundation
import Identity
import Testing
@testable import Review

/// Who may do what with one review assignment and its review: a matrix of (role, relation to the
/// review) × action × (round published, review submitted).
@Suite("Review access")
struct ReviewAccessTests {
    typealias Action = ReviewAccess.Action
    static let expert = UUID()

    struct Row: Sendable {
        let name: String
        let viewer: ReviewAccess.Viewer
        /// What the viewer may do, given (round published, review submitted).
        let allowed: @Sendable (_ published: Bool, _ submitted: Bool) -> Set<Action>
    }

    static func viewer(_ roles: Set<Role>, id: UUID = UUID(), submittedOwn: Bool = false) -> ReviewAccess.Viewer {
        ReviewAccess.Viewer(id: id, roles: roles, submittedOwnReviewOfProposal: submittedOwn)
    }

    static let rows: [Row] = [
        Row(name: "reviewer, the assigned expert", viewer: viewer([.reviewer], id: expert)) { published, _ in published ? [.view, .change] : [.change] },
        Row(name: "reviewer of the same proposal who submitted their own", viewer: viewer([.reviewer], submittedOwn: true)) { published, submitted in
            published && submitted ? [.view] : []
        },
        Row(name: "reviewer of the same proposal who has not submitted yet", viewer: viewer([.reviewer])) { _, _ in [] },
        Row(name: "programme officer", viewer: viewer([.programmeOfficer])) { _, _ in [.view] },
        Row(name: "platform admin", viewer: viewer([.platformAdmin])) { _, _ in [.view] },
        Row(name: "applicant", viewer: viewer([.applicant])) { _, _ in [] },
        Row(name: "research office", viewer: viewer([.researchOffice])) { _, _ in [] },
        Row(name: "integrity officer", viewer: viewer([.integrityOfficer])) { _, _ in [] },
        Row(name: "department staff", viewer: viewer([.departmentStaff])) { _, _ in [] },
        Row(name: "signed in, no role", viewer: viewer([])) { _, _ in [] },
    ]

    @Test func test_reviewAccessMatrix_otherReviewsOnlyAfterSubmittingOnesOwn() {
        for row in Self.rows {
            for published in [false, true] {
                for submitted in [false, true] {
                    let facts = ReviewAccess.Facts(expert: Self.expert, roundPublished: published, submitted: submitted)
                    let allowed = row.allowed(published, submitted)
                    for action in Action.allCases {
                        #expect(ReviewAccess.may(action, row.viewer, facts) == allowed.contains(action),
                                "\(row.name) × published \(published) × submitted \(submitted) × \(action.rawValue)")
                    }
                }
            }
        }
    }

    @Test func test_reviewAccessMatrix_coversEveryRole() {
        for role in Role.allCases {
            #expect(Self.rows.contains { $0.viewer.roles == [role] }, "\(role) is in the matrix")
        }
    }
}
