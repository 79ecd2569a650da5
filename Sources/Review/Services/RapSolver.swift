import Assignment
import Foundation
import KechuangCore

struct RapSolution {
    /// (proposal index, expert index)
    let pairs: [(Int, Int)]
    let objective: Int
    let minProposalTotal: Int
}

/// Runs the exact solver of the `Assignment` module on a round's instance, and words an
/// infeasible round in both languages with the proposals' titles.
enum RapSolver {
    struct Infeasible: Error {
        let explanation: LocalizedText
    }

    static func solve(_ instance: RapInstance, fair: Bool, seed: Int, titles: [String] = []) throws -> RapSolution {
        var pairs: [(proposal: Int, reviewer: Int, score: UInt16)] = []
        for p in 0..<instance.proposals {
            for r in 0..<instance.reviewers where !instance.isForbidden(p, r) {
                pairs.append((p, r, UInt16(clamping: instance.affinity[p][r])))
            }
        }
        let problem = try AssignmentProblem(
            proposals: (0..<instance.proposals).map { (id: "p\($0)", k: instance.k) },
            reviewers: (0..<instance.reviewers).map { (id: "r\($0)", minLoad: instance.minLoads[$0], maxLoad: instance.maxLoads[$0]) },
            pairs: pairs)
        do {
            // Any Int the officer typed is a seed: its bit pattern, never a trap on a negative one.
            let result = try AssignmentSolver.solve(problem, fair: fair, seed: UInt64(truncatingIfNeeded: seed))
            return RapSolution(pairs: zip(result.proposals, result.reviewers).map { (Int($0), Int($1)) },
                               objective: Int(result.totalAffinity), minProposalTotal: Int(result.minProposalTotal))
        } catch AssignmentError.infeasible(let report) {
            throw Infeasible(explanation: explain(report, titles: titles))
        }
    }

    static func explain(_ report: InfeasibilityReport, titles: [String]) -> LocalizedText {
        func names(_ ids: [String]) -> String {
            let shown = ids.prefix(5).map { id -> String in
                guard let i = Int(id.dropFirst()), i < titles.count else { return id }
                return "「\(titles[i])」"
            }
            return shown.joined(separator: "、") + (ids.count > 5 ? "等 \(ids.count) 项" : "")
        }
        var zh: [String] = []
        var en: [String] = []
        if !report.shortProposalIDs.isEmpty {
            zh.append("\(names(report.shortProposalIDs))可选的无利益冲突专家少于所需人数")
            en.append("\(report.shortProposalIDs.count) proposal(s) have fewer eligible experts without conflicts than they need: \(names(report.shortProposalIDs))")
        }
        if report.totalDemand > report.totalMaxCapacity {
            zh.append("共需 \(report.totalDemand) 人次评审，但专家评审上限合计只有 \(report.totalMaxCapacity)")
            en.append("the proposals need \(report.totalDemand) reviews but the experts' maximum loads add up to \(report.totalMaxCapacity)")
        }
        if report.totalMinLoad > report.totalDemand {
            zh.append("专家评审数下限合计 \(report.totalMinLoad)，超过所需的 \(report.totalDemand) 人次")
            en.append("the experts' minimum loads add up to \(report.totalMinLoad), more than the \(report.totalDemand) reviews needed")
        }
        if report.cutProposalCount > 0 {
            zh.append("\(names(report.cutProposalIDs))只能由 \(report.cutReviewerCount) 位专家评审，需要 \(report.cutDemand) 人次而这些专家最多承担 \(report.cutCapacity)")
            en.append("\(report.cutProposalCount) proposal(s) can only use \(report.cutReviewerCount) expert(s): they need \(report.cutDemand) reviews, those experts can take \(report.cutCapacity)")
        }
        if zh.isEmpty {
            zh.append("请增加专家、放宽评审数上限或减少每项申请的专家人数")
            en.append(report.description)
        }
        return LocalizedText(zh: zh.joined(separator: "；") + "。", en: en.joined(separator: "; ") + ".")
    }
}
