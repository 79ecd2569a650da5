import Foundation
import Projects
import Review
import Vapor

// The review API's JSON shapes (snake_case, as `ReviewAPI+OpenAPI.swift` describes them).

/// A call's review round as the officer sees it: parameters, assignments, exclusions, progress.
struct ReviewRoundJSON: Content {
    struct Assignment: Content {
        let id: UUID
        let application_id: UUID
        let expert_id: UUID
        let affinity: Int
        let status: String
        let source: String
    }

    struct ExclusionJSON: Content {
        let application_id: UUID
        let expert_id: UUID
        let reason: String
        let detail: String
        let by_officer: Bool
    }

    let id: UUID
    let call_id: UUID
    let state: String
    let reviewers_per_proposal: Int
    let min_load: Int
    let max_load: Int
    let deadline: Date
    let fair: Bool
    let seed: Int
    let objective: Int?
    let assignments: [Assignment]
    let exclusions: [ExclusionJSON]
    let progress: [String: Int]
    let version: Int
    let article: String

    init(_ r: ReviewRound, assignments: [ReviewAssignment], exclusions: [Exclusion], progress: [AssignmentStatus: Int]) {
        id = r.id.rawValue; call_id = r.callID; state = r.state.rawValue; reviewers_per_proposal = r.reviewersPerProposal
        min_load = r.minLoad; max_load = r.maxLoad; deadline = r.deadline; fair = r.fair; seed = r.seed; objective = r.report?.objective
        self.assignments = assignments.map {
            Assignment(id: $0.id, application_id: $0.applicationID, expert_id: $0.expertID, affinity: $0.affinity, status: $0.status.rawValue, source: $0.source.rawValue)
        }
        self.exclusions = exclusions.map {
            ExclusionJSON(application_id: $0.applicationID, expert_id: $0.expertID, reason: $0.reason.rawValue, detail: $0.detail, by_officer: $0.byOfficer)
        }
        self.progress = Dictionary(uniqueKeysWithValues: progress.map { ($0.key.rawValue, $0.value) })
        version = r.version
        article = "29"
    }
}

struct RankingRowJSON: Content {
    let application_id: UUID
    let title: String
    let budget: Int
    let reviews: Int
    /// Mean of the weighted review totals (0–100); null without reviews.
    let mean: Double?
    let spread: Double?
    let outliers: [Double]
    let above_cutoff: Bool
    let state: String

    init(_ r: RankingRow) {
        application_id = r.applicationID; title = r.title; budget = r.budget; reviews = r.reviews
        mean = r.reviews > 0 ? r.mean : nil
        spread = r.reviews > 1 ? r.spread : nil
        outliers = r.outliers; above_cutoff = r.aboveCutoff; state = r.state
    }
}

struct InvitationJSON: Content {
    let id: UUID
    let application_id: UUID
    let call_title: String
    let title: String
    let status: String
    let deadline: Date
    let needs_reminder: Bool

    init(_ i: Reviews.Invitation) {
        id = i.assignment.id; application_id = i.application.id.rawValue; call_title = i.callTitle; title = i.application.titleZh
        status = i.assignment.status.rawValue; deadline = i.round.deadline; needs_reminder = i.needsReminder
    }
}

struct SubmittedReviewJSON: Content {
    let assignment_id: UUID
    let application_id: UUID
    let scores: [String: Int]
    /// Weighted total, 0–100.
    let total: Double
    let comment: String
    let language: String
    let submitted_at: Date

    init(_ r: SubmittedReview) {
        assignment_id = r.assignmentID; application_id = r.applicationID; scores = r.scores; total = r.total
        comment = r.comment; language = r.language; submitted_at = r.submittedAt
    }
}

/// A call's published assignment report (Art. 29): what anyone needs to re-run the assignment.
struct AssignmentReportJSON: Content {
    let inputs_sha256: String
    let proposals: Int
    let experts: Int
    let eligible_pairs: Int
    let reviewers_per_proposal: Int
    let min_load: Int
    let max_load: Int
    let fair: Bool
    let seed: Int
    let objective: Int
    let min_proposal_total: Int
    let exclusions_by_reason: [String: Int]
    let affinity_formula: String
    let computed_at: Date
    let published_at: Date?
    /// Paths of the `rap-bench/1` instance files, to download into one folder for `kechuang assign`.
    let files: [String]
    let article: String

    init(_ r: AssignmentReport, files: [String]) {
        inputs_sha256 = r.inputsDigest; proposals = r.proposals; experts = r.experts; eligible_pairs = r.eligiblePairs
        reviewers_per_proposal = r.reviewersPerProposal; min_load = r.minLoad; max_load = r.maxLoad; fair = r.fair; seed = r.seed
        objective = r.objective; min_proposal_total = r.minProposalTotal; exclusions_by_reason = r.exclusionsByReason
        affinity_formula = r.affinityFormula; computed_at = r.computedAt; published_at = r.publishedAt
        self.files = files
        article = "29"
    }
}
