import Foundation
import Testing
@testable import Projects

/// Attachment storage: SHA-256, validation of uploads (PDF only, size limit, safe names) and the
/// local content-addressed store (atomic writes, deduplication, keys confined to the root).
@Suite("Attachment storage (PRJ)")
struct AttachmentStoreTests {
    // MARK: Helpers

    /// A small but well-formed PDF (one empty A4 page), with a correct cross-reference table.
    static func minimalPDF(title: String = "Research plan") -> Data {
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
            "<< /Length 0 >>\nstream\n\nendstream",
            "<< /Title (\(title)) >>",
        ]
        // Header, then a comment of four bytes above 127 that marks the file as binary.
        var bytes = Array("%PDF-1.4\n".utf8) + [0x25, 0xE2, 0xE3, 0xCF, 0xD3, 0x0A]
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(bytes.count)
            bytes += Array("\(index + 1) 0 obj\n\(object)\nendobj\n".utf8)
        }
        let xref = bytes.count
        var pdf = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            pdf += String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n"
        }
        pdf += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R /Info 5 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        bytes += Array(pdf.utf8)
        return Data(bytes)
    }

    static func hexData(_ hex: String) -> Data {
        var data = Data()
        var iterator = hex.makeIterator()
        while let high = iterator.next(), let low = iterator.next() {
            data.append(UInt8(String([high, low]), radix: 16)!)
        }
        return data
    }

    /// A real 1×1 PNG.
    static let png = hexData(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
        "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082")

    /// A ZIP archive holding one empty file "a.txt".
    static let zip = hexData(
        "504b03040a0000000000000000000000000000000000000000000500000061" +
        "2e747874504b01021e030a00000000000000000000000000000000000000000500" +
        "000000000000000000a48100000000612e747874504b0506000000000100010033000000230000000000")

    static func randomBytes(_ count: Int) -> Data {
        var generator = SystemRandomNumberGenerator()
        return Data((0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }

    /// A fresh directory for one test, removed afterwards. The store's root is a subdirectory
    /// `store` of it, so a test can see whether anything was written beside the root.
    static func withTemporaryDirectory<T>(_ body: (URL) async throws -> T) async throws -> T {
        let base = FileManager.default.temporaryDirectory
            .appendingPathComponent("kechuang-attachments-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: base) }
        return try await body(base)
    }

    static func withStore<T>(
        policy: AttachmentPolicy = .init(), _ body: (LocalAttachmentStore, URL) async throws -> T
    ) async throws -> T {
        try await withTemporaryDirectory { base in
            let store = try LocalAttachmentStore(root: base.appendingPathComponent("store"), policy: policy)
            return try await body(store, base)
        }
    }

    /// Regular files below `root`, as paths relative to it, sorted.
    static func files(under root: URL) -> [String] {
        let rootPath = root.standardizedFileURL.resolvingSymlinksInPath().path
        guard let enumerator = FileManager.default.enumerator(atPath: rootPath) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: rootPath + "/" + relative, isDirectory: &isDirectory),
               !isDirectory.boolValue {
                found.append(relative)
            }
        }
        return found.sorted()
    }

    /// `sha256sum` (Linux) or `shasum -a 256` (macOS), if installed.
    static let referenceTool: (path: String, arguments: [String])? = {
        for path in ["/usr/bin/sha256sum", "/bin/sha256sum", "/usr/local/bin/sha256sum", "/opt/homebrew/bin/sha256sum"]
        where FileManager.default.isExecutableFile(atPath: path) {
            return (path, [])
        }
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/shasum") { return ("/usr/bin/shasum", ["-a", "256"]) }
        return nil
    }()

    static func referenceDigest(ofFile path: String) throws -> String {
        let tool = try #require(referenceTool)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool.path)
        process.arguments = tool.arguments + [path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let text = String(decoding: data, as: UTF8.self)
        return String(text.prefix { !$0.isWhitespace })
    }

    // MARK: SHA-256

    @Test func test_sha256_knownVectors() {
        #expect(SHA256Digest.hex(Data())
                == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256Digest.hex(Data("abc".utf8))
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256Digest.hex(Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256Digest.hex(Data(repeating: UInt8(ascii: "a"), count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func test_sha256_sequencePathsAgreeWithDataPath() {
        for count in [0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 4095, 4096, 4097, 10_000] {
            let data = Self.randomBytes(count)
            let expected = SHA256Digest.hex(data)
            #expect(SHA256Digest.hex(Array(data)) == expected, "[UInt8], \(count) bytes")
            #expect(SHA256Digest.hex(data.lazy.map { $0 }) == expected, "lazy sequence, \(count) bytes")
            #expect(SHA256Digest.hex(AnySequence(data)) == expected, "AnySequence, \(count) bytes")
            #expect(SHA256Digest.hex(data.dropFirst(0)) == expected, "Data slice, \(count) bytes")
        }
    }

    @Test(.enabled(if: AttachmentStoreTests.referenceTool != nil, "needs sha256sum or shasum"))
    func test_sha256_matchesSystemToolOnRandomData() async throws {
        try await Self.withTemporaryDirectory { base in
            for count in [0, 1, 3, 55, 56, 57, 64, 100, 1000, 65_537, 1 << 20] {
                let data = Self.randomBytes(count)
                let file = base.appendingPathComponent("random-\(count).bin")
                try data.write(to: file)
                #expect(try Self.referenceDigest(ofFile: file.path) == SHA256Digest.hex(data), "\(count) bytes")
            }
        }
    }

    // MARK: Storing and reading back

    @Test func test_minimalPDF_isStoredAndReadBackByteIdentical() async throws {
        try await Self.withStore { store, base in
            let pdf = Self.minimalPDF()
            #expect(AttachmentValidation.check(pdf, originalName: "研究计划书.pdf", policy: .init()) == nil)

            let stored = try await store.put(pdf, originalName: "研究计划书.pdf")
            let digest = SHA256Digest.hex(pdf)
            #expect(stored.key == digest)
            #expect(stored.sha256 == digest)
            #expect(stored.size == pdf.count)
            #expect(stored.contentType == "application/pdf")
            #expect(stored.originalName == "研究计划书.pdf")

            let back = try await store.get(stored.key)
            #expect(back == pdf)

            // Content-addressed layout, nothing else left behind (no temporary files).
            let root = base.appendingPathComponent("store")
            let prefix = String(digest.prefix(2)), second = String(digest.dropFirst(2).prefix(2))
            #expect(Self.files(under: root) == ["\(prefix)/\(second)/\(digest).pdf"])
            if Self.referenceTool != nil {
                let path = root.appendingPathComponent("\(prefix)/\(second)/\(digest).pdf").path
                #expect(try Self.referenceDigest(ofFile: path) == digest)
            }
        }
    }

    @Test func test_storedAttachment_roundTripsThroughJSON() throws {
        let stored = StoredAttachment(key: String(repeating: "ab", count: 32), sha256: String(repeating: "ab", count: 32),
                                      size: 1234, contentType: "application/pdf", originalName: "伦理审查批件.pdf")
        let decoded = try JSONDecoder().decode(StoredAttachment.self, from: JSONEncoder().encode(stored))
        #expect(decoded == stored)
    }

    // MARK: Validation

    @Test func test_notPDF_whateverTheName() async throws {
        let text = Data("这不是 PDF，只是改了扩展名的文本。\nJust text renamed to .pdf\n".utf8)
        let headerOnly = Data("%PDF-1.7\n1 0 obj\n<< >>\nendobj\n".utf8)          // truncated: no %%EOF
        let headerTooLate = Data(repeating: 0x20, count: 1024) + Self.minimalPDF()  // %PDF- after byte 1024
        let junkAfterEOF = Self.minimalPDF() + Data(repeating: 0x41, count: 2049)   // %%EOF not near the end
        let pdfAfterZip = Self.zip + Self.minimalPDF()                             // ZIP bytes, then a PDF
        for (label, data) in [("png", Self.png), ("zip", Self.zip), ("text", text),
                              ("header only", headerOnly), ("header too late", headerTooLate),
                              ("junk after %%EOF", junkAfterEOF), ("ZIP bytes before the PDF", pdfAfterZip)] {
            #expect(AttachmentValidation.check(data, originalName: "plan.pdf", policy: .init()) == .notPDF, "\(label)")
        }
        // The header must be at byte 0: a PDF behind other bytes (a ZIP/PDF polyglot) is refused,
        // although some PDF readers would open it.

        try await Self.withStore { store, base in
            for data in [Self.png, Self.zip, text] {
                await #expect(throws: AttachmentProblem.notPDF) { try await store.put(data, originalName: "plan.pdf") }
            }
            #expect(Self.files(under: base).isEmpty)
        }
    }

    @Test func test_empty() async throws {
        #expect(AttachmentValidation.check(Data(), originalName: "plan.pdf", policy: .init()) == .empty)
        try await Self.withStore { store, base in
            await #expect(throws: AttachmentProblem.empty) { try await store.put(Data(), originalName: "plan.pdf") }
            #expect(Self.files(under: base).isEmpty)
        }
    }

    @Test func test_tooLarge() async throws {
        let pdf = Self.minimalPDF()
        let policy = AttachmentPolicy(maxBytes: pdf.count)
        #expect(AttachmentPolicy().maxBytes == 20 * 1024 * 1024)
        #expect(AttachmentValidation.check(pdf, originalName: "a.pdf", policy: policy) == nil)  // exactly at the limit

        // One byte more: a comment before the header still leaves %PDF- in the first 1024 bytes.
        let bigger = Data(" ".utf8) + pdf
        #expect(AttachmentValidation.check(bigger, originalName: "a.pdf", policy: policy)
                == .tooLarge(limit: pdf.count, size: pdf.count + 1))
        try await Self.withStore(policy: policy) { store, base in
            await #expect(throws: AttachmentProblem.tooLarge(limit: pdf.count, size: pdf.count + 1)) {
                try await store.put(bigger, originalName: "a.pdf")
            }
            #expect(Self.files(under: base).isEmpty)
            _ = try await store.put(pdf, originalName: "a.pdf")
        }

        // The default limit: 20 MiB.
        let huge = Data(count: (20 << 20) + 1)
        #expect(AttachmentValidation.check(huge, originalName: "a.pdf", policy: .init())
                == .tooLarge(limit: 20 << 20, size: (20 << 20) + 1))
    }

    @Test func test_messages_bothLanguages() {
        let problems: [AttachmentProblem] = [.empty, .tooLarge(limit: 20 << 20, size: 25 << 20), .notPDF, .unsafeName]
        for problem in problems {
            #expect(!problem.message.zh.isEmpty && !problem.message.en.isEmpty)
        }
        #expect(AttachmentProblem.notPDF.message.en.hasPrefix("The file must be a PDF"))
        #expect(AttachmentProblem.notPDF.message.zh.hasPrefix("文件须为 PDF 格式"))

        let large = AttachmentProblem.tooLarge(limit: 20 << 20, size: (20 << 20) + 1).message
        #expect(large.en.contains("20.1 MB") && large.en.contains("20 MB"), "\(large.en)")
        #expect(large.zh.contains("20.1 MB") && large.zh.contains("20 MB"), "\(large.zh)")
        let mb25 = AttachmentProblem.tooLarge(limit: 20 << 20, size: 25 << 20).message
        #expect(mb25.en.contains("25 MB") && mb25.zh.contains("25 MB"))
        #expect(AttachmentProblem.describe(bytes: 1536, roundingUp: true).en == "2 KB")
        #expect(AttachmentProblem.describe(bytes: Int.max, roundingUp: false).en.hasSuffix(" MB"))
    }

    // MARK: Deduplication and deletion

    @Test func test_sameBytesTwice_sameKey_oneFile() async throws {
        try await Self.withStore { store, base in
            let pdf = Self.minimalPDF()
            let first = try await store.put(pdf, originalName: "合作协议.pdf")
            let second = try await store.put(pdf, originalName: "co-operation agreement.pdf")
            #expect(first.key == second.key)
            #expect(second.originalName == "co-operation agreement.pdf")
            #expect(Self.files(under: base.appendingPathComponent("store")).count == 1)

            let other = try await store.put(Self.minimalPDF(title: "Ethics approval"), originalName: "ethics.pdf")
            #expect(other.key != first.key)
            #expect(Self.files(under: base.appendingPathComponent("store")).count == 2)
        }
    }

    @Test func test_concurrentPutsOfTheSameBytes() async throws {
        try await Self.withStore { store, base in
            let pdf = Self.minimalPDF()
            let keys = try await withThrowingTaskGroup(of: String.self) { group in
                for index in 0..<16 {
                    group.addTask { try await store.put(pdf, originalName: "plan-\(index).pdf").key }
                }
                var keys: Set<String> = []
                for try await key in group { keys.insert(key) }
                return keys
            }
            #expect(keys == [SHA256Digest.hex(pdf)])
            #expect(!Self.files(under: base).contains { $0.contains(".tmp-") })  // no temporary file left
            #expect(Self.files(under: base.appendingPathComponent("store")).count == 1)
            #expect(try await store.get(SHA256Digest.hex(pdf)) == pdf)
        }
    }

    @Test func test_delete_removesTheFile() async throws {
        try await Self.withStore { store, base in
            let stored = try await store.put(Self.minimalPDF(), originalName: "plan.pdf")
            try await store.delete(stored.key)
            #expect(Self.files(under: base).isEmpty)
            await #expect(throws: AttachmentStoreError.notFound(stored.key)) { try await store.get(stored.key) }
            try await store.delete(stored.key)  // deleting again is no error
        }
    }

    // MARK: Names and keys cannot reach outside the root

    @Test func test_safeName() {
        let cases: [(String, String?)] = [
            ("../../etc/passwd.pdf", "passwd.pdf"),
            ("..\\..\\windows\\system32\\x.pdf", "x.pdf"),
            ("C:\\Users\\li\\Desktop\\研究计划书.pdf", "研究计划书.pdf"),
            ("/absolute/path/plan.pdf", "plan.pdf"),
            ("plan.pdf", "plan.pdf"),
            ("  合作协议（盖章版）.pdf  ", "合作协议（盖章版）.pdf"),
            ("report\u{0}\n\r\t.pdf", "report.pdf"),
            ("invoice\u{202E}fdp.exe", "invoicefdp.exe"),     // right-to-left override removed
            ("a:b|c?.pdf", "a_b_c_.pdf"),
            (".hidden.pdf", "hidden.pdf"),
            ("plan.pdf...", "plan.pdf"),
            ("dir/sub/", "sub"),
            ("cafe\u{301}.pdf", "caf\u{E9}.pdf"),               // NFC
            ("..", nil), ("../..", nil), ("", nil), ("   ", nil), ("/", nil), ("\u{0}\u{1}\u{7F}", nil), ("...", nil),
        ]
        for (input, expected) in cases {
            #expect(AttachmentValidation.safeName(input) == expected, "\(input.debugDescription)")
        }
        let long = String(repeating: "研", count: 200) + ".pdf"
        let cut = AttachmentValidation.safeName(long)
        #expect(cut.map { $0.utf8.count <= 255 && $0.hasSuffix(".pdf") } == true)

        #expect(AttachmentValidation.check(Self.minimalPDF(), originalName: "../..", policy: .init()) == .unsafeName)
    }

    @Test func test_pathTraversalInTheName_isNeutralised() async throws {
        try await Self.withStore { store, base in
            let pdf = Self.minimalPDF()
            let stored = try await store.put(pdf, originalName: "../../etc/passwd.pdf")
            #expect(stored.originalName == "passwd.pdf")
            // Everything written is inside the root, under its content address.
            let all = Self.files(under: base)
            #expect(all.count == 1)
            #expect(all.allSatisfy { $0.hasPrefix("store/") && $0.hasSuffix("/\(stored.key).pdf") }, "\(all)")
            #expect(!FileManager.default.fileExists(atPath: base.appendingPathComponent("etc").path))

            await #expect(throws: AttachmentProblem.unsafeName) { try await store.put(pdf, originalName: "../../") }
        }
    }

    @Test func test_keysCannotEscapeTheRoot() async throws {
        try await Self.withStore { store, base in
            let stored = try await store.put(Self.minimalPDF(), originalName: "plan.pdf")
            // A file beside the root that a crafted key might try to reach.
            try Data("secret".utf8).write(to: base.appendingPathComponent("x"))

            for key in ["../x", "../../x", "/etc/passwd", "", ".", "..", "ab/cd/../../../x",
                        stored.key.uppercased(), stored.key + ".pdf", stored.key + "/..", String(stored.key.dropLast()),
                        "../" + String(stored.key.dropFirst(3)), String(repeating: "g", count: 64)] {
                await #expect(throws: AttachmentStoreError.invalidKey(key)) { try await store.get(key) }
                await #expect(throws: AttachmentStoreError.invalidKey(key)) { try await store.delete(key) }
            }
            #expect(FileManager.default.fileExists(atPath: base.appendingPathComponent("x").path))
            #expect(try await store.get(stored.key) == Self.minimalPDF())

            let unknown = String(repeating: "0", count: 64)
            await #expect(throws: AttachmentStoreError.notFound(unknown)) { try await store.get(unknown) }
        }
    }

    // MARK: Crash leftovers

    @Test func test_put_repairsAFileOfTheWrongSizeUnderTheFinalName() async throws {
        try await Self.withStore { store, base in
            let pdf = Self.minimalPDF()
            let key = SHA256Digest.hex(pdf)
            let directory = base.appendingPathComponent("store/\(key.prefix(2))/\(key.dropFirst(2).prefix(2))")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try pdf.prefix(10).write(to: directory.appendingPathComponent("\(key).pdf"))  // e.g. copied in by hand, cut short

            let stored = try await store.put(pdf, originalName: "plan.pdf")
            #expect(stored.key == key)
            #expect(try await store.get(key) == pdf)
        }
    }

    @Test func test_init_removesStaleTemporaryFilesOnly() async throws {
        try await Self.withTemporaryDirectory { base in
            let root = base.appendingPathComponent("store")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            let stale = root.appendingPathComponent(".tmp-stale")
            let fresh = root.appendingPathComponent(".tmp-fresh")
            try Data("half".utf8).write(to: stale)
            try Data("half".utf8).write(to: fresh)
            try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-7200)],
                                                  ofItemAtPath: stale.path)
            _ = try LocalAttachmentStore(root: root)
            #expect(!FileManager.default.fileExists(atPath: stale.path))
            #expect(FileManager.default.fileExists(atPath: fresh.path))
        }
    }
}
