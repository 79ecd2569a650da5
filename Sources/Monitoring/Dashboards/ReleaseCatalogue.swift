import FluentKit
import Foundation
import KechuangCore
import Portal
import Storage

/// Every published release as an open data set in the portal's data catalogue (Art. 57, 63), the
/// way the platform publishes its own data sets (`CataloguePlatformDatasets`): through
/// `DatasetCatalogue`, as the platform, with a `source` key so nobody adds versions by hand. One
/// data set per release year whose versions are the year's editions in order (version n is
/// edition n, with its SM3 in the note); each version carries CSV, JSON and XLSX with SHA-256.
/// The data dictionary is a data set of its own, versioned when the indicator system changes, and
/// each release data set's description names its columns.
///
/// Dependencies stay one way: Monitoring imports Portal and calls its publishing API; Portal
/// knows nothing of Monitoring. `Releases.publish` calls `synchronise` in the release's own
/// transaction, so a release and its data set are written together or not at all; releases
/// published before a year's data set existed are caught up by the next call.
public struct ReleaseCatalogue: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    static let actor = AuditActor(id: nil, label: "statistical monitoring releases")
    static let dictionarySource = "monitoring-dictionary"
    public static let dictionarySlug = "kechuang-monitoring-dictionary"
    static func source(year: Int) -> String { "monitoring-release-\(year)" }
    public static func slug(year: Int) -> String { "kechuang-monitoring-\(year)" }

    static func fields(_ pick: (LocalizedText) -> String, separator: String) -> String {
        ReleaseDataset.columnDictionary.map { "\($0.0) \(pick($0.1))" }.joined(separator: separator)
    }

    static func input(year: Int) -> DatasetInput {
        DatasetInput(
            slug: slug(year: year), titleZh: "北京国际科技创新中心统计监测数据（\(year)年度发布）", titleEn: "Statistical monitoring of the innovation center: \(year) release",
            descriptionZh: "统计监测 \(year) 年度发布冻结的全部指标数值（第六十三条），截至 \(year) 年的各年度合计及细分；每一版发布为一个版本，说明中附 SM3 摘要。字段："
                + fields(\.zh, separator: "；") + "。各指标的定义、计算方法和依据见数据集 \(dictionarySlug)。",
            descriptionEn: "Every indicator figure frozen by the \(year) release of the statistical monitoring (Art. 63): totals and breakdowns of each year up to \(year); "
                + "each edition is a version, with its SM3 digest in the note. Columns: " + fields(\.en, separator: "; ")
                + ". The indicators' definitions, formulas and articles are in the data set \(dictionarySlug).",
            licence: .ccBy40, keywords: ["monitoring", "统计监测", "indicators"], themes: [.tech, .gove],
            temporalStart: nil, temporalEnd: BeijingDay(year: year, month: 12, day: 31), spatial: "北京市", accessLevel: .open)
    }

    static let dictionaryInput = DatasetInput(
        slug: dictionarySlug, titleZh: "统计监测指标体系（数据字典）", titleEn: "Statistical monitoring indicators (data dictionary)",
        descriptionZh: "统计监测发布数据集的数据字典：先逐列说明字段（kind = column），再逐项说明指标的名称、定义、计量单位、来源（平台计算或部门填报）和依据条款（kind = indicator）。",
        descriptionEn: "The data dictionary of the monitoring releases: one row per column (kind = column), then one per indicator with its name, definition, unit, source (computed or reported) and article (kind = indicator).",
        licence: .cc0, keywords: ["monitoring", "统计监测", "data dictionary"], themes: [.tech, .gove])

    /// Creates the data sets that are missing and adds the editions they do not have yet, and a
    /// dictionary version when the indicator system changed. Returns the versions written.
    @discardableResult
    public func synchronise() async throws -> Int {
        let catalogue = DatasetCatalogue(db: db, now: now)
        var written = 0
        let dictionary = try await dataset(Self.dictionaryInput, source: Self.dictionarySource, catalogue)
        if try await catalogue.addVersion(dictionary.id, table: ReleaseDataset.dictionaryTable(), note: "指标体系 / indicator system", onlyIfChanged: true, by: Self.actor) != nil {
            written += 1
        }
        let byYear = Dictionary(grouping: try await Releases(db: db, now: now).all(), by: \.year)
        for year in byYear.keys.sorted() {
            let data = try await dataset(Self.input(year: year), source: Self.source(year: year), catalogue)
            let have = try await catalogue.versions(of: data.id).count
            for release in (byYear[year] ?? []).sorted(by: { $0.edition < $1.edition }) where release.edition > have {
                try await catalogue.addVersion(data.id, table: ReleaseDataset.table(release),
                                               note: "第 \(release.edition) 版 / edition \(release.edition); SM3 \(release.sm3)", by: Self.actor)
                written += 1
            }
        }
        return written
    }

    func dataset(_ input: DatasetInput, source: String, _ catalogue: DatasetCatalogue) async throws -> Dataset {
        if let existing = try await catalogue.find(source: source) { return existing }
        return try await catalogue.create(input, publisher: .platform, source: source, by: Self.actor)
    }
}
