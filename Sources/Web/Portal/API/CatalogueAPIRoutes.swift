import Foundation
import KechuangCore
import Portal
import Vapor

/// The catalogue over `/api/v1`: list data sets; ask for access; decide (Art. 57, 68). Refusals
/// are problems with `article` (57 restricted, 68 without a grant or not the publisher).
struct CatalogueAPIRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, CatalogueAPI.datasets, action: .viewDataCatalogue, use: list)
        routes.on(.POST, CatalogueAPI.accessRequests(SiteURL.anyID), action: .requestDataAccess, use: request)
        routes.on(.POST, CatalogueAPI.decision(SiteURL.anyID), action: .decideDataAccess, use: decide)
        routes.on(.POST, CatalogueAPI.datasets, action: .publishDatasets, use: CataloguePublishingAPI.create)
        routes.on(.POST, CatalogueAPI.versions(SiteURL.anyID), action: .publishDatasets, bodyLimit: CataloguePublishingAPI.uploadLimit, use: CataloguePublishingAPI.upload)
    }

    @Sendable func list(req: Request) async throws -> [DatasetJSON] {
        try await req.refreshPlatformDatasets()
        let datasets = try await req.datasetCatalogue.all()
        let latest = try await req.datasetCatalogue.latestVersions(of: datasets.map(\.id))
        var out: [DatasetJSON] = []
        for d in datasets {
            var grant: DataAccessRequest?
            if let principal = req.principal { grant = try await req.dataAccessRequests.activeGrant(d.id, for: principal.person.id) }
            out.append(DatasetJSON(d, latest: latest[d.id], base: req.catalogueBase, downloadable: d.accessLevel == .open || (d.accessLevel == .onRequest && grant != nil)))
        }
        return out
    }

    struct RequestBody: Content { var purpose: String? }

    @Sendable func request(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let dataset = try await req.datasetCatalogue.find(try req.idParameter(as: Dataset.ID.self))
        let body = try req.content.decode(RequestBody.self)
        let made = try await req.dataAccessRequests.request(dataset, purpose: body.purpose ?? "", by: person)
        return try await DataAccessRequestJSON(made).created(at: CatalogueURL.dataAccessRequest(made.id.rawValue), for: req)
    }

    struct DecisionBody: Content {
        var decision: String?
        var reason: String?
        var days: Int?
    }

    @Sendable func decide(req: Request) async throws -> DataAccessRequestJSON {
        let person = try req.requirePrincipal().person
        let body = try req.content.decode(DecisionBody.self)
        let decided = try await req.dataAccessRequests.decide(try req.idParameter(as: DataAccessRequest.ID.self), approve: CatalogueRoutes.approve(body.decision),
                                                              reason: body.reason ?? "", days: body.days, by: person)
        return DataAccessRequestJSON(decided)
    }
}

struct DatasetJSON: Content {
    struct File: Content {
        let format: String
        let media_type: String
        let byte_count: Int
        let sha256: String
        let url: String?
    }

    let id: UUID
    let name: String
    let title_zh: String
    let title_en: String
    let description_zh: String
    let description_en: String
    let publisher_zh: String
    let publisher_en: String
    let licence: String
    let keywords: [String]
    let themes: [String]
    let temporal_start: String?
    let temporal_end: String?
    let spatial: String
    let access_level: String
    let modified: Date
    let version: Int?
    let files: [File]

    init(_ d: Dataset, latest: DatasetVersion?, base: String, downloadable: Bool) {
        id = d.id.rawValue
        name = d.slug
        title_zh = d.titleZh
        title_en = d.titleEn
        description_zh = d.descriptionZh
        description_en = d.descriptionEn
        publisher_zh = d.publisherZh
        publisher_en = d.publisherEn
        licence = d.licence.rawValue
        keywords = d.keywords
        themes = d.themes.map(\.rawValue)
        temporal_start = d.temporalStart?.description
        temporal_end = d.temporalEnd?.description
        spatial = d.spatial
        access_level = d.accessLevel.rawValue
        modified = d.modifiedAt
        version = latest?.number
        files = (latest?.files ?? []).map { f in
            File(format: f.format.rawValue, media_type: f.format.mediaType, byte_count: f.byteCount, sha256: f.sha256,
                 url: downloadable ? latest.map { base + CatalogueURL.download(d.slug, $0.number, CatalogueURL.fileName(d.slug, $0.number, f.format.rawValue)).path } : nil)
        }
    }
}

struct DataAccessRequestJSON: Content {
    let id: UUID
    let dataset_id: UUID
    let purpose: String
    let state: String
    let reason: String?
    let granted_until: Date?
    let created_at: Date
    let article: String

    init(_ r: DataAccessRequest) {
        id = r.id.rawValue
        dataset_id = r.datasetID.rawValue
        purpose = r.purpose
        state = r.state.rawValue
        reason = r.reason
        granted_until = r.grantedUntil
        created_at = r.createdAt
        article = "68"
    }
}
