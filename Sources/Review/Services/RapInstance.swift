import Crypto
import Foundation

/// A round's assignment problem written as a `rap-bench/1` instance (the benchmark format of
/// `kechuang assign`): pseudonymous ids (`p0…`, `r0…`, organisations `o0…`), sparse affinities,
/// every conflict listed with its reason. The report publishes the SHA-256 of these files, and
/// anyone holding them can re-run `kechuang assign --instance DIR` and get the same objective.
struct RapInstance {
    let name: String
    let seed: Int
    let k: Int
    let minLoads: [Int]
    let maxLoads: [Int]
    let proposalInstitutions: [[String]]
    let reviewerInstitutions: [String]
    let affinity: [[Int]]
    /// (proposal, reviewer, reason), sorted.
    let conflicts: [(Int, Int, String)]
    let forbidden: Set<Int>

    var proposals: Int { affinity.count }
    var reviewers: Int { minLoads.count }
    var eligiblePairs: Int { proposals * reviewers - forbidden.count }

    func isForbidden(_ p: Int, _ r: Int) -> Bool { forbidden.contains(p * reviewers + r) }

    init(round: ReviewRound, inputs: Rounds.Inputs) {
        name = "round-\(round.id.uuidString.lowercased())"
        seed = round.seed
        k = round.reviewersPerProposal
        maxLoads = inputs.experts.map { min($0.maxLoad, round.maxLoad) }
        minLoads = maxLoads.map { min(round.minLoad, $0) }
        let organisations = Set(inputs.proposals.flatMap { [$0.organisationID] + $0.partners } + inputs.expertOrganisations.flatMap { $0 })
        let pseudonym = Dictionary(uniqueKeysWithValues: organisations.sorted { $0.uuidString < $1.uuidString }.enumerated().map { ($1, "o\($0)") })
        // Every organisation is in `pseudonym` (it is built from these same lists); the fallback is
        // there so that no lookup can trap, and names no organisation (the files are published).
        proposalInstitutions = inputs.proposals.map { ([$0.organisationID] + $0.partners).map { pseudonym[$0] ?? "o-unknown" } }
        reviewerInstitutions = inputs.expertOrganisations.enumerated().map { j, orgs in
            orgs.first.map { pseudonym[$0] ?? "o-unknown" } ?? "none-r\(j)"
        }
        affinity = inputs.affinity
        let proposalIndex = Dictionary(uniqueKeysWithValues: inputs.proposals.enumerated().map { ($1.id.rawValue, $0) })
        let expertIndex = Dictionary(uniqueKeysWithValues: inputs.experts.enumerated().map { ($1.personID, $0) })
        let r = inputs.experts.count
        var list: [(Int, Int, String)] = []
        var forbidden = Set<Int>()
        for e in inputs.exclusions {
            guard let p = proposalIndex[e.applicationID], let j = expertIndex[e.expertID] else { continue }
            list.append((p, j, e.reason.rawValue))
            forbidden.insert(p * r + j)
        }
        conflicts = list.sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
        self.forbidden = forbidden
    }

    /// The instance files in a fixed order; the digest covers them in this order.
    func files() -> [(name: String, content: String)] {
        var proposalsCSV = "proposal,k,institutions\n"
        for (i, institutions) in proposalInstitutions.enumerated() { proposalsCSV += "p\(i),\(k),\(institutions.joined(separator: ";"))\n" }
        var reviewersCSV = "reviewer,max_load,min_load,institution\n"
        for j in 0..<reviewers { reviewersCSV += "r\(j),\(maxLoads[j]),\(minLoads[j]),\(reviewerInstitutions[j])\n" }
        var affinityCSV = "proposal,reviewer,score\n"
        for (i, row) in affinity.enumerated() {
            for (j, score) in row.enumerated() { affinityCSV += "p\(i),r\(j),\(score)\n" }
        }
        var conflictsCSV = "proposal,reviewer,reason\n"
        for (p, r, reason) in conflicts { conflictsCSV += "p\(p),r\(r),\(reason)\n" }
        let header = #"{"format": "rap-bench/1", "name": "\#(name)", "proposals": \#(proposals), "reviewers": \#(reviewers), "affinity": "sparse-csv", "seed": \#(seed)}"# + "\n"
        return [("header.json", header), ("proposals.csv", proposalsCSV), ("reviewers.csv", reviewersCSV),
                ("affinity.csv", affinityCSV), ("conflicts.csv", conflictsCSV)]
    }

    /// SHA-256 over each file as `name NUL content NUL`, in order, hex.
    static func digest(_ files: [(name: String, content: String)]) -> String {
        var hasher = SHA256()
        for file in files {
            hasher.update(data: Data(file.name.utf8) + [0] + Data(file.content.utf8) + [0])
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
