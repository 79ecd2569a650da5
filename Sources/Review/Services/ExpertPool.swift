import FluentKit
import Foundation
import Identity
import KechuangCore
import Storage

/// The expert pool: experts keep their own profile; programme officers invite and deactivate.
public struct ExpertPool: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    /// The profile of `person`, or an empty one when they have not filled it in yet.
    public func profile(of person: Person) async throws -> ExpertProfile {
        guard let record = try await ExpertRecord.query(on: db).filter(\.$personID == person.id).first() else {
            return ExpertProfile(personID: person.id, name: person.name, email: person.email, version: 0)
        }
        return try record.toDomain(person: person)
    }

    /// The expert saves their own profile (any field), checked by `ReviewRules.profile`.
    public func save(_ profile: ExpertProfile, expectedVersion: Int, by person: Person) async throws -> ExpertProfile {
        guard profile.personID == person.id, person.roles.contains(.reviewer) else {
            throw DomainError.forbidden(LocalizedText(zh: "只能修改本人的专家信息", en: "You can change only your own expert profile"), basis: nil)
        }
        try ReviewRules.profile.validate(profile, at: now())
        return try await write(profile, expectedVersion: expectedVersion, actor: person, action: "expert.profile_saved")
    }

    /// An officer invites a person into the pool: they get the reviewer role (at their first
    /// organisation) and an empty, active profile to fill in.
    public func invite(email: String, people: People, by officer: Person) async throws -> ExpertProfile {
        guard let person = try await people.find(email: email.trimmingCharacters(in: .whitespaces)) else {
            throw DomainError.validation([FieldError(field: "email", rule: "expert.invite.person",
                message: LocalizedText(zh: "平台上没有使用该邮箱的用户", en: "Nobody on the platform uses this email address"))])
        }
        let actor = officer.auditActor
        try await people.addMembership(Membership(organisationID: person.memberships.first?.organisationID, role: .reviewer), to: person.id, by: actor)
        let current = try await profile(of: person)
        if current.version > 0 { return current }
        return try await write(current, expectedVersion: 0, actor: officer, action: "expert.invited")
    }

    /// Officers deactivate an expert (no longer assigned) or activate them again.
    public func setActive(_ personID: UUID, _ active: Bool, by officer: Person) async throws {
        let at = now()
        try await withWriteTransaction(on: db) { tx in
            guard let record = try await ExpertRecord.query(on: tx).filter(\.$personID == personID).first() else {
                throw DomainError.notFound(entity: "expert")
            }
            record.active = active
            record.version += 1
            record.updatedAt = at
            try await record.update(on: tx)
            try await AuditChain.append(AuditEvent(actor: officer, action: active ? "expert.activated" : "expert.deactivated",
                                                   objectType: "person", objectID: personID.uuidString, summary: ""), on: tx, at: at)
        }
    }

    /// Every expert with a profile, active or not, by name.
    public func list(activeOnly: Bool = false) async throws -> [ExpertProfile] {
        try await listWithPeople(activeOnly: activeOnly).map(\.profile)
    }

    /// The experts with the people they are (memberships for conflicts), by name.
    func listWithPeople(activeOnly: Bool) async throws -> [(profile: ExpertProfile, person: Person)] {
        var query = ExpertRecord.query(on: db)
        if activeOnly { query = query.filter(\.$active == true) }
        let directory = Directory(db: db)
        var out: [(profile: ExpertProfile, person: Person)] = []
        for record in try await query.all() {
            let person = try await directory.person(record.personID)
            out.append((try record.toDomain(person: person), person))
        }
        return out.sorted { ($0.profile.name, $0.profile.personID.uuidString) < ($1.profile.name, $1.profile.personID.uuidString) }
    }

    /// Stores the profile (name and email stay in Identity); a new profile starts active.
    private func write(_ profile: ExpertProfile, expectedVersion: Int, actor: Person, action: String) async throws -> ExpertProfile {
        let at = now()
        return try await withWriteTransaction(on: db) { tx in
            let record = try await ExpertRecord.query(on: tx).filter(\.$personID == profile.personID).first() ?? {
                let r = ExpertRecord()
                r.id = UUID()
                r.personID = profile.personID
                r.active = true
                r.version = 0
                return r
            }()
            guard record.version == expectedVersion else { throw DomainError.staleVersion(entity: "expert") }
            var stored = profile
            stored.name = ""
            stored.email = ""
            record.profileJSON = try ReviewJSON.encode(stored)
            record.version += 1
            record.updatedAt = at
            try await record.save(on: tx)
            try await AuditChain.append(AuditEvent(actor: actor, action: action, objectType: "person",
                                                   objectID: profile.personID.uuidString, summary: profile.disciplines.joined(separator: ",")), on: tx, at: at)
            var saved = profile
            saved.active = record.active
            saved.version = record.version
            return saved
        }
    }
}
