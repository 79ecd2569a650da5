import Export
import Foundation
import KechuangCore
import Portal
import Vapor

struct ProjectSearchKey: StorageKey {
    typealias Value = ProjectSearch
}

extension Request {
    /// The node's public project index, installed when the routes are registered.
    var projectSearch: ProjectSearch {
        application.storage[ProjectSearchKey.self] ?? ProjectSearch(glossary: services.policySearch.glossary)
    }
    var publicProjects: PublicProjects { PublicProjects(db: db, now: services.now) }

    /// The project index, brought up to date with Grants when it is older than its check interval.
    func currentProjectSearch() async throws -> ProjectSearch {
        let search = projectSearch
        try await search.refreshIfStale(on: db, now: services.now)
        return search
    }
}

/// The pages of the Portal module: funded projects and results for the public (Art. 56) — search
/// with facets, the project page at its number, per-institution and per-PI pages, bulk exports
/// per year with their data dictionary, the Atom feed and `sitemap.xml` — and, registered from
/// here, the data catalogue and public consultation.
struct PortalRoutes {
    func register(on app: Application) {
        ConsultationRoutes().register(on: app)
        CatalogueRoutes().register(on: app)
        app.storage[ProjectSearchKey.self] = ProjectSearch(glossary: app.webServices.policySearch.glossary)
        register(routes: app)
    }

    func register(routes: any RoutesBuilder) {
        routes.on(.GET, PortalURL.projects, action: .viewPublicProjects, use: search)
        routes.on(.GET, PortalURL.project(""), action: .viewPublicProjects, use: project)
        routes.on(.GET, PortalURL.institution(SiteURL.anyID), action: .viewPublicProjects, use: institution)
        routes.on(.GET, PortalURL.investigator(""), action: .viewPublicProjects, use: investigator)
        routes.on(.GET, PortalURL.feed, action: .viewPublicProjects, use: feed)
        routes.on(.GET, PortalURL.exports, action: .viewPublicProjects, use: exports)
        routes.on(.GET, PortalURL.export(0, .csv), action: .viewPublicProjects, use: export)
        routes.on(.GET, PortalURL.dataDictionary, action: .viewPublicProjects, use: dataDictionary)
        routes.on(.GET, PortalURL.sitemap, action: .viewPublicProjects, use: sitemap)
    }

    // MARK: Search

    @Sendable func search(req: Request) async throws -> Response {
        let query = ProjectSearchQuery(req)
        let search = try await req.currentProjectSearch()
        var criteria = query.criteria
        criteria.limit = ProjectSearchQuery.pageSize
        let result = search.search(criteria)
        let page = ProjectSearchPage(query: query, result: result)
        return PageRenderer.response(page.render(PageContext(req)), status: query.errors.isEmpty ? .ok : .unprocessableEntity)
    }

    // MARK: One project, one institution, one PI

    @Sendable func project(req: Request) async throws -> Response {
        let number = req.parameters.get("number") ?? ""
        let search = try await req.currentProjectSearch()
        var found = search.project(number)
        if found == nil { found = try await req.publicProjects.find(number: number) }
        guard let project = found else { throw DomainError.notFound(entity: "project") }
        return PageRenderer.response(PublicProjectPage(project: project, base: Self.baseURL(req)).render(PageContext(req)))
    }

    @Sendable func institution(req: Request) async throws -> Response {
        let id = try req.idParameter()
        let result = try await req.currentProjectSearch().search(ProjectSearchCriteria(institutions: [id], sort: .newest, limit: ProjectSearchCriteria.maxLimit))
        guard let first = result.projects.first else { throw DomainError.notFound(entity: "institution") }
        let name = LocalizedText(zh: first.institutionZh, en: first.institutionEn ?? first.institutionZh)
        return PageRenderer.response(PublicProjectGroupPage(kind: .institution, name: name, result: result).render(PageContext(req)))
    }

    @Sendable func investigator(req: Request) async throws -> Response {
        let key = req.parameters.get("key") ?? ""
        let result = try await req.currentProjectSearch().search(ProjectSearchCriteria(piKey: key, sort: .newest, limit: ProjectSearchCriteria.maxLimit))
        guard let first = result.projects.first else { throw DomainError.notFound(entity: "investigator") }
        let name = LocalizedText(zh: first.piName, en: first.piName)
        return PageRenderer.response(PublicProjectGroupPage(kind: .investigator, name: name, result: result).render(PageContext(req)))
    }

    // MARK: Feed and site map

    /// The newest 50 funded projects as Atom.
    @Sendable func feed(req: Request) async throws -> Response {
        _ = try await req.currentProjectSearch()
        let base = Self.baseURL(req)
        let items = try await req.publicProjects.newest(limit: 50).map { p in
            FeedItem(id: "project-\(p.number)", title: "\(p.number) \(p.titleZh)",
                     summary: [p.titleEn, p.institutionZh, p.programmeZh, "\(p.awardedAmount) 元"].filter { !$0.isEmpty }.joined(separator: " · "),
                     link: base + PortalURL.project(p.number).path, updated: p.awardDate.start)
        }
        let body = AtomFeed.feed(title: PortalMsg.pjFeedTitle.text.zh, selfURL: base + PortalURL.feed.path, items: items)
        return Self.textResponse(body, type: "application/atom+xml; charset=utf-8")
    }

    @Sendable func sitemap(req: Request) async throws -> Response {
        let search = try await req.currentProjectSearch()
        let projects = search.search(ProjectSearchCriteria(sort: .number, limit: ProjectSearchCriteria.maxLimit))
        var paths = [SiteURL.home.path, PortalURL.projects.path, PortalURL.exports.path, PortalURL.dataDictionary.path, PortalURL.feed.path,
                     ProjectsURL.calls.path, PolicyURL.policies.path, GrantsClosureURL.results.path]
        var rest = try await Self.allProjects(search, total: projects.total)
        rest.sort { $0.number < $1.number }
        paths += rest.map { PortalURL.project($0.number).path }
        paths += Set(rest.map(\.institutionID)).sorted { $0.uuidString < $1.uuidString }.map { PortalURL.institution($0).path }
        paths += Set(rest.map(\.piKey)).sorted().map { PortalURL.investigator($0).path }
        paths += try await req.calls.list().map { ProjectsURL.call($0.id.rawValue).path }
        paths += try await CatalogueRoutes.sitemapPaths(req)
        paths += try await ConsultationFeed.sitemapPaths(req)
        return Self.textResponse(Sitemap.xml(base: Self.baseURL(req), paths: paths), type: "application/xml; charset=utf-8")
    }

    /// Every indexed project, a search page at a time.
    static func allProjects(_ search: ProjectSearch, total: Int) async throws -> [PublicProject] {
        var out: [PublicProject] = []
        var offset = 0
        while offset < min(total, Sitemap.maxLocations) {
            let page = search.search(ProjectSearchCriteria(sort: .number, offset: offset, limit: ProjectSearchCriteria.maxLimit)).projects
            if page.isEmpty { break }
            out += page
            offset += page.count
        }
        return out
    }

    // MARK: Bulk exports

    @Sendable func exports(req: Request) async throws -> Response {
        _ = try await req.currentProjectSearch()
        var years: [(Int, Int)] = []
        for year in try await req.publicProjects.years() { years.append((year, try await req.publicProjects.count(year: year))) }
        return PageRenderer.response(ProjectExportPage(years: years).render(PageContext(req)))
    }

    @Sendable func dataDictionary(req: Request) async throws -> Response {
        PageRenderer.response(ProjectExportDictionaryPage().render(PageContext(req)))
    }

    /// `/funded/exports/2026.csv` or `.jsonl`: every project of the year, written a database page
    /// at a time while the response streams (memory stays at one page).
    @Sendable func export(req: Request) async throws -> Response {
        let file = req.parameters.get("file") ?? ""
        let parts = file.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, let year = Int(parts[0]), BeijingDay.years.contains(year),
              let format = ProjectExportFormat(rawValue: parts[1]) else { throw DomainError.notFound(entity: "export") }
        _ = try await req.currentProjectSearch()
        let projects = req.publicProjects
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: format.contentType)
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"funded-projects-\(year).\(format.rawValue)\"")
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        let logger = req.logger
        let body = Response.Body(asyncStream: { writer in
            do {
                var chunk = format == .csv ? ProjectExport.csvHeader() : ""
                var rows = 0
                for try await p in projects.all(year: year) {
                    chunk += format == .csv ? ProjectExport.csvRecord(p) : try ProjectExport.jsonLine(p)
                    rows += 1
                    if rows % PublicProjects.pageSize == 0 {
                        try await writer.write(.buffer(ByteBuffer(string: chunk)))
                        chunk = ""
                    }
                }
                if !chunk.isEmpty { try await writer.write(.buffer(ByteBuffer(string: chunk))) }
                try await writer.write(.end)
            } catch {
                logger.error("project export \(year).\(format.rawValue) stopped: \(String(reflecting: error))")
                try await writer.write(.error(error))
            }
        })
        return Response(status: .ok, headers: headers, body: body)
    }

    // MARK: Helpers

    static func textResponse(_ body: String, type: String) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: type)
        return Response(status: .ok, headers: headers, body: .init(string: body))
    }

    /// The site's address: the configured public URL, else as the request reached it.
    static func baseURL(_ req: Request) -> String {
        if let configured = req.security.publicURL, !configured.isEmpty { return configured }
        return CallFeeds.baseURL(req)
    }
}
