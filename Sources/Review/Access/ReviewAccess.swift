import FluentKit
import Foundation
import Identity
import KechuangCore

/// Who may do what with one review assignment and the review written for it (object-level
/// access, behind the route's `Action`). Pure: `(viewer facts, review facts) -> Bool` per action.
/// `Reviews` applies it (`invitation(_:for:)`, `otherReviews`, `ownReview`, the expert's steps),
/// and an assignment outside the viewer's reach does not exist for them (404).
public enum ReviewAccess {
    public enum Action: String, Sendable, CaseIterable {
        /// Read the assignment and, once written, its review.
        case view
        /// Accept, decline, write and submit it (the round's state and the assignment's status say when).
        case change
    }

    /// What the rule needs to know about the viewer, in relation to the review's proposal.
    public struct Viewer: Sendable, Equatable {
        public var id: UUID
        public var roles: Set<Role>
        /// Whether the viewer has submitted their own review of the same proposal in the round.
        public var submittedOwnReviewOfProposal: Bool

        public init(id: UUID, roles: Set<Role>, submittedOwnReviewOfProposal: Bool) {
            self.id = id
            self.roles = roles
            self.submittedOwnReviewOfProposal = submittedOwnReviewOfProposal
        }

        public init(_ person: Person, submittedOwnReviewOfProposal: Bool) {
            self.init(id: person.id, roles: person.roles, submittedOwnReviewOfProposal: submittedOwnReviewOfProposal)
        }
    }

    /// What the rule needs to know about the assignment.
    public struct Facts: Sendable, Equatable {
        /// The expert assigned.
        public var expert: UUID
        /// Whether the round is published (before that, experts do not see their assignments).
        public var roundPublished: Bool
        /// Whether the expert submitted the review.
        public var submitted: Bool

        public init(expert: UUID, roundPublished: Bool, submitted: Bool) {
            self.expert = expert
            self.roundPublished = roundPublished
            self.submitted = submitted
        }
    }

    /// Roles that read every review (the ranking is built from them).
    public static let officerRoles: Set<Role> = [.programmeOfficer, .platformAdmin]

    /// The rule: the assigned expert reads their assignment once the round is published and is the
    /// only one who changes it; another expert of the same proposal reads a submitted review only
    /// after submitting their own (Art. 29: independent judgements first); officers read them all.
    public static func may(_ action: Action, _ viewer: Viewer, _ review: Facts) -> Bool {
        let assigned = viewer.id == review.expert
        switch action {
        case .view:
            if !viewer.roles.isDisjoint(with: officerRoles) { return true }
            guard review.roundPublished else { return false }
            return assigned || (review.submitted && viewer.submittedOwnReviewOfProposal)
        case .change:
            return assigned
        }
    }
}

extension Reviews {
    /// The rule's facts about an assignment: its expert, its round's state, whether it is submitted.
    func facts(_ row: AssignmentRecord, on db: any Database) async throws -> ReviewAccess.Facts {
        let round = try await RoundRecord.find(row.roundID, on: db)
        return ReviewAccess.Facts(expert: row.expertID, roundPublished: round?.state == RoundState.published.rawValue,
                                  submitted: row.status == AssignmentStatus.submitted.rawValue)
    }

    /// The assignment, if `viewer` may do every one of `actions` with it (`ReviewAccess`);
    /// otherwise it does not exist for them (404), exactly like a missing one.
    func assignment(_ id: UUID, as viewer: Person, for actions: Set<ReviewAccess.Action>, on db: any Database) async throws -> AssignmentRecord {
        guard let row = try await AssignmentRecord.find(id, on: db) else { throw DomainError.notFound(entity: "assignment") }
        let facts = try await facts(row, on: db)
        let subject = ReviewAccess.Viewer(viewer, submittedOwnReviewOfProposal: false)
        guard actions.allSatisfy({ ReviewAccess.may($0, subject, facts) }) else { throw DomainError.notFound(entity: "assignment") }
        return row
    }
}
