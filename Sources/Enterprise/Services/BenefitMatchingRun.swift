import FluentKit
import Foundation
import Identity
import KechuangCore
import SQLKit
import Storage

/// The matching run (免申即享, Art. 23(3)) at the scale of a city: 10 benefits over 100,000 verified
/// profiles in under 10 s. The figures are decoded and the criteria judged on every core. What is
/// written is what differs: each benefit's conditions are stored once per version
/// (`ent_benefit_criteria`), and each match names that version and keeps per criterion only its own
/// figures, `[actual, required]` (a few dozen bytes where the full explanation took ≈ 0.5 KB). The
/// matches are inserted `rowsPerInsert` at a time (`BulkInsert`: one array per column on PostgreSQL,
/// one JSON text on SQLite), with time-ordered ids and in organisation order, in one transaction with
/// the run's audit entry; a run of tens of thousands of new matches has its foreign keys checked once
/// on PostgreSQL (`withForeignKeysCheckedOnce`), not row by row. The enterprise's and the officer's
/// pages read the criteria back with the figures: still criterion by criterion with the source and
/// the article (`BenefitMatchRecord.toDomain`).
extension BenefitMatching {
    public struct RunReport: Sendable, Equatable {
        public var benefits: Int
        public var profiles: Int
        public var newMatches: Int
    }

    static let rowsPerInsert = 10_000

    struct Pair: Hashable { let benefit: UUID, organisation: UUID }

    /// One criterion's figures in a stored match: the enterprise's value (nil: not known) and the
    /// threshold that applied to it, as the JSON array `[actual, required]`.
    struct MatchFigures: Codable, Equatable {
        var actual: Double?
        var required: Double

        init(actual: Double?, required: Double) {
            self.actual = actual
            self.required = required
        }

        init(from decoder: any Decoder) throws {
            var c = try decoder.unkeyedContainer()
            actual = try c.decodeNil() ? nil : try c.decode(Double.self)
            required = try c.decode(Double.self)
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.unkeyedContainer()
            if let actual { try c.encode(actual) } else { try c.encodeNil() }
            try c.encode(required)
        }
    }

    /// A benefit ready to be judged many times, with its conditions' canonical JSON (the version).
    struct Plan: Sendable {
        let id: UUID
        let criteria: [Criterion]
        let criteriaJSON: String

        init(_ benefit: Benefit) throws {
            id = benefit.id.rawValue
            criteria = benefit.criteria
            criteriaJSON = try StoredJSON.encode(benefit.criteria)
        }

        /// The match's stored figures (`[MatchFigures]` as JSON) when every criterion is met; nil otherwise.
        func figures(_ facts: ProfileFacts) -> String? {
            var out = "["
            for (i, c) in criteria.enumerated() {
                let r = c.evaluate(facts)
                guard r.met, r.required.isFinite, r.actual?.isFinite ?? true else { return nil }
                if i > 0 { out += "," }
                out += "["
                out += r.actual.map { "\($0)" } ?? "null"
                out += ",\(r.required)]"
            }
            return out + "]"
        }
    }

    /// Matches every active benefit of `year` against every verified profile of that year and
    /// records the new matches (the enterprise is told on its page). Audited once per run.
    public func run(year: Int, by person: Person) async throws -> RunReport {
        try await run(year: year, by: person, rowsPerInsert: Self.rowsPerInsert)
    }

    func run(year: Int, by person: Person, rowsPerInsert: Int) async throws -> RunReport {
        try requireOfficer(person)
        guard let sql = db as? any SQLDatabase else { throw DomainError.notFound(entity: "sql_database") }
        let clock = ContinuousClock()
        let started = clock.now
        let plans = try await benefits(year: year).filter(\.active).map(Plan.init)
        let profiles = try await Profiles(db: db, now: now).verifiedFacts(year: year)
        var existing = Set<Pair>()
        for row in try await sql.select().columns("benefit_id", "organisation_id").from(BenefitMatchRecord.schema).where("year", .equal, year).all() {
            existing.insert(Pair(benefit: try row.decode(column: "benefit_id", as: UUID.self), organisation: try row.decode(column: "organisation_id", as: UUID.self)))
        }
        let read = clock.now
        let found = await Self.judge(plans, profiles, skipping: existing)
        let judged = clock.now
        let newMatches = found.reduce(0) { $0 + $1.count }
        let report = RunReport(benefits: plans.count, profiles: profiles.count, newMatches: newMatches)
        let at = now()
        try await withWriteTransaction(on: db) { tx in
            // Ids in order and rows in key order: each index of the table is appended to rather than
            // written at random places (3.4 s instead of 20.5 s on SQLite for 591,659 rows).
            var ids = TimeOrderedIDs(at: at)
            var versions: [(plan: Plan, criteriaID: UUID, rows: [[String]])] = []
            for (plan, matches) in zip(plans, found) where !matches.isEmpty {
                let criteriaID = try await Self.criteriaVersion(of: plan, at: at, on: tx)
                let rows = matches.map { (organisation: $0.organisation.uuidString, figures: $0.figures) }.sorted { $0.organisation < $1.organisation }
                versions.append((plan, criteriaID, rows.map { [ids.next().uuidString, $0.organisation, $0.figures] }))
            }
            let write: @Sendable (any Database) async throws -> Void = { [versions] tx in
                for (plan, criteriaID, rows) in versions {
                    let insert = BulkInsert(into: BenefitMatchRecord.schema, varying: [("id", .uuid), ("organisation_id", .uuid), ("reasons_json", .text)],
                                            constant: [("benefit_id", plan.id), ("criteria_id", criteriaID), ("year", year), ("state", MatchState.notified.rawValue),
                                                       ("matched_at", at), ("note", ""), ("version", 1)])
                    for start in stride(from: 0, to: rows.count, by: max(1, rowsPerInsert)) {
                        try await insert.run(Array(rows[start..<min(start + max(1, rowsPerInsert), rows.count)]), on: tx)
                    }
                }
            }
            if foreignKeysWorthCheckingOnce(rows: newMatches) {
                try await withForeignKeysCheckedOnce(on: BenefitMatchRecord.schema, in: tx, write)
            } else {
                try await write(tx)
            }
            try await AuditChain.append(AuditEvent(actor: person, action: "enterprise.benefits_matched", objectType: "enterprise_benefit_run",
                                                   objectID: String(year), summary: "\(report.benefits) benefits × \(report.profiles) profiles → \(report.newMatches) new matches",
                                                   basis: Self.basis), on: tx, at: at)
        }
        let wrote = clock.now
        db.logger.notice("benefit matching \(year): \(plans.count) benefits × \(profiles.count) profiles → \(newMatches) new matches; read \(read - started), judged \(judged - read), wrote \(wrote - judged)")
        return report
    }

    /// The stored version of the plan's conditions: the existing row with exactly this JSON, or a new one.
    static func criteriaVersion(of plan: Plan, at: Date, on db: any Database) async throws -> UUID {
        if let row = try await BenefitCriteriaRecord.query(on: db).filter(\.$benefitID == plan.id).filter(\.$criteriaJSON == plan.criteriaJSON).first() {
            return try row.requireID()
        }
        let row = BenefitCriteriaRecord()
        row.id = UUID()
        row.benefitID = plan.id
        row.criteriaJSON = plan.criteriaJSON
        row.createdAt = at
        try await row.create(on: db)
        return try row.requireID()
    }

    /// For each plan (in order), the organisations that meet it and are not yet recorded, with the
    /// match's figures; judged in slices of the profiles on every core.
    static func judge(_ plans: [Plan], _ profiles: [(organisationID: UUID, facts: ProfileFacts)], skipping existing: Set<Pair>) async
        -> [[(organisation: UUID, figures: String)]] {
        typealias Found = [[(organisation: UUID, figures: String)]]
        let slices = max(1, min(ProcessInfo.processInfo.activeProcessorCount * 2, profiles.count / 2_000 + 1))
        let size = (profiles.count + slices - 1) / slices
        return await withTaskGroup(of: (Int, Found).self) { group in
            for s in 0..<slices {
                let lower = s * size, upper = min(profiles.count, lower + size)
                guard lower < upper else { continue }
                let slice = Array(profiles[lower..<upper])
                group.addTask {
                    var out: Found = []
                    for plan in plans {
                        var met: [(organisation: UUID, figures: String)] = []
                        for (organisationID, facts) in slice {
                            guard !existing.contains(Pair(benefit: plan.id, organisation: organisationID)), let figures = plan.figures(facts) else { continue }
                            met.append((organisationID, figures))
                        }
                        out.append(met)
                    }
                    return (s, out)
                }
            }
            var parts: [Int: Found] = [:]
            for await (s, part) in group { parts[s] = part }
            return plans.indices.map { p in (0..<slices).flatMap { parts[$0]?[p] ?? [] } }
        }
    }
}
