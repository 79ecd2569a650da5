import Foundation
import KechuangCore

/// One review round of a call: its parameters, its review form, and where it stands.
public struct ReviewRound: Sendable, Equatable, Codable, Identifiable {
    public typealias ID = Identifier<ReviewRound>
    public let id: ID
    public let callID: UUID
    /// Reviewers per proposal.
    public var reviewersPerProposal: Int
    /// Fewest and most proposals per expert in this round (an expert's own maximum also applies).
    public var minLoad: Int
    public var maxLoad: Int
    /// The review form: the criteria scored.
    public var criteria: [Criterion]
    /// Reviews are due at this time (Beijing time on pages).
    public var deadline: Date
    /// Fairness mode: raise the worst-served proposal before maximising the sum.
    public var fair: Bool
    public var seed: Int
    public var state: RoundState
    /// Set once the assignment has run: what the report shows.
    public var report: AssignmentReport?
    public var version: Int

    public static let defaultCriteria = [
        Criterion(key: "novelty", zh: "创新性", en: "Novelty", maxScore: 10, weight: 3),
        Criterion(key: "feasibility", zh: "研究方案可行性", en: "Feasibility of the plan", maxScore: 10, weight: 3),
        Criterion(key: "team", zh: "研究基础与团队", en: "Track record and team", maxScore: 10, weight: 2),
        Criterion(key: "value", zh: "科学价值与应用前景", en: "Scientific and practical value", maxScore: 10, weight: 2),
    ]
}

public enum RoundState: String, Sendable, Codable, CaseIterable {
    /// Parameters set; no assignment yet, or a new run wanted.
    case draft
    /// The assignment ran; the officer checks it, swaps reviewers and publishes.
    case computed
    /// Published: experts see their assignments; the report is public.
    case published

    public var label: LocalizedText {
        switch self {
        case .draft: LocalizedText(zh: "待分配", en: "Not assigned yet")
        case .computed: LocalizedText(zh: "已计算，待发布", en: "Computed, not published")
        case .published: LocalizedText(zh: "已发布", en: "Published")
        }
    }
}

public struct Criterion: Sendable, Equatable, Codable {
    public var key: String
    public var zh: String
    public var en: String
    public var maxScore: Int
    public var weight: Int
    public init(key: String, zh: String, en: String, maxScore: Int, weight: Int) {
        self.key = key
        self.zh = zh
        self.en = en
        self.maxScore = maxScore
        self.weight = weight
    }
    public var label: LocalizedText { LocalizedText(zh: zh, en: en) }
}

/// Why an expert may not review a proposal. Computed ones come from platform data and cannot be
/// removed by anyone; officers may add their own with a reason.
public enum ConflictReason: String, Sendable, Codable, CaseIterable {
    case sameOrganisation = "same-organisation"
    case pastOrganisation = "past-organisation"
    case teamMember = "team-member"
    case coProject = "co-project"
    case coApplicant = "co-applicant"
    case declared = "declared"
    case integrity = "integrity-restriction"
    case unavailable = "unavailable"
    case officer = "officer"

    public var label: LocalizedText {
        switch self {
        case .sameOrganisation: LocalizedText(zh: "同一单位", en: "Same organisation")
        case .pastOrganisation: LocalizedText(zh: "三年内曾在申请单位工作", en: "Worked at an applying organisation within 3 years")
        case .teamMember: LocalizedText(zh: "是项目团队成员", en: "Member of the proposal's team")
        case .coProject: LocalizedText(zh: "五年内共同承担项目", en: "Worked on a project together within 5 years")
        case .coApplicant: LocalizedText(zh: "同轮次共同申请其他项目", en: "Co-applicant on another proposal in this round")
        case .declared: LocalizedText(zh: "专家申报的利益冲突", en: "Conflict declared by the expert")
        case .integrity: LocalizedText(zh: "专家受科研诚信限制（第六十条）", en: "Expert under an integrity restriction (Art. 60)")
        case .unavailable: LocalizedText(zh: "评审期内不可用", en: "Not available during the review period")
        case .officer: LocalizedText(zh: "项目主管认定的利益冲突", en: "Conflict recorded by the programme officer")
        }
    }

    public var basis: LegalBasis? {
        switch self {
        case .integrity: .art(60)
        case .unavailable: nil
        default: .art(29)
        }
    }
}

/// One excluded proposal × expert pair and why.
public struct Exclusion: Sendable, Equatable, Codable {
    public let applicationID: UUID
    public let expertID: UUID
    public let reason: ConflictReason
    /// Details shown with the reason (the organisation, the other proposal, the record…).
    public let detail: String
    public let byOfficer: Bool
}

public enum AssignmentStatus: String, Sendable, Codable, CaseIterable {
    case assigned, accepted, declined, submitted

    public var label: LocalizedText {
        switch self {
        case .assigned: LocalizedText(zh: "待专家确认", en: "Waiting for the expert")
        case .accepted: LocalizedText(zh: "已接受，评审中", en: "Accepted, reviewing")
        case .declined: LocalizedText(zh: "已谢绝", en: "Declined")
        case .submitted: LocalizedText(zh: "已提交评审意见", en: "Review submitted")
        }
    }
}

public enum AssignmentSource: String, Sendable, Codable {
    /// Chosen by the optimal assignment.
    case solver
    /// Swapped in by the programme officer.
    case manual
    /// The next best expert after a decline.
    case replacement
}

/// An expert assigned to review one proposal.
public struct ReviewAssignment: Sendable, Equatable, Codable, Identifiable {
    public let id: UUID
    public let roundID: UUID
    public let applicationID: UUID
    public let expertID: UUID
    /// 0…65535 (see `Affinity`).
    public let affinity: Int
    public var status: AssignmentStatus
    public let source: AssignmentSource
    public var declineReason: String?
    public var remindedAt: Date?
}

/// What anyone needs to re-run and check an assignment.
public struct AssignmentReport: Sendable, Equatable, Codable {
    /// SHA-256 of the instance files (`rap-bench/1`) the solver read, in the order listed.
    public var inputsDigest: String
    public var proposals: Int
    public var experts: Int
    public var eligiblePairs: Int
    public var reviewersPerProposal: Int
    public var minLoad: Int
    public var maxLoad: Int
    public var fair: Bool
    public var seed: Int
    public var objective: Int
    public var minProposalTotal: Int
    /// Excluded pairs counted by reason (a pair with two reasons counts under each).
    public var exclusionsByReason: [String: Int]
    public var solveMilliseconds: Int
    public var computedAt: Date
    public var publishedAt: Date?
    /// The affinity formula's version, so a re-run uses the same scores.
    public var affinityFormula: String
    /// The instance's pseudonyms (`p0`, `r0`, …) by application and expert id (lowercased UUIDs):
    /// kept with the report, never published themselves. Nil in rounds run before they were kept.
    public var proposalPseudonyms: [String: String]? = nil
    public var reviewerPseudonyms: [String: String]? = nil
    /// The solver's assignment as pseudonymous pairs (`p0,r3`), sorted: what a re-run reproduces.
    public var solverAssignment: [String]? = nil
    /// The officer's swaps before publication, in order: the published assignment is the solver's
    /// with these applied.
    public var swaps: [Swap]? = nil
    /// The assignment as published (pseudonymous pairs, sorted).
    public var publishedAssignment: [String]? = nil

    /// `p2,r10` after `p2,r9` and `p10,r0` after `p9,r0`: by the numbers, not the text.
    public static func pairOrder(_ a: String, _ b: String) -> Bool {
        func numbers(_ s: String) -> [Int] { s.split(separator: ",").map { Int($0.dropFirst()) ?? Int.max } }
        return numbers(a).lexicographicallyPrecedes(numbers(b))
    }

    /// One manual swap, disclosed pseudonymously: who (the role), when, why.
    public struct Swap: Sendable, Equatable, Codable {
        public let proposal: String
        public let from: String
        public let to: String
        public let fromAffinity: Int
        public let toAffinity: Int
        public let reason: String
        public let by: String
        public let at: Date
    }
}

/// A submitted review.
public struct SubmittedReview: Sendable, Equatable, Codable {
    public let assignmentID: UUID
    public let applicationID: UUID
    public let expertID: UUID
    public var scores: [String: Int]
    /// Weighted score on a 0–100 scale.
    public var total: Double
    public var comment: String
    public var language: String
    public var submittedAt: Date
}

/// What an expert fills in.
public struct ReviewInput: Sendable, Equatable {
    public var scores: [String: String]
    public var comment: String
    public var language: String
    public var confidentiality: Bool
    public var noConflict: Bool
    public init(scores: [String: String], comment: String, language: String, confidentiality: Bool, noConflict: Bool) {
        self.scores = scores
        self.comment = comment
        self.language = language
        self.confidentiality = confidentiality
        self.noConflict = noConflict
    }
}

/// One line of a call's ranking.
public struct RankingRow: Sendable, Equatable {
    public let applicationID: UUID
    public let title: String
    public let budget: Int
    public let reviews: Int
    public let mean: Double
    /// Sample standard deviation of the review totals (0 with one review).
    public let spread: Double
    /// Totals that stand out from the other reviews of the proposal (see `Ranking.isOutlier`).
    public let outliers: [Double]
    /// Within the call's budget when funded in rank order, and reviewed: above the cut-off line.
    public let aboveCutoff: Bool
    public let state: String
    /// The English title, empty when the applicant gave none.
    public var titleEn: String = ""
    /// The requests of this and every higher-ranked application not refused funding, in yuan
    /// (stops at `Int.max`): what funding down to this row would cost.
    public var cumulativeRequest: Int = 0
    /// `cumulativeRequest` fits the call's total budget, whatever the reviews say.
    public var withinBudget: Bool = false
    /// The number of reviews (the same as `reviews`).
    public var reviewCount: Int { reviews }
    /// Whether the spread means anything: two reviews or more.
    public var hasSpread: Bool { reviews >= 2 }
}
