import ArgumentParser
import Assignment
import Foundation

/// `kechuang assign`: solve a rap-bench/1 reviewer-assignment instance exactly (no database).
struct Assign: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign",
        abstract: "Assign reviewers to proposals optimally (exact min-cost flow) from a rap-bench/1 instance directory.",
        discussion: """
        Every proposal gets exactly k distinct reviewers, every reviewer's load stays within [min_load, max_load], \
        declared conflicts, same-institution pairs and (sparse instances) pairs not in affinity.csv are never used, \
        and the total affinity is the maximum possible. --fair first maximises the smallest affinity of any assigned \
        pair (the bottleneck), then the total among assignments meeting it. Writes a proposal,reviewer CSV. \
        If no valid assignment exists, the reasons are printed to stderr and the exit code is 1.
        """)

    @ArgumentParser.Option(help: "Instance directory (header.json, proposals.csv, reviewers.csv, affinity.*, conflicts.csv).")
    var instance: String
    @ArgumentParser.Option(help: "Output CSV (proposal,reviewer).")
    var out: String
    @ArgumentParser.Flag(help: "Maximise the worst assigned pair's affinity first, then the total.")
    var fair = false
    @ArgumentParser.Option(help: "Seed for tie-breaking (the result is deterministic for a given seed).")
    var seed: UInt64 = 0

    func run() throws {
        let t0 = Date()
        let inst: RapBenchInstance
        do { inst = try RapBench.read(directory: instance) } catch {
            printError("\(error)")
            throw ExitCodes.failure
        }
        let t1 = Date()
        let pb = inst.problem
        let result: AssignmentResult
        do { result = try AssignmentSolver.solve(pb, fair: fair, seed: seed) } catch {
            printError("\(error)")
            throw ExitCodes.failure
        }
        let t2 = Date()
        do { try RapBench.writeAssignment(result, problem: pb, to: out) } catch {
            printError("\(error)")
            throw ExitCodes.failure
        }
        let t3 = Date()
        func s(_ a: Date, _ b: Date) -> String { String(format: "%.2f", b.timeIntervalSince(a)) }
        print("instance \(inst.name): \(pb.proposalCount) proposals × \(pb.reviewerCount) reviewers, \(pb.arcCount) eligible pairs (\(inst.removedConflicts) removed as conflicts)")
        let optimal = result.bottleneck == nil ? "optimal" : "optimal among assignments meeting the bottleneck"
        print("objective (total affinity) \(result.totalAffinity)\(result.certified ? " (\(optimal), certified by dual prices)" : "")")
        print("smallest per-proposal total \(result.minProposalTotal), mean \(String(format: "%.1f", result.meanProposalTotal))")
        if let b = result.bottleneck { print("fair: every assigned pair has affinity ≥ \(b) (the best possible bottleneck)") }
        print("assignments \(result.count) written to \(out)")
        print("time read \(s(t0, t1)) s, solve \(s(t1, t2)) s, write \(s(t2, t3)) s; peak memory \(peakMemoryMiB()) MiB")
    }

    /// VmHWM from /proc/self/status, in MiB ("?" where unavailable).
    private func peakMemoryMiB() -> String {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return "?" }
        for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kb = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
            return String(kb / 1024)
        }
        return "?"
    }
}
