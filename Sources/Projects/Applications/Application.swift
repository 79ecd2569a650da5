import Foundation
import KechuangCore

public struct TeamMember: Sendable, Equatable, Codable {
    public var name: String
    public var email: String
    public var organisationID: UUID?
    /// Members from another organisation confirm their participation before submission.
    public var confirmedAt: Date?

    public init(name: String, email: String, organisationID: UUID?, confirmedAt: Date? = nil) {
        self.name = name
        self.email = email
        self.organisationID = organisationID
        self.confirmedAt = confirmedAt
    }
}

/// A PDF attached for one of the call's required documents.
public struct AttachedDocument: Sendable, Equatable, Codable {
    /// The required document it stands for, as the call names it.
    public var document: String
    public var attachment: StoredAttachment

    public init(document: String, attachment: StoredAttachment) {
        self.document = document
        self.attachment = attachment
    }
}

public struct BudgetLine: Sendable, Equatable, Codable {
    /// A standard category (equipment, materials, testing, travel, conferences, publication,
    /// labour, expert consultation, indirect), or `lump_sum` for lump-sum calls (Art. 50(2)).
    public var category: String
    /// In yuan.
    public var amount: Int
    public var note: String

    public init(category: String, amount: Int, note: String = "") {
        self.category = category
        self.amount = amount
        self.note = note
    }

    public static let categories = ["equipment", "materials", "testing", "travel", "conferences", "publication", "labour", "consultation", "indirect"]
}

/// An application to a call. The PI edits it as a draft; submission checks it against the call.
public struct GrantApplication: Sendable, Equatable, Codable, Identifiable {
    public typealias ID = Identifier<GrantApplication>
    public let id: ID
    public let callID: UUID
    public let principalInvestigatorID: UUID
    public var organisationID: UUID
    public var titleZh: String
    public var titleEn: String
    public var keywords: String
    /// The discipline code the applicant files under (申请代码), two levels: `F01` or `F0101`.
    public var discipline: String
    public var summary: String
    public var plan: String
    /// `human`, `animal`, `ai`, `other`: research that needs an ethics review (Art. 61).
    public var sensitiveAreas: Set<String>
    /// The ethics approval (伦理审查批件) the application cites for those areas, checked against
    /// the ethics registry at submission and at award (`EthicsRegistry.check`, Art. 61).
    public var ethicsApprovalNumber: String
    public var piPhDYear: Int?
    public var team: [TeamMember]
    /// Co-applicant organisations of a consortium (Art. 3).
    public var partners: [UUID]
    public var budget: [BudgetLine]
    public var attachments: [AttachedDocument]
    /// The written sections the call asks for, by heading.
    public var sections: [String: String]
    public var state: ApplicationState
    public var submittedAt: Date?
    public var officeComment: String?
    /// The programme officer's note at the formal check or the funding decision.
    public var officerNote: String?
    public var version: Int

    /// The sum of the budget lines, in yuan. Saves keep it within `Money.range`; a row stored
    /// before that bound existed stops at `Int.max` instead of trapping (and fails submission).
    public var budgetTotal: Int { Money.clampedSum(budget.lazy.map(\.amount)) }

    /// The text compared for near-duplicates and scored against experts' expertise: title,
    /// keywords, summary, plan and the written sections in the call's order of headings.
    public var fullText: String {
        ([titleZh, titleEn, keywords, summary, plan] + sections.keys.sorted().map { sections[$0] ?? "" }).joined(separator: "\n")
    }
}

/// The parts of an application the PI edits, page by page.
public struct ApplicationDraft: Sendable, Equatable, Codable {
    enum CodingKeys: String, CodingKey {
        case titleZh, titleEn, keywords, discipline, summary, plan, sensitiveAreas, ethicsApprovalNumber, piPhDYear, team, partners, budget, attachments, sections
    }

    /// Drafts saved before attachments and sections existed decode with none.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        titleZh = try c.decode(String.self, forKey: .titleZh)
        titleEn = try c.decode(String.self, forKey: .titleEn)
        keywords = try c.decode(String.self, forKey: .keywords)
        discipline = try c.decodeIfPresent(String.self, forKey: .discipline) ?? ""
        summary = try c.decode(String.self, forKey: .summary)
        plan = try c.decode(String.self, forKey: .plan)
        sensitiveAreas = try c.decode(Set<String>.self, forKey: .sensitiveAreas)
        // Drafts saved with the old ethics checkbox cite no approval: the check then asks for one.
        ethicsApprovalNumber = try c.decodeIfPresent(String.self, forKey: .ethicsApprovalNumber) ?? ""
        piPhDYear = try c.decodeIfPresent(Int.self, forKey: .piPhDYear)
        team = try c.decode([TeamMember].self, forKey: .team)
        partners = try c.decode([UUID].self, forKey: .partners)
        budget = try c.decode([BudgetLine].self, forKey: .budget)
        attachments = try c.decodeIfPresent([AttachedDocument].self, forKey: .attachments) ?? []
        sections = try c.decodeIfPresent([String: String].self, forKey: .sections) ?? [:]
    }

    public var titleZh: String
    public var titleEn: String
    public var keywords: String
    public var discipline: String
    public var summary: String
    public var plan: String
    public var sensitiveAreas: Set<String>
    public var ethicsApprovalNumber: String
    public var piPhDYear: Int?
    public var team: [TeamMember]
    public var partners: [UUID]
    public var budget: [BudgetLine]
    public var attachments: [AttachedDocument]
    public var sections: [String: String]

    public init(titleZh: String = "", titleEn: String = "", keywords: String = "", discipline: String = "", summary: String = "", plan: String = "",
                sensitiveAreas: Set<String> = [], ethicsApprovalNumber: String = "", piPhDYear: Int? = nil,
                team: [TeamMember] = [], partners: [UUID] = [], budget: [BudgetLine] = [], attachments: [AttachedDocument] = [],
                sections: [String: String] = [:]) {
        self.attachments = attachments
        self.sections = sections
        self.titleZh = titleZh
        self.titleEn = titleEn
        self.keywords = keywords
        self.discipline = discipline
        self.summary = summary
        self.plan = plan
        self.sensitiveAreas = sensitiveAreas
        self.ethicsApprovalNumber = ethicsApprovalNumber
        self.piPhDYear = piPhDYear
        self.team = team
        self.partners = partners
        self.budget = budget
    }
}
