import FluentKit
import Foundation
import KechuangCore
import Storage

/// Creating, changing and listing organisations. Every change is audited in the same transaction.
public struct Organisations: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    public func create(_ input: OrganisationInput, by actor: AuditActor) async throws -> Organisation {
        let at = now()
        try IdentityRules.organisation.validate(input, at: at)
        let uscc = UnifiedSocialCreditCode.normalized(input.uscc)
        return try await withWriteTransaction(on: db) { tx in
            if try await OrganisationRecord.query(on: tx).filter(\.$uscc == uscc).first() != nil {
                throw DomainError.duplicate(field: "uscc", message: LocalizedText(
                    zh: "该统一社会信用代码已登记", en: "An organisation with this unified social credit code is already registered"))
            }
            let record = OrganisationRecord()
            record.id = UUID()
            record.apply(input, uscc: uscc)
            record.version = 1
            record.createdAt = at
            record.updatedAt = at
            try await record.create(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: actor, action: "organisation.created", objectType: "organisation",
                objectID: (try record.requireID()).uuidString, summary: "\(record.nameZh) [\(uscc)] \(record.type), \(record.district)"), on: tx, at: at)
            return try record.toDomain()
        }
    }

    public func update(_ id: Organisation.ID, _ input: OrganisationInput, expectedVersion: Int, by actor: AuditActor) async throws -> Organisation {
        let id = id.rawValue
        let at = now()
        try IdentityRules.organisation.validate(input, at: at)
        let uscc = UnifiedSocialCreditCode.normalized(input.uscc)
        return try await withWriteTransaction(on: db) { tx in
            guard let before = try await OrganisationRecord.find(id, on: tx) else { throw DomainError.notFound(entity: "organisation") }
            if try await OrganisationRecord.query(on: tx).filter(\.$uscc == uscc).filter(\.$id != id).first() != nil {
                throw DomainError.duplicate(field: "uscc", message: LocalizedText(
                    zh: "该统一社会信用代码已登记", en: "An organisation with this unified social credit code is already registered"))
            }
            let after = OrganisationRecord()
            after.apply(input, uscc: uscc)
            try await OptimisticLock.update(OrganisationRecord.schema, id: id, expectedVersion: expectedVersion, entity: "organisation", on: tx) {
                $0.set("name_zh", to: after.nameZh).set("name_en", to: after.nameEn)
                    .set("type", to: after.type).set("ownership", to: after.ownership)
                    .set("district", to: after.district).set("uscc", to: after.uscc).set("updated_at", to: at)
            }
            try await AuditChain.append(AuditEvent(
                actor: actor, action: "organisation.updated", objectType: "organisation",
                objectID: id.uuidString, summary: Changes.describe(before: before.fields, after: after.fields)), on: tx, at: at)
            guard let saved = try await OrganisationRecord.find(id, on: tx) else { throw DomainError.notFound(entity: "organisation") }
            return try saved.toDomain()
        }
    }

    public func find(_ id: Organisation.ID) async throws -> Organisation {
        guard let record = try await OrganisationRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: "organisation") }
        return try record.toDomain()
    }

    /// The organisation, if `viewer` may read it (`OrganisationAccess`); otherwise it does not exist for them.
    public func find(_ id: Organisation.ID, as viewer: Person) async throws -> Organisation {
        guard OrganisationAccess.mayView(organisation: id.rawValue, viewer: viewer.memberships) else { throw DomainError.notFound(entity: "organisation") }
        return try await find(id)
    }

    /// What `viewer` may read of `list(search:limit:offset:)`: a research office only its own organisations.
    public func list(as viewer: Person, search: String? = nil, limit: Int = 50, offset: Int = 0) async throws -> [Organisation] {
        switch OrganisationAccess.scope(for: viewer.memberships) {
        case .everything: return try await list(search: search, limit: limit, offset: offset)
        case .organisations(let own):
            guard !own.isEmpty else { return [] }
            return try await list(search: search, limit: limit, offset: offset, only: own)
        }
    }

    /// Sorted by Chinese name; `search` matches either name or the code.
    public func list(search: String? = nil, limit: Int = 50, offset: Int = 0) async throws -> [Organisation] {
        try await list(search: search, limit: limit, offset: offset, only: nil)
    }

    private func list(search: String?, limit: Int, offset: Int, only: Set<UUID>?) async throws -> [Organisation] {
        let query = OrganisationRecord.query(on: db)
        if let only { query.filter(\.$id ~~ only) }
        if let s = search?.trimmingCharacters(in: .whitespaces), !s.isEmpty {
            query.group(.or) {
                $0.filter(\.$nameZh, .contains(inverse: false, .anywhere), s)
                    .filter(\.$nameEn, .contains(inverse: false, .anywhere), s)
                    .filter(\.$uscc == s.uppercased())
            }
        }
        return try await query.sort(\.$nameZh).range(offset..<(offset + limit)).all().map { try $0.toDomain() }
    }

    public func count() async throws -> Int { try await OrganisationRecord.query(on: db).count() }
}

extension OrganisationRecord {
    func apply(_ input: OrganisationInput, uscc: String) {
        nameZh = input.nameZh.trimmingCharacters(in: .whitespaces)
        let en = input.nameEn?.trimmingCharacters(in: .whitespaces)
        nameEn = en?.isEmpty == false ? en : nil
        type = input.type
        ownership = input.ownership
        district = input.district
        self.uscc = uscc
    }

    var fields: [(String, String)] {
        [("name_zh", nameZh), ("name_en", nameEn ?? ""), ("type", type), ("ownership", ownership), ("district", district), ("uscc", uscc)]
    }
}

/// The "what changed" summary of an audit entry: `field: old → new` for each changed field.
enum Changes {
    static func describe(before: [(String, String)], after: [(String, String)]) -> String {
        let changed = zip(before, after).filter { $0.0.1 != $0.1.1 }.map { "\($0.0.0): \($0.0.1) → \($0.1.1)" }
        return changed.isEmpty ? "no change" : changed.joined(separator: "; ")
    }
}
