import Foundation
import KechuangCore

/// A rule of a call: a condition, the article it implements, the period it is in force and the
/// text shown to applicants. Stored as JSON:
///
///     {"id": "young.age", "condition": {"piAgeAtMost": 35}, "article": "45",
///      "effectiveFrom": "2025-01-01T00:00:00+08:00",
///      "description": {"zh": "…", "en": "…"}}
///
/// `article` is written as its code (`"45"`, `"50(1)"`); dates are ISO 8601 (written with the
/// Beijing offset, whole seconds; a bare `"2025-01-01"` is read as Beijing midnight);
/// `effectiveUntil` (exclusive) is left out when open-ended.
public struct EligibilityRule: Sendable, Equatable, Identifiable {
    public var id: String
    public var condition: Condition
    /// The article the rule implements, e.g. Art. 45 for an age limit, Art. 60 for integrity; nil
    /// for a condition that is the call's own (e.g. registered in Beijing): no article is cited then.
    public var article: ArticleRef?
    public var effectiveFrom: Date
    /// Exclusive: the rule no longer applies from this instant.
    public var effectiveUntil: Date?
    /// Shown to applicants.
    public var description: LocalizedText

    public init(
        id: String, condition: Condition, article: ArticleRef?, effectiveFrom: Date = .regulationInForce,
        effectiveUntil: Date? = nil, description: LocalizedText
    ) {
        self.id = id
        self.condition = condition
        self.article = article
        self.effectiveFrom = effectiveFrom
        self.effectiveUntil = effectiveUntil
        self.description = description
    }

    /// Same interval as `Rule.isInForce`: from `effectiveFrom` (inclusive) to `effectiveUntil` (exclusive).
    public func isInForce(at date: Date) -> Bool {
        date >= effectiveFrom && (effectiveUntil.map { date < $0 } ?? true)
    }
}

/// The facts about an application that rules are evaluated on (filled by the applications module).
/// `nil` means unknown: a condition that needs an unknown fact is not met, and says so.
public struct ApplicationFacts: Sendable, Codable, Equatable {
    /// `OrganisationType` raw value of the applicant (lead) organisation.
    public var organisationType: String?
    /// `District` raw value of the applicant organisation (`outside_beijing` for partners elsewhere).
    public var organisationDistrict: String?
    /// Whether the applicant is restricted from project application for research misconduct (Art. 60).
    public var integrityRestricted: Bool?
    public var runningProjectsOfPI: Int?
    public var piBirthYear: Int?
    public var piPhDYear: Int?
    /// Types of the partner organisations. The applicant organisation counts as a member of the
    /// consortium too, so it need not be repeated here.
    public var teamOrganisationTypes: [String]
    /// "human", "animal", "ai", "other".
    public var sensitiveAreas: Set<String>
    public var hasEthicsApproval: Bool
    /// The call's closing date: ages and years since the PhD are counted at this date's year (Beijing time).
    public var referenceDate: Date

    public init(
        organisationType: String? = nil, organisationDistrict: String? = nil, integrityRestricted: Bool? = nil,
        runningProjectsOfPI: Int? = nil, piBirthYear: Int? = nil, piPhDYear: Int? = nil,
        teamOrganisationTypes: [String] = [], sensitiveAreas: Set<String> = [], hasEthicsApproval: Bool = false,
        referenceDate: Date
    ) {
        self.organisationType = organisationType
        self.organisationDistrict = organisationDistrict
        self.integrityRestricted = integrityRestricted
        self.runningProjectsOfPI = runningProjectsOfPI
        self.piBirthYear = piBirthYear
        self.piPhDYear = piPhDYear
        self.teamOrganisationTypes = teamOrganisationTypes
        self.sensitiveAreas = sensitiveAreas
        self.hasEthicsApproval = hasEthicsApproval
        self.referenceDate = referenceDate
    }
}

/// The result of one rule for one application: passed or not, the article, and a sentence in both
/// languages that cites the article, says met / not met and gives the facts behind it.
public struct RuleOutcome: Sendable, Codable, Equatable {
    public let ruleID: String
    public let passed: Bool
    public let article: ArticleRef?
    /// e.g. zh "项目负责人年龄不超过35周岁（第四十五条）：不符合，项目负责人2025年为38周岁（1987年出生）。"
    public let sentence: LocalizedText

    public init(ruleID: String, passed: Bool, article: ArticleRef?, sentence: LocalizedText) {
        self.ruleID = ruleID
        self.passed = passed
        self.article = article
        self.sentence = sentence
    }
}

// MARK: - JSON form

extension EligibilityRule: Codable {
    enum CodingKeys: String, CodingKey {
        case id, condition, article, effectiveFrom, effectiveUntil, description
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(condition, forKey: .condition)
        try c.encodeIfPresent(article?.code, forKey: .article)
        try c.encode(RuleDate.format(effectiveFrom), forKey: .effectiveFrom)
        try c.encodeIfPresent(effectiveUntil.map(RuleDate.format), forKey: .effectiveUntil)
        try c.encode(description, forKey: .description)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        condition = try c.decode(Condition.self, forKey: .condition)
        if try !c.contains(.article) || c.decodeNil(forKey: .article) {
            article = nil // the call's own condition
        } else if let code = try? c.decode(String.self, forKey: .article) {
            guard let ref = ArticleRef(code: code) else {
                throw DecodingError.dataCorruptedError(forKey: .article, in: c,
                    debugDescription: "“\(code)” is not an article: write e.g. \"45\" or \"50(1)\"")
            }
            article = ref
        } else {
            article = try c.decode(ArticleRef.self, forKey: .article)
        }
        effectiveFrom = try RuleDate.decode(c, .effectiveFrom)
        effectiveUntil = try c.contains(.effectiveUntil) && !c.decodeNil(forKey: .effectiveUntil)
            ? RuleDate.decode(c, .effectiveUntil) : nil
        description = try c.decode(LocalizedText.self, forKey: .description)
    }
}

/// Dates in stored rules: ISO 8601 with the Beijing offset, whatever the encoder's date strategy.
enum RuleDate {
    static func format(_ date: Date) -> String { BeijingTime.rfc3339(date) }

    /// A date-time with an explicit offset, or a Beijing calendar day `2025-01-01` (its 00:00).
    static func parse(_ text: String) -> Date? {
        let full = ISO8601DateFormatter()
        full.formatOptions = [.withInternetDateTime]
        if let date = full.date(from: text) { return date }
        full.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = full.date(from: text) { return date }
        return text.count == 10 ? BeijingDay(parsing: text)?.start : nil
    }

    static func decode(_ c: KeyedDecodingContainer<EligibilityRule.CodingKeys>, _ key: EligibilityRule.CodingKeys) throws -> Date {
        if let text = try? c.decode(String.self, forKey: key) {
            guard let date = parse(text) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: c,
                    debugDescription: "“\(text)” is not a date: write e.g. \"2025-01-01\" or \"2025-01-01T00:00:00+08:00\"")
            }
            return date
        }
        return try c.decode(Date.self, forKey: key) // whatever the decoder's own date strategy reads
    }
}
