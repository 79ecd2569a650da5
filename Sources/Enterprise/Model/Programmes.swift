import Foundation
import Identity
import KechuangCore

/// A policy item granted without application (免申即享): its conditions are the same rule data as
/// the tiers; every verified profile is matched against them, the enterprise is told with the
/// reason and the article, and an officer confirms (Art. 23(3)).
public struct Benefit: Sendable, Equatable, Codable, Identifiable {
    public typealias ID = Identifier<Benefit>
    public let id: ID
    public var titleZh: String
    public var titleEn: String
    public var summaryZh: String
    public var summaryEn: String
    public var year: Int
    public var criteria: [Criterion]
    /// The policy item in the library it implements.
    public var source: SourceRef?
    public var basis: ArticleRef
    public var active: Bool
    public var createdAt: Date

    public func title(_ l: Language) -> String { l == .zh || titleEn.isEmpty ? titleZh : titleEn }
}

public enum MatchState: String, Sendable, Codable, CaseIterable {
    case notified, confirmed, declined

    public var label: LocalizedText {
        switch self {
        case .notified: LocalizedText(zh: "已告知企业，待确认", en: "Enterprise told, awaiting confirmation")
        case .confirmed: LocalizedText(zh: "已确认兑现", en: "Confirmed and recorded")
        case .declined: LocalizedText(zh: "未予确认", en: "Not confirmed")
        }
    }
}

/// A benefit an enterprise is eligible for in a year, with the reason (every criterion's result).
public struct BenefitMatch: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<BenefitMatch>
    public let id: ID
    public let benefitID: Benefit.ID
    public let organisationID: UUID
    public let year: Int
    public var state: MatchState
    public var reasons: [CriterionResult]
    public var matchedAt: Date
    public var decidedBy: UUID?
    public var decidedAt: Date?
    public var note: String
    public var version: Int
}

/// An S&T finance product (Art. 51–54) listed by its provider, matched to a profile by its criteria.
public enum FinanceKind: String, Sendable, Codable, CaseIterable {
    case ipPledgeLoan = "ip_pledge_loan", creditLoan = "credit_loan", insurance, guidanceFund = "guidance_fund", ventureCapital = "venture_capital"

    public var label: LocalizedText {
        switch self {
        case .ipPledgeLoan: LocalizedText(zh: "知识产权质押贷款", en: "IP-pledge loan")
        case .creditLoan: LocalizedText(zh: "科技信贷", en: "S&T credit")
        case .insurance: LocalizedText(zh: "科技保险", en: "S&T insurance")
        case .guidanceFund: LocalizedText(zh: "政府引导基金", en: "Government guidance fund")
        case .ventureCapital: LocalizedText(zh: "创业投资", en: "Venture capital")
        }
    }

    public var basis: ArticleRef {
        switch self {
        case .guidanceFund: ArticleRef(51)
        case .ventureCapital: ArticleRef(52)
        case .ipPledgeLoan, .creditLoan, .insurance: ArticleRef(53)
        }
    }
}

public struct FinanceProduct: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<FinanceProduct>
    public let id: ID
    public var providerID: UUID
    public var kind: FinanceKind
    public var nameZh: String
    public var nameEn: String
    public var descriptionZh: String
    public var criteria: [Criterion]
    public var createdAt: Date
}

/// The registries with yearly evaluation (Art. 23(2), 25, 26, 37).
public enum RegistryKind: String, Sendable, Codable, CaseIterable {
    case newRDInstitution = "new_rd_institution", serviceInstitution = "service_institution", incubator
    case makerSpace = "maker_space", consortium

    public var label: LocalizedText {
        switch self {
        case .newRDInstitution: LocalizedText(zh: "新型研发机构", en: "New R&D institutions")
        case .serviceInstitution: LocalizedText(zh: "科技服务机构", en: "S&T service institutions")
        case .incubator: LocalizedText(zh: "科技企业孵化器", en: "Incubators")
        case .makerSpace: LocalizedText(zh: "众创空间", en: "Maker spaces")
        case .consortium: LocalizedText(zh: "创新联合体", en: "Innovation consortia")
        }
    }

    public var basis: ArticleRef {
        switch self {
        case .newRDInstitution: ArticleRef(25, paragraph: 3)
        case .serviceInstitution: ArticleRef(26, paragraph: 2)
        case .incubator, .makerSpace: ArticleRef(37)
        case .consortium: ArticleRef(23, paragraph: 2)
        }
    }
}

public enum EvaluationGrade: String, Sendable, Codable, CaseIterable {
    case excellent, good, pass, fail

    public var label: LocalizedText {
        switch self {
        case .excellent: LocalizedText(zh: "优秀", en: "Excellent")
        case .good: LocalizedText(zh: "良好", en: "Good")
        case .pass: LocalizedText(zh: "合格", en: "Pass")
        case .fail: LocalizedText(zh: "不合格", en: "Fail")
        }
    }
}

public struct RegistryEntry: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<RegistryEntry>
    public let id: ID
    public var kind: RegistryKind
    public var organisationID: UUID
    public var nameZh: String
    public var nameEn: String
    public var field: String
    public var recognisedYear: Int
    /// Members of a consortium (organisation ids); empty otherwise.
    public var members: [UUID]
    public var evaluations: [RegistryEvaluation]
}

public struct RegistryEvaluation: Sendable, Equatable, Codable {
    public var year: Int
    public var grade: EvaluationGrade
    public var summary: String
    public var evaluatedBy: UUID
}
