import Foundation
import Integrity
import KechuangCore

/// Who evaluates at acceptance (Art. 31): basic research by academic peers, applied research by
/// the users of its results, technology development and industrialisation by the market.
public enum AcceptanceReviewerKind: String, Sendable, Codable, CaseIterable {
    case academicPeers = "academic_peers", users, market

    public var label: LocalizedText {
        switch self {
        case .academicPeers: LocalizedText(zh: "学术同行", en: "Academic peers")
        case .users: LocalizedText(zh: "成果用户", en: "Users of the results")
        case .market: LocalizedText(zh: "市场和投资方", en: "Market and investors")
        }
    }

    /// The organisation types (raw values of Identity's `OrganisationType`) whose members count as
    /// this kind of reviewer.
    public var organisationTypes: Set<String> {
        switch self {
        case .academicPeers: ["university", "research_institute", "new_rd_institution", "hospital"]
        case .users: ["enterprise", "hospital", "government_department", "new_rd_institution"]
        case .market: ["enterprise", "financial_institution", "incubator", "service_provider"]
        }
    }
}

/// One indicator reviewers score at acceptance, with its weight (weights of a scheme add to 100).
public struct AcceptanceCriterion: Sendable, Equatable, Codable {
    public var key: String
    public var zh: String
    public var en: String
    public var weight: Int

    public init(key: String, zh: String, en: String, weight: Int) {
        self.key = key
        self.zh = zh
        self.en = en
        self.weight = weight
    }
}

/// How a programme evaluates one category: indicator set, reviewer kind, panel size, pass mark.
/// Stored per programme as data (`grt_acceptance_schemes`); `AcceptanceScheme.standard` applies
/// where a programme has none.
public struct AcceptanceScheme: Sendable, Equatable, Codable {
    public var programmeID: UUID?
    public var category: ResearchType
    public var reviewerKind: AcceptanceReviewerKind
    public var criteria: [AcceptanceCriterion]
    public var reviewersPerProject: Int
    /// The weighted mean (0–100) at or above which the panel recommends passing.
    public var passMark: Int

    public init(programmeID: UUID?, category: ResearchType, reviewerKind: AcceptanceReviewerKind, criteria: [AcceptanceCriterion],
                reviewersPerProject: Int, passMark: Int) {
        self.programmeID = programmeID
        self.category = category
        self.reviewerKind = reviewerKind
        self.criteria = criteria
        self.reviewersPerProject = reviewersPerProject
        self.passMark = passMark
    }

    public static func standard(_ category: ResearchType) -> AcceptanceScheme {
        switch category {
        case .basic:
            AcceptanceScheme(programmeID: nil, category: .basic, reviewerKind: .academicPeers, criteria: [
                .init(key: "originality", zh: "原创性和科学价值", en: "Originality and scientific value", weight: 40),
                .init(key: "targets", zh: "任务书指标完成情况", en: "Targets of the task agreement reached", weight: 30),
                .init(key: "quality", zh: "代表性成果质量", en: "Quality of the representative outputs", weight: 20),
                .init(key: "talent", zh: "人才培养", en: "Training of researchers", weight: 10),
            ], reviewersPerProject: 3, passMark: 60)
        case .applied:
            AcceptanceScheme(programmeID: nil, category: .applied, reviewerKind: .users, criteria: [
                .init(key: "problem", zh: "解决实际问题的成效", en: "How well it solves the users' problem", weight: 35),
                .init(key: "targets", zh: "任务书指标完成情况", en: "Targets of the task agreement reached", weight: 30),
                .init(key: "adoption", zh: "用户采用和应用情况", en: "Adoption by users", weight: 25),
                .init(key: "ip", zh: "知识产权和标准", en: "Intellectual property and standards", weight: 10),
            ], reviewersPerProject: 3, passMark: 60)
        case .development:
            AcceptanceScheme(programmeID: nil, category: .development, reviewerKind: .market, criteria: [
                .init(key: "market", zh: "市场认可和经济效益", en: "Market acceptance and economic return", weight: 40),
                .init(key: "targets", zh: "任务书指标完成情况", en: "Targets of the task agreement reached", weight: 25),
                .init(key: "maturity", zh: "技术成熟度和产业化程度", en: "Technology readiness and industrialisation", weight: 25),
                .init(key: "ip", zh: "知识产权和标准", en: "Intellectual property and standards", weight: 10),
            ], reviewersPerProject: 3, passMark: 60)
        }
    }
}

/// How acceptance ends (Art. 31, 48, 64).
public enum AcceptanceOutcome: String, Sendable, Codable, CaseIterable {
    case passed
    case passedWithConditions = "passed_with_conditions"
    case failed
    /// 勤勉尽责: the project did not reach its targets although the team worked diligently; it closes
    /// without misconduct and nothing restricts the PI (Art. 48, 64).
    case diligentFailure = "diligent_failure"

    public var label: LocalizedText {
        switch self {
        case .passed: LocalizedText(zh: "通过验收", en: "Passed")
        case .passedWithConditions: LocalizedText(zh: "有条件通过验收", en: "Passed with conditions")
        case .failed: LocalizedText(zh: "未通过验收", en: "Failed")
        case .diligentFailure: LocalizedText(zh: "未达预期但勤勉尽责，予以结题", en: "Closed as diligent failure")
        }
    }
}

public enum AcceptanceState: String, Sendable, Codable, CaseIterable {
    /// Opened by the officer; no panel yet.
    case opened
    /// Reviewers chosen; they score.
    case reviewing
    /// The outcome is decided and the project closed.
    case decided

    public var label: LocalizedText {
        switch self {
        case .opened: LocalizedText(zh: "已启动", en: "Opened")
        case .reviewing: LocalizedText(zh: "专家评议中", en: "Under review")
        case .decided: LocalizedText(zh: "已作出结论", en: "Decided")
        }
    }
}

/// One reviewer on an acceptance panel and what they scored.
public struct AcceptanceReview: Sendable, Equatable, Identifiable {
    public let id: UUID
    public let acceptanceID: UUID
    public let expertID: UUID
    public var expertName: String
    public var affinity: Int
    public var scores: [String: Int]
    public var comment: String
    public var submittedAt: Date?
}

/// The final acceptance (结题验收) of a project.
public struct Acceptance: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<Acceptance>
    public let id: ID
    public let projectID: UUID
    public var scheme: AcceptanceScheme
    public var state: AcceptanceState
    public var outcome: AcceptanceOutcome?
    /// Conditions of a conditional pass; the finding of a diligent failure; why it failed.
    public var finding: String
    /// A misconduct finding at acceptance: the draft integrity record it created.
    public var integrityRecordID: UUID?
    public var decidedBy: UUID?
    public var decidedAt: Date?
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    /// The mean weighted score (0–100) of the submitted reviews, nil without any.
    public static func meanScore(_ reviews: [AcceptanceReview], scheme: AcceptanceScheme) -> Double? {
        let totals = reviews.filter { $0.submittedAt != nil }.map { review in
            Double(scheme.criteria.reduce(0) { $0 + (review.scores[$1.key] ?? 0) * $1.weight }) / 100
        }
        return totals.isEmpty ? nil : totals.reduce(0, +) / Double(totals.count)
    }
}

/// The officer's decision.
public struct AcceptanceDecision: Sendable, Equatable {
    public var outcome: AcceptanceOutcome?
    public var finding: String
    /// Misconduct found at acceptance: its kind and what was found (a draft integrity record follows).
    public var misconduct: FindingKind?
    public var misconductDescription: String

    public init(outcome: AcceptanceOutcome?, finding: String, misconduct: FindingKind? = nil, misconductDescription: String = "") {
        self.outcome = outcome
        self.finding = finding
        self.misconduct = misconduct
        self.misconductDescription = misconductDescription
    }
}
