import Foundation
import Identity
import KechuangCore
import Portal
import Vapor

/// `/funded?q=…&programme=…&year=…&institution=…&district=…&discipline=…&status=…&band=…&pi=…&amount_min=…&amount_max=…&sort=…&page=…`
/// decoded once: one value per facet (the page's links choose one), amounts in whole yuan, the
/// page number bounded. A value that does not decode is a field error naming its field.
struct ProjectSearchQuery {
    static let pageSize = 20
    static let maxPage = 10_000

    /// The raw query items, for the form and for links that change one of them.
    var items: [String: String] = [:]
    var criteria = ProjectSearchCriteria()
    var page = 1
    var errors: [FieldError] = []

    static let names = ["q", "programme", "year", "institution", "district", "discipline", "status", "band", "pi", "amount_min", "amount_max", "sort"]

    init(_ req: Request) {
        var raw: [String: String] = [:]
        if let query = req.url.query, let parsed = URLComponents(string: "?" + query)?.queryItems {
            for item in parsed where (Self.names + ["page"]).contains(item.name) { raw[item.name] = String((item.value ?? "").prefix(200)) }
        }
        self.init(raw)
    }

    init(_ raw: [String: String]) {
        items = raw.filter { $0.key != "page" }
        criteria.text = raw["q"] ?? ""
        if let v = raw["programme"], let id = UUID(uuidString: v) { criteria.programmes = [id] }
        if let v = raw["year"], let year = Int(v), BeijingDay.years.contains(year) { criteria.years = [year] }
        if let v = raw["institution"], let id = UUID(uuidString: v) { criteria.institutions = [id] }
        if let v = raw["district"], District(rawValue: v) != nil { criteria.districts = [v] }
        if let v = raw["discipline"], !v.isEmpty { criteria.disciplines = [String(v.prefix(3)).uppercased()] }
        if let v = raw["status"], !v.isEmpty { criteria.statuses = [v] }
        if let v = raw["band"], let band = AmountBand(rawValue: v) { criteria.bands = [band] }
        criteria.pi = raw["pi"] ?? ""
        criteria.amountMin = amount(raw["amount_min"], field: "amount_min")
        criteria.amountMax = amount(raw["amount_max"], field: "amount_max")
        if let low = criteria.amountMin, let high = criteria.amountMax, low > high {
            errors.append(FieldError(field: "amount_max", rule: "POR.search.amountRange",
                                     message: LocalizedText(zh: "金额上限不能低于下限", en: "The highest amount cannot be below the lowest"), basis: .art(56)))
        }
        criteria.sort = raw["sort"].flatMap(ProjectSort.init(rawValue:)) ?? .relevance
        if let p = raw["page"], !p.isEmpty {
            if let n = Int(p), (1...Self.maxPage).contains(n) { page = n } else {
                errors.append(FieldError(field: "page", rule: "page.range",
                                         message: LocalizedText(zh: "页码须为 1 到 \(Self.maxPage) 之间的整数", en: "The page must be a whole number from 1 to \(Self.maxPage)")))
            }
        }
        criteria.offset = (page - 1) * Self.pageSize
        criteria.limit = Self.pageSize
    }

    private mutating func amount(_ raw: String?, field: String) -> Int? {
        guard let raw = raw?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
        guard raw.count <= 13, let value = Int(raw), value >= 0 else {
            errors.append(FieldError(field: field, rule: "POR.search.amount",
                                     message: LocalizedText(zh: "金额请只填数字（元）", en: "Enter the amount in yuan, digits only"), basis: .art(56)))
            return nil
        }
        return value
    }

    /// This search's address with `name` set to `value` (or removed when nil), back on page 1.
    func link(setting name: String, to value: String?) -> String {
        var q = items
        q[name] = value
        return PortalURL.projects(query: q)
    }

    func link(page: Int) -> String {
        var q = items
        if page > 1 { q["page"] = String(page) }
        return PortalURL.projects(query: q)
    }
}
