import Foundation

/// Why the text of a PDF could not be read.
public enum PDFTextError: Error, Sendable, Equatable {
    /// The PDF inspector refused the file (JavaScript, embedded files, malformed, …): it is not opened.
    case refused(PDFFinding)
    /// No `pdftotext` (poppler-utils) on this machine.
    case extractorMissing
    /// `pdftotext` ran and failed (exit status), or its output was not UTF-8.
    case extractionFailed(Int32)
}

/// The text of a PDF guideline, extracted by poppler's `pdftotext` (a real PDF text extractor: fonts,
/// ToUnicode maps, object streams and compressed content all handled), after `PDFInspector` has
/// checked the file. Pages are separated by a form feed (U+000C), which the linter reads as a line
/// break; offsets of findings are `Character` offsets into the returned text.
public struct PDFTextExtractor: Sendable {
    /// Where to look for `pdftotext`, first match wins.
    public var searchPaths: [String]

    public init(searchPaths: [String] = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext", "/opt/homebrew/bin/pdftotext"]) {
        self.searchPaths = searchPaths
    }

    public var executable: String? {
        searchPaths.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    public func text(of data: Data) throws -> String {
        if let finding = PDFInspector.inspect(data) { throw PDFTextError.refused(finding) }
        guard let executable else { throw PDFTextError.extractorMissing }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kechuang-pdftext-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("guideline.pdf")
        let output = directory.appendingPathComponent("guideline.txt")
        try data.write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-enc", "UTF-8", "-q", input.path, output.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw PDFTextError.extractionFailed(process.terminationStatus) }
        let bytes = try Data(contentsOf: output)
        guard let text = String(data: bytes, encoding: .utf8) else { throw PDFTextError.extractionFailed(-1) }
        return text.replacingOccurrences(of: "\u{0C}", with: "\n")
    }
}
