import Foundation
import Logging

/// Prints a self-contained HTML document to PDF with headless Chromium (Debian's `chromium`,
/// fonts from `fonts-noto-cjk`), in a fresh temporary directory, killed after `timeout` seconds.
/// The PDF embeds the CJK font subset with its ToUnicode map, so `pdftotext` reads it back.
enum AgreementPDF {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static let timeout: TimeInterval = 60

    /// `KECHUANG_CHROMIUM` or the first of the usual names on the PATH.
    static var chromium: String? {
        if let configured = ProcessInfo.processInfo.environment["KECHUANG_CHROMIUM"], !configured.isEmpty { return configured }
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for dir in paths where FileManager.default.isExecutableFile(atPath: "\(dir)/\(name)") { return "\(dir)/\(name)" }
        }
        return nil
    }

    static func render(html: String, logger: Logger) async throws -> Data {
        guard let chromium else { throw Failure(description: "chromium is not installed (apt-get install -y chromium fonts-noto-cjk)") }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kechuang-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = dir.appendingPathComponent("agreement.html"), output = dir.appendingPathComponent("agreement.pdf")
        try Data(html.utf8).write(to: source)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                             "--user-data-dir=\(dir.appendingPathComponent("profile").path)", "--no-pdf-header-footer",
                             "--print-to-pdf=\(output.path)", source.absoluteString]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let finished: Bool = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { _ in continuation.resume(returning: true) }
            do { try process.run() } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
                return
            }
            let pid = process.processIdentifier
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
                if process.isRunning {
                    logger.warning("chromium print timed out after \(Int(timeout)) s; terminating pid \(pid)")
                    process.terminate()
                }
            }
        }
        guard finished, let data = try? Data(contentsOf: output), data.starts(with: Array("%PDF".utf8)) else {
            throw Failure(description: "chromium did not print the PDF (exit status \(process.terminationStatus))")
        }
        return data
    }
}
