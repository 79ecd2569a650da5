import Foundation
import Search

/// How well an expert fits a proposal, as an integer 0…65535 (the solver's unit).
///
///     affinity = round(65535 × (0.7 × cos + 0.3 × d))
///
/// - `cos` is the cosine of TF-IDF vectors: the proposal's title (zh and en), keywords and
///   summary against the expert's keywords and expertise, tokenised with the policy search's
///   tokenizer (NFKC, lowercase, overlapping CJK bigrams, ASCII words). Term weight
///   `(1 + ln tf) × ln(1 + N / df)`, with N and df over all proposals and experts of the round.
/// - `d` is the discipline match (`DisciplineCode.match`): 1 for the proposal's own code, ½ for
///   the same first level, 0 otherwise.
///
/// Dot products run through an inverted index of the experts' terms, so only pairs that share a
/// term cost anything.
public struct AffinityModel: Sendable {
    public static let formula = "affinity/1: round(65535 × (0.7 × cos_tfidf + 0.3 × discipline))"

    typealias Vector = [(term: Int, weight: Double)]
    let proposals: [Vector]
    let experts: [Vector]
    let proposalDisciplines: [String]
    let expertDisciplines: [[String]]

    public init(proposals: [(text: String, discipline: String)], experts: [(text: String, disciplines: [String])]) {
        var vocabulary: [String: Int] = [:]
        func counts(_ text: String) -> [Int: Int] {
            var c: [Int: Int] = [:]
            for token in PolicyTokenizer.tokens(text) {
                let id = vocabulary[token] ?? { let n = vocabulary.count; vocabulary[token] = n; return n }()
                c[id, default: 0] += 1
            }
            return c
        }
        let proposalCounts = proposals.map { counts($0.text) }
        let expertCounts = experts.map { counts($0.text) }
        var df = [Int](repeating: 0, count: vocabulary.count)
        for c in proposalCounts + expertCounts { for term in c.keys { df[term] += 1 } }
        let n = Double(proposalCounts.count + expertCounts.count)
        func vector(_ c: [Int: Int]) -> Vector {
            var v = c.map { (term: $0.key, weight: (1 + log(Double($0.value))) * log(1 + n / Double(df[$0.key]))) }
            let norm = sqrt(v.reduce(0) { $0 + $1.weight * $1.weight })
            if norm > 0 { v = v.map { ($0.term, $0.weight / norm) } }
            return v.sorted { $0.term < $1.term }
        }
        self.proposals = proposalCounts.map(vector)
        self.experts = expertCounts.map(vector)
        proposalDisciplines = proposals.map(\.discipline)
        expertDisciplines = experts.map(\.disciplines)
    }

    /// The full proposals × experts matrix, row by proposal.
    public func matrix() -> [[Int]] {
        var postings = [[(expert: Int, weight: Double)]](repeating: [], count: (experts.flatMap { $0.map(\.term) }.max() ?? -1) + 1)
        for (e, v) in experts.enumerated() { for (term, w) in v { postings[term].append((e, w)) } }
        return proposals.indices.map { p in
            var dot = [Double](repeating: 0, count: experts.count)
            for (term, w) in proposals[p] where term < postings.count {
                for (e, we) in postings[term] { dot[e] += w * we }
            }
            return experts.indices.map { e in
                Self.score(cosine: dot[e], discipline: DisciplineCode.match(proposalDisciplines[p], expertDisciplines[e]))
            }
        }
    }

    /// One proposal against every expert (a replacement after a decline).
    public func row(_ p: Int) -> [Int] {
        experts.indices.map { e in
            Self.score(cosine: Self.dot(proposals[p], experts[e]), discipline: DisciplineCode.match(proposalDisciplines[p], expertDisciplines[e]))
        }
    }

    public static func score(cosine: Double, discipline: Double) -> Int {
        Int((65535 * min(1, max(0, 0.7 * cosine + 0.3 * discipline))).rounded())
    }

    static func dot(_ a: Vector, _ b: Vector) -> Double {
        var i = 0, j = 0, sum = 0.0
        while i < a.count && j < b.count {
            if a[i].term == b[j].term { sum += a[i].weight * b[j].weight; i += 1; j += 1 }
            else if a[i].term < b[j].term { i += 1 } else { j += 1 }
        }
        return sum
    }
}
