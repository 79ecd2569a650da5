/// Why an automated decision was taken: an article of the regulation, or a national standard
/// (for checksummed identifiers) — printed in the UI, the API error and the audit log.
public enum LegalBasis: Hashable, Sendable, Codable, CustomStringConvertible {
    case article(ArticleRef)
    case standard(String)

    public func text(in language: Language) -> String {
        switch self {
        case .article(let ref): ref.text(in: language)
        case .standard(let name): name
        }
    }

    /// The value reported as `article` in API problems: `50(1)` for an article, the standard's name otherwise.
    public var code: String {
        switch self {
        case .article(let ref): ref.code
        case .standard(let name): name
        }
    }

    public var description: String { text(in: .en) }

    public static func art(_ article: Int, _ paragraph: Int? = nil, _ item: Int? = nil) -> LegalBasis {
        .article(ArticleRef(article, paragraph: paragraph, item: item))
    }
}
