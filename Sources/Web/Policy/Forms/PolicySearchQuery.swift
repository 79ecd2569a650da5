import KechuangCore
import Policy
import Search
import Vapor

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
