import Export
import FluentKit
import Foundation
import Identity
import KechuangCore
import Storage

/// A published release: the figures of every indicator up to `year`, frozen at publication.
public struct Release: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<Release>
    public let id: ID
    public let year: Int
    /// 1 for the first release of a year; a corrected release of the same year is the next edition.
    public let edition: Int
    public let observations: [Observation]
    /// SM3 (GB/T 32905-2016) of the frozen JSON, so a download can be checked against the release.
    public let sm3: String
    public let publishedBy: UUID?
    public let publishedAt: Date
}

/// Every figure the dashboards show: computed from the platform now, plus the reported figures in force.
public struct MonitoringFigures: Sendable {
    let db: any Database

    public init(db: any Database) { self.db = db }

    public func observations() async throws -> [Observation] {
        try await PlatformIndicators(db: db).observations() + ReportedValues(db: db).observations()
    }
}

/// The publication step (Art. 63: 发布): a release freezes the figures of every indicator for the
/// years up to the release year; later revisions reach the public only in a later edition.
public struct Releases: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    static func encode(_ observations: [Observation]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(observations), as: UTF8.self)
    }

    /// Publishes the figures up to `year` as the next edition of that year's release.
    public func publish(year: Int, by person: Person) async throws -> Release {
        guard MonitoringAccess.mayPublish(person) else {
            throw DomainError.forbidden(LocalizedText(zh: "只有部门工作人员可以发布监测数据", en: "Only department staff publish the monitoring figures"), basis: .art(63))
        }
        let errors = CollectionRules.year(year, now: now())
        guard errors.isEmpty else { throw DomainError.validation(errors) }
        let figures = try await MonitoringFigures(db: db).observations().filter { $0.year <= year }
        let json = try Self.encode(figures)
        let at = now()
        do {
            return try await withWriteTransaction(on: db) { tx in
                let last = try await ReleaseRecord.query(on: tx).filter(\.$year == year).sort(\.$edition, .descending).first()
                let row = ReleaseRecord()
                row.id = UUID()
                row.year = year
                row.edition = (last?.edition ?? 0) + 1
                row.observationsJSON = json
                row.sm3 = SM3.hex(json)
                row.publishedBy = person.id
                row.publishedAt = at
                try await row.create(on: tx)
                try await AuditChain.append(AuditEvent(actor: person, action: "monitoring.release.published", objectType: "monitoring_release",
                                                       objectID: try row.requireID().uuidString,
                                                       summary: "\(year) edition \(row.edition): \(figures.count) figures", basis: .art(63)),
                                            on: tx, at: at)
                // The release becomes an open data set in the catalogue, in the same transaction.
                try await ReleaseCatalogue(db: tx, now: { at }).synchronise()
                return try row.toDomain()
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw DomainError.staleVersion(entity: "release")
        }
    }

    /// Every release, newest first.
    public func all() async throws -> [Release] {
        try await ReleaseRecord.query(on: db).sort(\.$year, .descending).sort(\.$edition, .descending).all().map { try $0.toDomain() }
    }

    public func find(_ id: Release.ID) async throws -> Release {
        guard let row = try await ReleaseRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: "release") }
        return try row.toDomain()
    }

    public func count() async throws -> Int { try await ReleaseRecord.query(on: db).count() }
}

/// A release as an open data set: the figures as CSV and JSON, and the data dictionary.
public enum ReleaseDataset {
    public static let columns = ["indicator", "name_zh", "name_en", "unit", "year", "breakdown", "key", "label_zh", "label_en", "value"]

    /// What each column of the CSV means, in both languages.
    public static let columnDictionary: [(String, LocalizedText)] = [
        ("indicator", LocalizedText(zh: "指标代码（见指标说明）", en: "Indicator code (see the indicators below)")),
        ("name_zh", LocalizedText(zh: "指标名称（中文）", en: "Indicator name in Chinese")),
        ("name_en", LocalizedText(zh: "指标名称（英文）", en: "Indicator name in English")),
        ("unit", LocalizedText(zh: "计量单位代码", en: "Unit code")),
        ("year", LocalizedText(zh: "年度（北京时间日历年）", en: "Calendar year, Beijing time")),
        ("breakdown", LocalizedText(zh: "细分维度，空表示合计", en: "Breakdown; empty for the total")),
        ("key", LocalizedText(zh: "细分项代码", en: "Code of the breakdown item")),
        ("label_zh", LocalizedText(zh: "细分项名称（中文）", en: "Breakdown item in Chinese")),
        ("label_en", LocalizedText(zh: "细分项名称（英文）", en: "Breakdown item in English")),
        ("value", LocalizedText(zh: "数值（按计量单位）", en: "Value, in the unit")),
    ]

    public static func table(_ release: Release) -> ExportTable {
        ExportTable(columns: columns, rows: release.observations.map { o in
            let indicator = IndicatorCatalogue.indicator(o.indicator)
            return [.text(o.indicator), .text(indicator?.name.zh ?? ""), .text(indicator?.name.en ?? ""), .text(indicator?.unit.rawValue ?? ""),
                    .integer(o.year), .text(o.breakdown?.rawValue ?? ""), .text(o.key), .text(o.labelZh), .text(o.labelEn), .number(o.value)]
        })
    }

    public static func csv(_ release: Release) -> Data { CSVWriter.csv(table(release)) }

    /// The data dictionary as CSV: one row per column, then one per indicator.
    public static func dictionaryCSV() -> Data { CSVWriter.csv(dictionaryTable()) }

    /// The data dictionary as a table: one row per column, then one per indicator.
    public static func dictionaryTable() -> ExportTable {
        var rows: [[ExportCell]] = columnDictionary.map { [.text("column"), .text($0.0), .text($0.1.zh), .text($0.1.en), .text(""), .text(""), .text("")] }
        rows += IndicatorCatalogue.all.map { i in
            [.text("indicator"), .text(i.code), .text(i.name.zh + "：" + i.definition.zh), .text(i.name.en + ": " + i.definition.en),
             .text(i.unit.rawValue), .text(i.source.rawValue), .text(i.basis.english)]
        }
        return ExportTable(columns: ["kind", "code", "zh", "en", "unit", "source", "article"], rows: rows)
    }
}
