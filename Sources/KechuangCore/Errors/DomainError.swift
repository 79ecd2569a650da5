/// One problem with one field of an input: which field, which rule, the message in both
/// languages and, where a law or standard requires it, the legal basis.
public struct FieldError: Hashable, Sendable, Codable {
    public let field: String
    public let rule: String
    public let message: LocalizedText
    public let basis: LegalBasis?

    public init(field: String, rule: String, message: LocalizedText, basis: LegalBasis? = nil) {
        self.field = field
        self.rule = rule
        self.message = message
        self.basis = basis
    }
}

/// The errors a domain service can report. The web layer maps each to a page or an RFC 9457 problem.
public enum DomainError: Error, Sendable, Equatable {
    /// Input broke one or more rules; nothing was written.
    case validation([FieldError])
    /// The record does not exist (or the caller may not know it exists).
    case notFound(entity: String)
    /// The record was changed by someone else since it was read (optimistic locking).
    case staleVersion(entity: String)
    /// A uniqueness constraint: e.g. an email or USCC that is already registered.
    case duplicate(field: String, message: LocalizedText)
    /// The caller is not allowed to do this; `basis` names the rule when a law requires the refusal.
    case forbidden(LocalizedText, basis: LegalBasis?)
    /// Login failed or the session ended.
    case unauthenticated(LocalizedText)
    /// Too many attempts: the account is locked until the given time.
    case locked(LocalizedText)
}
