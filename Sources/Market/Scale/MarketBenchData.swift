import FluentKit
import Foundation
import Identity
import KechuangCore
import Portal
import SQLKit
import Storage

/// How big a generated technology market is (`MarketBenchData`). `issue19` is the matching target
/// of issue #19: 100,000 supplies and 50,000 demands.
public struct MarketBenchSize: Sendable, Equatable {
    public var organisations: Int
    public var supplies: Int
    public var demands: Int

    public init(organisations: Int, supplies: Int, demands: Int) {
        self.organisations = organisations
        self.supplies = supplies
        self.demands = demands
    }

    public static let issue19 = MarketBenchSize(organisations: 3_000, supplies: 100_000, demands: 50_000)
}

public struct MarketBenchReport: Sendable, Equatable {
    /// Universities, institutes and new R&D institutions that offer supplies.
    public var suppliers: Int
    /// Enterprises that post demands.
    public var enterprises: Int
    public var people: Int
    public var supplies: Int
    public var demands: Int
}

public struct MarketBenchError: Error, CustomStringConvertible {
    public let description: String
}

/// A technology market for the matching benchmark (issue #19, `kechuang bench-data market`):
/// organisations (half universities, institutes and new R&D institutions offering supplies, half
/// enterprises posting demands), one member each who listed them, and open supplies (field, TRL
/// 1–9, patent numbers with their check digit, modes, price guidance) and demands (problem, field,
/// budget, deadline in the future, lowest TRL accepted), written in bulk (multi-row inserts in one
/// write transaction) with the columns and raw values `TechListings` writes, so `toDomain()` and
/// `TradeMatcher` read them as their own. Titles and descriptions are Chinese sentences over a
/// per-field technical vocabulary (`MarketBenchText`): the same terms on both sides, so matches
/// have shared terms to rank and to name. Listings were made over the past two years, so the
/// matcher's `updated_at` refresh finds only what changes after generation.
///
/// Benchmark data only: names, patent numbers and identifiers are made up.
public struct MarketBenchData: Sendable {
    let db: any Database
    let now: Date
    let seed: UInt64

    /// The USCC prefix of generated organisations (enterprise, Haidian, an organisation code starting
    /// with 7, which neither the demo nor the portal generator uses): a second run is refused.
    static let usccPrefix = "911101087"

    public init(db: any Database, now: Date = Date(), seed: UInt64 = 19) {
        self.db = db
        self.now = now
        self.seed = seed
    }

    public func generate(_ size: MarketBenchSize, progress: @escaping @Sendable (String) -> Void = { _ in }) async throws -> MarketBenchReport {
        guard let sql = db as? any SQLDatabase else { throw MarketBenchError(description: "the database does not speak SQL") }
        guard size.organisations >= 2, size.supplies >= 1, size.demands >= 1 else {
            throw MarketBenchError(description: "need at least two organisations (a supplier and an enterprise), one supply and one demand")
        }
        let existing = try await sql.select().column("id").from("id_organisations")
            .where("uscc", .like, SQLBind(Self.usccPrefix + "%")).limit(1).all()
        guard existing.isEmpty else { throw MarketBenchError(description: "this database already holds a generated market") }
        let (seed, now) = (self.seed, self.now)
        return try await withWriteTransaction(on: db) { tx -> MarketBenchReport in
            guard let txSQL = tx as? any SQLDatabase else { throw MarketBenchError(description: "the database does not speak SQL") }
            var writer = MarketBenchWriter(sql: txSQL, rng: SeasonRandom(state: seed), now: now, size: size, progress: progress)
            return try await writer.write()
        }
    }

    /// The check digit of a Chinese patent application number (12 digits; weights 2…9, 2…5; mod 11, 10 is X).
    static func patentCheck(_ digits: String) -> String {
        let weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        let sum = zip(digits.compactMap(\.wholeNumberValue), weights).reduce(0) { $0 + $1.0 * $1.1 }
        let check = sum % 11
        return check == 10 ? "X" : String(check)
    }
}

/// The bulk writer behind `MarketBenchData`: one table after another, a few thousand rows a statement.
struct MarketBenchWriter {
    var sql: any SQLDatabase
    var rng: SeasonRandom
    let now: Date
    let size: MarketBenchSize
    let progress: @Sendable (String) -> Void

    typealias Text = MarketBenchText

    struct Member {
        let organisation: UUID
        let person: UUID
    }

    /// Binds a statement may carry (SQLite allows 32,766, PostgreSQL 65,535).
    static let bindsPerStatement = 20_000

    mutating func rows(_ table: String, _ columns: [String], count: Int, _ row: (inout SeasonRandom, Int) -> [any SQLExpression]) async throws {
        let per = max(1, Self.bindsPerStatement / columns.count)
        for start in stride(from: 0, to: count, by: per) {
            let builder = sql.insert(into: table).columns(columns)
            for i in start..<min(count, start + per) { builder.values(row(&rng, i)) }
            try await builder.run()
        }
    }

    static func bind(_ value: some Encodable & Sendable) -> any SQLExpression { SQLBind(value) }
    static func optional(_ value: (some Encodable & Sendable)?) -> any SQLExpression { value.map { SQLBind($0) } ?? SQLLiteral.null }

    /// A moment in the past two years (listings were made over time, not all at once).
    static func past(_ rng: inout SeasonRandom, before now: Date) -> Date { now.addingTimeInterval(-Double(3_600 + rng.int(730 * 86_400))) }

    mutating func write() async throws -> MarketBenchReport {
        let suppliers = max(1, size.organisations / 2), enterprises = size.organisations - suppliers
        let members = try await writeOrganisations(suppliers: suppliers, enterprises: enterprises)
        let offering = Array(members.prefix(suppliers)), asking = Array(members.suffix(enterprises))
        try await writeSupplies(by: offering)
        try await writeDemands(by: asking)
        return MarketBenchReport(suppliers: suppliers, enterprises: enterprises, people: members.count, supplies: size.supplies, demands: size.demands)
    }

    // MARK: Organisations and their members

    /// Organisations 0..<suppliers offer technologies, the rest are enterprises; each has one member.
    mutating func writeOrganisations(suppliers: Int, enterprises: Int) async throws -> [Member] {
        let total = suppliers + enterprises
        var members: [Member] = []
        members.reserveCapacity(total)
        let districts = District.allCases.map(\.rawValue), now = self.now
        try await rows("id_organisations", ["id", "name_zh", "name_en", "type", "ownership", "district", "uscc", "version", "created_at", "updated_at"],
                       count: total) { rng, i in
            let place = Text.names[i % Text.names.count]
            let s = Text.supplierKinds[(i / Text.names.count) % Text.supplierKinds.count]
            let e = Text.enterpriseKinds[(i / Text.names.count) % Text.enterpriseKinds.count]
            let (nameZh, nameEn, type, ownership) = i < suppliers
                ? ("\(place.zh)\(s.zh)（\(i + 1)）", "\(place.en) \(s.en) (\(i + 1))", s.type, s.ownership)
                : ("北京\(place.zh)\(e.zh)（\(i + 1)）", "Beijing \(place.en) \(e.en) (\(i + 1))", "enterprise", e.ownership)
            let first17 = MarketBenchData.usccPrefix + String(format: "%08d", i)
            let uscc = first17 + String(UnifiedSocialCreditCode.checkCharacter(for: first17) ?? "0")
            let id = rng.uuid()
            members.append(Member(organisation: id, person: rng.uuid()))
            let created = now.addingTimeInterval(-Double(800 + rng.int(2_000)) * 86_400)
            return [Self.bind(id), Self.bind(nameZh), Self.bind(nameEn), Self.bind(type), Self.bind(ownership),
                    Self.bind(i % 7 == 0 ? "outside_beijing" : rng.pick(districts)), Self.bind(uscc), Self.bind(1), Self.bind(created), Self.bind(created)]
        }
        try await rows("id_people", ["id", "name", "email", "nationality", "birth_year", "disabled", "version", "created_at", "updated_at"], count: total) { rng, i in
            let name = String(rng.pick(Text.surnames)) + String(rng.pick(Text.given)) + (rng.int(2) == 0 ? String(rng.pick(Text.given)) : "")
            let created = now.addingTimeInterval(-800 * 86_400)
            return [Self.bind(members[i].person), Self.bind(name), Self.bind("market\(i + 1)@market.bench.kechuang.cn"), Self.bind("CN"),
                    Self.bind(1965 + rng.int(35)), Self.bind(false), Self.bind(1), Self.bind(created), Self.bind(created)]
        }
        try await rows("id_memberships", ["id", "person_id", "organisation_id", "role", "created_at"], count: total) { rng, i in
            [Self.bind(rng.uuid()), Self.bind(members[i].person), Self.bind(members[i].organisation),
             Self.bind(i < suppliers ? Role.researchOffice.rawValue : Role.applicant.rawValue), Self.bind(now.addingTimeInterval(-800 * 86_400))]
        }
        progress("organisations: \(suppliers) offering, \(enterprises) enterprises, one member each")
        return members
    }

    // MARK: Listings

    /// Fields weighted as Beijing's market is: electronics, software and biomedicine lead.
    static let fields: [TechField] = [.electronics, .electronics, .software, .software, .software, .biomedicine, .biomedicine, .materials,
                                      .energy, .energy, .manufacturing, .environment, .agriculture, .aerospace, .other]

    static func vocabulary(_ field: TechField) -> Text.Vocabulary { Text.vocabulary[field] ?? Text.Vocabulary(terms: ["技术"], settings: ["产业"], metrics: ["指标"]) }

    /// Two different terms of the field (a third now and then from another field: technologies cross fields).
    static func terms(_ rng: inout SeasonRandom, _ field: TechField) -> (String, String) {
        let terms = vocabulary(field).terms
        let a = rng.int(terms.count), b = (a + 1 + rng.int(terms.count - 1)) % terms.count
        if rng.int(10) == 0 {
            let other = rng.pick(fields)
            return (terms[a], rng.pick(vocabulary(other).terms))
        }
        return (terms[a], terms[b])
    }

    mutating func writeSupplies(by offering: [Member]) async throws {
        let modes = TransferMode.allCases, now = self.now
        try await rows("mkt_supplies", ["id", "organisation_id", "title", "summary", "field", "trl", "patents", "modes", "price_guidance", "result_id",
                                        "status", "created_by", "created_at", "updated_at"], count: size.supplies) { rng, _ in
            let owner = offering[rng.int(offering.count)]
            let field = rng.pick(Self.fields), v = Self.vocabulary(field)
            let (a, b) = Self.terms(&rng, field)
            let trl = 1 + rng.int(9)
            let setting = rng.pick(v.settings), metric = rng.pick(v.metrics)
            let form = rng.pick(Text.supplyForms)
            let title = rng.int(3) == 0 ? "基于\(b)的\(a)\(form)" : "\(a)\(form)"
            let summary = "本成果面向\(setting)，针对\(b)\(rng.pick(Text.problems))的难题，提出基于\(a)的技术方案，\(metric)较现有技术提升\(10 + rng.int(60))%。"
                + "目前已\(Text.stages[trl - 1])，可用于\(rng.pick(v.settings))和\(setting)等场景，团队可提供\(b)的工艺与应用支持。"
            var patents: [String] = []
            for _ in 0..<rng.int(4) {
                let digits = "\(2015 + rng.int(10))1" + String(format: "%07d", rng.int(10_000_000))
                patents.append("ZL\(digits).\(MarketBenchData.patentCheck(digits))")
            }
            let first = rng.int(modes.count)
            let chosen = modes.indices.filter { $0 == first || rng.int(4) == 0 }.map { modes[$0].rawValue }
            let price = switch rng.int(4) {
            case 0: "面议"
            case 1: "转让价格约 \(20 + rng.int(500) * 5) 万元"
            case 2: "许可费 \(10 + rng.int(100)) 万元/年，另按销售额 \(1 + rng.int(5))% 提成"
            default: "作价入股，估值约 \(200 + rng.int(100) * 50) 万元"
            }
            let at = Self.past(&rng, before: now)
            return [Self.bind(rng.uuid()), Self.bind(owner.organisation), Self.bind(title), Self.bind(summary), Self.bind(field.rawValue), Self.bind(trl),
                    Self.bind(patents.joined(separator: "\n")), Self.bind(chosen.joined(separator: ",")), Self.bind(price), SQLLiteral.null,
                    Self.bind(ListingStatus.open.rawValue), Self.bind(owner.person), Self.bind(at), Self.bind(at)]
        }
        progress("supplies: \(size.supplies)")
    }

    mutating func writeDemands(by asking: [Member]) async throws {
        let now = self.now, today = BeijingDay(containing: now)
        try await rows("mkt_demands", ["id", "organisation_id", "title", "problem", "field", "budget", "deadline", "minimum_trl", "status", "created_by",
                                       "created_at", "updated_at"], count: size.demands) { rng, _ in
            let owner = asking[rng.int(asking.count)]
            let field = rng.pick(Self.fields), v = Self.vocabulary(field)
            let (a, b) = Self.terms(&rng, field)
            let setting = rng.pick(v.settings), metric = rng.pick(v.metrics)
            let title = "\(setting)\(a)\(rng.pick(Text.demandNeeds))"
            let problem = "我单位在\(setting)中采用的\(a)方案\(rng.pick(Text.problems))，\(metric)难以满足要求。"
                + "现寻求\(b)或\(a)相关技术，要求\(metric)提升\(10 + rng.int(50))%以上，可接受技术许可、转让或合作开发。"
            let budget: Int64? = rng.int(5) == 0 ? nil : Int64(50 + rng.int(400) * 5) * 10_000
            let deadline = BeijingDay(containing: today.start.addingTimeInterval(Double(30 + rng.int(540)) * 86_400)).description
            let minimum: Int? = rng.int(10) < 3 ? nil : 3 + rng.int(6)
            let at = Self.past(&rng, before: now)
            return [Self.bind(rng.uuid()), Self.bind(owner.organisation), Self.bind(title), Self.bind(problem), Self.bind(field.rawValue), Self.optional(budget),
                    Self.bind(deadline), Self.optional(minimum), Self.bind(ListingStatus.open.rawValue), Self.bind(owner.person), Self.bind(at), Self.bind(at)]
        }
        progress("demands: \(size.demands)")
    }
}
