import FluentKit
import Foundation
import Identity
import KechuangCore
import Storage

/// A person's representative achievements (Art. 41): at most five, of any kind, each with its
/// evidence; the evaluation dossier built from them (Art. 50(1): nothing is counted).
public struct Achievements: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    /// The person's achievements in the order of the profile.
    public func list(of personID: UUID) async throws -> [Achievement] {
        try await AchievementRecord.query(on: db).filter(\.$personID == personID).sort(\.$slot).all().map { try $0.toDomain() }
    }

    static let sixth = FieldError(field: "kind", rule: "achievement.at_most_five",
                                  message: LocalizedText(zh: "代表性成果最多填写五项；请先删除一项再添加（第四十一条）",
                                                         en: "A profile lists at most five representative achievements: remove one before adding another (Art. 41)"),
                                  basis: .art(41))

    /// Adds an achievement to the person's own profile. A sixth is refused citing Art. 41, and
    /// the refusal is audited; two concurrent adds cannot make a sixth either (the database keeps
    /// (person, slot) unique over slots 1…5).
    public func add(_ input: AchievementInput, by person: Person) async throws -> Achievement {
        let at = now()
        let existing = try await list(of: person.id)
        let problems = TalentRules.achievement.violations(of: .init(input: input, existing: existing.count, currentYear: BeijingDay(containing: at).year), at: at)
        if problems.contains(where: { $0.rule == "achievement.at_most_five" }) {
            try await refuse(person, at: at)
            throw DomainError.validation([Self.sixth])
        }
        if !problems.isEmpty { throw DomainError.validation(problems) }
        guard let kind = input.kind, let year = input.year,
              let slot = (1...TalentRules.maximumAchievements).first(where: { s in !existing.contains { $0.slot == s } }) else {
            throw DomainError.validation([Self.sixth])
        }
        do {
            return try await withWriteTransaction(on: db) { tx in
                let row = AchievementRecord()
                row.id = UUID()
                row.personID = person.id
                row.slot = slot
                row.kind = kind.rawValue
                row.title = TalentCatalogue.clean(input.title)
                row.year = year
                row.evidence = TalentCatalogue.clean(input.evidence)
                row.contribution = TalentCatalogue.clean(input.contribution)
                row.createdAt = at
                try await row.create(on: tx)
                try await AuditChain.append(AuditEvent(actor: person, action: "talent.achievement.added", objectType: "person",
                                                       objectID: person.id.uuidString, summary: "\(kind.rawValue) \(row.title)", basis: .art(41)), on: tx, at: at)
                return try row.toDomain()
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // Another add took the slot at the same moment: the profile is full or the slot is gone.
            if try await list(of: person.id).count >= TalentRules.maximumAchievements {
                try await refuse(person, at: at)
                throw DomainError.validation([Self.sixth])
            }
            throw DomainError.staleVersion(entity: "achievement")
        }
    }

    func refuse(_ person: Person, at: Date) async throws {
        try await withWriteTransaction(on: db) { tx in
            try await AuditChain.append(AuditEvent(actor: person, action: "talent.achievement.refused", objectType: "person",
                                                   objectID: person.id.uuidString, summary: "achievement.at_most_five", basis: .art(41)), on: tx, at: at)
        }
    }

    /// Removes one of the person's own achievements; another person's does not exist for them.
    public func remove(_ id: Achievement.ID, by person: Person) async throws {
        let at = now()
        try await withWriteTransaction(on: db) { tx in
            guard let row = try await AchievementRecord.find(id.rawValue, on: tx), row.personID == person.id else {
                throw DomainError.notFound(entity: "achievement")
            }
            try await row.delete(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "talent.achievement.removed", objectType: "person",
                                                   objectID: person.id.uuidString, summary: row.title, basis: .art(41)), on: tx, at: at)
        }
    }

    /// What an evaluator reads about `person`: the representative achievements, nothing counted
    /// (Art. 41, 50(1)). The person themself, experts, programme officers and the admin; for anyone
    /// else the person's dossier does not exist.
    public func dossier(of person: Person, as viewer: Person) async throws -> EvaluationDossier {
        guard TalentAccess.mayReadDossier(.init(viewer), of: person.id) else { throw DomainError.notFound(entity: "person") }
        return EvaluationDossier(personID: person.id, name: person.name, nationality: person.nationality, achievements: try await list(of: person.id))
    }
}
