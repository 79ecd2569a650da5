import Foundation
import KechuangCore

/// A technology field of the market (技术领域), used by supplies, demands and contracts.
public enum TechField: String, Sendable, Codable, CaseIterable {
    case electronics, software, biomedicine, materials, energy, manufacturing, environment, agriculture, aerospace, other

    public var label: LocalizedText {
        switch self {
        case .electronics: LocalizedText(zh: "电子信息", en: "Electronics and information")
        case .software: LocalizedText(zh: "软件与人工智能", en: "Software and AI")
        case .biomedicine: LocalizedText(zh: "生物医药", en: "Biomedicine")
        case .materials: LocalizedText(zh: "新材料", en: "New materials")
        case .energy: LocalizedText(zh: "新能源与节能", en: "New energy and efficiency")
        case .manufacturing: LocalizedText(zh: "先进制造", en: "Advanced manufacturing")
        case .environment: LocalizedText(zh: "资源与环境", en: "Resources and environment")
        case .agriculture: LocalizedText(zh: "现代农业", en: "Modern agriculture")
        case .aerospace: LocalizedText(zh: "航空航天", en: "Aerospace")
        case .other: LocalizedText(zh: "其他", en: "Other")
        }
    }
}

/// How a supply may be taken up (转化方式).
public enum TransferMode: String, Sendable, Codable, CaseIterable {
    case transfer, licence, jointDevelopment = "joint_development", equity

    public var label: LocalizedText {
        switch self {
        case .transfer: LocalizedText(zh: "转让", en: "Transfer")
        case .licence: LocalizedText(zh: "许可", en: "Licence")
        case .jointDevelopment: LocalizedText(zh: "合作开发", en: "Joint development")
        case .equity: LocalizedText(zh: "作价入股", en: "Equity")
        }
    }
}

public enum ListingStatus: String, Sendable, Codable, CaseIterable {
    case open, withdrawn

    public var label: LocalizedText {
        switch self {
        case .open: LocalizedText(zh: "征集中", en: "Open")
        case .withdrawn: LocalizedText(zh: "已撤回", en: "Withdrawn")
        }
    }
}

/// A technology offered for transfer or licence (Art. 36): from the results register of a funded
/// project, or entered by a transfer office.
public struct TechSupply: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<TechSupply>
    public let id: ID
    public var organisationID: UUID
    public var title: String
    public var summary: String
    public var field: TechField
    /// Technology readiness level 1–9.
    public var trl: Int
    public var patents: [String]
    public var modes: [TransferMode]
    public var priceGuidance: String
    /// The output in the results register it comes from, if any.
    public var resultID: UUID?
    public var status: ListingStatus
    public var createdBy: UUID
    public var createdAt: Date
    public var updatedAt: Date

    /// The words the matcher reads.
    public var text: String { [title, summary, patents.joined(separator: " ")].joined(separator: "\n") }
}

public struct SupplyInput: Sendable, Equatable {
    public var organisationID: UUID?
    public var title: String
    public var summary: String
    public var field: TechField?
    public var trl: Int?
    public var patents: [String]
    public var modes: [TransferMode]
    public var priceGuidance: String
    /// With `resultProjectID`: the registered output this supply offers.
    public var resultID: UUID?
    public var resultProjectID: UUID?

    public init(organisationID: UUID?, title: String, summary: String, field: TechField?, trl: Int?, patents: [String], modes: [TransferMode],
                priceGuidance: String, resultID: UUID? = nil, resultProjectID: UUID? = nil) {
        self.organisationID = organisationID
        self.title = title
        self.summary = summary
        self.field = field
        self.trl = trl
        self.patents = patents
        self.modes = modes
        self.priceGuidance = priceGuidance
        self.resultID = resultID
        self.resultProjectID = resultProjectID
    }
}

/// An enterprise's technical need (Art. 36).
public struct TechDemand: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<TechDemand>
    public let id: ID
    public var organisationID: UUID
    public var title: String
    public var problem: String
    public var field: TechField
    /// Whole yuan, if the enterprise names a budget.
    public var budget: Int?
    public var deadline: BeijingDay?
    /// The lowest readiness the enterprise can take up (1–9), if it says.
    public var minimumTRL: Int?
    public var status: ListingStatus
    public var createdBy: UUID
    public var createdAt: Date
    public var updatedAt: Date

    public var text: String { [title, problem].joined(separator: "\n") }
}

public struct DemandInput: Sendable, Equatable {
    public var organisationID: UUID?
    public var title: String
    public var problem: String
    public var field: TechField?
    public var budget: Int?
    public var deadline: BeijingDay?
    public var minimumTRL: Int?

    public init(organisationID: UUID?, title: String, problem: String, field: TechField?, budget: Int?, deadline: BeijingDay?, minimumTRL: Int?) {
        self.organisationID = organisationID
        self.title = title
        self.problem = problem
        self.field = field
        self.budget = budget
        self.deadline = deadline
        self.minimumTRL = minimumTRL
    }
}

/// Why a supply and a demand were matched: the words they share, the field, the readiness.
public struct MatchReason: Sendable, Equatable, Codable {
    /// Shared terms, longest first (runs of shared CJK bigrams, shared words).
    public var sharedTerms: [String]
    public var sameField: Bool
    /// True when the supply is at least as ready as the demand asks (or the demand does not say).
    public var trlFits: Bool
    public var supplyTRL: Int
    public var minimumTRL: Int?

    public var text: LocalizedText {
        var zh: [String] = [], en: [String] = []
        if !sharedTerms.isEmpty {
            zh.append("共同术语：" + sharedTerms.joined(separator: "、"))
            en.append("shared terms: " + sharedTerms.joined(separator: ", "))
        }
        if sameField { zh.append("领域相同"); en.append("same field") }
        if let minimumTRL {
            zh.append(trlFits ? "成熟度 TRL \(supplyTRL) ≥ 需求 TRL \(minimumTRL)" : "成熟度 TRL \(supplyTRL) 低于需求 TRL \(minimumTRL)")
            en.append(trlFits ? "readiness TRL \(supplyTRL) ≥ the TRL \(minimumTRL) asked" : "readiness TRL \(supplyTRL) below the TRL \(minimumTRL) asked")
        } else {
            zh.append("成熟度 TRL \(supplyTRL)")
            en.append("readiness TRL \(supplyTRL)")
        }
        return LocalizedText(zh: zh.joined(separator: "；"), en: en.joined(separator: "; "))
    }
}

/// One ranked match: a supply for a demand or a demand for a supply.
public struct TradeMatch: Sendable, Equatable {
    public var supplyID: TechSupply.ID
    public var demandID: TechDemand.ID
    public var score: Double
    public var reason: MatchReason
}

/// An expert ranked for a demand by the review affinity model.
public struct ExpertMatch: Sendable, Equatable {
    public var personID: UUID
    public var name: String
    /// 0…65535, `AffinityModel.formula`.
    public var affinity: Int
}

public enum InquiryStatus: String, Sendable, Codable, CaseIterable {
    case open, deal, closed

    public var label: LocalizedText {
        switch self {
        case .open: LocalizedText(zh: "洽谈中", en: "In discussion")
        case .deal: LocalizedText(zh: "已成交", en: "Deal agreed")
        case .closed: LocalizedText(zh: "已关闭", en: "Closed")
        }
    }
}

/// A conversation between the party asking and the party offering, through the platform (audited).
public struct Inquiry: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<Inquiry>
    public let id: ID
    public var supplyID: TechSupply.ID
    public var demandID: TechDemand.ID?
    /// The organisation that asks (the demand's, or the asker's own).
    public var fromOrganisationID: UUID
    /// The supply's organisation.
    public var toOrganisationID: UUID
    public var openedBy: UUID
    public var status: InquiryStatus
    public var contractID: UUID?
    public var messages: [InquiryMessage]
    public var createdAt: Date
    public var updatedAt: Date
}

public struct InquiryMessage: Sendable, Equatable, Codable {
    public var authorID: UUID
    public var authorName: String
    public var organisationID: UUID
    public var body: String
    public var at: Date
}
