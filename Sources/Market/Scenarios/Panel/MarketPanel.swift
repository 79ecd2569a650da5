import Foundation
import KechuangCore
import Review

/// The expert panel of a solution (Art. 35) or a certification application (Art. 34), chosen with
/// the proposals' machinery (Review's `PanelAssignment`) and reviewed on the proposals' form.
public struct MarketPanel: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case solution, certification
    }

    public struct Subject: Sendable, Hashable {
        public let kind: Kind
        public let id: UUID
        public init(kind: Kind, id: UUID) {
            self.kind = kind
            self.id = id
        }
    }

    /// An expert the panel could not use for this subject, and why (a computed conflict).
    public struct Excluded: Sendable, Equatable, Codable {
        public let expertID: UUID
        public let expertName: String
        public let reason: String
        public let detail: String

        public var reasonLabel: LocalizedText {
            ConflictReason(rawValue: reason)?.label ?? LocalizedText(zh: reason, en: reason)
        }
    }

    public let subject: Subject
    public let reviewersPerSubject: Int
    /// Active experts of the pool considered.
    public let candidates: Int
    /// The solver's total affinity.
    public let objective: Int
    public let exclusions: [Excluded]
    public let assignedAt: Date

    /// The review form of each kind: Review's criteria type, weighted to 0–100 by `Ranking.total`.
    public static func criteria(_ kind: Kind) -> [Criterion] {
        switch kind {
        case .solution: [
            Criterion(key: "fit", zh: "与场景需求的契合度", en: "Fit with the scenario's problem", maxScore: 10, weight: 3),
            Criterion(key: "feasibility", zh: "技术可行性", en: "Technical feasibility", maxScore: 10, weight: 3),
            Criterion(key: "deployments", zh: "既往应用与团队能力", en: "Prior deployments and team", maxScore: 10, weight: 2),
            Criterion(key: "cost", zh: "成本与进度合理性", en: "Cost and timeline", maxScore: 10, weight: 2),
        ]
        case .certification: [
            Criterion(key: "novelty", zh: "创新性与自主知识产权", en: "Novelty and own intellectual property", maxScore: 10, weight: 3),
            Criterion(key: "level", zh: "技术水平与质量可靠性", en: "Technical level and reliability", maxScore: 10, weight: 3),
            Criterion(key: "market", zh: "市场前景与应用示范价值", en: "Market prospects and demonstration value", maxScore: 10, weight: 2),
            Criterion(key: "criteria", zh: "认定条件符合程度", en: "How fully the criteria are met", maxScore: 10, weight: 2),
        ]
        }
    }
}

/// One expert's place on a panel and, once submitted, their review.
public struct PanelReview: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<PanelReview>
    public let id: ID
    public let subject: MarketPanel.Subject
    public let expertID: UUID
    public let expertName: String
    public let affinity: Int
    public let scores: [String: Int]
    public let comment: String
    public let submittedAt: Date?

    /// The weighted score on 0–100, once submitted.
    public var total: Double? {
        submittedAt == nil ? nil : Ranking.total(scores, criteria: MarketPanel.criteria(subject.kind))
    }
}

extension Array where Element == PanelReview {
    /// The mean of the submitted reviews' totals; nil without any.
    public var meanTotal: Double? {
        let totals = compactMap(\.total)
        return totals.isEmpty ? nil : totals.reduce(0, +) / Double(totals.count)
    }
}
