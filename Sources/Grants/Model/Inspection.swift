import Foundation
import KechuangCore

/// Who inspects, audits or evaluates (Art. 50(3)): every body enters its work on one calendar.
public enum InspectionBody: String, Sendable, Codable, CaseIterable {
    case scienceDepartment = "science_department"
    case financeBureau = "finance_bureau"
    case auditOffice = "audit_office"
    case superior

    public var label: LocalizedText {
        switch self {
        case .scienceDepartment: LocalizedText(zh: "科技主管部门", en: "S&T department")
        case .financeBureau: LocalizedText(zh: "财政部门", en: "Finance bureau")
        case .auditOffice: LocalizedText(zh: "审计机关", en: "Audit office")
        case .superior: LocalizedText(zh: "单位上级主管部门", en: "The institution's superior body")
        }
    }
}

/// What kind of visit it is.
public enum InspectionKind: String, Sendable, Codable, CaseIterable {
    case inspection, audit, evaluation

    public var label: LocalizedText {
        switch self {
        case .inspection: LocalizedText(zh: "检查", en: "Inspection")
        case .audit: LocalizedText(zh: "审计", en: "Audit")
        case .evaluation: LocalizedText(zh: "评估", en: "Evaluation")
        }
    }
}

/// What is looked at. Two entries of the same target and scope within 12 months repeat each other.
public enum InspectionScope: String, Sendable, Codable, CaseIterable {
    case finance, progress, integrity, ethics

    public var label: LocalizedText {
        switch self {
        case .finance: LocalizedText(zh: "财务", en: "Finance")
        case .progress: LocalizedText(zh: "进展", en: "Progress")
        case .integrity: LocalizedText(zh: "科研诚信", en: "Research integrity")
        case .ethics: LocalizedText(zh: "科技伦理", en: "Research ethics")
        }
    }
}

/// What is inspected: one project, or an institution as a whole.
public enum InspectionTarget: Sendable, Hashable {
    case project(UUID)
    case institution(UUID)

    public var kind: String {
        switch self {
        case .project: "project"
        case .institution: "institution"
        }
    }

    public var id: UUID {
        switch self {
        case .project(let id), .institution(let id): id
        }
    }

    public init?(kind: String, id: UUID) {
        switch kind {
        case "project": self = .project(id)
        case "institution": self = .institution(id)
        default: return nil
        }
    }
}

/// One inspection, audit or evaluation on the one plan (Art. 50(3)). Its findings, once recorded,
/// are shared with every later body, which is what makes a repeat visit unnecessary.
public struct Inspection: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<Inspection>
    public let id: ID
    public var kind: InspectionKind
    public var body: InspectionBody
    /// The body's own name, e.g. 北京市财政局.
    public var bodyName: String
    public var target: InspectionTarget
    /// The project's number and title, or the institution's name, when entered.
    public var targetName: String
    /// The institution concerned: the target itself, or the project's institution. Its research
    /// office sees the entry on its yearly plan.
    public var organisationID: UUID
    public var scopes: Set<InspectionScope>
    /// First and last day of the visit (inclusive).
    public var periodStart: BeijingDay
    public var periodEnd: BeijingDay
    public var title: String
    public var findings: String
    public var findingsRecordedAt: Date?
    public var findingsRecordedBy: String?
    public var enteredBy: String
    public var createdAt: Date
    public var version: Int

    public init(id: ID, kind: InspectionKind, body: InspectionBody, bodyName: String, target: InspectionTarget, targetName: String,
                organisationID: UUID, scopes: Set<InspectionScope>, periodStart: BeijingDay, periodEnd: BeijingDay, title: String,
                findings: String, findingsRecordedAt: Date?, findingsRecordedBy: String?, enteredBy: String, createdAt: Date, version: Int) {
        self.id = id
        self.kind = kind
        self.body = body
        self.bodyName = bodyName
        self.target = target
        self.targetName = targetName
        self.organisationID = organisationID
        self.scopes = scopes
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.title = title
        self.findings = findings
        self.findingsRecordedAt = findingsRecordedAt
        self.findingsRecordedBy = findingsRecordedBy
        self.enteredBy = enteredBy
        self.createdAt = createdAt
        self.version = version
    }

    /// Scopes in a fixed order, for display and storage.
    public var orderedScopes: [InspectionScope] { InspectionScope.allCases.filter(scopes.contains) }

    public var hasFindings: Bool { findingsRecordedAt != nil }
}

/// An inspection as entered on a form or sent to the API: typed where the form could read it,
/// nil where it could not (each gets its own field error).
public struct InspectionInput: Sendable, Equatable {
    public var kind: InspectionKind?
    public var body: InspectionBody?
    public var bodyName: String
    public var target: InspectionTarget?
    public var scopes: Set<InspectionScope>
    public var periodStart: BeijingDay?
    public var periodEnd: BeijingDay?
    public var title: String

    public init(kind: InspectionKind?, body: InspectionBody?, bodyName: String, target: InspectionTarget?, scopes: Set<InspectionScope>,
                periodStart: BeijingDay?, periodEnd: BeijingDay?, title: String) {
        self.kind = kind
        self.body = body
        self.bodyName = bodyName
        self.target = target
        self.scopes = scopes
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.title = title
    }
}
