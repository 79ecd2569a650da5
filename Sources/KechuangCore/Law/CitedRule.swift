import Foundation

/// A platform rule that cites an article of the regulation, for the "rules that cite this
/// article" list on the article's page in the policy library.
public struct CitedRule: Sendable, Hashable {
    public let id: String
    public let module: String
    public let article: ArticleRef
    public let message: LocalizedText
    public let effectiveFrom: Date

    public init(id: String, module: String, article: ArticleRef, message: LocalizedText, effectiveFrom: Date) {
        self.id = id
        self.module = module
        self.article = article
        self.message = message
        self.effectiveFrom = effectiveFrom
    }
}

extension RuleBook {
    /// The rules of this book that cite an article of the regulation.
    public func citations(module: String) -> [CitedRule] {
        rules.compactMap { rule in
            guard case .article(let ref)? = rule.basis else { return nil }
            return CitedRule(id: rule.id, module: module, article: ref, message: rule.message, effectiveFrom: rule.effectiveFrom)
        }
    }
}

extension Array where Element == CitedRule {
    /// The rules citing an article, including those citing one of its paragraphs or items.
    public func citing(article number: Int) -> [CitedRule] {
        filter { $0.article.article == number }.sorted { ($0.article, $0.id) < ($1.article, $1.id) }
    }
}
