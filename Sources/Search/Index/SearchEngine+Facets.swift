import Foundation

// Facet filters and disjunctive facet counts.

extension SearchEngine {
    static let facetNames = ["level", "issuer", "region", "year", "status"]

    /// The filter as allowed-code tables per facet (nil = no restriction).
    func compile(_ f: SearchFilter) -> [[Bool]?] {
        func table(_ i: Int, _ values: [String]?) -> [Bool]? {
            guard let values else { return nil }
            var allowed = Array(repeating: false, count: snap.facetValues[i].count)
            for v in values { if let c = snap.facetCodes[i][v], c != 0 { allowed[Int(c)] = true } }
            return allowed
        }
        return [table(0, f.levels.map(Array.init)), table(1, f.issuers.map(Array.init)),
                table(2, f.regions.map(Array.init)), table(3, f.years.map { $0.map(String.init) }),
                table(4, f.statuses.map(Array.init))]
    }

    /// Bit i set = document `g` fails filter i.
    @inline(__always) func failures(_ g: Int, _ filter: [[Bool]?]) -> Int {
        var m = 0
        for i in 0..<IndexSnapshot.facetCount {
            if let allowed = filter[i], !allowed[Int(snap.docFacets[g * IndexSnapshot.facetCount + i])] {
                m |= 1 << i
            }
        }
        return m
    }

    /// Disjunctive facet counts over `docs`: a document is counted under facet i when it passes
    /// every filter except possibly filter i.
    func facets(_ docs: [Int32], _ filter: [[Bool]?]) -> [String: [String: Int]] {
        let n = IndexSnapshot.facetCount
        var counts = (0..<n).map { Array(repeating: 0, count: snap.facetValues[$0].count) }
        for g in docs {
            let d = Int(g)
            let fail = failures(d, filter)
            if fail != 0 && fail & (fail - 1) != 0 { continue }
            for i in 0..<n where fail == 0 || fail == 1 << i {
                counts[i][Int(snap.docFacets[d * n + i])] += 1
            }
        }
        var out: [String: [String: Int]] = [:]
        for i in 0..<n {
            var m: [String: Int] = [:]
            for (c, k) in counts[i].enumerated() where c != 0 && k > 0 { m[snap.facetValues[i][c]] = k }
            out[Self.facetNames[i]] = m
        }
        return out
    }
}
