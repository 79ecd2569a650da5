import Crypto
import Export
import FluentKit
import Foundation
import KechuangCore
import Storage

/// The data catalogue (Art. 57, 68): data sets, their versions and distribution files. A version
/// is written once with its CSV, JSON and XLSX files and their SHA-256, and never changed: a new
/// table is a new version. Every write is one transaction with its audit entry.
public struct DatasetCatalogue: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    static let objectType = "dataset"

    /// The publisher of a data set: an organisation, or the platform itself (`id` nil).
    public struct Publisher: Sendable, Equatable {
        public let id: UUID?
        public let nameZh: String
        public let nameEn: String
        public init(id: UUID?, nameZh: String, nameEn: String) {
            self.id = id
            self.nameZh = nameZh
            self.nameEn = nameEn
        }
        public static let platform = Publisher(id: nil, nameZh: "北京国际科技创新中心科创平台", nameEn: "Kechuang platform, Beijing International S&T Innovation Center")
    }

    // MARK: Writing

    /// Describes a new data set (no version yet).
    public func create(_ input: DatasetInput, publisher: Publisher, source: String? = nil, by actor: AuditActor) async throws -> Dataset {
        let at = now()
        try DatasetRules.dataset.validate(input, at: at)
        if try await DatasetRecord.query(on: db).filter(\.$slug == input.slug).first() != nil {
            throw DomainError.duplicate(field: "slug", message: LocalizedText(zh: "已有同名数据集", en: "A data set with this name exists"))
        }
        return try await withWriteTransaction(on: db) { tx in
            let row = DatasetRecord()
            row.id = UUID()
            row.apply(input)
            row.publisherID = publisher.id
            row.publisherZh = publisher.nameZh
            row.publisherEn = publisher.nameEn
            row.source = source
            row.createdAt = at
            row.modifiedAt = at
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(actor: actor, action: "dataset.created", objectType: Self.objectType, objectID: (try row.requireID()).uuidString,
                                                   summary: "\(input.slug) (\(input.accessLevel.rawValue))", basis: .art(57)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    /// Adds a version holding `table`, as CSV, JSON and XLSX with their SHA-256. Older versions
    /// keep their files. With `onlyIfChanged`, nothing is written when the CSV equals the latest
    /// version's (the platform's own data sets are regenerated often) and nil is returned.
    @discardableResult
    public func addVersion(_ id: Dataset.ID, table: ExportTable, note: String, onlyIfChanged: Bool = false, by actor: AuditActor) async throws -> DatasetVersion? {
        let at = now()
        let csv = CSVWriter.csv(table)
        let digest = Self.sha256(csv)
        return try await withWriteTransaction(on: db) { tx in
            guard let dataset = try await DatasetRecord.find(id.rawValue, on: tx) else { throw DomainError.notFound(entity: "dataset") }
            let latest = try await DatasetVersionRecord.query(on: tx).filter(\.$datasetID == id.rawValue).sort(\.$number, .descending).first()
            if onlyIfChanged, latest?.contentSHA256 == digest { return nil }
            let version = DatasetVersionRecord()
            version.id = UUID()
            version.datasetID = id.rawValue
            version.number = (latest?.number ?? 0) + 1
            version.note = note
            version.columns = Self.json(table.columns)
            version.rowCount = table.rows.count
            version.preview = Self.json(table.rows.prefix(DatasetPreview.rows).map { $0.map(Self.text) })
            version.contentSHA256 = digest
            version.createdBy = actor.label
            version.createdAt = at
            try await version.create(on: tx)
            var files: [DatasetFile] = []
            for (format, data) in [(DatasetFormat.csv, csv), (.json, Self.jsonRows(table)), (.xlsx, XLSXWriter.xlsx(table, sheetName: "data"))] {
                let file = DatasetFileRecord()
                file.id = UUID()
                file.versionID = try version.requireID()
                file.format = format.rawValue
                file.byteCount = data.count
                file.sha256 = Self.sha256(data)
                file.content = data
                try await file.create(on: tx)
                files.append(try file.toDomain())
            }
            dataset.modifiedAt = at
            try await dataset.update(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: actor, action: "dataset.version_added", objectType: Self.objectType, objectID: id.uuidString,
                summary: "\(dataset.slug) v\(version.number): \(table.rows.count) rows; " + files.map { "\($0.format.rawValue) sha256 \($0.sha256)" }.joined(separator: "; "),
                basis: .art(57)), on: tx, at: at)
            return try version.toDomain(files: files)
        }
    }

    /// The same, from text cells (a publisher's upload, tests).
    @discardableResult
    public func addVersion(_ id: Dataset.ID, columns: [String], rows: [[String]], note: String, by actor: AuditActor) async throws -> DatasetVersion? {
        try await addVersion(id, table: ExportTable(columns: columns, rows: rows.map { $0.map(ExportCell.text) }), note: note, by: actor)
    }

    // MARK: Reading

    /// What a catalogue search asks: words, and CKAN-style filters.
    public struct Query: Sendable, Equatable {
        public var text: String
        public var publisher: String?
        public var theme: DatasetTheme?
        public var keyword: String?
        public var format: DatasetFormat?
        public var licence: DatasetLicence?
        public var accessLevel: DatasetAccessLevel?
        public init(text: String = "", publisher: String? = nil, theme: DatasetTheme? = nil, keyword: String? = nil, format: DatasetFormat? = nil,
                    licence: DatasetLicence? = nil, accessLevel: DatasetAccessLevel? = nil) {
            self.text = text
            self.publisher = publisher
            self.theme = theme
            self.keyword = keyword
            self.format = format
            self.licence = licence
            self.accessLevel = accessLevel
        }
    }

    /// Every data set, by title; restricted ones too (they are listed, not downloadable).
    public func all() async throws -> [Dataset] {
        try await DatasetRecord.query(on: db).sort(\.$slug).all().map { try $0.toDomain() }
    }

    /// Data sets matching every word of `text` (title, description, keywords, publisher; case-folded) and every filter.
    public func search(_ query: Query) async throws -> [Dataset] {
        let words = query.text.lowercased().split(whereSeparator: { $0.isWhitespace }).map(String.init)
        return try await all().filter { d in
            let haystack = ([d.slug, d.titleZh, d.titleEn, d.descriptionZh, d.descriptionEn, d.publisherZh, d.publisherEn] + d.keywords)
                .joined(separator: " ").lowercased()
            return words.allSatisfy(haystack.contains)
                && (query.publisher.map { $0 == d.publisherSlug } ?? true)
                && (query.theme.map(d.themes.contains) ?? true)
                && (query.keyword.map { k in d.keywords.contains { $0.lowercased() == k.lowercased() } } ?? true)
                && (query.licence.map { $0 == d.licence } ?? true)
                && (query.accessLevel.map { $0 == d.accessLevel } ?? true)
        }
    }

    public func find(slug: String) async throws -> Dataset {
        guard let row = try await DatasetRecord.query(on: db).filter(\.$slug == slug).first() else { throw DomainError.notFound(entity: "dataset") }
        return try row.toDomain()
    }

    public func find(_ id: Dataset.ID) async throws -> Dataset {
        guard let row = try await DatasetRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: "dataset") }
        return try row.toDomain()
    }

    public func find(source: String) async throws -> Dataset? {
        try await DatasetRecord.query(on: db).filter(\.$source == source).first()?.toDomain()
    }

    /// The data set's versions, newest first, each with its files (not their bytes).
    public func versions(of id: Dataset.ID) async throws -> [DatasetVersion] {
        let rows = try await DatasetVersionRecord.query(on: db).filter(\.$datasetID == id.rawValue).sort(\.$number, .descending).all()
        let ids = try rows.map { try $0.requireID() }
        let files = ids.isEmpty ? [] : try await DatasetFileRecord.query(on: db).filter(\.$versionID ~~ ids)
            .field(\.$id).field(\.$versionID).field(\.$format).field(\.$byteCount).field(\.$sha256).all()
        var byVersion: [UUID: [DatasetFile]] = [:]
        for file in files { byVersion[file.versionID, default: []].append(try file.toDomain()) }
        return try rows.map { try $0.toDomain(files: byVersion[try $0.requireID()] ?? []) }
    }

    /// The latest version of each data set, for lists (one query per data set is fine at catalogue sizes).
    public func latestVersions(of ids: [Dataset.ID]) async throws -> [Dataset.ID: DatasetVersion] {
        var out: [Dataset.ID: DatasetVersion] = [:]
        for id in ids { out[id] = try await versions(of: id).first }
        return out
    }

    /// The bytes of one distribution of one version.
    public func content(of id: Dataset.ID, version number: Int, format: DatasetFormat) async throws -> Data {
        guard let version = try await DatasetVersionRecord.query(on: db).filter(\.$datasetID == id.rawValue).filter(\.$number == number).first(),
              let file = try await DatasetFileRecord.query(on: db).filter(\.$versionID == (try version.requireID())).filter(\.$format == format.rawValue).first()
        else { throw DomainError.notFound(entity: "dataset_file") }
        return file.content
    }

    // MARK: Helpers

    public static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data("[]".utf8), as: UTF8.self)
    }

    static func text(_ cell: ExportCell) -> String {
        switch cell {
        case .text(let s): s
        case .integer(let i): String(i)
        case .number(let d): d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
        case .date(let date): BeijingTime.format(date)
        }
    }

    /// The JSON distribution: an array of objects, one per row, keyed by column; numbers stay numbers.
    static func jsonRows(_ table: ExportTable) -> Data {
        var out = "["
        for (index, row) in table.rows.enumerated() {
            out += index == 0 ? "\n" : ",\n"
            var fields: [String] = []
            for (column, name) in table.columns.enumerated() {
                let value: String
                switch column < row.count ? row[column] : .text("") {
                case .integer(let i): value = String(i)
                case .number(let d) where d.isFinite: value = text(.number(d))
                case let cell: value = json(text(cell))
                }
                fields.append(json(name) + ":" + value)
            }
            out += "{" + fields.joined(separator: ",") + "}"
        }
        out += "\n]\n"
        return Data(out.utf8)
    }
}
