import KechuangCore
import Vapor

/// `?page=` (and `?limit=` where the caller may choose the page size), decoded once, typed and
/// bounded, for every paged route (pages and API alike).
///
/// - `page` is a whole number in `1...Pagination.maxPage`; absent or empty means 1.
/// - `limit` (only where a route allows it) is a whole number in `1...maxLimit` of that route.
/// - Anything else (0, negative, past the bound, past Int64, not a number) is a validation error
///   naming the parameter (`page.range` / `limit.range`): 422 with `errors[].field` in the API,
///   the error page on HTML routes. Nothing is clamped silently.
/// - A page within the bounds but past the last row is an empty page (`has_next: false`).
///
/// With both bounds, `offset = (page - 1) × limit` is at most 99,999 × 500, far inside Int:
/// no arithmetic on a caller's number can overflow.
struct Pagination: Sendable, Equatable {
    static let maxPage = 100_000
    /// The largest page size any route offers.
    static let maxLimit = 500

    let page: Int
    let limit: Int

    /// Rows to skip. Cannot overflow: both factors are bounded.
    var offset: Int { (page - 1) * limit }
    /// Fetch one row more than the page shows, to know whether there is a next page.
    var fetchLimit: Int { limit + 1 }

    /// Whether a next page exists, given how many rows were fetched with `fetchLimit`.
    /// There is no next page after `maxPage`.
    func hasNext(fetched count: Int) -> Bool { count > limit && page < Self.maxPage }

    /// A page of checked values; throws the same field errors as decoding a request.
    init(page: Int = 1, limit: Int, maxLimit: Int = Pagination.maxLimit) throws {
        var errors: [FieldError] = []
        if !(1...Self.maxPage).contains(page) { errors.append(Self.pageError) }
        let maxLimit = min(maxLimit, Self.maxLimit)
        if !(1...maxLimit).contains(limit) { errors.append(Self.limitError(maxLimit)) }
        if !errors.isEmpty { throw DomainError.validation(errors) }
        self.page = page
        self.limit = limit
    }

    /// From the query string. `size` is the route's page size; when `maxLimit` is given the caller
    /// may choose another with `?limit=` (default `size`).
    init(_ req: Request, size: Int, maxLimit: Int? = nil) throws {
        var errors: [FieldError] = []
        let page = Self.integer(req, "page")
        let limit = maxLimit == nil ? .absent : Self.integer(req, "limit")
        var pageValue = 1, limitValue = size
        switch page {
        case .absent: break
        case .value(let n) where (1...Self.maxPage).contains(n): pageValue = n
        default: errors.append(Self.pageError)
        }
        if let maxLimit {
            let bound = min(maxLimit, Self.maxLimit)
            switch limit {
            case .absent: break
            case .value(let n) where (1...bound).contains(n): limitValue = n
            default: errors.append(Self.limitError(bound))
            }
        }
        if !errors.isEmpty { throw DomainError.validation(errors) }
        try self.init(page: pageValue, limit: limitValue)
    }

    private enum Raw { case absent, value(Int), invalid }

    /// A query parameter as an integer: surrounding spaces allowed, an optional `+`/`-` and ASCII
    /// digits only; past Int64 is `.invalid`, never a trap.
    private static func integer(_ req: Request, _ name: String) -> Raw {
        guard let raw = req.query[String.self, at: name] else { return .absent }
        let text = raw.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return .absent }
        guard let n = Int(text) else { return .invalid }
        return .value(n)
    }

    static let pageError = FieldError(field: "page", rule: "page.range", message: LocalizedText(
        zh: "页码应为 1 至 \(maxPage) 之间的整数", en: "The page must be a whole number from 1 to \(maxPage)"))

    static func limitError(_ bound: Int) -> FieldError {
        FieldError(field: "limit", rule: "limit.range", message: LocalizedText(
            zh: "每页条数应为 1 至 \(bound) 之间的整数", en: "The number of results per page must be a whole number from 1 to \(bound)"))
    }
}
