import Foundation
import KechuangCore
import Projects
import Review
import Vapor

/// A call's published assignment report over the JSON API (Art. 29): what anyone needs to re-run
/// the assignment — the inputs' digest, the parameters, the seed, the objective, the exclusions by
/// reason — and where to download the `rap-bench/1` input files.
struct ReviewAPIRoutes {
    func register(on routes: any RoutesBuilder) {
        let api = routes.grouped("api", "v1")
        api.on(.GET, ["calls", ":id", "review-report"], action: .viewAssignmentReports, use: report)
    }

    @Sendable func report(req: Request) async throws -> AssignmentReportJSON {
        let call = try await req.calls.find(try req.idParameter())
        let rounds = req.rounds
        guard let round = try await rounds.round(call: call.id), round.state == .published, let report = round.report else {
            throw DomainError.notFound(entity: "assignment report")
        }
        let files = try await rounds.instanceFiles(round: round.id).keys.sorted()
        return AssignmentReportJSON(report, files: files.map { ReviewURL.reviewReportFile(call.id, $0).path })
    }
}

struct AssignmentReportJSON: Content {
    let inputs_sha256: String
    let proposals: Int
    let experts: Int
    let eligible_pairs: Int
    let reviewers_per_proposal: Int
    let min_load: Int
    let max_load: Int
    let fair: Bool
    let seed: Int
    let objective: Int
    let min_proposal_total: Int
    let exclusions_by_reason: [String: Int]
    let affinity_formula: String
    let computed_at: Date
    let published_at: Date?
    /// Paths of the `rap-bench/1` instance files, to download into one folder for `kechuang assign`.
    let files: [String]
    let article: String

    init(_ r: AssignmentReport, files: [String]) {
        inputs_sha256 = r.inputsDigest; proposals = r.proposals; experts = r.experts; eligible_pairs = r.eligiblePairs
        reviewers_per_proposal = r.reviewersPerProposal; min_load = r.minLoad; max_load = r.maxLoad; fair = r.fair; seed = r.seed
        objective = r.objective; min_proposal_total = r.minProposalTotal; exclusions_by_reason = r.exclusionsByReason
        affinity_formula = r.affinityFormula; computed_at = r.computedAt; published_at = r.publishedAt
        self.files = files
        article = "29"
    }
}
