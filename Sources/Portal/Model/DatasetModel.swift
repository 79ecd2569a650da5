import Foundation
import KechuangCore

/// Who may download a data set (Art. 57, 68).
public enum DatasetAccessLevel: String, Sendable, Codable, CaseIterable {
    /// Anyone downloads it.
    case open
    /// A signed-in person states the purpose; the publisher approves (for a limited time) or refuses with a reason (Art. 68).
    case onRequest = "on_request"
    /// Listed in the catalogue, never downloadable (Art. 57).
    case restricted

    public var label: LocalizedText {
        switch self {
        case .open: LocalizedText(zh: "开放", en: "Open")
        case .onRequest: LocalizedText(zh: "依申请开放", en: "On request")
        case .restricted: LocalizedText(zh: "受限（仅目录）", en: "Restricted (listed only)")
        }
    }

    /// The EU access-right vocabulary (DCAT-AP `dct:accessRights`).
    public var euAccessRight: String {
        switch self {
        case .open: "PUBLIC"
        case .onRequest: "RESTRICTED"
        case .restricted: "NON_PUBLIC"
        }
    }
}

/// A distribution's file format.
public enum DatasetFormat: String, Sendable, Codable, CaseIterable {
    case csv, json, xlsx

    public var mediaType: String {
        switch self {
        case .csv: "text/csv"
        case .json: "application/json"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        }
    }

    /// The EU file-type vocabulary code (DCAT-AP `dct:format`).
    public var euFileType: String {
        switch self {
        case .csv: "CSV"
        case .json: "JSON"
        case .xlsx: "XLSX"
        }
    }
}

/// A theme from the EU data-theme vocabulary (DCAT-AP `dcat:theme`; CKAN groups).
public enum DatasetTheme: String, Sendable, Codable, CaseIterable {
    case tech = "TECH", gove = "GOVE", econ = "ECON", educ = "EDUC"

    public var slug: String { rawValue.lowercased() }

    public var label: LocalizedText {
        switch self {
        case .tech: LocalizedText(zh: "科学技术", en: "Science and technology")
        case .gove: LocalizedText(zh: "政府和公共部门", en: "Government and public sector")
        case .econ: LocalizedText(zh: "经济和金融", en: "Economy and finance")
        case .educ: LocalizedText(zh: "教育、文化和体育", en: "Education, culture and sport")
        }
    }
}

/// The licences a data set may carry.
public enum DatasetLicence: String, Sendable, Codable, CaseIterable {
    case ccBy40 = "CC-BY-4.0", cc0 = "CC0-1.0", platformTerms = "kechuang-terms"

    public var title: String {
        switch self {
        case .ccBy40: "Creative Commons Attribution 4.0"
        case .cc0: "CC0 1.0 Universal"
        case .platformTerms: "Kechuang data-use terms / 科创平台数据使用条款"
        }
    }

    public var url: String {
        switch self {
        case .ccBy40: "https://creativecommons.org/licenses/by/4.0/"
        case .cc0: "https://creativecommons.org/publicdomain/zero/1.0/"
        case .platformTerms: "https://kechuang.example.cn/data/terms"
        }
    }

    public var isOpen: Bool { self != .platformTerms }
}

/// A data set in the catalogue (Art. 57, 68): the description; its versions hold the data.
public struct Dataset: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<Dataset>
    public let id: ID
    /// The stable name in addresses and the CKAN API (`a-z0-9-`).
    public let slug: String
    public var titleZh: String
    public var titleEn: String
    public var descriptionZh: String
    public var descriptionEn: String
    /// The publishing organisation; nil for the platform itself.
    public var publisherID: UUID?
    public var publisherZh: String
    public var publisherEn: String
    public var licence: DatasetLicence
    public var keywords: [String]
    public var themes: [DatasetTheme]
    public var temporalStart: BeijingDay?
    public var temporalEnd: BeijingDay?
    /// Spatial coverage in words (e.g. 北京市).
    public var spatial: String
    public var accessLevel: DatasetAccessLevel
    /// For the platform's own data sets, which one (`calls`, `results`, …); nil for a publisher's.
    public var source: String?
    public var createdAt: Date
    public var modifiedAt: Date

    /// The CKAN organisation name of the publisher.
    public var publisherSlug: String { publisherID.map { "org-" + $0.uuidString.lowercased() } ?? "kechuang-platform" }
}

/// What a publisher states about a data set.
public struct DatasetInput: Sendable, Equatable {
    public var slug: String
    public var titleZh: String
    public var titleEn: String
    public var descriptionZh: String
    public var descriptionEn: String
    public var licence: DatasetLicence
    public var keywords: [String]
    public var themes: [DatasetTheme]
    public var temporalStart: BeijingDay?
    public var temporalEnd: BeijingDay?
    public var spatial: String
    public var accessLevel: DatasetAccessLevel

    public init(slug: String, titleZh: String, titleEn: String, descriptionZh: String, descriptionEn: String, licence: DatasetLicence = .ccBy40,
                keywords: [String] = [], themes: [DatasetTheme] = [.tech], temporalStart: BeijingDay? = nil, temporalEnd: BeijingDay? = nil,
                spatial: String = "北京市", accessLevel: DatasetAccessLevel = .open) {
        self.slug = slug
        self.titleZh = titleZh
        self.titleEn = titleEn
        self.descriptionZh = descriptionZh
        self.descriptionEn = descriptionEn
        self.licence = licence
        self.keywords = keywords
        self.themes = themes
        self.temporalStart = temporalStart
        self.temporalEnd = temporalEnd
        self.spatial = spatial
        self.accessLevel = accessLevel
    }
}

/// One version of a data set. Versions are never changed once written: a new table is a new
/// version, and the old one keeps its files and checksums.
public struct DatasetVersion: Sendable, Equatable {
    public let id: UUID
    public let datasetID: Dataset.ID
    /// 1, 2, 3 … per data set.
    public let number: Int
    public let note: String
    public let columns: [String]
    public let rowCount: Int
    /// The first rows, as text, for the preview.
    public let preview: [[String]]
    public let createdAt: Date
    public let files: [DatasetFile]

    public func file(_ format: DatasetFormat) -> DatasetFile? { files.first { $0.format == format } }
}

/// One distribution file of a version: its format, size and SHA-256 (hex).
public struct DatasetFile: Sendable, Equatable {
    public let id: UUID
    public let format: DatasetFormat
    public let byteCount: Int
    public let sha256: String
}

/// How many preview rows a version keeps.
public enum DatasetPreview {
    public static let rows = 10
}
