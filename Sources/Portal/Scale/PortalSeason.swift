import FluentKit
import Foundation
import Grants
import Identity
import KechuangCore
import Projects
import SQLKit
import Storage

/// How big a generated season is (`PortalSeason`). `nsfc` is the national scale of issue #16.
public struct PortalSeasonSize: Sendable, Equatable {
    public var institutions: Int
    public var applications: Int
    public var projects: Int
    /// Outputs per funded project on average (0 to twice this many each).
    public var outputsPerProject: Int

    public init(institutions: Int, applications: Int, projects: Int, outputsPerProject: Int = 2) {
        self.institutions = institutions
        self.applications = applications
        self.projects = projects
        self.outputsPerProject = outputsPerProject
    }

    /// 5,000 institutions, 300,000 applications, 50,000 funded projects with about 100,000 outputs.
    public static let nsfc = PortalSeasonSize(institutions: 5_000, applications: 300_000, projects: 50_000)
}

public struct PortalSeasonReport: Sendable, Equatable {
    public var year: Int
    public var institutions: Int
    public var people: Int
    public var applications: Int
    public var projects: Int
    public var outputs: Int
    /// Public copies written by `PublicProjects.synchronise()`.
    public var publicCopies: Int
}

public struct PortalSeasonError: Error, CustomStringConvertible {
    public let description: String
}

/// A national-scale funding season for the portal benchmark (issue #16, `kechuang bench-data
/// portal`): its own programme and three calls (created and published through `Calls`),
/// institutions, their PIs (each an applicant member of one institution), applications to the
/// calls, the funded ones as Grants projects numbered as `Awards`
/// numbers them (programme codes and sequences taken and advanced, so a later award continues
/// after them), and the projects' registered outputs — written in bulk (multi-row inserts in one
/// write transaction) with the columns and values Grants and Projects write themselves. The
/// public copies are then made by the platform's own `PublicProjects.synchronise()`, so search
/// and exports read exactly what the portal would hold. All awards fall in `year` (one season).
///
/// Benchmark data only: names, titles and identifiers are made up (`PortalSeasonText`).
public struct PortalSeason: Sendable {
    let db: any Database
    let now: Date
    let seed: UInt64

    /// The USCC prefix of generated institutions: a second run into the same database is refused.
    static let usccPrefix = "12110199"

    public init(db: any Database, now: Date = Date(), seed: UInt64 = 16) {
        self.db = db
        self.now = now
        self.seed = seed
    }

    /// The season's programme and its three calls (general, young scientists, key projects),
    /// created and published through `Calls` like an officer's, open from 1 March to 15 April of
    /// `year`, with budgets that hold every award the season makes.
    static func seasonCalls(year: Int, projects: Int, on db: any Database, now: Date) async throws -> ([Call], [UUID: Programme]) {
        let service = Calls(db: db, now: { now })
        let programme = try await service.createProgramme(
            code: "SEASON\(year)", nameZh: "自然科学基金（\(year) 年度赛季，基准数据）",
            nameEn: "Natural Science Fund (\(year) season, benchmark data)", kind: .naturalScienceFund, by: .system)
        let opens = BeijingDay(year: year, month: 3, day: 1)?.start ?? now
        let closes = BeijingDay(year: year, month: 4, day: 15)?.start ?? now
        var calls: [Call] = []
        for (zh, en, typical) in [("面上项目", "General programme", 500_000), ("青年科学基金项目", "Young scientists fund", 300_000), ("重点项目", "Key programme", 2_000_000)] {
            let draft = try await service.create(CallInput(
                programmeID: programme.id.uuidString, titleZh: "\(year) 年度\(zh)指南", titleEn: "\(year) \(en) call",
                guidelineZh: "申报单位为在京注册的独立法人单位。", guidelineEn: "Applicants are independent legal entities registered in Beijing.",
                opensAt: BeijingTime.format(opens), closesAt: BeijingTime.format(closes), totalBudget: String(projects * 30_000_000),
                typicalAward: String(typical), budgetMode: "lump_sum", selectionMode: "open_competition", eligibilityRules: ""), by: .system)
            calls.append(try await service.publish(draft.id, by: .system))
        }
        return (calls, [programme.id: programme])
    }

    /// Generates the season with awards in `year` (default: last year, so outputs have been reported).
    public func generate(_ size: PortalSeasonSize, year: Int? = nil, progress: @escaping @Sendable (String) -> Void = { _ in })
        async throws -> PortalSeasonReport {
        guard let sql = db as? any SQLDatabase else { throw PortalSeasonError(description: "the database does not speak SQL") }
        guard size.institutions >= 1, size.projects >= 1, size.applications >= size.projects else {
            throw PortalSeasonError(description: "need at least one institution and one project, and no fewer applications than projects")
        }
        let year = year ?? BeijingDay(containing: now).year - 1
        let existing = try await sql.select().column("id").from("id_organisations")
            .where("uscc", .like, SQLBind(Self.usccPrefix + "%")).limit(1).all()
        guard existing.isEmpty else { throw PortalSeasonError(description: "this database already holds a generated season") }
        let (seed, now) = (self.seed, self.now)
        let report = try await withWriteTransaction(on: db) { tx -> PortalSeasonReport in
            guard let txSQL = tx as? any SQLDatabase else { throw PortalSeasonError(description: "the database does not speak SQL") }
            let (calls, programmes) = try await Self.seasonCalls(year: year, projects: size.projects, on: tx, now: now)
            var writer = SeasonWriter(sql: txSQL, rng: SeasonRandom(state: seed), year: year, now: now, size: size, calls: calls,
                                      programmes: programmes, progress: progress)
            return try await writer.write()
        }
        progress("public copies: synchronising \(report.projects) projects")
        let copies = try await PublicProjects(db: db, now: { now }).synchronise()
        var out = report
        out.publicCopies = copies
        return out
    }
}

/// The bulk writer behind `PortalSeason`: one table after another, a few thousand rows a statement.
struct SeasonWriter {
    var sql: any SQLDatabase
    var rng: SeasonRandom
    let year: Int
    let now: Date
    let size: PortalSeasonSize
    let calls: [Call]
    let programmes: [UUID: Programme]
    let progress: @Sendable (String) -> Void

    typealias Text = PortalSeasonText

    struct Institution {
        let id: UUID
        let nameZh: String
    }

    /// Binds a statement may carry (SQLite allows 32,766, PostgreSQL 65,535).
    static let bindsPerStatement = 20_000

    mutating func insert(_ table: String, _ columns: [String], rows: Int, _ row: (inout SeasonWriter, Int) throws -> [any SQLExpression]) async throws {
        let per = max(1, Self.bindsPerStatement / columns.count)
        var start = 0
        while start < rows {
            let end = min(rows, start + per)
            let builder = sql.insert(into: table).columns(columns)
            for i in start..<end { builder.values(try row(&self, i)) }
            try await builder.run()
            start = end
        }
    }

    static func bind(_ value: some Encodable & Sendable) -> any SQLExpression { SQLBind(value) }
    static var null: any SQLExpression { SQLLiteral.null }

    mutating func write() async throws -> PortalSeasonReport {
        let institutions = try await writeInstitutions()
        let people = max(size.projects, size.applications / 2)
        let personIDs = try await writePeople(people, institutions: institutions)
        let funded = try await writeApplications(personIDs: personIDs, institutions: institutions)
        let projects = try await writeProjects(funded)
        let outputs = try await writeOutputs(projects)
        return PortalSeasonReport(year: year, institutions: institutions.count, people: people, applications: size.applications,
                                  projects: projects.count, outputs: outputs, publicCopies: 0)
    }

    // MARK: Identity

    mutating func writeInstitutions() async throws -> [Institution] {
        var out: [Institution] = []
        let districts = District.allCases.map(\.rawValue)
        try await insert("id_organisations", ["id", "name_zh", "name_en", "type", "ownership", "district", "uscc", "version", "created_at", "updated_at"],
                         rows: size.institutions) { w, i in
            let kind = Text.institutionKinds[i % Text.institutionKinds.count]
            let place = Text.places[(i / Text.institutionKinds.count) % Text.places.count]
            let topic = Text.topics[(i / (Text.institutionKinds.count * Text.places.count)) % Text.topics.count]
            let nameZh = "\(place.zh)\(topic.zh)\(kind.zh)（\(i + 1)）"
            let first17 = PortalSeason.usccPrefix + String(format: "%09d", i)
            let uscc = first17 + String(UnifiedSocialCreditCode.checkCharacter(for: first17) ?? "0")
            let id = w.rng.uuid()
            out.append(Institution(id: id, nameZh: nameZh))
            let created = w.now.addingTimeInterval(-Double(400 + w.rng.int(2_000)) * 86_400)
            return [Self.bind(id), Self.bind(nameZh), Self.bind("\(place.en) \(topic.en.capitalized) \(kind.en) (\(i + 1))"), Self.bind(kind.type),
                    Self.bind(kind.ownership), Self.bind(i % 5 == 0 ? "outside_beijing" : w.rng.pick(districts)), Self.bind(uscc), Self.bind(1),
                    Self.bind(created), Self.bind(created)]
        }
        progress("institutions: \(out.count)")
        return out
    }

    /// Person i is an applicant member of institution i mod n (the PI of applications i, i + people, …).
    mutating func writePeople(_ count: Int, institutions: [Institution]) async throws -> [UUID] {
        var ids: [UUID] = []
        ids.reserveCapacity(count)
        try await insert("id_people", ["id", "name", "email", "nationality", "birth_year", "disabled", "version", "created_at", "updated_at"], rows: count) { w, i in
            let id = w.rng.uuid()
            ids.append(id)
            let name = String(w.rng.pick(Text.surnames)) + String(w.rng.pick(Text.given)) + (w.rng.int(2) == 0 ? String(w.rng.pick(Text.given)) : "")
            let created = w.now.addingTimeInterval(-Double(400 + w.rng.int(2_000)) * 86_400)
            return [Self.bind(id), Self.bind(name), Self.bind("pi\(i + 1)@season.bench.kechuang.cn"), Self.bind("CN"), Self.bind(1960 + w.rng.int(35)),
                    Self.bind(false), Self.bind(1), Self.bind(created), Self.bind(created)]
        }
        try await insert("id_memberships", ["id", "person_id", "organisation_id", "role", "created_at"], rows: count) { w, i in
            [Self.bind(w.rng.uuid()), Self.bind(ids[i]), Self.bind(institutions[i % institutions.count].id), Self.bind("applicant"), Self.bind(w.now.addingTimeInterval(-400 * 86_400))]
        }
        progress("people: \(count)")
        return ids
    }

    // MARK: Applications

    /// What a funded application carries on to its project.
    struct Funded {
        let applicationID: UUID
        let call: Call
        let personID: UUID
        let institution: Institution
        let titleZh: String
        let titleEn: String
        /// The project's main topic, which its outputs are about.
        let topic: PortalSeasonText.Pair
        let requested: Int
        let submitted: Date
    }

    /// Applications 0..<projects are funded; of the others one in ten was not accepted at the formal check.
    mutating func writeApplications(personIDs: [UUID], institutions: [Institution]) async throws -> [Funded] {
        var funded: [Funded] = []
        funded.reserveCapacity(size.projects)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        let opens = BeijingDay(year: year, month: 3, day: 1)?.start ?? now
        try await insert("prj_applications", ["id", "call_id", "pi_person_id", "organisation_id", "draft_json", "title_zh", "state", "submitted_at",
                                              "office_comment", "officer_note", "version", "created_at", "updated_at"], rows: size.applications) { w, i in
            let id = w.rng.uuid()
            let call = w.calls[i % w.calls.count]
            let person = i % personIDs.count
            let institution = institutions[person % institutions.count]
            let a = w.rng.pick(Text.topics), b = w.rng.pick(Text.topics), aspect = w.rng.pick(Text.aspects), field = w.rng.pick(Text.fields)
            let titleZh = "面向\(field.zh)的\(b.zh)\(aspect.zh)研究：基于\(a.zh)"
            let titleEn = "\(aspect.en) \(b.en) for \(field.en), based on \(a.en)"
            let discipline = String(w.rng.pick(Text.disciplineLetters)) + String(format: "%02d%02d", 1 + w.rng.int(9), 1 + w.rng.int(9))
            let requested = Self.requestedAmount(&w.rng)
            let summary = "本项目面向\(field.zh)的重大需求，围绕\(b.zh)的\(aspect.zh)开展系统研究，结合\(a.zh)的最新进展，"
                + "阐明关键科学问题，发展可检验的理论模型与实验方法，形成具有自主知识产权的成果，为\(field.zh)提供科学支撑。"
            let draft = ApplicationDraft(titleZh: titleZh, titleEn: titleEn, keywords: "\(b.zh)，\(a.zh)，\(field.zh)", discipline: discipline,
                                         summary: summary, plan: "第一年完成理论分析与方案设计；第二年开展实验验证；第三年总结成果并推广应用。",
                                         piPhDYear: 1990 + w.rng.int(30), budget: [BudgetLine(category: "lump_sum", amount: requested)])
            let json = String(decoding: try encoder.encode(draft), as: UTF8.self)
            let submitted = opens.addingTimeInterval(Double(w.rng.int(40 * 86_400)))
            let state: ApplicationState = i < w.size.projects ? .funded : (i % 10 == 0 ? .notAccepted : .notFunded)
            if state == .funded {
                funded.append(Funded(applicationID: id, call: call, personID: personIDs[person], institution: institution, titleZh: titleZh, titleEn: titleEn, topic: b,
                                     requested: requested, submitted: submitted))
            }
            let note: any SQLExpression = state == .notAccepted ? Self.bind("形式审查未通过：申请书缺少必要附件") : Self.null
            let decided = opens.addingTimeInterval(Double(160 + w.rng.int(30)) * 86_400)
            return [Self.bind(id), Self.bind(call.id.rawValue), Self.bind(personIDs[person]), Self.bind(institution.id), Self.bind(json), Self.bind(titleZh),
                    Self.bind(state.rawValue), Self.bind(submitted), Self.null, note, Self.bind(4), Self.bind(submitted.addingTimeInterval(-7 * 86_400)),
                    Self.bind(decided)]
        }
        progress("applications: \(size.applications) (\(funded.count) funded)")
        return funded
    }

    /// Most requests are for a few hundred thousand yuan; a few are for millions.
    static func requestedAmount(_ rng: inout SeasonRandom) -> Int {
        switch rng.int(100) {
        case 0..<70: 200_000 + rng.int(60) * 10_000
        case 70..<92: 800_000 + rng.int(42) * 100_000
        case 92..<98: 5_000_000 + rng.int(50) * 100_000
        default: 10_000_000 + rng.int(20) * 1_000_000
        }
    }
}
