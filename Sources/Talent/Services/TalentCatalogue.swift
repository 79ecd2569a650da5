import FluentKit
import Foundation
import Identity
import KechuangCore
import Storage

/// The urgently-needed talent catalogue (Art. 40): entries published and adjusted as versions.
/// A new version never overwrites an old one; the catalogue in force is the latest version of each
/// code that is not withdrawn.
public struct TalentCatalogue: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    static func clean(_ s: String) -> String { s.trimmingCharacters(in: .whitespacesAndNewlines) }

    static func stale() -> DomainError { .staleVersion(entity: "catalogue entry") }

    /// Writes one version; (code, version) is unique in the database, so a concurrent adjustment
    /// of the same version is refused as stale rather than landing twice.
    func write(_ input: CatalogueEntryInput, version: Int, withdrawn: Bool, by person: Person, action: String) async throws -> CatalogueEntry {
        let at = now()
        guard let field = input.field, let level = input.level else { throw DomainError.validation([]) }
        do {
            return try await withWriteTransaction(on: db) { tx in
                let row = CatalogueEntryRecord()
                row.id = UUID()
                row.code = Self.clean(input.code)
                row.version = version
                row.field = field.rawValue
                row.roleZh = Self.clean(input.roleZh)
                row.roleEn = Self.clean(input.roleEn)
                row.level = level.rawValue
                row.requirementsZh = Self.clean(input.requirementsZh)
                row.requirementsEn = Self.clean(input.requirementsEn)
                row.note = Self.clean(input.note)
                row.withdrawn = withdrawn
                row.publishedBy = person.id
                row.publishedAt = at
                try await row.create(on: tx)
                try await AuditChain.append(AuditEvent(actor: person, action: action, objectType: "talent_catalogue_entry",
                                                       objectID: try row.requireID().uuidString, summary: "\(row.code) v\(version) \(row.roleZh)", basis: .art(40)),
                                            on: tx, at: at)
                return try row.toDomain()
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw version == 1 ? DomainError.duplicate(field: "code", message: LocalizedText(zh: "该目录编号已存在，请调整原条目", en: "This code exists: adjust the entry instead"))
                : Self.stale()
        }
    }

    /// Publishes a new entry (version 1).
    public func publish(_ input: CatalogueEntryInput, by person: Person) async throws -> CatalogueEntry {
        var input = input
        input.code = Self.clean(input.code)
        try TalentRules.catalogueEntry.validate(input, at: now())
        if try await CatalogueEntryRecord.query(on: db).filter(\.$code == input.code).first() != nil {
            throw DomainError.duplicate(field: "code", message: LocalizedText(zh: "该目录编号已存在，请调整原条目", en: "This code exists: adjust the entry instead"))
        }
        return try await write(input, version: 1, withdrawn: false, by: person, action: "talent.catalogue.published")
    }

    /// Adjusts an entry: publishes the next version of `id`'s code (send the version you read; an
    /// older one is stale). The version adjusted stays as it was.
    public func adjust(_ id: CatalogueEntry.ID, _ input: CatalogueEntryInput, by person: Person) async throws -> CatalogueEntry {
        let base = try await find(id)
        var input = input
        input.code = base.code
        try TalentRules.catalogueEntry.validate(input, at: now())
        try TalentRules.adjustment.validate(input, at: now())
        guard try await latest(code: base.code)?.id == base.id else { throw Self.stale() }
        return try await write(input, version: base.version + 1, withdrawn: false, by: person, action: "talent.catalogue.adjusted")
    }

    /// Withdraws an entry: a last version marked withdrawn, with the reason.
    public func withdraw(_ id: CatalogueEntry.ID, note: String, by person: Person) async throws -> CatalogueEntry {
        let base = try await find(id)
        var input = CatalogueEntryInput(base)
        input.note = note
        try TalentRules.adjustment.validate(input, at: now())
        guard try await latest(code: base.code)?.id == base.id, !base.withdrawn else { throw Self.stale() }
        return try await write(input, version: base.version + 1, withdrawn: true, by: person, action: "talent.catalogue.withdrawn")
    }

    public func find(_ id: CatalogueEntry.ID) async throws -> CatalogueEntry {
        guard let row = try await CatalogueEntryRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: "catalogue entry") }
        return try row.toDomain()
    }

    func latest(code: String) async throws -> CatalogueEntry? {
        try await CatalogueEntryRecord.query(on: db).filter(\.$code == code).sort(\.$version, .descending).first()?.toDomain()
    }

    /// Every version of a code, newest first.
    public func versions(code: String) async throws -> [CatalogueEntry] {
        try await CatalogueEntryRecord.query(on: db).filter(\.$code == code).sort(\.$version, .descending).all().map { try $0.toDomain() }
    }

    /// Whether `entry` is the version in force of its code (the latest, not withdrawn).
    public func isCurrent(_ entry: CatalogueEntry) async throws -> Bool {
        guard !entry.withdrawn else { return false }
        let latest = try await latest(code: entry.code)
        return latest?.id == entry.id
    }

    /// The catalogue in force: the latest version of each code, not withdrawn, by field and code.
    public func current(field: TalentField? = nil) async throws -> [CatalogueEntry] {
        var q = CatalogueEntryRecord.query(on: db)
        if let field { q = q.filter(\.$field == field.rawValue) }
        let all = try await q.all().map { try $0.toDomain() }
        let latest = Dictionary(grouping: all, by: \.code).compactMap { $0.value.max { $0.version < $1.version } }
        return latest.filter { !$0.withdrawn }.sorted { ($0.field.rawValue, $0.code) < ($1.field.rawValue, $1.code) }
    }

    public func count() async throws -> Int { try await CatalogueEntryRecord.query(on: db).count() }
}
