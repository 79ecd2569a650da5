import Export
import FluentKit
import Foundation
import Grants
import Integrity
import KechuangCore
import Projects
import SQLKit
import Storage

/// The platform's own data sets (Art. 56, 57), published automatically and kept current: calls,
/// funded-project results, the public integrity list and the policy library's metadata. Each is
/// rebuilt from the database on `refresh`; a new version is written only when its content changed,
/// so every earlier state stays downloadable with its checksum.
public struct CataloguePlatformDatasets: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    /// One platform data set: its description and how its table is built.
    struct Source: Sendable {
        let key: String
        let input: DatasetInput
        let table: @Sendable (any Database, Date) async throws -> ExportTable
    }

    static let actor = AuditActor(id: nil, label: "platform data catalogue")

    static var sources: [Source] {
        [
            Source(key: "calls", input: DatasetInput(
                slug: "kechuang-calls", titleZh: "科技计划项目申报指南（征集通知）", titleEn: "Calls for proposals",
                descriptionZh: "平台发布的全部项目征集通知：编号、标题、开放和截止时间、预算和资助方式。", descriptionEn: "Every call for proposals published on the platform: title, opening and closing times, budget and selection mode.",
                licence: .ccBy40, keywords: ["calls", "申报指南", "科技计划"], themes: [.tech, .gove]), table: callsTable),
            Source(key: "projects", input: DatasetInput(
                slug: "kechuang-funded-projects", titleZh: "财政资助科技项目", titleEn: "Funded projects",
                descriptionZh: "平台资助的全部项目：编号、标题、计划、年度、承担单位、负责人姓名、资助金额、起止日期和状态（不含身份证号、电子邮箱和电话）。",
                descriptionEn: "Every project funded through the platform: number, title, programme, year, institution, PI name, amount, dates and status (no ID numbers, e-mail or phone).",
                licence: .ccBy40, keywords: ["projects", "资助项目", "funding"], themes: [.tech, .econ]), table: projectsTable),
            Source(key: "results", input: DatasetInput(
                slug: "kechuang-results", titleZh: "财政资助项目科技成果登记", titleEn: "Results of funded projects",
                descriptionZh: "财政资助项目登记的成果：论文、专利、软件、数据集和标准，及其项目编号和权属。", descriptionEn: "Outputs registered by funded projects: papers, patents, software, data sets and standards, with the project number and rights.",
                licence: .ccBy40, keywords: ["results", "成果", "patents"], themes: [.tech]), table: resultsTable),
            Source(key: "integrity", input: DatasetInput(
                slug: "kechuang-integrity-list", titleZh: "科研失信行为公开记录", titleEn: "Published research integrity records",
                descriptionZh: "在公开期限内的科研诚信处理决定（第六十条）。", descriptionEn: "Research integrity decisions within their publication period (Art. 60).",
                licence: .ccBy40, keywords: ["integrity", "科研诚信"], themes: [.gove, .tech]), table: integrityTable),
            Source(key: "policies", input: DatasetInput(
                slug: "kechuang-policy-library", titleZh: "科技政策文库元数据", titleEn: "Policy library metadata",
                descriptionZh: "政策文库收录的法规和政策文件：标题、发布机关、层级、地区、日期和效力状态。", descriptionEn: "Laws and policies in the policy library: title, issuer, level, region, dates and status.",
                licence: .cc0, keywords: ["policy", "政策", "法规"], themes: [.gove]), table: policiesTable),
        ]
    }

    /// Creates missing platform data sets and adds a version to each whose content changed.
    /// Returns how many versions were written.
    @discardableResult
    public func refresh() async throws -> Int {
        let catalogue = DatasetCatalogue(db: db, now: now)
        var written = 0
        for source in Self.sources {
            let dataset: Dataset
            if let existing = try await catalogue.find(source: source.key) {
                dataset = existing
            } else {
                do {
                    dataset = try await catalogue.create(source.input, publisher: .platform, source: source.key, by: Self.actor)
                } catch DomainError.duplicate {
                    // Another node created it a moment ago.
                    guard let other = try await catalogue.find(source: source.key) else { continue }
                    dataset = other
                }
            }
            let table = try await source.table(db, now())
            if try await catalogue.addVersion(dataset.id, table: table, note: "自动更新 / automatic update", onlyIfChanged: true, by: Self.actor) != nil {
                written += 1
            }
        }
        return written
    }

    // MARK: Tables

    @Sendable static func callsTable(_ db: any Database, _ at: Date) async throws -> ExportTable {
        let calls = Calls(db: db, now: { at })
        let programmes = Dictionary(uniqueKeysWithValues: try await calls.programmes().map { ($0.id, $0) })
        let rows: [[ExportCell]] = try await calls.list().filter { $0.status == .published }.sorted { $0.opensAt < $1.opensAt }.map { call in
            [.text(call.id.uuidString.lowercased()), .text(programmes[call.programmeID]?.code ?? ""), .text(call.titleZh), .text(call.titleEn),
             .text(BeijingTime.format(call.opensAt)), .text(BeijingTime.format(call.closesAt)), .integer(call.totalBudget), .integer(call.typicalAward),
             .text(call.selectionMode.rawValue)]
        }
        return ExportTable(columns: ["id", "programme", "title_zh", "title_en", "opens_at", "closes_at", "total_budget_yuan", "typical_award_yuan", "selection_mode"], rows: rows)
    }

    /// From the portal's public copy of funded projects (`PublicProjects`, public fields only), brought up to date first.
    @Sendable static func projectsTable(_ db: any Database, _ at: Date) async throws -> ExportTable {
        let projects = PublicProjects(db: db, now: { at })
        try await projects.synchronise()
        var rows: [[ExportCell]] = []
        for try await p in projects.all() {
            rows.append([.text(p.number), .text(p.titleZh), .text(p.titleEn), .text(p.programmeZh), .integer(p.year), .text(p.institutionZh),
                         .text(p.district), .text(p.discipline), .text(p.piName), .integer(p.awardedAmount), .text(p.startDate.description),
                         .text(p.endDate.description), .text(p.status), .integer(p.outputs.count)])
        }
        return ExportTable(columns: ["number", "title_zh", "title_en", "programme", "year", "institution", "district", "discipline", "pi_name",
                                     "awarded_yuan", "start_date", "end_date", "status", "outputs"], rows: rows)
    }

    @Sendable static func resultsTable(_ db: any Database, _ at: Date) async throws -> ExportTable {
        let results = try await Outputs(db: db, now: { at }).publicResults().sorted { ($0.year, $0.projectNumber, $0.id.uuidString) < ($1.year, $1.projectNumber, $1.id.uuidString) }
        return ExportTable(columns: ["id", "kind", "title", "identifier", "year", "project_number", "project_title", "owner", "rights"], rows: results.map { r in
            [.text(r.id.uuidString.lowercased()), .text(r.kind.rawValue), .text(r.title), .text(r.identifier), .integer(r.year),
             .text(r.projectNumber), .text(r.projectTitle), .text(r.owner), .text(r.rights.rawValue)]
        })
    }

    @Sendable static func integrityTable(_ db: any Database, _ at: Date) async throws -> ExportTable {
        let records = try await IntegrityRecords(db: db, now: { at }).published(at: at).sorted { $0.id.uuidString < $1.id.uuidString }
        return ExportTable(columns: ["id", "subject_kind", "subject_name", "finding", "deciding_body", "document_number", "decision_date",
                                     "scope", "restricted_from", "restricted_until", "publish_until", "article"], rows: records.map { r in
            [.text(r.id.uuidString.lowercased()), .text(r.subject.kind), .text(r.subjectName), .text(r.finding.rawValue), .text(r.decidingBody),
             .text(r.documentNumber), .text(BeijingDay.format(r.decisionDate)), .text(RestrictedAction.allCases.filter(r.scope.contains).map(\.rawValue).joined(separator: ";")),
             .text(BeijingDay.format(r.restrictedFrom)), .text(BeijingDay.format(r.restrictedUntil)), .text(BeijingDay.format(r.publishUntil)), .text(r.finding.basis.code)]
        })
    }

    /// The library's current versions, read as metadata only (no text).
    @Sendable static func policiesTable(_ db: any Database, _ at: Date) async throws -> ExportTable {
        let columns = ["external_id", "version_date", "title_zh", "title_en", "issuer", "level", "region", "effective_date", "repeal_date", "status", "article_count"]
        guard let sql = db as? any SQLDatabase else { return ExportTable(columns: columns) }
        let rows = try await sql.select().columns(columns.map { SQLColumn($0) }).from("pol_documents")
            .where("is_current", .equal, SQLLiteral.boolean(true)).orderBy("external_id").all()
        return ExportTable(columns: columns, rows: try rows.map { row in
            var cells: [ExportCell] = []
            for column in columns.dropLast() { cells.append(.text(try row.decodeNil(column: column) ? "" : try row.decode(column: column, as: String.self))) }
            cells.append(.integer(try row.decode(column: "article_count", as: Int.self)))
            return cells
        })
    }
}
