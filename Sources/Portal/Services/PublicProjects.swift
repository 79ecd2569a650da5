import FluentKit
import Foundation
import Grants
import Identity
import KechuangCore
import Projects
import Storage

/// The public read model of funded projects (Art. 56): the portal's own copy (`por_public_projects`)
/// of every project Grants has funded, with public fields only (`PublicProject`), kept in step with
/// Grants by `synchronise()` and read by pages, the API, the exports and the data catalogue.
///
/// Reads never touch a person's record: the PI's name is copied at synchronisation, nothing else.
public struct PublicProjects: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    /// Rows per database round trip in `all(year:)`.
    public static let pageSize = 500

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    // MARK: Reading

    /// The project with this number, or nil.
    public func find(number: String) async throws -> PublicProject? {
        try await PublicProjectRecord.query(on: db).filter(\.$number == number).first()?.toDomain()
    }

    /// Up to `limit` projects after `number` in number order, of one award year or all.
    public func page(year: Int? = nil, after number: String? = nil, limit: Int = PublicProjects.pageSize) async throws -> [PublicProject] {
        let query = PublicProjectRecord.query(on: db)
        if let year { query.filter(\.$year == year) }
        if let number { query.filter(\.$number > number) }
        return try await query.sort(\.$number).limit(max(1, limit)).all().map { try $0.toDomain() }
    }

    /// Every project of one award year (or all years) in number order, fetched a page at a time:
    /// memory stays at one page however many projects there are.
    public func all(year: Int? = nil) -> PublicProjectSequence {
        PublicProjectSequence(projects: self, year: year)
    }

    /// The award years that have projects, newest first.
    public func years() async throws -> [Int] {
        // A year column over few distinct values: read the distinct years, not the rows.
        let rows = try await PublicProjectRecord.query(on: db).unique().field(\.$year).all()
        return Array(Set(rows.map(\.year))).sorted(by: >)
    }

    /// How many projects one award year has (or all years).
    public func count(year: Int? = nil) async throws -> Int {
        let query = PublicProjectRecord.query(on: db)
        if let year { query.filter(\.$year == year) }
        return try await query.count()
    }

    /// The most recently awarded projects, newest first.
    public func newest(limit: Int) async throws -> [PublicProject] {
        try await PublicProjectRecord.query(on: db).sort(\.$awardDate, .descending).sort(\.$number, .descending)
            .limit(max(1, limit)).all().map { try $0.toDomain() }
    }

    /// Rows written at or after `since`, each with its write time (the search index's first load).
    func changed(since: Date) async throws -> [(project: PublicProject, updatedAt: Date)] {
        try await PublicProjectRecord.query(on: db).filter(\.$updatedAt >= since).all().map { (try $0.toDomain(), $0.updatedAt) }
    }

    /// The number and write time of every row written at or after `since`, without its payload: the
    /// search index's refresh reads these, then only the rows it has not seen at that time.
    func stamps(since: Date) async throws -> [(number: String, updatedAt: Date)] {
        try await PublicProjectRecord.query(on: db).filter(\.$updatedAt >= since).field(\.$number).field(\.$updatedAt).all()
            .map { ($0.number, $0.updatedAt) }
    }

    /// The rows with these numbers, each with its write time.
    func projects(numbers: [String]) async throws -> [(project: PublicProject, updatedAt: Date)] {
        var found: [(project: PublicProject, updatedAt: Date)] = []
        for start in stride(from: 0, to: numbers.count, by: Self.pageSize) {
            let chunk = Array(numbers[start..<min(numbers.count, start + Self.pageSize)])
            found += try await PublicProjectRecord.query(on: db).filter(\.$number ~~ chunk).all().map { (try $0.toDomain(), $0.updatedAt) }
        }
        return found
    }

    // MARK: Keeping in step with Grants

    /// Copies every project changed in Grants (or with a newly registered output) since the last
    /// copy, public fields only; a row whose public fields did not change is not written. Returns
    /// how many rows were written. Safe to run again and from several nodes (last write wins).
    @discardableResult
    public func synchronise() async throws -> Int {
        let feed = GrantsPublicFeed(db: db)
        // One second of overlap: a change written in the same instant as the last copy is seen again.
        let lastProject = try await PublicProjectRecord.query(on: db).sort(\.$sourceUpdatedAt, .descending).first()?.sourceUpdatedAt
        let lastOutput = try await PublicProjectRecord.query(on: db).filter(\.$outputsRegisteredAt != nil)
            .sort(\.$outputsRegisteredAt, .descending).first()?.outputsRegisteredAt
        let changed = try await feed.projects(changedSince: (lastProject ?? .distantPast).addingTimeInterval(-1))
        let outputsAt = try await feed.outputsRegistered(since: (lastOutput ?? .distantPast).addingTimeInterval(-1))
        // What the overlap second brings back again is already copied: a project whose copy was taken from
        // this version, with its newest output, is not built again (on every check, under load).
        let copied = try await copiedStamps(Set(changed.map(\.id.rawValue)).union(outputsAt.keys))
        func isCopied(_ id: UUID, _ updatedAt: Date?) -> Bool {
            guard let stamp = copied[id] else { return false }
            if let updatedAt, stamp.source < updatedAt { return false }
            if let output = outputsAt[id], (stamp.outputs ?? .distantPast) < output { return false }
            return true
        }
        var projects: [UUID: Project] = [:]
        for p in changed where !isCopied(p.id.rawValue, p.updatedAt) { projects[p.id.rawValue] = p }
        for id in outputsAt.keys where projects[id] == nil && !isCopied(id, nil) { projects[id] = try await feed.project(id) }
        guard !projects.isEmpty else { return 0 }

        var builder = PublicProjectBuilder(db: db)
        var copies: [(Project, PublicProject, Date?)] = []
        for project in projects.values.sorted(by: { $0.number < $1.number }) {
            let outputs = try await feed.outputs(project: project.id.rawValue)
            copies.append((project, try await builder.build(project, outputs: outputs), outputs.map(\.createdAt).max()))
        }
        let at = now()
        let rows = copies
        return try await withWriteTransaction(on: db) { tx in
            var written = 0
            for (project, copy, outputsAt) in rows {
                let payload = try PublicProjectRecord.encode(copy)
                let row = try await PublicProjectRecord.query(on: tx).filter(\.$projectID == project.id.rawValue).first() ?? PublicProjectRecord()
                let isNew = row.id == nil
                if !isNew && row.payloadJSON == payload && row.sourceUpdatedAt >= project.updatedAt && row.outputsRegisteredAt == outputsAt { continue }
                if isNew { row.id = UUID(); row.projectID = project.id.rawValue }
                row.number = copy.number
                row.year = copy.year
                row.institutionID = copy.institutionID
                row.piKey = copy.piKey
                row.awardDate = copy.awardDate.description
                row.sourceUpdatedAt = project.updatedAt
                row.outputsRegisteredAt = outputsAt
                if isNew || row.payloadJSON != payload {
                    row.payloadJSON = payload
                    row.updatedAt = at
                }
                if isNew { try await row.create(on: tx) } else { try await row.update(on: tx) }
                written += 1
            }
            return written
        }
    }
}

extension PublicProjects {
    /// For each of these Grants projects already copied: the project's `updated_at` and newest output
    /// registration the copy was taken from.
    func copiedStamps(_ ids: Set<UUID>) async throws -> [UUID: (source: Date, outputs: Date?)] {
        let all = Array(ids)
        var stamps: [UUID: (source: Date, outputs: Date?)] = [:]
        for start in stride(from: 0, to: all.count, by: Self.pageSize) {
            let chunk = Array(all[start..<min(all.count, start + Self.pageSize)])
            let rows = try await PublicProjectRecord.query(on: db).filter(\.$projectID ~~ chunk)
                .field(\.$projectID).field(\.$sourceUpdatedAt).field(\.$outputsRegisteredAt).all()
            for row in rows { stamps[row.projectID] = (row.sourceUpdatedAt, row.outputsRegisteredAt) }
        }
        return stamps
    }
}

/// Turns a Grants project into its public copy, looking up the names it shows (programme,
/// institution, PI) once per synchronisation.
struct PublicProjectBuilder {
    let db: any Database
    var programmes: [UUID: Programme] = [:]
    var organisations: [UUID: Organisation] = [:]
    var names: [UUID: String] = [:]

    init(db: any Database) { self.db = db }

    mutating func build(_ project: Project, outputs: [ProjectOutput]) async throws -> PublicProject {
        let application = try await Applications(db: db).find(project.applicationID)
        let programme: Programme
        if let known = programmes[project.programmeID] { programme = known } else {
            programme = try await Calls(db: db).programme(project.programmeID)
            programmes[project.programmeID] = programme
        }
        let organisation: Organisation
        if let known = organisations[project.organisationID] { organisation = known } else {
            organisation = try await Directory(db: db).organisation(project.organisationID)
            organisations[project.organisationID] = organisation
        }
        let piName: String
        if let known = names[project.principalInvestigatorID] { piName = known } else {
            piName = try await Directory(db: db).person(project.principalInvestigatorID).name
            names[project.principalInvestigatorID] = piName
        }
        return PublicProject(
            number: project.number, titleZh: project.titleZh, titleEn: project.titleEn, abstract: application.summary,
            keywords: application.keywords.split { ",，;；、".contains($0) }.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty },
            programmeID: programme.id, programmeZh: programme.nameZh, programmeEn: programme.nameEn, year: project.awardDate.year,
            institutionID: organisation.id.rawValue, institutionZh: organisation.nameZh, institutionEn: organisation.nameEn,
            district: organisation.district.rawValue, discipline: application.discipline, piName: piName,
            piKey: PublicProject.piKey(for: project.principalInvestigatorID), awardedAmount: project.awardedAmount,
            awardDate: project.awardDate, startDate: project.startDate, endDate: project.endDate, status: project.status.rawValue,
            outputs: outputs.map { PublicOutput(kind: $0.kind.rawValue, title: $0.title, identifier: $0.identifier, year: $0.year) })
    }
}

/// `PublicProjects.all(year:)`: the projects in number order, one database page at a time.
public struct PublicProjectSequence: AsyncSequence, Sendable {
    public typealias Element = PublicProject
    let projects: PublicProjects
    let year: Int?

    public struct AsyncIterator: AsyncIteratorProtocol {
        let projects: PublicProjects
        let year: Int?
        var buffer: [PublicProject] = []
        var position = 0
        var last: String?
        var exhausted = false

        public mutating func next() async throws -> PublicProject? {
            if position == buffer.count {
                guard !exhausted else { return nil }
                buffer = try await projects.page(year: year, after: last, limit: PublicProjects.pageSize)
                position = 0
                exhausted = buffer.count < PublicProjects.pageSize
                guard !buffer.isEmpty else { return nil }
                last = buffer.last?.number
            }
            defer { position += 1 }
            return buffer[position]
        }
    }

    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(projects: projects, year: year) }
}
