import KechuangCore
import Policy
import Search
import Vapor

/// The policy library: search, documents, articles — as pages (the JSON API is `PolicyAPIRoutes`). Public.
struct PolicyRoutes {
    static let pageSize = 10

    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, PolicyURL.policies, action: .viewPolicies, use: searchPage)
        routes.on(.GET, PolicyURL.policy("x"), action: .viewPolicies, use: documentPage)
        routes.on(.GET, PolicyURL.policyArticle("x", "y"), action: .viewPolicies, use: articlePage)
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
}
