import Foundation
import KechuangCore

/// The image formats an instrument photo may have, recognised by their first bytes (the file's
/// name and the browser's declared type are not trusted). No SVG: it can carry scripts.
public enum PhotoFormat: String, Sendable, Codable, CaseIterable {
    case jpeg, png, webp

    public var contentType: String {
        switch self {
        case .jpeg: "image/jpeg"
        case .png: "image/png"
        case .webp: "image/webp"
        }
    }

    /// The extension of the stored file.
    public var fileExtension: String {
        switch self {
        case .jpeg: "jpg"
        case .png: "png"
        case .webp: "webp"
        }
    }

    /// The format whose signature `data` starts with: JPEG `FF D8 FF`, PNG `89 50 4E 47 0D 0A 1A 0A`,
    /// WebP `RIFF` + 4 size bytes + `WEBP`. Anything else is nil.
    public static func detect(_ data: Data) -> PhotoFormat? {
        let head = [UInt8](data.prefix(12))
        if head.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if head.count == 12, head.starts(with: Array("RIFF".utf8)), Array(head[8..<12]) == Array("WEBP".utf8) { return .webp }
        return nil
    }
}

/// The photo shown on an instrument's page (Art. 55 registry entry): the bytes live in the
/// platform's content-addressed file store under their SHA-256; the row keeps this description,
/// with the text alternative in both languages.
public struct InstrumentPhoto: Sendable, Equatable, Codable {
    /// Lowercase hex SHA-256 of the bytes: the storage key.
    public let sha256: String
    public let format: PhotoFormat
    public let size: Int
    public let altZh: String
    public let altEn: String
    public let uploadedAt: Date

    public init(sha256: String, format: PhotoFormat, size: Int, altZh: String, altEn: String, uploadedAt: Date) {
        self.sha256 = sha256
        self.format = format
        self.size = size
        self.altZh = altZh
        self.altEn = altEn
        self.uploadedAt = uploadedAt
    }

    public func alt(in language: Language) -> String { language == .zh ? altZh : altEn }
}

/// Where photo bytes are kept (the web layer provides the platform's file store).
public protocol InstrumentPhotoStore: Sendable {
    /// Stores `data` (already checked) and returns its lowercase hex SHA-256, the key.
    func put(_ data: Data, format: PhotoFormat) async throws -> String
    /// The bytes stored under `sha256`.
    func get(_ sha256: String, format: PhotoFormat) async throws -> Data
}

/// What a manager uploads: the bytes and the text alternative in both languages.
public struct PhotoUpload: Sendable {
    public var data: Data
    public var altZh: String
    public var altEn: String

    public init(data: Data, altZh: String, altEn: String) {
        self.data = data
        self.altZh = altZh
        self.altEn = altEn
    }

    /// The largest photo accepted: 5 MiB.
    public static let maxBytes = 5 << 20
    /// The longest text alternative, in characters.
    public static let maxAlt = 200

    public static let rules = RuleBook<PhotoUpload>([
        Rule(id: "photo.file.required", basis: nil, field: "photo",
             message: LocalizedText(zh: "请选择要上传的照片", en: "Choose the photo to upload")) { $0.data.isEmpty },
        Rule(id: "photo.file.size", basis: nil, field: "photo",
             message: LocalizedText(zh: "照片不能超过 5 MB，请压缩后再上传", en: "The photo can be at most 5 MB: make it smaller and upload it again")) {
            $0.data.count > maxBytes
        },
        Rule(id: "photo.file.type", basis: nil, field: "photo",
             message: LocalizedText(zh: "照片须为 JPEG、PNG 或 WebP 格式", en: "The photo must be a JPEG, PNG or WebP image")) {
            !$0.data.isEmpty && $0.data.count <= maxBytes && PhotoFormat.detect($0.data) == nil
        },
        Rule(id: "photo.alt_zh.required", basis: nil, field: "photo_alt_zh",
             message: LocalizedText(zh: "请用中文描述照片内容（供读屏软件朗读）", en: "Describe the photo in Chinese (read out by screen readers)")) {
            $0.altZh.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        },
        Rule(id: "photo.alt_en.required", basis: nil, field: "photo_alt_en",
             message: LocalizedText(zh: "请用英文描述照片内容（供读屏软件朗读）", en: "Describe the photo in English (read out by screen readers)")) {
            $0.altEn.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        },
        Rule(id: "photo.alt_zh.length", basis: nil, field: "photo_alt_zh",
             message: LocalizedText(zh: "照片说明不超过 200 字", en: "Keep the description to 200 characters")) { $0.altZh.count > maxAlt },
        Rule(id: "photo.alt_en.length", basis: nil, field: "photo_alt_en",
             message: LocalizedText(zh: "照片说明不超过 200 字", en: "Keep the description to 200 characters")) { $0.altEn.count > maxAlt },
    ])
}
