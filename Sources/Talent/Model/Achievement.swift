import Foundation
import KechuangCore

/// The kinds of representative achievement (代表性成果) Art. 41 accepts: any kind, not only papers.
public enum AchievementKind: String, Sendable, Codable, CaseIterable {
    case paper
    case patent
    case standard
    case product
    case report
    case engineeringDesign = "engineering_design"

    public var label: LocalizedText {
        switch self {
        case .paper: LocalizedText(zh: "论文", en: "Paper")
        case .patent: LocalizedText(zh: "专利", en: "Patent")
        case .standard: LocalizedText(zh: "标准", en: "Standard")
        case .product: LocalizedText(zh: "产品", en: "Product")
        case .report: LocalizedText(zh: "咨询或研究报告", en: "Report")
        case .engineeringDesign: LocalizedText(zh: "工程设计", en: "Engineering design")
        }
    }

    /// What counts as evidence for this kind, shown as the hint.
    public var evidenceHint: LocalizedText {
        switch self {
        case .paper: LocalizedText(zh: "DOI 或期刊卷期页", en: "DOI, or journal, volume and pages")
        case .patent: LocalizedText(zh: "专利号（如 ZL202310000000.1）", en: "Patent number (e.g. ZL202310000000.1)")
        case .standard: LocalizedText(zh: "标准编号（如 GB/T 45000-2025）", en: "Standard number (e.g. GB/T 45000-2025)")
        case .product: LocalizedText(zh: "产品注册证号、检测报告编号或上市证明", en: "Registration, test report or market-launch reference")
        case .report: LocalizedText(zh: "采纳单位及批示或采纳证明编号", en: "Who adopted it and the adoption reference")
        case .engineeringDesign: LocalizedText(zh: "工程名称及验收或获奖证明编号", en: "Project name and its acceptance or award reference")
        }
    }
}

/// One of the (at most five) representative achievements on a person's profile (Art. 41), with
/// the evidence that it exists and what the person contributed. Evaluations read these, never
/// counts of papers (Art. 50(1)).
public struct Achievement: Sendable, Equatable, Codable, Identifiable {
    public typealias ID = Identifier<Achievement>
    public let id: ID
    public var personID: UUID
    /// 1…5: the position on the profile; the database keeps (person, slot) unique.
    public var slot: Int
    public var kind: AchievementKind
    public var title: String
    public var year: Int
    public var evidence: String
    public var contribution: String
    public var createdAt: Date
}

public struct AchievementInput: Sendable, Equatable, Codable {
    public var kind: AchievementKind?
    public var title: String
    public var year: Int?
    public var evidence: String
    public var contribution: String

    public init(kind: AchievementKind?, title: String, year: Int?, evidence: String, contribution: String) {
        self.kind = kind
        self.title = title
        self.year = year
        self.evidence = evidence
        self.contribution = contribution
    }
}

/// What an evaluator (an expert, a programme officer) reads about a person in a talent
/// evaluation or an application: the representative achievements and nothing counted (Art. 41, 50(1)).
public struct EvaluationDossier: Sendable, Equatable {
    public var personID: UUID
    public var name: String
    public var nationality: String
    public var achievements: [Achievement]
}
