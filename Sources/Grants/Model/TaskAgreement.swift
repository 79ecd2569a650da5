import Foundation
import KechuangCore

/// A milestone of the task agreement (里程碑), with the day it is due.
public struct Milestone: Sendable, Equatable, Codable, Identifiable {
    public let id: UUID
    public var titleZh: String
    public var titleEn: String
    public var due: BeijingDay

    public init(id: UUID = UUID(), titleZh: String, titleEn: String, due: BeijingDay) {
        self.id = id
        self.titleZh = titleZh
        self.titleEn = titleEn
        self.due = due
    }
}

/// A disbursement tranche (拨款批次): released on signature (no milestone) or when its milestone
/// is met. The amounts add up to the awarded amount.
public struct Tranche: Sendable, Equatable, Codable, Identifiable {
    public let id: UUID
    /// In yuan.
    public var amount: Int
    public var milestoneID: UUID?

    public init(id: UUID = UUID(), amount: Int, milestoneID: UUID?) {
        self.id = id
        self.amount = amount
        self.milestoneID = milestoneID
    }
}

/// An assessment indicator (考核指标) with its target value, reported against at each report
/// and judged at acceptance.
public struct Indicator: Sendable, Equatable, Codable, Identifiable {
    public let id: UUID
    public var nameZh: String
    public var nameEn: String
    /// E.g. 篇 / papers, 项 / patents, %.
    public var unit: String
    public var target: Double

    public init(id: UUID = UUID(), nameZh: String, nameEn: String, unit: String, target: Double) {
        self.id = id
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.unit = unit
        self.target = target
    }

    /// `name` in the viewer's language.
    public var name: LocalizedText { LocalizedText(zh: nameZh, en: nameEn) }
}

/// The budget of one project year, in yuan.
public struct YearBudget: Sendable, Equatable, Codable {
    public var year: Int
    public var amount: Int

    public init(year: Int, amount: Int) {
        self.year = year
        self.amount = amount
    }
}

/// What the parties agree on: everything the signatures cover. Its canonical text
/// (`TaskAgreementText.canonical`) is what each signature's SHA-256 is taken of.
public struct AgreementTerms: Sendable, Equatable, Codable {
    public var objectivesZh: String
    public var objectivesEn: String
    public var deliverablesZh: String
    public var deliverablesEn: String
    public var indicators: [Indicator]
    public var milestones: [Milestone]
    public var budgetByYear: [YearBudget]
    public var tranches: [Tranche]

    public init(objectivesZh: String = "", objectivesEn: String = "", deliverablesZh: String = "", deliverablesEn: String = "",
                indicators: [Indicator] = [], milestones: [Milestone] = [], budgetByYear: [YearBudget] = [], tranches: [Tranche] = []) {
        self.objectivesZh = objectivesZh
        self.objectivesEn = objectivesEn
        self.deliverablesZh = deliverablesZh
        self.deliverablesEn = deliverablesEn
        self.indicators = indicators
        self.milestones = milestones
        self.budgetByYear = budgetByYear
        self.tranches = tranches
    }
}

/// Who signs, in order: the PI submits, the research office of the PI's organisation approves
/// (Art. 22), the programme officer signs for the funder.
public enum AgreementParty: String, Sendable, Codable, CaseIterable {
    case principalInvestigator = "principal_investigator"
    case researchOffice = "research_office"
    case programmeOfficer = "programme_officer"

    public var label: LocalizedText {
        switch self {
        case .principalInvestigator: LocalizedText(zh: "项目负责人", en: "Principal investigator")
        case .researchOffice: LocalizedText(zh: "依托单位科研管理部门", en: "Research office")
        case .programmeOfficer: LocalizedText(zh: "项目主管部门", en: "Programme officer")
        }
    }
}

/// One signature: who, when, and the SHA-256 (hex) of the exact canonical text signed.
public struct AgreementSignature: Sendable, Equatable, Codable {
    public var party: AgreementParty
    public var personID: UUID
    public var name: String
    public var at: Date
    public var sha256: String

    public init(party: AgreementParty, personID: UUID, name: String, at: Date, sha256: String) {
        self.party = party
        self.personID = personID
        self.name = name
        self.at = at
        self.sha256 = sha256
    }
}

/// Where the agreement is, derived from its signatures on the current text.
public enum AgreementStage: String, Sendable, Codable, CaseIterable {
    /// The PI edits it.
    case draft
    /// The PI signed it; waiting for the research office.
    case submitted
    /// The research office approved it; waiting for the programme officer.
    case approved
    /// All three signed the same text: the project runs.
    case signed

    public var label: LocalizedText {
        switch self {
        case .draft: LocalizedText(zh: "编制中", en: "Draft")
        case .submitted: LocalizedText(zh: "待依托单位审核", en: "Waiting for the research office")
        case .approved: LocalizedText(zh: "待项目主管部门签署", en: "Waiting for the programme officer")
        case .signed: LocalizedText(zh: "已签订", en: "Signed")
        }
    }
}

/// The task agreement (任务书) of a project.
public struct TaskAgreement: Sendable, Equatable, Codable, Identifiable {
    public typealias ID = Identifier<TaskAgreement>
    public let id: ID
    public let projectID: Project.ID
    public var terms: AgreementTerms
    /// Every signature ever given, oldest first; only those over the current text count.
    public var signatures: [AgreementSignature]
    public var version: Int
    public var updatedAt: Date

    public init(id: ID, projectID: Project.ID, terms: AgreementTerms, signatures: [AgreementSignature], version: Int, updatedAt: Date) {
        self.id = id
        self.projectID = projectID
        self.terms = terms
        self.signatures = signatures
        self.version = version
        self.updatedAt = updatedAt
    }

    public var milestones: [Milestone] { terms.milestones }
    public var tranches: [Tranche] { terms.tranches }
    public var indicators: [Indicator] { terms.indicators }
}
