import Foundation
import Identity
import KechuangCore

/// A field of the urgently-needed talent catalogue (Art. 40): the city's key fields, as a code list.
public enum TalentField: String, Sendable, Codable, CaseIterable {
    case artificialIntelligence = "ai"
    case integratedCircuits = "ic"
    case biomedicine
    case quantum
    case newMaterials = "materials"
    case newEnergy = "energy"
    case aerospace
    case advancedManufacturing = "manufacturing"
    case digitalEconomy = "digital"

    public var label: LocalizedText {
        switch self {
        case .artificialIntelligence: LocalizedText(zh: "人工智能", en: "Artificial intelligence")
        case .integratedCircuits: LocalizedText(zh: "集成电路", en: "Integrated circuits")
        case .biomedicine: LocalizedText(zh: "医药健康", en: "Biomedicine and health")
        case .quantum: LocalizedText(zh: "量子信息", en: "Quantum information")
        case .newMaterials: LocalizedText(zh: "新材料", en: "New materials")
        case .newEnergy: LocalizedText(zh: "新能源与智能网联汽车", en: "New energy and connected vehicles")
        case .aerospace: LocalizedText(zh: "商业航天", en: "Commercial aerospace")
        case .advancedManufacturing: LocalizedText(zh: "高端装备与智能制造", en: "High-end equipment and smart manufacturing")
        case .digitalEconomy: LocalizedText(zh: "数字经济", en: "Digital economy")
        }
    }
}

/// How senior the talent an entry asks for is.
public enum TalentLevel: String, Sendable, Codable, CaseIterable {
    case leading
    case senior
    case core
    case young

    public var label: LocalizedText {
        switch self {
        case .leading: LocalizedText(zh: "战略科学家与领军人才", en: "Strategic scientists and leaders")
        case .senior: LocalizedText(zh: "高级专业人才", en: "Senior specialists")
        case .core: LocalizedText(zh: "骨干人才", en: "Core specialists")
        case .young: LocalizedText(zh: "青年人才", en: "Young talent")
        }
    }
}

/// One version of one entry of the urgently-needed talent catalogue (Art. 40). Entries are kept as
/// versions: adjusting an entry publishes a new version under the same `code`; withdrawing one
/// publishes a version marked withdrawn. No version is ever changed or deleted.
public struct CatalogueEntry: Sendable, Equatable, Codable, Identifiable {
    public typealias ID = Identifier<CatalogueEntry>
    public let id: ID
    /// Stable across versions, e.g. `AI-001`.
    public var code: String
    public var version: Int
    public var field: TalentField
    public var roleZh: String
    public var roleEn: String
    public var level: TalentLevel
    public var requirementsZh: String
    public var requirementsEn: String
    /// Why this version was published (first publication or the adjustment).
    public var note: String
    public var withdrawn: Bool
    public var publishedBy: UUID?
    public var publishedAt: Date

    public func role(in language: Language) -> String { language == .en && !roleEn.isEmpty ? roleEn : roleZh }
}

/// What the department sends to publish or adjust an entry.
public struct CatalogueEntryInput: Sendable, Equatable, Codable {
    public var code: String
    public var field: TalentField?
    public var roleZh: String
    public var roleEn: String
    public var level: TalentLevel?
    public var requirementsZh: String
    public var requirementsEn: String
    public var note: String

    public init(code: String, field: TalentField?, roleZh: String, roleEn: String = "", level: TalentLevel?,
                requirementsZh: String, requirementsEn: String = "", note: String = "") {
        self.code = code
        self.field = field
        self.roleZh = roleZh
        self.roleEn = roleEn
        self.level = level
        self.requirementsZh = requirementsZh
        self.requirementsEn = requirementsEn
        self.note = note
    }

    public init(_ e: CatalogueEntry) {
        self.init(code: e.code, field: e.field, roleZh: e.roleZh, roleEn: e.roleEn, level: e.level,
                  requirementsZh: e.requirementsZh, requirementsEn: e.requirementsEn, note: "")
    }
}

public enum OpeningStatus: String, Sendable, Codable, CaseIterable {
    case open
    case closed

    public var label: LocalizedText {
        switch self {
        case .open: LocalizedText(zh: "招聘中", en: "Open")
        case .closed: LocalizedText(zh: "已关闭", en: "Closed")
        }
    }
}

/// A position an enterprise or institute offers, linked to the catalogue entry it answers (Art. 40).
public struct Opening: Sendable, Equatable, Codable, Identifiable {
    public typealias ID = Identifier<Opening>
    public let id: ID
    public var organisationID: UUID
    /// The catalogue version the opening was posted against.
    public var entryID: CatalogueEntry.ID
    public var entryCode: String
    public var field: TalentField
    public var titleZh: String
    public var titleEn: String
    public var description: String
    public var district: District
    public var closesOn: BeijingDay?
    public var status: OpeningStatus
    public var postedBy: UUID
    public var createdAt: Date
    public var updatedAt: Date

    public func title(in language: Language) -> String { language == .en && !titleEn.isEmpty ? titleEn : titleZh }
}

public struct OpeningInput: Sendable, Equatable, Codable {
    public var organisationID: UUID?
    public var entryID: UUID?
    public var titleZh: String
    public var titleEn: String
    public var description: String
    public var district: District?
    public var closesOn: BeijingDay?

    public init(organisationID: UUID?, entryID: UUID?, titleZh: String, titleEn: String = "", description: String,
                district: District?, closesOn: BeijingDay? = nil) {
        self.organisationID = organisationID
        self.entryID = entryID
        self.titleZh = titleZh
        self.titleEn = titleEn
        self.description = description
        self.district = district
        self.closesOn = closesOn
    }
}
