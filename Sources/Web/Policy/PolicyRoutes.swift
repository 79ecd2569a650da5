import KechuangCore
import Policy
import Search
import Vapor

/// The policy library: search, documents, articles — as pages and as the JSON API. Public.
struct PolicyRoutes {
    static let pageSize = 10

    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, PolicyURL.policies, action: .viewPolicies, use: searchPage)
        routes.on(.GET, PolicyURL.policy("x"), action: .viewPolicies, use: documentPage)
        routes.on(.GET, PolicyURL.policyArticle("x", "y"), action: .viewPolicies, use: articlePage)
        let api = routes.grouped("api", "v1", "policies")
        api.on(.GET, ["search"], action: .viewPolicies, use: searchAPI)
        api.on(.GET, [":id"], action: .viewPolicies, use: documentAPI)
        api.on(.GET, [":id", "articles", ":label"], action: .viewPolicies, use: articleAPI)
    }

    // MARK: Pages

    @Sendable func searchPage(req: Request) async throws -> Response {
        let query = try PolicySearchQuery(req, defaultLimit: Self.pageSize)
        var answer: PolicySearch.Answer?
        if !query.text.isEmpty {
            try await req.services.policySearch.refreshIfStale(on: req.db)
            answer = req.services.policySearch.search(query.searchQuery)
        }
        let page = PolicySearchPage(query: query, answer: answer)
        return PageRenderer.response(page.render(PageContext(req)))
    }

    @Sendable func documentPage(req: Request) async throws -> Response {
        let id = try req.parameters.require("id")
        let version = try? req.query.get(String.self, at: "version")
        let document = try await req.policies.document(id, version: version)
        let articles = try await req.policies.articles(of: document)
        let versions = try await req.policies.versions(of: id)
        let cited = id == Policy.regulationID ? req.services.citedRules : []
        let page = PolicyDocumentPage(document: document, articles: articles, versions: versions, citedRules: cited)
        return PageRenderer.response(page.render(PageContext(req)))
    }

    @Sendable func articlePage(req: Request) async throws -> Response {
        let id = try req.parameters.require("id")
        let label = try req.parameters.require("label")
        let (document, article) = try await req.policies.article(id, label: label)
        let cited = id == Policy.regulationID ? req.services.citedRules.citing(article: article.number) : []
        return PageRenderer.response(PolicyArticlePage(document: document, article: article, citedRules: cited).render(PageContext(req)))
    }

    // MARK: API

    struct HitJSON: Content {
        let document_id: String
        let title: String
        let article: String
        let score: Double
        let snippet: String
        let snippet_html: String
    }

    struct SearchJSON: Content {
        let query: String
        let expanded_query: String?
        let total: Int
        let results: [HitJSON]
        let facets: [String: [String: Int]]
    }

    @Sendable func searchAPI(req: Request) async throws -> SearchJSON {
        let query = try PolicySearchQuery(req, defaultLimit: 10)
        guard !query.text.isEmpty else {
            throw DomainError.validation([FieldError(field: "q", rule: "policy.search.query.required",
                message: LocalizedText(zh: "请输入检索词", en: "Enter what to search for"))])
        }
        try await req.services.policySearch.refreshIfStale(on: req.db)
        let answer = req.services.policySearch.search(query.searchQuery)
        return SearchJSON(
            query: query.text, expanded_query: answer.expandedQuery, total: answer.results.totalDocuments,
            results: answer.results.hits.map {
                HitJSON(document_id: $0.documentID, title: $0.title, article: $0.articleLabel, score: $0.score,
                        snippet: $0.snippet.text, snippet_html: $0.snippet.html(escape: HTMLEscape.text))
            },
            facets: answer.results.facets)
    }

    struct ArticleJSON: Content {
        let label: String
        let number: Int
        let chapter: String?
        let text: String
        let paragraphs: [String]
        let url: String
    }

    struct DocumentJSON: Content {
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
        let articles: [ArticleJSON]
        let versions: [PolicyVersion]
    }

    static func articleJSON(_ a: PolicyArticle, documentID: String) -> ArticleJSON {
        ArticleJSON(label: a.label, number: a.number, chapter: a.chapterLabel.map { "\($0) \(a.chapterTitle ?? "")" }, text: a.text,
                    paragraphs: a.paragraphs, url: PolicyURL.policyArticle(documentID, a.label).path)
    }

    @Sendable func documentAPI(req: Request) async throws -> DocumentJSON {
        let id = try req.parameters.require("id")
        let document = try await req.policies.document(id, version: try? req.query.get(String.self, at: "version"))
        let articles = try await req.policies.articles(of: document)
        return DocumentJSON(
            id: document.externalID, title: document.titleZh, title_en: document.titleEn, issuer: document.issuer,
            level: document.level.rawValue, region: document.region, issue_date: document.issueDate, effective_date: document.effectiveDate,
            status: document.status.rawValue, chapters: document.chapters,
            articles: articles.filter { !$0.label.isEmpty }.map { Self.articleJSON($0, documentID: id) },
            versions: try await req.policies.versions(of: id))
    }

    @Sendable func articleAPI(req: Request) async throws -> ArticleJSON {
        let id = try req.parameters.require("id")
        let (_, article) = try await req.policies.article(id, label: try req.parameters.require("label"))
        return Self.articleJSON(article, documentID: id)
    }
}
