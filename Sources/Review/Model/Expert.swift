import Foundation
import KechuangCore

/// An expert in the reviewer pool: a person with the reviewer role and this profile.
public struct ExpertProfile: Sendable, Equatable, Codable, Identifiable {
    public var id: UUID { personID }
    public let personID: UUID
    public var name: String
    public var email: String
    /// Discipline codes, two levels (`F01` department-level, `F0101` sub-discipline).
    public var disciplines: [String]
    /// Keywords separated by `；`, `;`, `，` or `,`.
    public var keywords: String
    /// Free text: what the expert knows and has worked on.
    public var expertise: String
    /// `zh`, `en`: languages the expert reviews in.
    public var languages: [String]
    /// Periods the expert is available for review; empty means always.
    public var availability: [AvailabilityWindow]
    /// Most proposals the expert takes in one round.
    public var maxLoad: Int
    /// Organisations the expert belonged to before, with years (conflicts within 3 years).
    public var pastAffiliations: [PastAffiliation]
    /// Conflicts the expert declared themselves.
    public var declaredConflicts: [DeclaredConflict]
    /// Officers deactivate experts; inactive experts are not assigned.
    public var active: Bool
    public var version: Int

    public init(personID: UUID, name: String, email: String, disciplines: [String] = [], keywords: String = "", expertise: String = "",
                languages: [String] = ["zh"], availability: [AvailabilityWindow] = [], maxLoad: Int = 10,
                pastAffiliations: [PastAffiliation] = [], declaredConflicts: [DeclaredConflict] = [], active: Bool = true, version: Int = 1) {
        self.personID = personID
        self.name = name
        self.email = email
        self.disciplines = disciplines
        self.keywords = keywords
        self.expertise = expertise
        self.languages = languages
        self.availability = availability
        self.maxLoad = maxLoad
        self.pastAffiliations = pastAffiliations
        self.declaredConflicts = declaredConflicts
        self.active = active
        self.version = version
    }

    /// Whether the expert is available for the whole of `period` (or has given no windows).
    public func isAvailable(from start: Date, until end: Date) -> Bool {
        availability.isEmpty || availability.contains { $0.from <= start && end <= $0.until }
    }
}

public struct AvailabilityWindow: Sendable, Equatable, Codable {
    public var from: Date
    public var until: Date
    public init(from: Date, until: Date) { self.from = from; self.until = until }
}

public struct PastAffiliation: Sendable, Equatable, Codable {
    public var organisationID: UUID
    public var organisationName: String
    public var fromYear: Int
    public var untilYear: Int
    public init(organisationID: UUID, organisationName: String, fromYear: Int, untilYear: Int) {
        self.organisationID = organisationID
        self.organisationName = organisationName
        self.fromYear = fromYear
        self.untilYear = untilYear
    }
}

/// A conflict the expert declares: with a person (by email) or an organisation, until it expires.
public struct DeclaredConflict: Sendable, Equatable, Codable {
    public enum Target: Sendable, Equatable, Codable {
        case person(email: String)
        case organisation(UUID)
    }
    public var target: Target
    public var reason: String
    public var expires: Date?
    public init(target: Target, reason: String, expires: Date?) {
        self.target = target
        self.reason = reason
        self.expires = expires
    }
}

/// Two-level discipline codes like NSFC's application codes: a letter and two digits for the
/// first level (`F01`), two more digits for the second (`F0101`).
public enum DisciplineCode {
    public static func isValid(_ code: String) -> Bool {
        code.range(of: #"^[A-Z][0-9]{2}([0-9]{2})?$"#, options: .regularExpression) != nil
    }

    public static func firstLevel(_ code: String) -> String { String(code.prefix(3)) }

    /// 1 for the same code (or a first-level code containing the other), ½ for the same first level, else 0.
    public static func match(_ proposal: String, _ expert: [String]) -> Double {
        guard !proposal.isEmpty else { return 0 }
        var best = 0.0
        for code in expert {
            if code == proposal || (code.count == 3 && proposal.hasPrefix(code)) { return 1 }
            if firstLevel(code) == firstLevel(proposal) { best = 0.5 }
        }
        return best
    }
}
