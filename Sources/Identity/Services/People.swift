import FluentKit
import Foundation
import KechuangCore
import Storage

/// Creating and changing people, their passwords and their roles. Every change is audited in the
/// same transaction; a password never appears in the audit log.
public struct People: Sendable {
    let db: any Database
    let hasher: PasswordHashing
    let sealer: FieldSealer
    let now: @Sendable () -> Date

    public init(db: any Database, hasher: PasswordHashing, sealer: FieldSealer, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.hasher = hasher
        self.sealer = sealer
        self.now = now
    }

    /// Creates a person with an optional password (people without one cannot sign in yet) and roles.
    public func create(_ input: PersonInput, password: String?, memberships: [Membership], by actor: AuditActor) async throws -> Person {
        let at = now()
        let errors = problems(with: input, password: password)
        if !errors.isEmpty { throw DomainError.validation(errors) }
        let email = Self.normalizedEmail(input.email)
        let passwordHash = try password.map(hasher.hash)
        let sealed = try sealed(input.residentID)
        return try await withWriteTransaction(on: db) { tx in
            if try await PersonRecord.query(on: tx).filter(\.$email == email).first() != nil {
                throw DomainError.duplicate(field: "email", message: LocalizedText(
                    zh: "该邮箱已注册", en: "Someone is already registered with this email address"))
            }
            let record = PersonRecord()
            record.id = UUID()
            record.apply(input, email: email)
            record.residentIDSealed = sealed?.sealed
            record.residentIDMasked = sealed?.masked
            record.passwordHash = passwordHash
            record.disabled = false
            record.version = 1
            record.createdAt = at
            record.updatedAt = at
            try await record.create(on: tx)
            for membership in memberships {
                try await Self.insert(membership, for: try record.requireID(), at: at, on: tx)
            }
            let roles = memberships.map(\.role.rawValue).joined(separator: ",")
            try await AuditChain.append(AuditEvent(
                actor: actor, action: "person.created", objectType: "person",
                objectID: (try record.requireID()).uuidString, summary: "\(record.name) <\(email)> roles: \(roles.isEmpty ? "none" : roles)"),
                on: tx, at: at)
            return try await Self.load(record, on: tx)
        }
    }

    /// Every rule the input breaks, without writing anything.
    public func problems(with input: PersonInput, password: String?) -> [FieldError] {
        let at = now()
        var errors = IdentityRules.person.violations(of: input, at: at)
        if let password {
            errors += IdentityRules.password.violations(of: .init(password: password, email: input.email), at: at)
        }
        return errors + sealingErrors(input)
    }

    /// A person edits their own profile, or an administrator edits it.
    public func update(_ id: UUID, _ input: PersonInput, expectedVersion: Int, by actor: AuditActor) async throws -> Person {
        let at = now()
        let errors = IdentityRules.person.violations(of: input, at: at) + sealingErrors(input)
        if !errors.isEmpty { throw DomainError.validation(errors) }
        let email = Self.normalizedEmail(input.email)
        let sealed = try sealed(input.residentID)
        return try await withWriteTransaction(on: db) { tx in
            guard let before = try await PersonRecord.find(id, on: tx) else { throw DomainError.notFound(entity: "person") }
            if try await PersonRecord.query(on: tx).filter(\.$email == email).filter(\.$id != id).first() != nil {
                throw DomainError.duplicate(field: "email", message: LocalizedText(
                    zh: "该邮箱已注册", en: "Someone is already registered with this email address"))
            }
            let after = PersonRecord()
            after.apply(input, email: email)
            // An empty resident ID field keeps the stored number; a new number replaces it.
            after.residentIDMasked = sealed?.masked ?? before.residentIDMasked
            try await OptimisticLock.update(PersonRecord.schema, id: id, expectedVersion: expectedVersion, entity: "person", on: tx) {
                var b = $0.set("name", to: after.name).set("email", to: after.email).set("orcid", to: after.orcid)
                    .set("nationality", to: after.nationality).set("birth_year", to: after.birthYear).set("updated_at", to: at)
                if let sealed { b = b.set("resident_id_sealed", to: sealed.sealed).set("resident_id_masked", to: sealed.masked) }
                return b
            }
            try await AuditChain.append(AuditEvent(
                actor: actor, action: "person.updated", objectType: "person",
                objectID: id.uuidString, summary: Changes.describe(before: before.fields, after: after.fields)), on: tx, at: at)
            guard let saved = try await PersonRecord.find(id, on: tx) else { throw DomainError.notFound(entity: "person") }
            return try await Self.load(saved, on: tx)
        }
    }

    public func find(_ id: UUID) async throws -> Person {
        guard let record = try await PersonRecord.find(id, on: db) else { throw DomainError.notFound(entity: "person") }
        return try await Self.load(record, on: db)
    }

    public func find(email: String) async throws -> Person? {
        guard let record = try await PersonRecord.query(on: db).filter(\.$email == Self.normalizedEmail(email)).first() else { return nil }
        return try await Self.load(record, on: db)
    }

    /// The person, if `viewer` may read them (`PersonAccess`: a research office only members of its
    /// own organisations); otherwise they do not exist for the viewer.
    public func find(_ id: UUID, as viewer: Person) async throws -> Person {
        if case .organisations(let own) = PersonAccess.scope(for: viewer.memberships) {
            let shared = own.isEmpty ? [] : try await MembershipRecord.query(on: db).filter(\.$personID == id).filter(\.$organisationID ~~ own).all()
            guard PersonAccess.mayView(personOrganisations: Set(shared.compactMap(\.organisationID)), viewer: viewer.memberships) else {
                throw DomainError.notFound(entity: "person")
            }
        }
        return try await find(id)
    }

    /// What `viewer` may read of `list(search:limit:offset:)`.
    public func list(as viewer: Person, search: String? = nil, limit: Int = 50, offset: Int = 0) async throws -> [Person] {
        switch PersonAccess.scope(for: viewer.memberships) {
        case .everything: return try await list(search: search, limit: limit, offset: offset)
        case .organisations(let own):
            guard !own.isEmpty else { return [] }
            let members = Set(try await MembershipRecord.query(on: db).filter(\.$organisationID ~~ own).all().map(\.personID))
            guard !members.isEmpty else { return [] }
            return try await list(search: search, limit: limit, offset: offset, only: members)
        }
    }

    public func list(search: String? = nil, limit: Int = 50, offset: Int = 0) async throws -> [Person] {
        try await list(search: search, limit: limit, offset: offset, only: nil)
    }

    private func list(search: String?, limit: Int, offset: Int, only: Set<UUID>?) async throws -> [Person] {
        let query = PersonRecord.query(on: db)
        if let only { query.filter(\.$id ~~ only) }
        if let s = search?.trimmingCharacters(in: .whitespaces), !s.isEmpty {
            query.group(.or) {
                $0.filter(\.$name, .contains(inverse: false, .anywhere), s)
                    .filter(\.$email, .contains(inverse: false, .anywhere), s.lowercased())
            }
        }
        let records = try await query.sort(\.$email).range(offset..<(offset + limit)).all()
        var people: [Person] = []
        for record in records { people.append(try await Self.load(record, on: db)) }
        return people
    }

    /// The person's resident ID number in clear, for the few who may see it (the person themself).
    public func residentID(of id: UUID) async throws -> String? {
        guard let record = try await PersonRecord.find(id, on: db) else { throw DomainError.notFound(entity: "person") }
        return try record.residentIDSealed.map(sealer.open)
    }

    /// Whether `password` is the person's current password (to confirm a password change).
    public func verifyPassword(_ id: UUID, _ password: String) async throws -> Bool {
        guard let hash = try await PersonRecord.find(id, on: db)?.passwordHash else { return false }
        return try hasher.verify(password, hash)
    }

    public func setPassword(_ id: UUID, to password: String, by actor: AuditActor) async throws {
        let at = now()
        guard let record = try await PersonRecord.find(id, on: db) else { throw DomainError.notFound(entity: "person") }
        try IdentityRules.password.validate(.init(password: password, email: record.email), at: at)
        let hash = try hasher.hash(password)
        try await withWriteTransaction(on: db) { tx in
            try await PersonRecord.query(on: tx).filter(\.$id == id).set(\.$passwordHash, to: hash).set(\.$updatedAt, to: at).update()
            // A new password ends every session of the person and revokes their API tokens: whoever
            // learnt the old password cannot keep access through a token made with it.
            try await SessionRecord.query(on: tx).filter(\.$personID == id).delete()
            try await AccessTokenRecord.query(on: tx).filter(\.$personID == id).filter(\.$revokedAt == nil)
                .set(\.$revokedAt, to: at).update()
            try await AuditChain.append(AuditEvent(
                actor: actor, action: "person.password_changed", objectType: "person",
                objectID: id.uuidString, summary: "password changed; sessions ended and tokens revoked"), on: tx, at: at)
        }
    }

    public func setDisabled(_ id: UUID, _ disabled: Bool, by actor: AuditActor) async throws {
        let at = now()
        try await withWriteTransaction(on: db) { tx in
            guard try await PersonRecord.find(id, on: tx) != nil else { throw DomainError.notFound(entity: "person") }
            try await PersonRecord.query(on: tx).filter(\.$id == id).set(\.$disabled, to: disabled).set(\.$updatedAt, to: at).update()
            if disabled {
                try await SessionRecord.query(on: tx).filter(\.$personID == id).delete()
                try await AccessTokenRecord.query(on: tx).filter(\.$personID == id).filter(\.$revokedAt == nil)
                    .set(\.$revokedAt, to: at).update()
            }
            try await AuditChain.append(AuditEvent(
                actor: actor, action: disabled ? "person.disabled" : "person.enabled",
                objectType: "person", objectID: id.uuidString,
                summary: disabled ? "account disabled; sessions ended and tokens revoked" : "account enabled"), on: tx, at: at)
        }
    }

    public func addMembership(_ membership: Membership, to personID: UUID, by actor: AuditActor) async throws {
        let at = now()
        try await withWriteTransaction(on: db) { tx in
            guard try await PersonRecord.find(personID, on: tx) != nil else { throw DomainError.notFound(entity: "person") }
            if let org = membership.organisationID, try await OrganisationRecord.find(org, on: tx) == nil {
                throw DomainError.validation([FieldError(field: "organisation_id", rule: "membership.organisation.exists",
                    message: LocalizedText(zh: "所选机构不存在", en: "The selected organisation does not exist"))])
            }
            let existing = try await MembershipRecord.query(on: tx).filter(\.$personID == personID)
                .filter(\.$organisationID == membership.organisationID).filter(\.$role == membership.role.rawValue).first()
            guard existing == nil else { return }
            try await Self.insert(membership, for: personID, at: at, on: tx)
            try await AuditChain.append(AuditEvent(
                actor: actor, action: "membership.added", objectType: "person",
                objectID: personID.uuidString,
                summary: "role \(membership.role.rawValue) at \(membership.organisationID?.uuidString ?? "platform")"), on: tx, at: at)
        }
    }

    public func removeMembership(_ membership: Membership, from personID: UUID, by actor: AuditActor) async throws {
        let at = now()
        try await withWriteTransaction(on: db) { tx in
            guard try await PersonRecord.find(personID, on: tx) != nil else { throw DomainError.notFound(entity: "person") }
            let rows = MembershipRecord.query(on: tx).filter(\.$personID == personID)
                .filter(\.$organisationID == membership.organisationID).filter(\.$role == membership.role.rawValue)
            // Removing a role the person does not hold changes nothing and records nothing.
            guard try await rows.count() > 0 else { return }
            try await rows.delete()
            try await AuditChain.append(AuditEvent(
                actor: actor, action: "membership.removed", objectType: "person",
                objectID: personID.uuidString,
                summary: "role \(membership.role.rawValue) at \(membership.organisationID?.uuidString ?? "platform")"), on: tx, at: at)
        }
    }

    public func count() async throws -> Int { try await PersonRecord.query(on: db).count() }

    // MARK: - Helpers

    static func normalizedEmail(_ email: String) -> String {
        email.trimmingCharacters(in: .whitespaces).lowercased()
    }

    private func sealingErrors(_ input: PersonInput) -> [FieldError] {
        guard IdentityRules.present(input.residentID) != nil, !sealer.isConfigured else { return [] }
        return [FieldError(field: "resident_id", rule: "person.resident_id.encryption",
            message: LocalizedText(zh: "平台未配置加密密钥（KECHUANG_DATA_KEY），暂不能保存公民身份号码",
                                   en: "Resident ID numbers cannot be stored: the platform has no encryption key (KECHUANG_DATA_KEY)"))]
    }

    private func sealed(_ residentID: String?) throws -> (sealed: String, masked: String)? {
        guard let raw = IdentityRules.present(residentID) else { return nil }
        let normalized = ResidentIdentityNumber.normalized(raw)
        return (try sealer.seal(normalized), ResidentIdentityNumber.masked(normalized))
    }

    static func insert(_ membership: Membership, for personID: UUID, at: Date, on db: any Database) async throws {
        let m = MembershipRecord()
        m.id = UUID()
        m.personID = personID
        m.organisationID = membership.organisationID
        m.role = membership.role.rawValue
        m.createdAt = at
        try await m.create(on: db)
    }

    static func load(_ record: PersonRecord, on db: any Database) async throws -> Person {
        let rows = try await MembershipRecord.query(on: db).filter(\.$personID == (try record.requireID())).all()
        let orgIDs = Set(rows.compactMap(\.organisationID))
        let orgs = orgIDs.isEmpty ? [] : try await OrganisationRecord.query(on: db).filter(\.$id ~~ orgIDs).all()
        let names = Dictionary(uniqueKeysWithValues: try orgs.map { (try $0.requireID(), $0.nameZh) })
        let memberships = try rows.map { row in try row.toDomain(organisationName: row.organisationID.flatMap { names[$0] }) }
            .sorted { ($0.role.rawValue, $0.organisationName ?? "") < ($1.role.rawValue, $1.organisationName ?? "") }
        return try record.toDomain(memberships: memberships)
    }
}

extension PersonRecord {
    func apply(_ input: PersonInput, email: String) {
        name = input.name.trimmingCharacters(in: .whitespaces)
        self.email = email
        orcid = IdentityRules.present(input.orcid).flatMap(ORCID.normalized)
        nationality = input.nationality.trimmingCharacters(in: .whitespaces).uppercased()
        birthYear = IdentityRules.present(input.birthYear).flatMap { Int($0) }
    }

    /// Fields shown in an audit summary. The resident ID appears only masked.
    var fields: [(String, String)] {
        [("name", name), ("email", email), ("orcid", orcid ?? ""), ("nationality", nationality),
         ("birth_year", birthYear.map(String.init) ?? ""), ("resident_id", residentIDMasked ?? "")]
    }
}
