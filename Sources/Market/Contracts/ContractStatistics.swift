import FluentKit
import Foundation
import Identity
import KechuangCore

/// Statistics of registered technology contracts (Art. 36; 《北京市技术市场条例》第三十二条): turnover
/// and technical transaction amount by type, field, district, buyer and seller kind and month, and
/// the flows into Beijing, out of it and within it. Computed from registered contracts only.
public struct ContractStatistics: Sendable, Equatable {
    public struct Row: Sendable, Equatable, Codable {
        public var dimension: String
        public var key: String
        public var labelZh: String
        public var labelEn: String
        public var turnover: Turnover
    }

    public var from: BeijingDay
    public var to: BeijingDay
    public var total: Turnover
    public var rows: [Row]

    public func rows(_ dimension: String) -> [Row] { rows.filter { $0.dimension == dimension } }

    public static let dimensions = ["type", "field", "seller_district", "buyer_kind", "seller_kind", "month", "flow"]

    /// Registered contracts with a registration day in `from…to` (both included).
    static func registered(from: BeijingDay, to: BeijingDay, on db: any Database) async throws -> [TechnologyContract] {
        try await ContractRecord.query(on: db).filter(\.$state == ContractState.registered.rawValue)
            .filter(\.$registeredOn >= from.description).filter(\.$registeredOn <= to.description).all().map { try $0.toDomain() }
    }

    public static func compute(from: BeijingDay, to: BeijingDay, on db: any Database) async throws -> ContractStatistics {
        let contracts = try await registered(from: from, to: to, on: db)
        var total = Turnover()
        var buckets: [String: [String: (LocalizedText, Turnover)]] = [:]
        func add(_ dim: String, _ key: String, _ label: LocalizedText, _ c: TechnologyContract) {
            var entry = buckets[dim]?[key] ?? (label, Turnover())
            entry.1.add(c)
            buckets[dim, default: [:]][key] = entry
        }
        for c in contracts {
            total.add(c)
            add("type", c.type.rawValue, c.type.label, c)
            add("field", c.field.rawValue, c.field.label, c)
            add("seller_district", c.seller.district.rawValue, c.seller.district.label, c)
            add("seller_kind", c.seller.kind.rawValue, c.seller.kind.label, c)
            add("buyer_kind", c.buyer.kind.rawValue, c.buyer.kind.label, c)
            let month = String((c.registeredOn?.description ?? "").prefix(7))
            add("month", month, LocalizedText(zh: month, en: month), c)
            let flow = Flow(seller: c.seller, buyer: c.buyer)
            add("flow", flow.rawValue, flow.label, c)
        }
        var rows: [Row] = []
        for dim in dimensions {
            let entries = (buckets[dim] ?? [:]).map { Row(dimension: dim, key: $0.key, labelZh: $0.value.0.zh, labelEn: $0.value.0.en, turnover: $0.value.1) }
            rows += dim == "month" ? entries.sorted { $0.key < $1.key } : entries.sorted { ($0.turnover.amount, $1.key) > ($1.turnover.amount, $0.key) }
        }
        return ContractStatistics(from: from, to: to, total: total, rows: rows)
    }

    /// Which way the technology went: sold by Beijing to outside (输出外省市), bought by Beijing from
    /// outside (吸纳外省市), or within Beijing (流向本市).
    public enum Flow: String, Sendable, CaseIterable {
        case outOfBeijing = "out_of_beijing", intoBeijing = "into_beijing", withinBeijing = "within_beijing", outside

        init(seller: ContractParty, buyer: ContractParty) {
            switch (seller.inBeijing, buyer.inBeijing) {
            case (true, false): self = .outOfBeijing
            case (false, true): self = .intoBeijing
            case (true, true): self = .withinBeijing
            case (false, false): self = .outside
            }
        }

        public var label: LocalizedText {
            switch self {
            case .outOfBeijing: LocalizedText(zh: "输出外省市", en: "Out of Beijing")
            case .intoBeijing: LocalizedText(zh: "吸纳外省市", en: "Into Beijing")
            case .withinBeijing: LocalizedText(zh: "流向本市", en: "Within Beijing")
            case .outside: LocalizedText(zh: "均在京外", en: "Both outside Beijing")
            }
        }
    }
}

extension TechnologyContracts {
    /// The turnover of contracts registered from `from` to `to` (both included, Beijing days): the
    /// one function other modules call (Monitoring's technology-contract indicator).
    public static func turnover(from: BeijingDay, to: BeijingDay, on db: any Database) async throws -> Turnover {
        var t = Turnover()
        for c in try await ContractStatistics.registered(from: from, to: to, on: db) { t.add(c) }
        return t
    }

    /// Turnover per month (`2026-11`) of contracts registered in the period, months in order.
    public static func monthlyTurnover(from: BeijingDay, to: BeijingDay, on db: any Database) async throws -> [(month: String, turnover: Turnover)] {
        try await ContractStatistics.compute(from: from, to: to, on: db).rows("month").map { ($0.key, $0.turnover) }
    }
}
