import Foundation
import KechuangCore

/// The indexed projects laid out for searching at national scale (50,000 projects and more): each
/// facet's values coded as small integers once per refresh, and the non-relevance sort orders
/// computed once, so one search is a pass over integer columns — no sorting, no strings per project.
struct ProjectSearchTable: Sendable {
    /// In number order.
    let items: [PublicProject]
    let position: [String: Int32]
    /// `codes[facet][item]`: the item's value of the facet (`ProjectFacet.allCases` order).
    let codes: [[Int32]]
    /// `values[facet][code]`: the value as criteria carry it.
    let values: [[String]]
    let labels: [[LocalizedText]]
    /// `labelRank[facet][code]`: the rank of the label's Chinese text, for ties in the facet order.
    let labelRank: [[Int32]]
    /// The code of the empty value (not counted), or -1.
    let emptyCode: [Int32]
    let newest: [Int32]
    let amountDesc: [Int32]
    let amountAsc: [Int32]

    static let facets = ProjectFacet.allCases

    init(_ projects: some Collection<PublicProject>) {
        let items = projects.sorted { $0.number < $1.number }
        self.items = items
        var position: [String: Int32] = [:]
        position.reserveCapacity(items.count)
        for (i, p) in items.enumerated() { position[p.number] = Int32(i) }
        self.position = position
        var codes: [[Int32]] = [], values: [[String]] = [], labels: [[LocalizedText]] = [], ranks: [[Int32]] = [], empty: [Int32] = []
        for facet in Self.facets {
            var code: [String: Int32] = [:]
            var column: [Int32] = []
            column.reserveCapacity(items.count)
            var names: [String] = [], texts: [LocalizedText] = []
            for p in items {
                let value = ProjectSearch.value(of: p, facet)
                if let known = code[value] { column.append(known); continue }
                let next = Int32(names.count)
                code[value] = next
                names.append(value)
                texts.append(ProjectSearch.label(value, facet, of: p))
                column.append(next)
            }
            var rank = [Int32](repeating: 0, count: names.count)
            for (r, c) in names.indices.sorted(by: { texts[$0].zh < texts[$1].zh }).enumerated() { rank[c] = Int32(r) }
            codes.append(column)
            values.append(names)
            labels.append(texts)
            ranks.append(rank)
            empty.append(code[""] ?? -1)
        }
        self.codes = codes
        self.values = values
        self.labels = labels
        labelRank = ranks
        emptyCode = empty
        let all = Array(0..<Int32(items.count))
        newest = all.sorted { (items[Int($0)].awardDate, items[Int($0)].number) > (items[Int($1)].awardDate, items[Int($1)].number) }
        amountDesc = all.sorted { a, b in
            let x = items[Int(a)].awardedAmount, y = items[Int(b)].awardedAmount
            return x != y ? x > y : a < b
        }
        amountAsc = all.sorted { a, b in
            let x = items[Int(a)].awardedAmount, y = items[Int(b)].awardedAmount
            return x != y ? x < y : a < b
        }
    }

    /// Every item in the sort's order (relevance has none of its own: newest).
    func order(_ sort: ProjectSort) -> [Int32] {
        switch sort {
        case .relevance, .newest: newest
        case .oldest: newest.reversed()
        case .amountDesc: amountDesc
        case .amountAsc: amountAsc
        case .number: Array(0..<Int32(items.count))
        }
    }

    /// Per facet: nil when the criteria do not constrain it, else which codes they allow.
    func allowed(_ c: ProjectSearchCriteria) -> [[Bool]?] {
        Self.facets.enumerated().map { f, facet -> [Bool]? in
            let wanted: Set<String> = switch facet {
            case .programme: Set(c.programmes.map { $0.uuidString.lowercased() })
            case .year: Set(c.years.map(String.init))
            case .institution: Set(c.institutions.map { $0.uuidString.lowercased() })
            case .district: c.districts
            case .discipline: c.disciplines
            case .status: c.statuses
            case .band: Set(c.bands.map(\.rawValue))
            }
            return wanted.isEmpty ? nil : values[f].map { wanted.contains($0) }
        }
    }
}
