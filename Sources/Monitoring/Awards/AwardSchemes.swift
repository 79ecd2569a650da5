import FluentKit
import Foundation
import Identity
import Integrity
import KechuangCore
import Storage

/// Awards and commendations (Art. 12): schemes, nominations checked against the research integrity
/// system (`IntegrityService`, the `awards` scope, Art. 60), the officer's decision, and the winners.
public struct AwardSchemes: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    static let objectScheme = "monitoring_award_scheme"
    static let objectNomination = "monitoring_award_nomination"

    static func trimmed(_ s: String) -> String { s.trimmingCharacters(in: .whitespacesAndNewlines) }

    static func notOfficer() -> DomainError {
        .forbidden(LocalizedText(zh: "只有部门工作人员可以设立奖项和评定", en: "Only department staff set up award schemes and decide"), basis: .art(12))
    }

    // MARK: Schemes

    public func createScheme(_ input: AwardSchemeInput, by person: Person) async throws -> AwardScheme {
        guard AwardsAccess.mayDecide(person) else { throw Self.notOfficer() }
        let at = now()
        try AwardSchemeRules.scheme.validate(input, at: at)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let categories = String(decoding: try encoder.encode(input.categories), as: UTF8.self)
        do {
            return try await withWriteTransaction(on: db) { tx in
                let row = AwardSchemeRecord()
                row.id = UUID()
                row.nameZh = Self.trimmed(input.nameZh)
                row.nameEn = Self.trimmed(input.nameEn)
                row.year = input.year ?? BeijingDay(containing: at).year
                row.categoriesJSON = categories
                row.createdBy = person.id
                row.createdAt = at
                try await row.create(on: tx)
                try await AuditChain.append(AuditEvent(
                    actor: person, action: "monitoring.award.scheme_created", objectType: Self.objectScheme, objectID: try row.requireID().uuidString,
                    summary: "\(row.year) \(row.nameZh) / \(row.nameEn) · \(input.categories.map(\.code).joined(separator: ","))", basis: .art(12)), on: tx, at: at)
                return try row.toDomain()
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw DomainError.duplicate(field: "name_zh", message: LocalizedText(zh: "该年度已有同名奖项", en: "A scheme of this name exists for this year"))
        }
    }

    /// Every scheme, newest year first.
    public func schemes() async throws -> [AwardScheme] {
        try await AwardSchemeRecord.query(on: db).sort(\.$year, .descending).sort(\.$nameZh).all().map { try $0.toDomain() }
    }

    public func scheme(_ id: AwardScheme.ID) async throws -> AwardScheme {
        guard let row = try await AwardSchemeRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: Self.objectScheme) }
        return try row.toDomain()
    }

    // MARK: Nominations

    /// Nominates a person or an organisation. Refused, citing Art. 60 and the record, while an
    /// integrity record restricts the nominee from awards (评优评奖); the refusal is audited.
    public func nominate(_ input: AwardNominationInput, by person: Person) async throws -> AwardNomination {
        let at = now()
        var checked = input
        if let schemeID = input.schemeID {
            checked.schemeCategories = Set(try await scheme(AwardScheme.ID(schemeID)).categories.map(\.code))
        }
        try AwardSchemeRules.nomination.validate(checked, at: at)
        guard let schemeID = input.schemeID, let nominee = input.nominee, let unit = input.nominatingUnitID else {
            throw DomainError.notFound(entity: Self.objectScheme)
        }
        guard AwardsAccess.mayNominate(person, unit: unit) else {
            throw DomainError.forbidden(LocalizedText(zh: "只有提名单位的科研管理部门可以提名", en: "Only the nominating unit's research office nominates"), basis: .art(12))
        }
        let name = try await Self.name(of: nominee, on: db)
        _ = try await Organisations(db: db).find(Organisation.ID(unit))
        let decision = try await IntegrityService(db: db, now: now).check(nominee, .awards, at: at)
        if !decision.isAllowed {
            _ = try await withWriteTransaction(on: db) { tx in
                try await AuditChain.append(AuditEvent(
                    actor: person, action: "monitoring.award.nomination_refused", objectType: Self.objectScheme, objectID: schemeID.uuidString,
                    summary: "\(name) · \(decision.reason.zh) / \(decision.reason.en)", basis: decision.basis), on: tx, at: at)
            }
            throw DomainError.forbidden(decision.reason, basis: decision.basis)
        }
        do {
            return try await withWriteTransaction(on: db) { tx in
                let row = AwardNominationRecord()
                row.id = UUID()
                row.schemeID = schemeID
                row.categoryCode = input.categoryCode
                row.nomineeKind = nominee.kind
                row.nomineeID = nominee.id
                row.nomineeName = name
                row.nominatingUnitID = unit
                row.achievementZh = Self.trimmed(input.achievementZh)
                row.achievementEn = Self.trimmed(input.achievementEn)
                row.state = AwardNominationState.nominated.rawValue
                row.createdBy = person.id
                row.createdAt = at
                row.version = 1
                try await row.create(on: tx)
                try await AuditChain.append(AuditEvent(
                    actor: person, action: "monitoring.award.nominated", objectType: Self.objectNomination, objectID: try row.requireID().uuidString,
                    summary: "\(name) · \(input.categoryCode) · \(decision.reason.zh)", basis: .art(12)), on: tx, at: at)
                return try row.toDomain()
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw DomainError.duplicate(field: "nominee", message: LocalizedText(zh: "已在该类别中提名", en: "Already nominated in this category"))
        }
    }

    /// The officer decides. Awarding checks the integrity system again (a restriction may have
    /// started since the nomination) and is refused citing Art. 60.
    public func decide(_ id: AwardNomination.ID, award: Bool, note: String, by person: Person) async throws -> AwardNomination {
        guard AwardsAccess.mayDecide(person) else { throw Self.notOfficer() }
        let at = now()
        try AwardSchemeRules.decision.validate(note, at: at)
        guard let existing = try await AwardNominationRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: Self.objectNomination) }
        let nomination = try existing.toDomain()
        guard nomination.state == .nominated else {
            throw DomainError.forbidden(LocalizedText(zh: "该提名已评定", en: "This nomination has been decided"), basis: nil)
        }
        if award {
            let decision = try await IntegrityService(db: db, now: now).check(nomination.nominee, .awards, at: at)
            if !decision.isAllowed {
                _ = try await withWriteTransaction(on: db) { tx in
                    try await AuditChain.append(AuditEvent(
                        actor: person, action: "monitoring.award.award_refused", objectType: Self.objectNomination, objectID: id.rawValue.uuidString,
                        summary: "\(nomination.nomineeName) · \(decision.reason.zh) / \(decision.reason.en)", basis: decision.basis), on: tx, at: at)
                }
                throw DomainError.forbidden(decision.reason, basis: decision.basis)
            }
        }
        return try await withWriteTransaction(on: db) { tx in
            guard let row = try await AwardNominationRecord.find(id.rawValue, on: tx), row.version == nomination.version else {
                throw DomainError.staleVersion(entity: Self.objectNomination)
            }
            row.state = (award ? AwardNominationState.awarded : .notAwarded).rawValue
            row.decisionNote = Self.trimmed(note)
            row.decidedBy = person.id
            row.decidedAt = at
            row.version += 1
            try await row.update(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: person, action: "monitoring.award.decided", objectType: Self.objectNomination, objectID: id.rawValue.uuidString,
                summary: "\(nomination.nomineeName) → \(row.state): \(row.decisionNote ?? "")", basis: .art(12)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    public func nominations(scheme: AwardScheme.ID) async throws -> [AwardNomination] {
        try await AwardNominationRecord.query(on: db).filter(\.$schemeID == scheme.rawValue).sort(\.$createdAt).sort(\.$id).all().map { try $0.toDomain() }
    }

    /// The winners of every scheme (public): awarded nominations only.
    public func winners() async throws -> [AwardNomination] {
        try await AwardNominationRecord.query(on: db).filter(\.$state == AwardNominationState.awarded.rawValue).sort(\.$decidedAt).all().map { try $0.toDomain() }
    }

    static func name(of subject: IntegritySubject, on db: any Database) async throws -> String {
        switch subject {
        case .person(let id): return try await Directory(db: db).person(id).name
        case .organisation(let id): return try await Organisations(db: db).find(Organisation.ID(id)).nameZh
        }
    }
}
