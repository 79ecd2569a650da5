import Foundation
import KechuangCore
import Projects

/// What an expenditure line is spent on: the standard budget categories of the applications
/// (`BudgetLine.categories`), whose raw values a call's negative list names, plus the two
/// cross-border categories, which count only once the programme officer approved the line.
public enum ExpenditureCategory: String, Sendable, Codable, CaseIterable {
    case equipment, materials, testing, travel, conferences, publication, labour, consultation, indirect
    /// Paying foreign collaborators (境外合作).
    case foreignCollaboration = "foreign_collaboration"
    /// Equipment bought from abroad (境外设备采购).
    case importedEquipment = "imported_equipment"

    /// Cross-border spending: recorded in its own category, and counted only after approval.
    public var isCrossBorder: Bool { self == .foreignCollaboration || self == .importedEquipment }

    /// The budget category the line draws on in budget mode: imported equipment is equipment,
    /// foreign collaboration is consultation/labour-like and has no budget line of its own, so it
    /// draws on the category named in the budget as `consultation`.
    public var budgetCategory: String {
        switch self {
        case .importedEquipment: ExpenditureCategory.equipment.rawValue
        case .foreignCollaboration: ExpenditureCategory.consultation.rawValue
        default: rawValue
        }
    }

    public var label: LocalizedText {
        switch self {
        case .equipment: LocalizedText(zh: "设备费", en: "Equipment")
        case .materials: LocalizedText(zh: "材料费", en: "Materials")
        case .testing: LocalizedText(zh: "测试化验加工费", en: "Testing and processing")
        case .travel: LocalizedText(zh: "差旅费", en: "Travel")
        case .conferences: LocalizedText(zh: "会议费", en: "Conferences")
        case .publication: LocalizedText(zh: "出版/文献/信息传播费", en: "Publication and information")
        case .labour: LocalizedText(zh: "劳务费", en: "Labour")
        case .consultation: LocalizedText(zh: "专家咨询费", en: "Expert consultation")
        case .indirect: LocalizedText(zh: "间接费用", en: "Indirect costs")
        case .foreignCollaboration: LocalizedText(zh: "境外合作费用（跨境）", en: "Foreign collaborators (cross-border)")
        case .importedEquipment: LocalizedText(zh: "境外设备采购（跨境）", en: "Equipment from abroad (cross-border)")
        }
    }

    /// The label of a budget category raw value (`BudgetLine.categories`), or the raw value.
    public static func label(of category: String) -> LocalizedText {
        ExpenditureCategory(rawValue: category)?.label ?? LocalizedText(zh: category, en: category)
    }
}

/// Whom the money went to.
public enum PayeeKind: String, Sendable, Codable, CaseIterable {
    case organisation, individual
    case foreignOrganisation = "foreign_organisation"
    case foreignIndividual = "foreign_individual"

    public var label: LocalizedText {
        switch self {
        case .organisation: LocalizedText(zh: "境内单位", en: "Organisation in China")
        case .individual: LocalizedText(zh: "境内个人", en: "Individual in China")
        case .foreignOrganisation: LocalizedText(zh: "境外单位", en: "Organisation abroad")
        case .foreignIndividual: LocalizedText(zh: "境外个人", en: "Individual abroad")
        }
    }
}

/// Where a line is. Ordinary lines count when recorded; cross-border lines wait for the programme
/// officer and count once approved.
public enum ExpenditureState: String, Sendable, Codable, CaseIterable {
    case recorded
    case awaitingApproval = "awaiting_approval"
    case approved
    case rejected

    /// Spent: counts against the award.
    public var counts: Bool { self == .recorded || self == .approved }

    public var label: LocalizedText {
        switch self {
        case .recorded: LocalizedText(zh: "已记账", en: "Recorded")
        case .awaitingApproval: LocalizedText(zh: "跨境支出待审批", en: "Cross-border: awaiting approval")
        case .approved: LocalizedText(zh: "跨境支出已批准", en: "Cross-border: approved")
        case .rejected: LocalizedText(zh: "跨境支出未获批准", en: "Cross-border: not approved")
        }
    }
}

/// The receipt of a line: a PDF in the attachment store.
public struct ExpenditureReceipt: Sendable, Equatable, Codable {
    public var key: String
    public var sha256: String
    public var name: String
    public var size: Int

    public init(key: String, sha256: String, name: String, size: Int) {
        self.key = key
        self.sha256 = sha256
        self.name = name
        self.size = size
    }
}

/// One expenditure line (支出明细) the institution records for a project (Art. 50(2)).
public struct Expenditure: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<Expenditure>
    public let id: ID
    public let projectID: Project.ID
    public var category: ExpenditureCategory
    /// In yuan.
    public var amount: Int
    public var date: BeijingDay
    public var payeeKind: PayeeKind
    public var payee: String
    public var description: String
    public var receipt: ExpenditureReceipt?
    public var state: ExpenditureState
    public var decisionNote: String
    public var decidedBy: String?
    public var decidedAt: Date?
    public var recordedBy: String
    public var createdAt: Date
    public var version: Int

    public init(id: ID, projectID: Project.ID, category: ExpenditureCategory, amount: Int, date: BeijingDay, payeeKind: PayeeKind, payee: String,
                description: String, receipt: ExpenditureReceipt?, state: ExpenditureState, decisionNote: String, decidedBy: String?,
                decidedAt: Date?, recordedBy: String, createdAt: Date, version: Int) {
        self.id = id
        self.projectID = projectID
        self.category = category
        self.amount = amount
        self.date = date
        self.payeeKind = payeeKind
        self.payee = payee
        self.description = description
        self.receipt = receipt
        self.state = state
        self.decisionNote = decisionNote
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
        self.recordedBy = recordedBy
        self.createdAt = createdAt
        self.version = version
    }
}

/// A line as typed: nil where the form could not read a value (each gets its own field error).
public struct ExpenditureInput: Sendable, Equatable {
    public var category: ExpenditureCategory?
    public var amount: Int?
    public var date: BeijingDay?
    public var payeeKind: PayeeKind?
    public var payee: String
    public var description: String

    public init(category: ExpenditureCategory?, amount: Int?, date: BeijingDay?, payeeKind: PayeeKind?, payee: String, description: String) {
        self.category = category
        self.amount = amount
        self.date = date
        self.payeeKind = payeeKind
        self.payee = payee
        self.description = description
    }
}
