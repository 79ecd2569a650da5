import FluentKit
import Foundation
import Identity
import KechuangCore
import SQLKit
import Storage

/// A stored entry of the international registry: drafted, then published.
protocol RegistryRecord: Model where IDValue == UUID {
    associatedtype Entry: RegistryEntry
    /// `project`, `organisation`, `big_science`: the audit action's middle word.
    static var word: String { get }
    /// The article the entry is kept under.
    static var article: Int { get }
    var state: String { get set }
    var publishedAt: Date? { get set }
    var createdBy: UUID { get set }
    var createdAt: Date { get set }
    var version: Int { get set }
    var auditName: String { get }
    func toDomain() throws -> Entry
}

public protocol RegistryEntry: Sendable {
    var state: RegistryState { get }
}

extension CooperationProject: RegistryEntry {}
extension IntlOrganisation: RegistryEntry {}
extension BigScienceProgramme: RegistryEntry {}

extension IntlProjectRecord: RegistryRecord {
    static var word: String { "project" }
    static var article: Int { 69 }
    var auditName: String { "\(titleZh) / \(titleEn)" }
}

extension IntlOrganisationRecord: RegistryRecord {
    static var word: String { "organisation" }
    static var article: Int { 71 }
    var auditName: String { "\(nameZh) / \(nameEn)" }
}

extension BigScienceRecord: RegistryRecord {
    static var word: String { "big_science" }
    static var article: Int { 69 }
    var auditName: String { "\(nameZh) / \(nameEn)" }
}

/// The international cooperation registry (Art. 9, 66–71): cooperation projects with their foreign
/// partners, international S&T organisations based in Beijing, and the big-science programmes
/// Beijing leads or joins. Department staff draft, edit and publish entries (`InternationalAccess`);
/// everyone sees the published ones. Every write is one transaction with its audit entry
/// `monitoring.international.<kind>.created|updated|published`, citing the entry's article.
public struct InternationalRegistry: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    static func trimmed(_ s: String) -> String { s.trimmingCharacters(in: .whitespacesAndNewlines) }
    static func object<R: RegistryRecord>(_ type: R.Type) -> String { "monitoring_international_\(R.word)" }

    static func notKeeper(_ article: Int) -> DomainError {
        .forbidden(LocalizedText(zh: "只有部门工作人员可以维护国际合作登记", en: "Only department staff keep the international cooperation registry"), basis: .art(article))
    }

    static func invalid(_ field: String, _ rule: String, _ zh: String, _ en: String, article: Int) -> DomainError {
        .validation([FieldError(field: field, rule: rule, message: LocalizedText(zh: zh, en: en), basis: .art(article))])
    }

    // MARK: Generic steps

    /// Creates (`id == nil`) or updates an entry; an update names the version it was read at.
    func write<R: RegistryRecord>(_ type: R.Type, id: UUID?, version: Int?, by person: Person, at: Date,
                                  duplicateField: String, fill: @escaping @Sendable (R) -> Void) async throws -> R.Entry {
        guard InternationalAccess.may(.change, .init(person), .init(state: .draft)) else { throw Self.notKeeper(R.article) }
        do {
            return try await withWriteTransaction(on: db) { tx in
                let row: R
                if let id {
                    guard let existing = try await R.find(id, on: tx) else { throw DomainError.notFound(entity: Self.object(R.self)) }
                    _ = try existing.toDomain()
                    guard existing.version == version else { throw DomainError.staleVersion(entity: Self.object(R.self)) }
                    row = existing
                    fill(row)
                    row.version += 1
                    try await row.update(on: tx)
                } else {
                    row = R()
                    row.id = UUID()
                    row.state = RegistryState.draft.rawValue
                    row.createdBy = person.id
                    row.createdAt = at
                    row.version = 1
                    fill(row)
                    try await row.create(on: tx)
                }
                try await AuditChain.append(AuditEvent(
                    actor: person, action: "monitoring.international.\(R.word).\(id == nil ? "created" : "updated")", objectType: Self.object(R.self),
                    objectID: try row.requireID().uuidString, summary: row.auditName, basis: .art(R.article)), on: tx, at: at)
                return try row.toDomain()
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw DomainError.duplicate(field: duplicateField, message: LocalizedText(zh: "登记中已有同名条目", en: "The registry already has an entry of this name"))
        }
    }

    /// Publishes a draft: from now on everyone sees it.
    func publish<R: RegistryRecord>(_ type: R.Type, _ id: UUID, by person: Person) async throws -> R.Entry {
        guard InternationalAccess.may(.publish, .init(person), .init(state: .draft)) else { throw Self.notKeeper(R.article) }
        let at = now()
        return try await withWriteTransaction(on: db) { tx in
            guard let row = try await R.find(id, on: tx) else { throw DomainError.notFound(entity: Self.object(R.self)) }
            guard try row.toDomain().state == .draft else {
                throw DomainError.forbidden(LocalizedText(zh: "该条目已公布", en: "This entry is already published"), basis: .art(R.article))
            }
            row.state = RegistryState.published.rawValue
            row.publishedAt = at
            row.version += 1
            try await row.update(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: person, action: "monitoring.international.\(R.word).published", objectType: Self.object(R.self),
                objectID: id.uuidString, summary: row.auditName, basis: .art(R.article)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    /// The entries `viewer` may see (anyone: the published ones).
    func entries<R: RegistryRecord>(_ type: R.Type, as viewer: Person?) async throws -> [R.Entry] {
        try await R.query(on: db).all().map { try $0.toDomain() }.filter { InternationalAccess.may(.view, .init(viewer), .init(state: $0.state)) }
    }

    /// One entry, or `notFound` when it does not exist or `viewer` may not see it.
    func entry<R: RegistryRecord>(_ type: R.Type, _ id: UUID, as viewer: Person?) async throws -> R.Entry {
        guard let row = try await R.find(id, on: db) else { throw DomainError.notFound(entity: Self.object(R.self)) }
        let entry = try row.toDomain()
        guard InternationalAccess.may(.view, .init(viewer), .init(state: entry.state)) else { throw DomainError.notFound(entity: Self.object(R.self)) }
        return entry
    }

    /// Checks that `id` is one of Identity's organisations; a validation error on `field` otherwise.
    func requireOrganisation(_ id: UUID, field: String, article: Int) async throws {
        do {
            _ = try await Organisations(db: db).find(Organisation.ID(id))
        } catch DomainError.notFound {
            throw Self.invalid(field, "international.\(field).known", "所选单位不在平台机构名录中", "The organisation selected is not in the platform's directory", article: article)
        }
    }

    /// The Grants project numbered `number`: its id, or a validation error naming the field.
    func grantProject(numbered number: String) async throws -> UUID {
        guard let sql = db as? any SQLDatabase,
              let row = try await sql.select().column("id").from("grt_projects").where("number", .equal, number).first() else {
            throw Self.invalid("grant_project_number", "international.project.grant_project.known", "平台上没有该编号的立项项目",
                               "No funded project on the platform has this number", article: 69)
        }
        return try row.decode(column: "id", as: UUID.self)
    }
}
