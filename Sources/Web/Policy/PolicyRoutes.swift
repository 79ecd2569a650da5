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

/// `q`, `limit`, `page` and the facet filters, shared by the search page and the API.
struct PolicySearchQuery {
    /// The most results per page (`?limit=`); the page number is bounded by `Pagination`.
    static let maxLimit = 100
    /// `?year=`: four digits.
    static let years = 1000...9999

    let text: String
    let limit: Int
    let page: Int
    /// `(page - 1) × limit`, bounded by `Pagination`: it cannot overflow.
    let offset: Int
    let level: String?
    let issuer: String?
    let region: String?
    let year: Int?
    let status: String?

    init(_ req: Request, defaultLimit: Int) throws {
        func value(_ key: String) -> String? {
            (try? req.query.get(String.self, at: key)).flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        }
        text = value("q")?.trimmingCharacters(in: .whitespaces) ?? ""
        let paging = try Pagination(req, size: defaultLimit, maxLimit: Self.maxLimit)
        limit = paging.limit
        page = paging.page
        offset = paging.offset
        level = value("level")
        issuer = value("issuer")
        region = value("region")
        status = value("status")
        if let raw = value("year") {
            guard let y = Int(raw), Self.years.contains(y) else {
                throw DomainError.validation([FieldError(field: "year", rule: "policy.search.year.format",
                    message: LocalizedText(zh: "年份应为四位数字", en: "The year must have four digits"))])
            }
            year = y
        } else {
            year = nil
        }
        if let level, PolicyLevel(rawValue: level) == nil {
            throw DomainError.validation([FieldError(field: "level", rule: "policy.search.level.known",
                message: LocalizedText(zh: "未知的效力级别：\(level)", en: "Unknown level: \(level)"))])
        }
        if let status, status != "any", PolicyStatus(rawValue: status) == nil {
            throw DomainError.validation([FieldError(field: "status", rule: "policy.search.status.known",
                message: LocalizedText(zh: "未知的状态：\(status)", en: "Unknown status: \(status)"))])
        }
    }

    var searchQuery: PolicySearch.Query {
        var filter = SearchFilter()
        filter.levels = level.map { [$0] }
        filter.issuers = issuer.map { [$0] }
        filter.regions = region.map { [$0] }
        filter.years = year.map { [$0] }
        // "any" lifts the default "in force" filter.
        filter.statuses = status == "any" ? Set(PolicyStatus.allCases.map(\.rawValue)) : status.map { [$0] }
        return PolicySearch.Query(text: text, limit: limit, offset: offset, filter: filter)
    }

    /// The query string with one parameter changed (nil removes it), for facet and page links.
    func link(_ changes: [String: String?]) -> String {
        var q: [String: String] = ["q": text]
        if let level { q["level"] = level }
        if let issuer { q["issuer"] = issuer }
        if let region { q["region"] = region }
        if let year { q["year"] = String(year) }
        if let status { q["status"] = status }
        for (k, v) in changes { q[k] = v }
        return SiteURL.Link(path: PolicyURL.policies.path, query: q).string
    }
}

enum HTMLEscape {
    @Sendable static func text(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.count)
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}
