import Foundation
import Identity
import KechuangCore
import Portal
import Storage
import Vapor

extension Request {
    var datasetCatalogue: DatasetCatalogue { DatasetCatalogue(db: db, now: services.now) }
    var dataAccessRequests: DataAccessRequests { DataAccessRequests(db: db, now: services.now) }

    /// The platform's own data sets are rebuilt from the database at most once a minute per node,
    /// before the catalogue is read (Art. 57: kept current).
    func refreshPlatformDatasets() async throws {
        guard application.catalogueRefresh.due() else { return }
        do {
            try await CataloguePlatformDatasets(db: db, now: services.now).refresh()
        } catch {
            application.catalogueRefresh.reset()
            throw error
        }
    }

    /// The site's public address, for DCAT and CKAN documents.
    var catalogueBase: String {
        security.publicURL ?? "http://" + (headers.first(name: .host) ?? "localhost")
    }
}

/// When this node last rebuilt the platform's data sets (wall-clock, not the platform's clock).
final class CatalogueRefresh: @unchecked Sendable {
    private let lock = NSLock()
    private var last: Date?
    static let interval: TimeInterval = 60

    func due() -> Bool {
        lock.withLock {
            if let last, Date().timeIntervalSince(last) < Self.interval { return false }
            last = Date()
            return true
        }
    }

    func reset() { lock.withLock { last = nil } }
}

struct CatalogueRefreshKey: StorageKey { typealias Value = CatalogueRefresh }

extension Application {
    var catalogueRefresh: CatalogueRefresh {
        if let existing = storage[CatalogueRefreshKey.self] { return existing }
        let made = CatalogueRefresh()
        storage[CatalogueRefreshKey.self] = made
        return made
    }
}

/// The data catalogue's pages (Art. 57, 68): the list and search, a data set with its versions,
/// files, checksums and preview, downloads, access requests and the publisher's decisions; the
/// DCAT-AP 3 catalogue as JSON-LD and Turtle. The CKAN-compatible API is `CKANAPI`.
struct CatalogueRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, CatalogueURL.datasets, action: .viewDataCatalogue, use: list)
        routes.on(.GET, CatalogueURL.dataset(""), action: .viewDataCatalogue, use: show)
        routes.on(.POST, CatalogueURL.accessRequest(""), action: .requestDataAccess, use: requestAccess)
        routes.on(.GET, CatalogueURL.download("", 0, ""), action: .viewDataCatalogue, use: download)
        routes.on(.GET, CatalogueURL.dataAccess, action: .requestDataAccess, use: accessList)
        routes.on(.GET, CatalogueURL.dataAccessRequest(SiteURL.anyID), action: .requestDataAccess, use: accessRequest)
        routes.on(.POST, CatalogueURL.dataAccessRequest(SiteURL.anyID), action: .decideDataAccess, use: decide)
        routes.on(.GET, CatalogueURL.catalogJSONLD, action: .viewDataCatalogue, use: jsonLD)
        routes.on(.GET, CatalogueURL.catalogTurtle, action: .viewDataCatalogue, use: turtle)
        CataloguePublishingRoutes().register(on: routes)
    }

    // MARK: For the home page and the sitemap (portal-projects calls these)

    static func homeItems(_ req: Request, limit: Int) async throws -> [HomeItem] {
        try await req.refreshPlatformDatasets()
        return try await req.datasetCatalogue.all().sorted { $0.modifiedAt > $1.modifiedAt }.prefix(max(0, limit)).map {
            HomeItem(titleZh: $0.titleZh, titleEn: $0.titleEn.isEmpty ? nil : $0.titleEn, path: CatalogueURL.dataset($0.slug).path,
                     date: BeijingDay(containing: $0.modifiedAt))
        }
    }

    static func sitemapPaths(_ req: Request) async throws -> [String] {
        try await req.refreshPlatformDatasets()
        return [CatalogueURL.datasets.path] + (try await req.datasetCatalogue.all().map { CatalogueURL.dataset($0.slug).path })
    }

    // MARK: The catalogue

    @Sendable func list(req: Request) async throws -> Response {
        try await req.refreshPlatformDatasets()
        let q = ((try? req.query.get(String.self, at: "q")) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let theme = (try? req.query.get(String.self, at: "theme")).flatMap { DatasetTheme(rawValue: $0.uppercased()) }
        let datasets = try await req.datasetCatalogue.search(.init(text: String(q.prefix(200)), theme: theme))
        let latest = try await req.datasetCatalogue.latestVersions(of: datasets.map(\.id))
        return PageRenderer.response(CatalogueListPage(query: q, theme: theme, datasets: datasets, latest: latest).render(PageContext(req)))
    }

    func datasetPage(_ req: Request, _ dataset: Dataset, purpose: String = "", errors: [FieldError] = []) async throws -> DatasetPage {
        let person = req.principal?.person
        var requests: [DataAccessRequest] = []
        var grant: DataAccessRequest?
        if let person {
            requests = try await req.dataAccessRequests.mine(person.id).filter { $0.datasetID == dataset.id }
            grant = try await req.dataAccessRequests.activeGrant(dataset.id, for: person.id)
        }
        return DatasetPage(dataset: dataset, versions: try await req.datasetCatalogue.versions(of: dataset.id), mine: requests,
                           grant: grant, purpose: purpose, errors: errors, base: req.catalogueBase)
    }

    @Sendable func show(req: Request) async throws -> Response {
        try await req.refreshPlatformDatasets()
        let dataset = try await req.datasetCatalogue.find(slug: try Self.slug(req))
        return PageRenderer.response(try await datasetPage(req, dataset).render(PageContext(req)))
    }

    struct RequestForm: Content {
        var purpose: String?
    }

    @Sendable func requestAccess(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let dataset = try await req.datasetCatalogue.find(slug: try Self.slug(req))
        let purpose = try req.content.decode(RequestForm.self).purpose ?? ""
        do {
            _ = try await req.dataAccessRequests.request(dataset, purpose: purpose, by: person)
            return req.redirect(to: CatalogueURL.dataset(dataset.slug), notice: CatalogueMsg.datRequested)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await datasetPage(req, dataset, purpose: purpose, errors: errors).render(PageContext(req)),
                                         status: .unprocessableEntity)
        }
    }

    @Sendable func download(req: Request) async throws -> Response {
        let dataset = try await req.datasetCatalogue.find(slug: try Self.slug(req))
        guard let number = req.parameters.get("version").flatMap(Int.init), (1...1_000_000).contains(number),
              let file = req.parameters.get("file"), file.hasPrefix(dataset.slug + "-v\(number)."),
              let format = file.split(separator: ".").last.flatMap({ DatasetFormat(rawValue: String($0)) })
        else { throw Abort(.notFound) }
        let data = try await req.datasetCatalogue.content(of: dataset.id, version: number, format: format)
        try await req.dataAccessRequests.authorizeDownload(dataset, version: number, format: format, by: req.principal?.person)
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: String(format.mediaType.split(separator: "/")[0]), subType: String(format.mediaType.split(separator: "/")[1]),
                                            parameters: format == .xlsx ? [:] : ["charset": "utf-8"])
        headers.replaceOrAdd(name: .contentDisposition, value: "\(format == .json ? "inline" : "attachment"); filename=\"\(file)\"")
        headers.replaceOrAdd(name: "Digest", value: "sha-256=" + Data(Self.hexBytes(DatasetCatalogue.sha256(data))).base64EncodedString())
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    // MARK: Access requests

    @Sendable func accessList(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let mine = try await req.dataAccessRequests.mine(person.id)
        var names: [UUID: Dataset] = [:]
        for request in mine where names[request.datasetID.rawValue] == nil {
            names[request.datasetID.rawValue] = try await req.datasetCatalogue.find(request.datasetID)
        }
        let toDecide = try await req.dataAccessRequests.toDecide(by: person)
        return PageRenderer.response(DataAccessListPage(mine: mine.compactMap { r in names[r.datasetID.rawValue].map { (r, $0) } },
                                                        toDecide: toDecide).render(PageContext(req)))
    }

    func requestPage(_ req: Request, values: [String: String] = [:], errors: [FieldError] = []) async throws -> DataAccessRequestPage {
        let person = try req.requirePrincipal().person
        let request = try await req.dataAccessRequests.find(try req.idParameter(as: DataAccessRequest.ID.self))
        let dataset = try await req.datasetCatalogue.find(request.datasetID)
        let decides = DataAccessPolicy.mayDecide(person, for: dataset)
        // Only the requester and the publisher's deciders see a request.
        guard decides || request.personID == person.id else { throw DomainError.notFound(entity: "data_access_request") }
        let downloads = decides ? try await req.dataAccessRequests.downloads(under: request.id) : []
        return DataAccessRequestPage(request: request, dataset: dataset, decides: decides, downloads: downloads, values: values, errors: errors)
    }

    @Sendable func accessRequest(req: Request) async throws -> Response {
        PageRenderer.response(try await requestPage(req).render(PageContext(req)))
    }

    @Sendable func decide(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let values = try req.content.decode([String: String].self)
        let id = try req.idParameter(as: DataAccessRequest.ID.self)
        do {
            let days = try Self.days(values["days"])
            _ = try await req.dataAccessRequests.decide(id, approve: Self.approve(values["decision"]), reason: values["reason"] ?? "", days: days, by: person)
            return req.redirect(to: CatalogueURL.dataAccessRequest(id.rawValue), notice: CatalogueMsg.datDecided)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await requestPage(req, values: values, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    static func approve(_ raw: String?) -> Bool? {
        switch raw {
        case "approve": true
        case "refuse": false
        default: nil
        }
    }

    /// Empty means the default; anything else must be a whole number (the range is the rule's).
    static func days(_ raw: String?) throws -> Int? {
        let text = (raw ?? "").trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return nil }
        guard let value = Int(text) else {
            throw DomainError.validation([FieldError(field: "days", rule: "data_access.grant.days",
                                                     message: LocalizedText(zh: "授权天数须为整数", en: "Enter the days as a whole number"), basis: .art(68))])
        }
        return value
    }

    // MARK: DCAT-AP

    func graph(_ req: Request) async throws -> DCATGraph {
        try await req.refreshPlatformDatasets()
        let datasets = try await req.datasetCatalogue.all()
        let latest = try await req.datasetCatalogue.latestVersions(of: datasets.map(\.id))
        return DCATCatalogue.graph(datasets.map { DCATCatalogue.Entry(dataset: $0, latest: latest[$0.id]) }, base: req.catalogueBase,
                                   datasetPath: { CatalogueURL.dataset($0.slug).path },
                                   downloadPath: { d, v, f in CatalogueURL.download(d.slug, v.number, CatalogueURL.fileName(d.slug, v.number, f.rawValue)).path },
                                   modified: datasets.map(\.modifiedAt).max() ?? req.services.now())
    }

    @Sendable func jsonLD(req: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "application", subType: "ld+json", parameters: ["charset": "utf-8"])
        return Response(status: .ok, headers: headers, body: .init(data: try await graph(req).jsonLD()))
    }

    @Sendable func turtle(req: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "turtle", parameters: ["charset": "utf-8"])
        return Response(status: .ok, headers: headers, body: .init(string: try await graph(req).turtle()))
    }

    // MARK: Helpers

    static func slug(_ req: Request) throws -> String {
        guard let slug = req.parameters.get("slug"), DatasetRules.validSlug(slug) else { throw Abort(.notFound) }
        return slug
    }

    static func hexBytes(_ hex: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex, let next = hex.index(index, offsetBy: 2, limitedBy: hex.endIndex) {
            if let byte = UInt8(hex[index..<next], radix: 16) { bytes.append(byte) }
            index = next
        }
        return bytes
    }
}
