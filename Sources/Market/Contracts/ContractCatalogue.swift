import Export
import FluentKit
import Foundation
import KechuangCore
import Portal
import Storage

/// The statistics of registered technology contracts as an open data set in the portal's data
/// catalogue (Art. 36, 57), the way the platform publishes its own data sets
/// (`CataloguePlatformDatasets`): through `DatasetCatalogue`, as the platform, with a `source`
/// key so nobody adds versions by hand. One data set; each registration that changes the figures
/// writes a new version (CSV, JSON, XLSX with SHA-256), so every earlier state stays downloadable.
///
/// Dependencies stay one way: Market imports Portal and calls its publishing API; Portal knows
/// nothing of Market. `TechnologyContracts.register` calls `synchronise` in the registration's
/// own transaction, so a registration and the data set's new version are written together.
public struct ContractCatalogue: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    static let actor = AuditActor(id: nil, label: "technology-contract registration")
    static let source = "market-contract-statistics"
    public static let slug = "kechuang-technology-contracts"

    static let columns = ["year", "dimension", "key", "label_zh", "label_en", "contracts", "amount_yuan", "technical_amount_yuan"]

    static let input = DatasetInput(
        slug: slug, titleZh: "技术合同认定登记统计", titleEn: "Registered technology contracts: statistics",
        descriptionZh: "经认定登记的技术合同（第三十六条）按登记年度统计的成交额和技术交易额：按合同类型、技术领域、卖方所在区、买方和卖方类型、登记月份和技术流向（输出外省市、吸纳外省市、流向本市）。只计已登记的合同。字段："
            + "year 登记年度；dimension 维度（total 合计）；key 分类代码；label_zh、label_en 分类名称；contracts 合同数；amount_yuan 成交额（元）；technical_amount_yuan 技术交易额（元）。",
        descriptionEn: "Turnover and technical transaction amount of registered technology contracts (Art. 36) by year of registration: by contract type, field, seller's district, buyer and seller kind, month and flow (out of, into and within Beijing). Registered contracts only. Columns: "
            + "year of registration; dimension (total for the whole year); key, the category code; label_zh, label_en; contracts; amount_yuan, the turnover; technical_amount_yuan.",
        licence: .ccBy40, keywords: ["technology contracts", "技术合同", "技术交易额", "technology market"], themes: [.tech, .econ])

    /// Every year with a registered contract, its total and its breakdowns, years in order.
    public static func table(on db: any Database) async throws -> ExportTable {
        let days = try await ContractRecord.query(on: db).filter(\.$state == ContractState.registered.rawValue).all(\.$registeredOn)
        let years = Set(days.compactMap { $0.flatMap { Int($0.prefix(4)) } }).sorted()
        var rows: [[ExportCell]] = []
        for year in years {
            guard let from = BeijingDay(year: year, month: 1, day: 1), let to = BeijingDay(year: year, month: 12, day: 31) else { continue }
            let s = try await ContractStatistics.compute(from: from, to: to, on: db)
            rows.append([.integer(year), .text("total"), .text("total"), .text("合计"), .text("Total"), .integer(s.total.contracts),
                         .integer(s.total.amount), .integer(s.total.technicalAmount)])
            rows += s.rows.map { [.integer(year), .text($0.dimension), .text($0.key), .text($0.labelZh), .text($0.labelEn), .integer($0.turnover.contracts),
                                  .integer($0.turnover.amount), .integer($0.turnover.technicalAmount)] }
        }
        return ExportTable(columns: columns, rows: rows)
    }

    /// Creates the data set if it is missing and adds a version when the figures changed. Returns
    /// whether a version was written.
    @discardableResult
    public func synchronise() async throws -> Bool {
        let catalogue = DatasetCatalogue(db: db, now: now)
        let dataset: Dataset
        if let existing = try await catalogue.find(source: Self.source) { dataset = existing } else {
            dataset = try await catalogue.create(Self.input, publisher: .platform, source: Self.source, by: Self.actor)
        }
        let table = try await Self.table(on: db)
        guard !table.rows.isEmpty else { return false }
        return try await catalogue.addVersion(dataset.id, table: table, note: "登记后自动更新 / updated on registration", onlyIfChanged: true, by: Self.actor) != nil
    }
}
