import Foundation
import KechuangCore
import Portal
import Vapor

/// `POST /api/v1/public/projects/search`: criteria (text, programmes, years, institutions,
/// districts, disciplines, statuses, amount bands, PI, amount range), `offset`/`limit` (at most
/// 500; beyond is a 422 naming `limit`) and `sort`; the answer carries the total, the page of
/// projects (public fields only) and the facet counts.
struct PortalAPIRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.POST, PortalAPI.projectSearch, action: .viewPublicProjects, use: search)
    }

    struct Criteria: Content {
        var text: String?
        var programmes: [UUID]?
        var years: [Int]?
        var institutions: [UUID]?
        var districts: [String]?
        var disciplines: [String]?
        var statuses: [String]?
        var amount_bands: [String]?
        var pi_name: String?
        var amount_min: Int?
        var amount_max: Int?
    }

    struct Body: Content {
        var criteria: Criteria?
        var offset: Int?
        var limit: Int?
        var sort: String?
    }

    static let maxText = 200

    static func criteria(_ body: Body) throws -> ProjectSearchCriteria {
        let c = body.criteria ?? Criteria()
        var errors: [FieldError] = []
        let sort = body.sort.map { ProjectSort(rawValue: $0) } ?? .relevance
        if sort == nil {
            errors.append(FieldError(field: "sort", rule: "POR.search.sort", message: LocalizedText(
                zh: "排序方式须为 \(ProjectSort.allCases.map(\.rawValue).joined(separator: "、")) 之一",
                en: "sort must be one of \(ProjectSort.allCases.map(\.rawValue).joined(separator: ", "))"), basis: .art(56)))
        }
        let bands = (c.amount_bands ?? []).map { AmountBand(rawValue: $0) }
        if bands.contains(where: { $0 == nil }) {
            errors.append(FieldError(field: "criteria.amount_bands", rule: "POR.search.band", message: LocalizedText(
                zh: "金额区间须为 \(AmountBand.allCases.map(\.rawValue).joined(separator: "、")) 之一",
                en: "Amount bands must be among \(AmountBand.allCases.map(\.rawValue).joined(separator: ", "))"), basis: .art(56)))
        }
        for (field, value) in [("criteria.text", c.text ?? ""), ("criteria.pi_name", c.pi_name ?? "")] where value.count > maxText {
            errors.append(FieldError(field: field, rule: "POR.search.length", message: LocalizedText(
                zh: "不能超过 \(maxText) 个字符", en: "At most \(maxText) characters"), basis: .art(56)))
        }
        let criteria = ProjectSearchCriteria(
            text: c.text ?? "", programmes: Set(c.programmes ?? []), years: Set(c.years ?? []), institutions: Set(c.institutions ?? []),
            districts: Set(c.districts ?? []), disciplines: Set((c.disciplines ?? []).map { String($0.prefix(3)).uppercased() }),
            statuses: Set(c.statuses ?? []), bands: Set(bands.compactMap { $0 }), pi: c.pi_name ?? "",
            amountMin: c.amount_min, amountMax: c.amount_max, sort: sort ?? .relevance, offset: body.offset ?? 0, limit: body.limit ?? 50)
        errors += criteria.problems().map { e in
            FieldError(field: e.field == "amountMax" ? "criteria.amount_max" : e.field, rule: e.rule, message: e.message, basis: e.basis)
        }
        if !errors.isEmpty { throw DomainError.validation(errors) }
        return criteria
    }

    @Sendable func search(req: Request) async throws -> PublicProjectSearchJSON {
        let criteria = try Self.criteria(try req.content.decode(Body.self))
        let result = try await req.currentProjectSearch().search(criteria)
        return PublicProjectSearchJSON(result, criteria: criteria, base: PortalRoutes.baseURL(req))
    }
}

struct PublicProjectJSON: Content {
    struct Output: Content {
        let kind: String, title: String, identifier: String, year: Int
    }
    let number: String, url: String, title_zh: String, title_en: String, abstract: String, keywords: [String]
    let programme_id: UUID, programme_zh: String, programme_en: String, year: Int
    let institution_id: UUID, institution_zh: String, institution_en: String?, institution_url: String, district: String, discipline: String
    let pi_name: String, pi_url: String, awarded_amount: Int, amount_band: String
    let award_date: String, start_date: String, end_date: String, status: String, outputs: [Output]

    init(_ p: PublicProject, base: String) {
        number = p.number
        url = base + PortalURL.project(p.number).path
        title_zh = p.titleZh
        title_en = p.titleEn
        abstract = p.abstract
        keywords = p.keywords
        programme_id = p.programmeID
        programme_zh = p.programmeZh
        programme_en = p.programmeEn
        year = p.year
        institution_id = p.institutionID
        institution_zh = p.institutionZh
        institution_en = p.institutionEn
        institution_url = base + PortalURL.institution(p.institutionID).path
        district = p.district
        discipline = p.discipline
        pi_name = p.piName
        pi_url = base + PortalURL.investigator(p.piKey).path
        awarded_amount = p.awardedAmount
        amount_band = p.amountBand.rawValue
        award_date = p.awardDate.description
        start_date = p.startDate.description
        end_date = p.endDate.description
        status = p.status
        outputs = p.outputs.map { Output(kind: $0.kind, title: $0.title, identifier: $0.identifier, year: $0.year) }
    }
}

struct PublicProjectSearchJSON: Content {
    struct FacetValue: Content {
        let value: String, label_zh: String, label_en: String, count: Int
    }
    let total: Int
    let offset: Int
    let limit: Int
    let sort: String
    let expanded_query: String?
    let results: [PublicProjectJSON]
    let facets: [String: [FacetValue]]

    init(_ r: ProjectSearchResult, criteria: ProjectSearchCriteria, base: String) {
        total = r.total
        offset = criteria.offset
        limit = criteria.limit
        sort = criteria.sort.rawValue
        expanded_query = r.expandedQuery
        results = r.projects.map { PublicProjectJSON($0, base: base) }
        var f: [String: [FacetValue]] = [:]
        for facet in ProjectFacet.allCases {
            f[facet.rawValue] = (r.facets[facet] ?? []).map { FacetValue(value: $0.value, label_zh: $0.label.zh, label_en: $0.label.en, count: $0.count) }
        }
        facets = f
    }
}
