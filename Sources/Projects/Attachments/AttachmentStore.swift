import Foundation

#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

// MARK: - Values

/// An attachment as stored: what an application record keeps to find the bytes again.
public struct StoredAttachment: Sendable, Equatable, Codable {
    /// Opaque storage key; pass it back to `AttachmentStore.get` / `delete`.
    /// (`LocalAttachmentStore`: the SHA-256 hex, since files are content-addressed.)
    public let key: String
    /// Lowercase hex SHA-256 of the bytes, as `sha256sum` prints it.
    public let sha256: String
    /// Size in bytes.
    public let size: Int
    /// Always `"application/pdf"` for now.
    public let contentType: String
    /// The name the applicant's file had, made safe (`AttachmentValidation.safeName`).
    public let originalName: String

    public init(key: String, sha256: String, size: Int, contentType: String, originalName: String) {
        self.key = key
        self.sha256 = sha256
        self.size = size
        self.contentType = contentType
        self.originalName = originalName
    }
}

/// What an attachment may be.
public struct AttachmentPolicy: Sendable {
    /// The largest accepted file, in bytes. Default 20 MiB.
    public var maxBytes: Int

    public init(maxBytes: Int = 20 << 20) {
        self.maxBytes = maxBytes
    }
}

/// Why an upload was refused; `message` says it in plain words to the applicant.
public enum AttachmentProblem: Error, Sendable, Equatable {
    /// No bytes at all.
    case empty
    /// More than `limit` bytes.
    case tooLarge(limit: Int, size: Int)
    /// The content is not a PDF: `%PDF-1.x` must be at byte 0, no other file type's signature in
    /// the first 1024 bytes, and `%%EOF` within the last 2048 bytes. The file name's extension is
    /// not trusted.
    case notPDF
    /// A PDF the structural inspector refuses (`PDFInspector`): damaged, encrypted, or active
    /// content (JavaScript, launch actions, embedded files, rich media, XFA).
    case unsafePDF(PDFFinding)
    /// Nothing usable is left of the file name once paths and control characters are removed.
    case unsafeName
}

/// Failures of a store itself (not of the upload).
public enum AttachmentStoreError: Error, Sendable, Equatable {
    /// The key is not one this store hands out (e.g. `"../x"`); nothing was touched.
    case invalidKey(String)
    /// No attachment is stored under this key.
    case notFound(String)
    /// The file system refused: the operation, the path and the `errno` (0 when unknown).
    case io(operation: String, path: String, code: Int32)
}

// MARK: - The store protocol

/// Where attachment bytes live. Local file system by default; another implementation (object
/// storage) can replace it.
///
/// Keys are opaque to callers. A store that deduplicates (as `LocalAttachmentStore` does) hands
/// out the same key for the same bytes, so callers that share a key between records must count
/// references themselves before calling `delete`.
public protocol AttachmentStore: Sendable {
    /// Validates `data` with the store's policy (throws `AttachmentProblem`), then stores it.
    func put(_ data: Data, originalName: String) async throws -> StoredAttachment
    /// The bytes stored under `key`; throws `AttachmentStoreError.invalidKey` / `.notFound`.
    func get(_ key: String) async throws -> Data
    /// Removes the bytes under `key`. Removing a key that is not stored is no error.
    func delete(_ key: String) async throws
}

// MARK: - Validation

public enum AttachmentValidation {
    /// The media type of every accepted attachment.
    public static let pdfContentType = "application/pdf"

    /// The first problem with an upload, or nil when it may be stored.
    /// Checked in this order: empty, too large, not a PDF, unusable name.
    public static func check(_ data: Data, originalName: String, policy: AttachmentPolicy) -> AttachmentProblem? {
        if data.isEmpty { return .empty }
        if data.count > policy.maxBytes { return .tooLarge(limit: policy.maxBytes, size: data.count) }
        switch PDFInspector.inspect(data) {
        case nil: break
        case .headerNotAtStart?, .foreignSignature?, .noEndOfFile?: return .notPDF
        case let finding?: return .unsafePDF(finding)
        }
        if safeName(originalName) == nil { return .unsafeName }
        return nil
    }

    /// The file name made harmless for storing and for offering back on download, or nil if
    /// nothing is left:
    /// - any directory part is dropped (both `/` and `\`), and so are `.` and `..` components:
    ///   `"../../etc/passwd.pdf"` → `"passwd.pdf"`, `"C:\\Users\\li\\计划书.pdf"` → `"计划书.pdf"`;
    /// - control and invisible format characters are removed (C0/C1 controls, line separators,
    ///   bidirectional overrides such as U+202E that disguise extensions; ZWJ/ZWNJ are kept);
    /// - characters no common file system accepts in a name (`< > : " | ? *`) become `_`;
    /// - surrounding white space and leading dots are trimmed (no hidden or dot-only names),
    ///   trailing dots and spaces too;
    /// - Unicode is normalised to NFC and the name is cut to 255 UTF-8 bytes, keeping a short
    ///   extension.
    public static func safeName(_ name: String) -> String? {
        let components = name.split(whereSeparator: { $0 == "/" || $0 == "\\" })
            .filter { $0 != "." && $0 != ".." && !$0.isEmpty }
        guard let last = components.last else { return nil }

        var scalars = String.UnicodeScalarView()
        for scalar in last.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned, .privateUse:
                continue
            case .format where scalar.value != 0x200C && scalar.value != 0x200D:
                continue
            default:
                break
            }
            switch scalar {
            case "<", ">", ":", "\"", "|", "?", "*": scalars.append("_")
            default: scalars.append(scalar)
            }
        }
        var cleaned = String(scalars).precomposedStringWithCanonicalMapping
        cleaned = cleaned.trimmingCharacters(in: .whitespacesAndNewlines)
        while cleaned.hasPrefix(".") { cleaned.removeFirst() }
        while let lastChar = cleaned.last, lastChar == "." || lastChar.isWhitespace { cleaned.removeLast() }
        cleaned = cleaned.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !cleaned.isEmpty else { return nil }
        return truncated(cleaned, maxUTF8: 255)
    }

    /// Cuts `name` to at most `maxUTF8` bytes on a character boundary, keeping a short extension.
    private static func truncated(_ name: String, maxUTF8: Int) -> String {
        guard name.utf8.count > maxUTF8 else { return name }
        var stem = Substring(name)
        var ext = Substring("")
        if let dot = name.lastIndex(of: "."), dot != name.startIndex, name.distance(from: dot, to: name.endIndex) <= 16 {
            stem = name[..<dot]
            ext = name[dot...]
        }
        let budget = maxUTF8 - ext.utf8.count
        var kept = ""
        var used = 0
        for character in stem {
            let size = character.utf8.count
            if used + size > budget { break }
            kept.append(character)
            used += size
        }
        return kept + ext
    }
}

// MARK: - Messages

extension AttachmentProblem {
    /// What to tell the applicant, in Chinese and English.
    public var message: (zh: String, en: String) {
        switch self {
        case .empty:
            return (zh: "文件是空的，请重新选择文件后上传。",
                    en: "The file is empty. Please choose the file again and upload it.")
        case let .tooLarge(limit, size):
            let sizeText = Self.describe(bytes: size, roundingUp: true)
            let limitText = Self.describe(bytes: limit, roundingUp: false)
            return (zh: "文件大小为 \(sizeText.zh)，超过了 \(limitText.zh) 的上限。请压缩或拆分后再上传。",
                    en: "The file is \(sizeText.en), but files may be at most \(limitText.en). Please make it smaller and upload it again.")
        case .notPDF:
            return (zh: "文件须为 PDF 格式。请将文件另存为或导出为 PDF 后再上传。",
                    en: "The file must be a PDF. Please save or export it as PDF and upload it again.")
        case .unsafeName:
            return (zh: "文件名无法使用，请给文件重新命名后再上传。",
                    en: "The file name cannot be used. Please rename the file and upload it again.")
        case .unsafePDF(let finding):
            return finding.message
        }
    }

    /// The rule id of the field error (`application.attachment.<rule>`).
    public var rule: String {
        switch self {
        case .empty: "empty"
        case .tooLarge: "tooLarge"
        case .notPDF: "notPDF"
        case .unsafeName: "unsafeName"
        case .unsafePDF(let finding): "pdf.\(finding.rawValue)"
        }
    }

    /// A size in MB with one decimal ("20 MB", "20.1 MB"); below 1 MB in KB, below 1 KB in bytes.
    /// A file's size is rounded up and a limit down, so an oversized file never reads as equal.
    static func describe(bytes: Int, roundingUp: Bool) -> (zh: String, en: String) {
        let mib = 1 << 20, kib = 1 << 10
        func scaled(_ unit: Int) -> Int {
            roundingUp ? (bytes + unit - 1) / unit : bytes / unit
        }
        if bytes >= mib {
            // Tenths of a MB, computed so that no size (not even Int.max) overflows.
            let tenths = bytes / mib * 10 + (bytes % mib * 10 + (roundingUp ? mib - 1 : 0)) / mib
            let text = tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
            return (zh: text, en: text)
        }
        if bytes >= kib {
            let text = "\(scaled(kib)) KB"
            return (zh: text, en: text)
        }
        return (zh: "\(bytes) 字节", en: bytes == 1 ? "1 byte" : "\(bytes) bytes")
    }
}

extension PDFFinding {
    /// What to tell the applicant, in Chinese and English: what was found and what to do.
    public var message: (zh: String, en: String) {
        switch self {
        case .headerNotAtStart, .foreignSignature, .noEndOfFile:
            return AttachmentProblem.notPDF.message
        case .noCrossReference, .noTrailer, .malformed:
            return (zh: "PDF 文件已损坏或结构无法识别（缺少交叉引用表或文件尾）。请用 PDF 软件重新导出后再上传。",
                    en: "The PDF is damaged or its structure cannot be read (no cross-reference table or trailer). Please export it again from your PDF software and upload it again.")
        case .encrypted:
            return (zh: "PDF 文件已加密或设置了密码，无法审核。请取消加密后再上传。",
                    en: "The PDF is encrypted or password-protected, so it cannot be checked. Please remove the encryption and upload it again.")
        case .javaScript:
            return (zh: "PDF 文件含有脚本（JavaScript），出于安全原因不予接收。请另存为不含脚本的 PDF（如“打印为 PDF”）后再上传。",
                    en: "The PDF contains scripts (JavaScript), which are not accepted for security reasons. Please save it without scripts (e.g. “Print to PDF”) and upload it again.")
        case .launchAction:
            return (zh: "PDF 文件含有启动其他程序的操作，出于安全原因不予接收。请另存为普通 PDF 后再上传。",
                    en: "The PDF contains an action that starts another program, which is not accepted for security reasons. Please save it as a plain PDF and upload it again.")
        case .embeddedFile:
            return (zh: "PDF 文件内嵌了其他文件（附件），不予接收。请将每份材料分别转为 PDF 上传。",
                    en: "The PDF carries other files inside it (attachments), which is not accepted. Please upload each document as its own PDF.")
        case .richMedia:
            return (zh: "PDF 文件含有富媒体（Flash、视频等）内容，不予接收。请另存为普通 PDF 后再上传。",
                    en: "The PDF contains rich media (Flash, video and the like), which is not accepted. Please save it as a plain PDF and upload it again.")
        case .xfaForm:
            return (zh: "PDF 文件是动态 XFA 表单，不予接收。请将表单打印或导出为普通 PDF 后再上传。",
                    en: "The PDF is a dynamic XFA form, which is not accepted. Please print or export the form as a plain PDF and upload it again.")
        case .uninspectableObjectStream:
            return (zh: "PDF 文件使用了无法检查的压缩方式。请用 PDF 软件重新导出（或“打印为 PDF”）后再上传。",
                    en: "The PDF uses a compression that cannot be checked. Please export it again (or use “Print to PDF”) and upload it again.")
        case .hiddenObject:
            return (zh: "PDF 文件结构异常（数据流中藏有对象），出于安全原因不予接收。请重新导出后再上传。",
                    en: "The PDF has an unusual structure (objects hidden inside a data stream) and is not accepted for security reasons. Please export it again and upload it again.")
        }
    }
}

// MARK: - Local file system

/// Attachments on the local file system, content-addressed.
///
/// - The key is the SHA-256 hex of the bytes; the file is `root/ab/cd/<sha256>.pdf`
///   (`ab`, `cd`: the first two bytes of the digest in hex), so no directory grows large.
/// - Writing is atomic: the bytes go to a temporary file in `root` (same file system), are
///   fsync'd, and the file is renamed to its final name, after which the directory is fsync'd.
///   A crash therefore never leaves a half-written file under a final name; at worst a
///   `root/.tmp-*` file, which the next `init` removes once it is an hour old.
/// - The same bytes put twice are stored once and give the same key.
/// - Keys are checked to be exactly 64 lowercase hex digits before any path is built, so no
///   key can reach outside `root`.
///
/// File operations are synchronous system calls made from the async methods.
public struct LocalAttachmentStore: AttachmentStore {
    public let root: URL
    public let policy: AttachmentPolicy

    static let temporaryPrefix = ".tmp-"

    /// Creates `root` (with intermediate directories) if needed and clears temporary files
    /// older than an hour left by a crash.
    public init(root: URL, policy: AttachmentPolicy = .init()) throws {
        self.root = root.standardizedFileURL
        self.policy = policy
        try FileManager.default.createDirectory(at: self.root, withIntermediateDirectories: true)
        removeStaleTemporaryFiles(olderThan: 3600)
    }

    // MARK: AttachmentStore

    public func put(_ data: Data, originalName: String) async throws -> StoredAttachment {
        if let problem = AttachmentValidation.check(data, originalName: originalName, policy: policy) {
            throw problem
        }
        guard let name = AttachmentValidation.safeName(originalName) else { throw AttachmentProblem.unsafeName }
        let digest = SHA256Digest.hex(data)
        let stored = StoredAttachment(
            key: digest, sha256: digest, size: data.count,
            contentType: AttachmentValidation.pdfContentType, originalName: name)

        let final = fileURL(forValidKey: digest)
        // Already there (same digest, same size): stored once.
        if let size = Self.regularFileSize(final.path), size == data.count {
            return stored
        }
        try write(data, to: final)
        return stored
    }

    public func get(_ key: String) async throws -> Data {
        let url = try fileURL(for: key)
        do {
            return try Data(contentsOf: url)
        } catch {
            if !FileManager.default.fileExists(atPath: url.path) { throw AttachmentStoreError.notFound(key) }
            throw AttachmentStoreError.io(operation: "read", path: url.path, code: Self.errnoCode(of: error))
        }
    }

    public func delete(_ key: String) async throws {
        let url = try fileURL(for: key)
        if unlink(url.path) != 0 {
            let code = errno
            if code == ENOENT { return }
            throw AttachmentStoreError.io(operation: "unlink", path: url.path, code: code)
        }
    }

    // MARK: Paths

    /// Whether `key` is one this store hands out: 64 lowercase hex digits.
    public static func isValidKey(_ key: String) -> Bool {
        let utf8 = key.utf8
        return utf8.count == 64 && utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// The file of `key`, or `AttachmentStoreError.invalidKey` for anything not a valid key.
    func fileURL(for key: String) throws -> URL {
        guard Self.isValidKey(key) else { throw AttachmentStoreError.invalidKey(key) }
        return fileURL(forValidKey: key)
    }

    private func fileURL(forValidKey key: String) -> URL {
        let chars = Array(key)
        return root
            .appendingPathComponent(String(chars[0..<2]), isDirectory: true)
            .appendingPathComponent(String(chars[2..<4]), isDirectory: true)
            .appendingPathComponent(key + ".pdf", isDirectory: false)
    }

    // MARK: Writing

    /// Temp file in `root` → write all → fsync → close → rename to `final` → fsync directories.
    private func write(_ data: Data, to final: URL) throws {
        let temporary = root.appendingPathComponent(Self.temporaryPrefix + UUID().uuidString, isDirectory: false)
        let tempPath = temporary.path
        var renamed = false
        defer { if !renamed { _ = unlink(tempPath) } }

        let fd = open(tempPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o640)
        guard fd >= 0 else { throw AttachmentStoreError.io(operation: "open", path: tempPath, code: errno) }
        do {
            try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
                var offset = 0
                while offset < bytes.count {
                    let n = Glue.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw AttachmentStoreError.io(operation: "write", path: tempPath, code: errno)
                    }
                    offset += n
                }
            }
            guard Glue.fullSync(fd) == 0 else { throw AttachmentStoreError.io(operation: "fsync", path: tempPath, code: errno) }
        } catch {
            _ = close(fd)
            throw error
        }
        guard close(fd) == 0 else { throw AttachmentStoreError.io(operation: "close", path: tempPath, code: errno) }

        let directory = final.deletingLastPathComponent()
        let parent = directory.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw AttachmentStoreError.io(operation: "mkdir", path: directory.path, code: Self.errnoCode(of: error))
        }
        // rename(2) replaces atomically; a concurrent put of the same bytes writes the same content.
        guard rename(tempPath, final.path) == 0 else {
            throw AttachmentStoreError.io(operation: "rename", path: final.path, code: errno)
        }
        renamed = true
        // Make the new names durable: the file's directory, and the directories possibly created.
        try Self.syncDirectory(directory.path)
        try Self.syncDirectory(parent.path)
        try Self.syncDirectory(root.path)
    }

    private static func syncDirectory(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw AttachmentStoreError.io(operation: "open directory", path: path, code: errno) }
        defer { _ = close(fd) }
        // Some file systems do not support fsync on directories (EINVAL); the rename stands.
        if fsync(fd) != 0, errno != EINVAL {
            throw AttachmentStoreError.io(operation: "fsync directory", path: path, code: errno)
        }
    }

    private static func regularFileSize(_ path: String) -> Int? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              attributes[.type] as? FileAttributeType == .typeRegular,
              let size = attributes[.size] as? NSNumber
        else { return nil }
        return size.intValue
    }

    private static func errnoCode(of error: Error) -> Int32 {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return Int32(truncatingIfNeeded: underlying.code)
        }
        return ns.domain == NSPOSIXErrorDomain ? Int32(truncatingIfNeeded: ns.code) : 0
    }

    /// Removes `root/.tmp-*` files older than `age` seconds (left by a crash mid-write).
    private func removeStaleTemporaryFiles(olderThan age: TimeInterval) {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: root.path) else { return }
        let cutoff = Date().addingTimeInterval(-age)
        for name in names where name.hasPrefix(Self.temporaryPrefix) {
            let path = root.appendingPathComponent(name).path
            if let modified = (try? fm.attributesOfItem(atPath: path))?[.modificationDate] as? Date, modified < cutoff {
                _ = unlink(path)
            }
        }
    }
}

/// libc calls that need a word of their own.
private enum Glue {
    /// fsync; on Darwin F_FULLFSYNC, since fsync there does not reach the disk itself.
    static func fullSync(_ fd: Int32) -> Int32 {
        #if canImport(Darwin)
        if fcntl(fd, F_FULLFSYNC) == 0 { return 0 }
        #endif
        return fsync(fd)
    }

    /// The libc `write`, out of reach of the method names of the store.
    static func write(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Darwin)
        return Darwin.write(fd, buffer, count)
        #elseif canImport(Glibc)
        return Glibc.write(fd, buffer, count)
        #else
        return Musl.write(fd, buffer, count)
        #endif
    }
}
