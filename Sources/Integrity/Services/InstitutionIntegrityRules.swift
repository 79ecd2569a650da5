import FluentKit
import Foundation
import Identity
import KechuangCore
import Storage

/// What an institution records about its own integrity work (Art. 60(2)): its internal rules and
/// how it handled cases. Kept by the organisation's research office; entries are changed, never deleted.
public struct InstitutionIntegrityRules: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    public struct Input: Sendable, Equatable {
        public var kind: InstitutionEntryKind?
        public var title: String
        public var body: String
        public var date: Date?

        public init(kind: InstitutionEntryKind?, title: String, body: String, date: Date?) {
            self.kind = kind
            self.title = title
            self.body = body
            self.date = date
        }
    }

    public static let rules = RuleBook<Input>([
        Rule(id: "integrity.institution.kind.required", basis: .art(60, 2), field: "kind",
             message: LocalizedText(zh: "请选择类别（内部制度或处理情况）", en: "Select the kind: an internal rule or the handling of a case")) { $0.kind == nil },
        Rule(id: "integrity.institution.title.required", basis: .art(60, 2), field: "title",
             message: LocalizedText(zh: "请填写标题", en: "Enter a title")) { $0.title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty },
        Rule(id: "integrity.institution.body.required", basis: .art(60, 2), field: "body",
             message: LocalizedText(zh: "请填写内容", en: "Enter the text")) { $0.body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty },
        Rule(id: "integrity.institution.date.required", basis: .art(60, 2), field: "date",
             message: LocalizedText(zh: "请填写日期（如 2026-03-01）", en: "Enter the date (e.g. 2026-03-01)")) { $0.date == nil },
    ])

    /// Organisations whose entries `person` keeps: those where they are the research office.
    public static func organisations(of person: Person) -> [UUID] {
        person.memberships.filter { $0.role == .researchOffice }.compactMap(\.organisationID)
    }

    static func requireOffice(_ person: Person, of organisation: UUID) throws {
        guard organisations(of: person).contains(organisation) else {
            throw DomainError.forbidden(LocalizedText(zh: "只有本单位科研管理部门可以维护本单位的科研诚信制度",
                                                      en: "Only the organisation's research office keeps its integrity rules"), basis: .art(60, 2))
        }
    }

    public func add(_ input: Input, organisation: UUID, by person: Person) async throws -> InstitutionIntegrityEntry {
        try Self.requireOffice(person, of: organisation)
        let at = now()
        try Self.rules.validate(input, at: at)
        return try await withWriteTransaction(on: db) { tx in
            let row = InstitutionEntryRecord()
            row.id = UUID()
            row.organisationID = organisation
            row.kind = (input.kind ?? .rule).rawValue
            row.title = input.title.trimmingCharacters(in: .whitespacesAndNewlines)
            row.body = input.body.trimmingCharacters(in: .whitespacesAndNewlines)
            row.date = input.date ?? at
            row.version = 1
            row.createdAt = at
            row.updatedAt = at
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: person, action: "integrity.institution_entry_added", objectType: "integrity_institution_entry",
                objectID: (try row.requireID()).uuidString, summary: "\(row.kind): \(row.title)", basis: .art(60, 2)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    /// Changes an entry (send the version you read).
    public func update(_ id: UUID, _ input: Input, expectedVersion: Int, by person: Person) async throws -> InstitutionIntegrityEntry {
        let at = now()
        guard let existing = try await InstitutionEntryRecord.find(id, on: db) else { throw DomainError.notFound(entity: "integrity_institution_entry") }
        guard Self.organisations(of: person).contains(existing.organisationID) else { throw DomainError.notFound(entity: "integrity_institution_entry") }
        try Self.rules.validate(input, at: at)
        return try await withWriteTransaction(on: db) { tx in
            try await OptimisticLock.update(InstitutionEntryRecord.schema, id: id, expectedVersion: expectedVersion, entity: "integrity_institution_entry", on: tx) {
                $0.set("kind", to: (input.kind ?? .rule).rawValue).set("title", to: input.title.trimmingCharacters(in: .whitespacesAndNewlines))
                    .set("body", to: input.body.trimmingCharacters(in: .whitespacesAndNewlines)).set("entry_date", to: input.date ?? at)
                    .set("updated_at", to: at)
            }
            try await AuditChain.append(AuditEvent(
                actor: person, action: "integrity.institution_entry_updated", objectType: "integrity_institution_entry",
                objectID: id.uuidString, summary: input.title, basis: .art(60, 2)), on: tx, at: at)
            guard let row = try await InstitutionEntryRecord.find(id, on: tx) else { throw DomainError.notFound(entity: "integrity_institution_entry") }
            return try row.toDomain()
        }
    }

    /// An organisation's entries, newest first.
    public func list(organisations: [UUID]) async throws -> [InstitutionIntegrityEntry] {
        guard !organisations.isEmpty else { return [] }
        return try await InstitutionEntryRecord.query(on: db).filter(\.$organisationID ~~ organisations).sort(\.$date, .descending).all().map { try $0.toDomain() }
    }
}
