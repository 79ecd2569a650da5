import KechuangCore
import Policy
import Search
import Vapor

/// The policy library over the JSON API, public: search article by article, a document with its
/// chapters, articles and versions, one article. The pages are `PolicyRoutes`.
struct PolicyAPIRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, PolicyAPI.search, action: .viewPolicies, use: search)
        routes.on(.GET, PolicyAPI.document("x"), action: .viewPolicies, use: document)
        routes.on(.GET, PolicyAPI.article("x", "y"), action: .viewPolicies, use: article)
    }

    @Sendable func search(req: Request) async throws -> PolicySearchJSON {
        let query = try PolicySearchQuery(req, defaultLimit: 10)
        guard !query.text.isEmpty else {
            throw DomainError.validation([FieldError(field: "q", rule: "policy.search.query.required",
                message: LocalizedText(zh: "请输入检索词", en: "Enter what to search for"))])
        }
        try await req.services.policySearch.refreshIfStale(on: req.db)
        let answer = req.services.policySearch.search(query.searchQuery)
        return PolicySearchJSON(
            query: query.text, expanded_query: answer.expandedQuery, total: answer.results.totalDocuments,
            results: answer.results.hits.map {
                PolicySearchJSON.Hit(document_id: $0.documentID, title: $0.title, article: $0.articleLabel, score: $0.score,
                                     snippet: $0.snippet.text, snippet_html: $0.snippet.html(escape: HTMLEscape.text))
            },
            facets: answer.results.facets)
    }

    @Sendable func document(req: Request) async throws -> PolicyDocumentJSON {
        let id = try req.parameters.require("id")
        let document = try await req.policies.document(id, version: try? req.query.get(String.self, at: "version"))
        let articles = try await req.policies.articles(of: document)
        return PolicyDocumentJSON(
            id: document.externalID, title: document.titleZh, title_en: document.titleEn, issuer: document.issuer,
            level: document.level.rawValue, region: document.region, issue_date: document.issueDate, effective_date: document.effectiveDate,
            status: document.status.rawValue, chapters: document.chapters,
            articles: articles.filter { !$0.label.isEmpty }.map { PolicyArticleJSON($0, documentID: id) },
            versions: try await req.policies.versions(of: id))
    }

    @Sendable func article(req: Request) async throws -> PolicyArticleJSON {
        let id = try req.parameters.require("id")
        let (_, article) = try await req.policies.article(id, label: try req.parameters.require("label"))
        return PolicyArticleJSON(article, documentID: id)
    }
}

// MARK: JSON shapes

struct PolicySearchJSON: Content {
    struct Hit: Content {
        let document_id: String
        let title: String
        let article: String
        let score: Double
        let snippet: String
        let snippet_html: String
    }

    let query: String
    let expanded_query: String?
    let total: Int
    let results: [Hit]
    let facets: [String: [String: Int]]
}

struct PolicyArticleJSON: Content {
    let label: String
    let number: Int
    let chapter: String?
    let text: String
    let paragraphs: [String]
    /// The article's page.
    let url: String

    init(_ a: PolicyArticle, documentID: String) {
        label = a.label; number = a.number; chapter = a.chapterLabel.map { "\($0) \(a.chapterTitle ?? "")" }; text = a.text
        paragraphs = a.paragraphs; url = PolicyURL.policyArticle(documentID, a.label).path
    }
}

struct PolicyDocumentJSON: Content {
    let id: String
    let title: String
    let title_en: String?
    let issuer: String
    let level: String
    let region: String
    let issue_date: String?
    let effective_date: String?
    let status: String
    let chapters: [PolicyChapter]
    let articles: [PolicyArticleJSON]
    let versions: [PolicyVersion]
}
