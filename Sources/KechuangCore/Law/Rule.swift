import Foundation

/// A rule is data: an identifier, the legal basis it implements, the period it is in force,
/// the field it concerns and a bilingual message. `violates` is a pure predicate.
///
/// Rules are grouped per module in `RuleBook`s; handlers never test conditions themselves.
public struct Rule<Input>: Sendable {
    public let id: String
    public let basis: LegalBasis?
    public let field: String?
    public let effectiveFrom: Date
    public let effectiveUntil: Date?
    public let message: LocalizedText
    public let violates: @Sendable (Input) -> Bool

    public init(
        id: String, basis: LegalBasis?, field: String?, effectiveFrom: Date = .regulationInForce,
        effectiveUntil: Date? = nil, message: LocalizedText, violates: @escaping @Sendable (Input) -> Bool
    ) {
        self.id = id
        self.basis = basis
        self.field = field
        self.effectiveFrom = effectiveFrom
        self.effectiveUntil = effectiveUntil
        self.message = message
        self.violates = violates
    }

    public func isInForce(at date: Date) -> Bool {
        date >= effectiveFrom && (effectiveUntil.map { date < $0 } ?? true)
    }
}

/// An ordered list of rules. `check` evaluates those in force at a date and returns one
/// `FieldError` per violation, each naming its field, rule and legal basis.
public struct RuleBook<Input>: Sendable {
    public let rules: [Rule<Input>]

    public init(_ rules: [Rule<Input>]) { self.rules = rules }

    public func violations(of input: Input, at date: Date) -> [FieldError] {
        rules.filter { $0.isInForce(at: date) && $0.violates(input) }.map {
            FieldError(field: $0.field ?? "", rule: $0.id, message: $0.message, basis: $0.basis)
        }
    }

    /// Throws `DomainError.validation` when any rule in force is violated.
    public func validate(_ input: Input, at date: Date) throws {
        let errors = violations(of: input, at: date)
        if !errors.isEmpty { throw DomainError.validation(errors) }
    }
}

extension Date {
    /// 2024-03-01 00:00 Asia/Shanghai: the regulation's entry into force (Art. 76).
    public static let regulationInForce = Date(timeIntervalSince1970: 1_709_222_400)
}
