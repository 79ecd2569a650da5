import KechuangCore
import Vapor

/// An RFC 9457 problem document (`application/problem+json`). Field errors name the field, the
/// rule and — when a law or standard rejects — the article (`article`) or standard (`standard`).
struct Problem: Content {
    struct FieldProblem: Codable {
        let field: String
        let rule: String
        let message: String
        let message_zh: String
        let message_en: String
        let article: String?
        let article_text: String?
        let standard: String?
    }

    var type: String
    var title: String
    var status: Int
    var detail: String?
    var instance: String?
    var article: String?
    var errors: [FieldProblem]?
    var request_id: String?

    static func fieldProblems(_ errors: [FieldError], language: Language) -> [FieldProblem] {
        errors.map { error in
            var article: ArticleRef?
            var standard: String?
            switch error.basis {
            case .article(let ref)?: article = ref
            case .standard(let name)?: standard = name
            case nil: break
            }
            return FieldProblem(
                field: error.field, rule: error.rule, message: error.message(language), message_zh: error.message.zh,
                message_en: error.message.en, article: article?.code, article_text: article?.text(in: language), standard: standard)
        }
    }
}

/// Errors that only the web layer raises.
enum WebError: Error {
    case csrf
    case signInRequired
    case forbidden
    case missingScope(TokenScope)
    case badRequest(LocalizedText)
}

import Identity
