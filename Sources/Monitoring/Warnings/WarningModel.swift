import Foundation
import Identity
import KechuangCore

public enum WarningSeverity: String, Sendable, Codable, CaseIterable, Comparable {
    case low, medium, high

    public var label: LocalizedText {
        switch self {
        case .low: LocalizedText(zh: "低", en: "Low")
        case .medium: LocalizedText(zh: "中", en: "Medium")
        case .high: LocalizedText(zh: "高", en: "High")
        }
    }

    var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    public static func < (a: WarningSeverity, b: WarningSeverity) -> Bool { a.rank < b.rank }
}

public enum WarningState: String, Sendable, Codable, CaseIterable {
    case open, acknowledged, closed

    public var label: LocalizedText {
        switch self {
        case .open: LocalizedText(zh: "待处理", en: "Open")
        case .acknowledged: LocalizedText(zh: "已确认", en: "Acknowledged")
        case .closed: LocalizedText(zh: "已关闭", en: "Closed")
        }
    }

    /// Open and acknowledged warnings are still open: a run raises no second one for the same rule and subject.
    public var isOpen: Bool { self != .closed }
}

/// A risk warning (Art. 65(1)): raised by a warning rule over the platform's data, owned by an
/// officer, acknowledged and closed with a note. It informs; it never blocks anything by itself.
public struct RiskWarning: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<RiskWarning>
    public let id: ID
    public let ruleID: String
    /// `project`, `person` or `organisation`.
    public let subjectType: String
    public let subjectID: String
    public let subjectLabel: String
    public let severity: WarningSeverity
    public let evidence: LocalizedText
    public let state: WarningState
    public let ownerID: UUID?
    public let raisedAt: Date
    public let acknowledgedBy: UUID?
    public let acknowledgedAt: Date?
    public let acknowledgement: String
    public let closedBy: UUID?
    public let closedAt: Date?
    public let closingNote: String
    public let version: Int

    public var rule: WarningRule? { WarningRules.rule(ruleID) }
}

/// What one run of the warning rules did.
public struct WarningRun: Sendable, Equatable {
    public let raised: [RiskWarning]
    /// Candidates whose rule and subject already had an open warning.
    public let alreadyOpen: Int
    /// Rules that could not be evaluated (the data they need does not exist), by id.
    public let notEvaluated: [String]
}

/// Who may read and handle risk warnings (Art. 65(1)).
public enum WarningAccess {
    /// Officers of the departments, programme officers, integrity officers and the administrator read the warnings.
    public static func mayView(_ person: Person) -> Bool {
        !person.roles.isDisjoint(with: [.departmentStaff, .programmeOfficer, .integrityOfficer, .platformAdmin])
    }

    /// Department staff and the administrator run the rules and acknowledge warnings (taking them over).
    public static func mayRun(_ person: Person) -> Bool {
        !person.roles.isDisjoint(with: [.departmentStaff, .platformAdmin])
    }

    /// A warning is closed by its owner or the administrator; one without an owner by whoever may run the rules.
    public static func mayClose(_ person: Person, _ warning: RiskWarning) -> Bool {
        if person.roles.contains(.platformAdmin) { return true }
        guard let owner = warning.ownerID else { return mayRun(person) }
        return owner == person.id
    }
}
