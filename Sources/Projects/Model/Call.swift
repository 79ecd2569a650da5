import Foundation
import Identity
import KechuangCore

/// What a programme funds, by the regulation's programme types (Art. 19, 29, 30).
public enum ProgrammeKind: String, Sendable, Codable, CaseIterable {
    case naturalScienceFund = "natural_science_fund"
    case basicResearch = "basic_research"
    case keyCoreTechnology = "key_core_technology"
    case emergencyTackling = "emergency_tackling"
    case other

    public var label: LocalizedText {
        switch self {
        case .naturalScienceFund: LocalizedText(zh: "自然科学基金", en: "Natural science fund")
        case .basicResearch: LocalizedText(zh: "基础研究", en: "Basic research")
        case .keyCoreTechnology: LocalizedText(zh: "关键核心技术攻关", en: "Key core technology")
        case .emergencyTackling: LocalizedText(zh: "应急攻关", en: "Emergency tackling")
        case .other: LocalizedText(zh: "其他", en: "Other")
        }
    }
}

/// A programme (专项/计划) that owns calls.
public struct Programme: Sendable, Equatable, Codable, Identifiable {
    public let id: UUID
    public var code: String
    public var nameZh: String
    public var nameEn: String
    public var kind: ProgrammeKind
}

/// How the budget of a funded project is managed (Art. 50(2)).
public enum BudgetMode: String, Sendable, Codable, CaseIterable {
    case itemized, lumpSum = "lump_sum", negativeList = "negative_list"

    public var label: LocalizedText {
        switch self {
        case .itemized: LocalizedText(zh: "预算科目管理", en: "Itemized budget")
        case .lumpSum: LocalizedText(zh: "经费包干制", en: "Lump-sum funding")
        case .negativeList: LocalizedText(zh: "预算加负面清单", en: "Budget with a negative list")
        }
    }
}

/// How projects are selected (Art. 29, 30, 44).
public enum SelectionMode: String, Sendable, Codable, CaseIterable {
    case openCompetition = "open_competition", expertRecommendation = "expert_recommendation"
    case chiefScientist = "chief_scientist", directedCommission = "directed_commission", parallelRoutes = "parallel_routes"

    public var label: LocalizedText {
        switch self {
        case .openCompetition: LocalizedText(zh: "公开竞争", en: "Open competition")
        case .expertRecommendation: LocalizedText(zh: "专家推荐", en: "Expert recommendation")
        case .chiefScientist: LocalizedText(zh: "首席科学家负责制", en: "Chief-scientist responsibility")
        case .directedCommission: LocalizedText(zh: "定向委托", en: "Directed commission")
        case .parallelRoutes: LocalizedText(zh: "多技术路线并行支持", en: "Parallel technical routes")
        }
    }
}

public enum CallStatus: String, Sendable, Codable, CaseIterable {
    case draft, published

    public var label: LocalizedText {
        switch self {
        case .draft: LocalizedText(zh: "草稿", en: "Draft")
        case .published: LocalizedText(zh: "已发布", en: "Published")
        }
    }
}

/// A call for applications (申报指南) in a programme.
public struct Call: Sendable, Equatable, Codable, Identifiable {
    public typealias ID = Identifier<Call>
    public let id: ID
    public var programmeID: UUID
    public var titleZh: String
    public var titleEn: String
    public var guidelineZh: String
    public var guidelineEn: String
    public var opensAt: Date
    public var closesAt: Date
    /// In yuan.
    public var totalBudget: Int
    public var typicalAward: Int
    public var budgetMode: BudgetMode
    public var selectionMode: SelectionMode
    public var eligibilityRules: [EligibilityRule]
    /// Budget categories this call does not fund ("budget + negative list", Art. 50(2)).
    public var negativeList: [String]
    /// Documents every application must attach as PDF (e.g. 伦理审查批件, 合作协议).
    public var requiredDocuments: [String]
    /// The headings of the application's written part (e.g. 立项依据, 研究内容, 研究基础): each is a
    /// section the applicant fills in on the content page.
    public var formSections: [String]
    public var status: CallStatus
    public var publishedAt: Date?
    public var version: Int
    public var updatedAt: Date

    public func isOpen(at date: Date) -> Bool { status == .published && date >= opensAt && date < closesAt }
}

/// A call as typed into a form or sent to the API: raw strings, so each field gets its own error.
public struct CallInput: Sendable, Equatable, Codable {
    public var programmeID: String
    public var titleZh: String
    public var titleEn: String
    public var guidelineZh: String
    public var guidelineEn: String
    /// `YYYY-MM-DD HH:mm` in Beijing time (or ISO 8601 with an offset).
    public var opensAt: String
    public var closesAt: String
    public var totalBudget: String
    public var typicalAward: String
    public var budgetMode: String
    public var selectionMode: String
    /// The eligibility rules as JSON (`[EligibilityRule]`), empty for none.
    public var eligibilityRules: String
    /// Budget categories not funded, comma-separated (`BudgetLine.categories`), for negative-list calls.
    public var negativeList: String
    /// Required documents, one per line.
    public var requiredDocuments: String
    /// Headings of the written sections, one per line.
    public var formSections: String

    public init(programmeID: String, titleZh: String, titleEn: String, guidelineZh: String, guidelineEn: String, opensAt: String,
                closesAt: String, totalBudget: String, typicalAward: String, budgetMode: String, selectionMode: String, eligibilityRules: String,
                negativeList: String = "", requiredDocuments: String = "", formSections: String = "") {
        self.formSections = formSections
        self.negativeList = negativeList
        self.requiredDocuments = requiredDocuments
        self.programmeID = programmeID
        self.titleZh = titleZh
        self.titleEn = titleEn
        self.guidelineZh = guidelineZh
        self.guidelineEn = guidelineEn
        self.opensAt = opensAt
        self.closesAt = closesAt
        self.totalBudget = totalBudget
        self.typicalAward = typicalAward
        self.budgetMode = budgetMode
        self.selectionMode = selectionMode
        self.eligibilityRules = eligibilityRules
    }
}
