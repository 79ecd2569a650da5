import ArgumentParser
import Dedup
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `kechuang dedup` — every pair of near-duplicate applications in a JSONL file (issue #7).
///
/// MinHash (one permutation, densified) + LSH banding find candidates; every candidate is
/// verified on the exact shingle sets, so each reported pair has Jaccard ≥ --threshold. Needs no
/// database. Progress goes to standard error only when it is a terminal; the summary to standard
/// output.
struct DedupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dedup",
        abstract: "Find near-duplicate applications: every pair with exact shingle Jaccard ≥ --threshold.",
        discussion: """
        Input: JSONL, one object a line with "id" and "text" (other fields are ignored). Texts are shingled as \
        dedup-bench/1 prescribes (NFKC, lowercase, ASCII-run / CJK-character tokens, 3-token shingles, FNV-1a-64). \
        Output: CSV with header doc_a,doc_b (doc_a < doc_b), sorted. A text with fewer than three tokens matches nothing.
        """)

    @ArgumentParser.Option(help: "JSONL file with id and text per line.") var input: String
    @ArgumentParser.Option(help: "Report pairs with exact Jaccard at or above this (0 < t ≤ 1).") var threshold: Double = 0.8
    @ArgumentParser.Option(help: "CSV file to write (doc_a,doc_b).") var out: String
    @ArgumentParser.Option(help: "LSH bands.") var bands: Int = LSHParameters.default.bands
    @ArgumentParser.Option(help: "LSH rows per band.") var rows: Int = LSHParameters.default.rows
    @ArgumentParser.Option(help: "Worker threads (default: all cores).") var threads: Int?
    @ArgumentParser.Option(help: ArgumentHelp("Also write id,set_size,sum,xor per document (hex; for cross-checking the shingler).", visibility: .hidden))
    var setDigests: String?
    @ArgumentParser.Flag(help: "Print the summary as one JSON object.") var json = false

    func validate() throws {
        guard threshold > 0 && threshold <= 1 else { throw ValidationError("--threshold must be in (0, 1].") }
        guard bands > 0 && rows > 0 && bands * rows <= 4096 else { throw ValidationError("--bands × --rows must be between 1 and 4096.") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1.") }
        guard FileManager.default.isReadableFile(atPath: input) else { throw ValidationError("Cannot read \(input).") }
    }

    func run() throws {
        var options = BatchDedupOptions(threshold: JaccardThreshold(threshold), lsh: LSHParameters(bands: bands, rows: rows))
        if let threads { options.threads = threads }
        options.collectDigests = setDigests != nil
        let tty = isatty(2) == 1
        let show: @Sendable (String) -> Void = { line in
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        }
        let progress: (@Sendable (String) -> Void)? = tty ? show : nil
        let result: BatchDedupResult
        do {
            result = try BatchDedup.run(path: input, options: options, progress: progress)
        } catch let e as JSONLinesError {
            if tty { FileHandle.standardError.write(Data("\n".utf8)) }
            printError("\(input): \(e)")
            throw ExitCodes.failure
        }
        if tty { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        let start = Date()
        try BatchDedup.writeCSV(result.pairs, to: out)
        if let setDigests {
            var text = "id,set_size,sum,xor\n"
            for d in result.digests {
                text += "\(d.id),\(d.size),\(String(d.sum, radix: 16)),\(String(d.xor, radix: 16))\n"
            }
            try text.write(toFile: setDigests, atomically: true, encoding: .utf8)
        }
        var s = result.stats
        s.phases.append(("write", Date().timeIntervalSince(start)))
        let peak = BatchDedup.peakRSS()
        if json {
            var phases: [String] = []
            for (name, secs) in s.phases { phases.append("\"\(name)\": \(String(format: "%.3f", secs))") }
            print("{\"documents\": \(s.documents), \"empty_documents\": \(s.emptyDocuments), \"shingles\": \(s.shingles), "
                + "\"lsh_candidates\": \(s.lshCandidates), \"candidates\": \(s.candidates), \"reshingled\": \(s.reshingled), "
                + "\"pairs\": \(s.verifiedPairs), \"bands\": \(bands), \"rows\": \(rows), \"threshold\": \(threshold), "
                + "\"seconds\": {\(phases.joined(separator: ", "))}, \"total_seconds\": \(String(format: "%.3f", s.totalSeconds)), "
                + "\"peak_rss_bytes\": \(peak.map(String.init) ?? "null")}")
        } else {
            print("Documents: \(s.documents) (\(s.emptyDocuments) with fewer than three tokens), \(s.shingles) distinct shingles in all")
            print("LSH: \(LSHParameters(bands: bands, rows: rows)); \(s.lshCandidates) candidate pairs, \(s.candidates) after the size filter, all verified exactly (\(s.reshingled) documents re-shingled)")
            print("Pairs with Jaccard ≥ \(threshold): \(s.verifiedPairs) → \(out)")
            print("Time: " + s.phases.map { "\($0.0) \(String(format: "%.2f", $0.1)) s" }.joined(separator: ", ")
                + String(format: "; total %.2f s", s.totalSeconds))
            if let peak { print(String(format: "Peak memory (VmHWM): %.0f MiB", Double(peak) / 1_048_576)) }
        }
    }
}
