import FluentKit
import Foundation
import Identity
import KechuangCore
import SQLKit
import Storage

/// Yearly enterprise profiles (Art. 23(1)): the enterprise enters and submits, the district
/// verifies (the tier reached is then stored) or returns with a note. Every write is audited.
public struct Profiles: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    var currentYear: Int { BeijingDay(containing: now()).year }

    /// The enterprises (organisations of type enterprise) the person acts for.
    public func enterprises(of person: Person) async throws -> [Organisation] {
        let viewer = EnterpriseAccess.Viewer(person)
        var out: [Organisation] = []
        for id in viewer.memberships.keys.sorted(by: { $0.uuidString < $1.uuidString }) where EnterpriseAccess.actsFor(viewer, enterprise: id) {
            let org = try await Organisations(db: db, now: now).find(Organisation.ID(id))
            if org.type == .enterprise { out.append(org) }
        }
        return out
    }

    func requireActsFor(_ person: Person, _ organisationID: UUID) async throws -> Organisation {
        guard EnterpriseAccess.actsFor(.init(person), enterprise: organisationID) else { throw DomainError.notFound(entity: "enterprise") }
        let org = try await Organisations(db: db, now: now).find(Organisation.ID(organisationID))
        guard org.type == .enterprise else { throw DomainError.notFound(entity: "enterprise") }
        return org
    }

    public func find(_ id: EnterpriseProfile.ID) async throws -> EnterpriseProfile {
        guard let row = try await ProfileRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: "enterprise_profile") }
        return try row.toDomain()
    }

    public func profile(of organisationID: UUID, year: Int) async throws -> EnterpriseProfile? {
        try await ProfileRecord.query(on: db).filter(\.$organisationID == organisationID).filter(\.$year == year).first()?.toDomain()
    }

    public func profiles(of organisationID: UUID) async throws -> [EnterpriseProfile] {
        try await ProfileRecord.query(on: db).filter(\.$organisationID == organisationID).sort(\.$year, .descending).all().map { try $0.toDomain() }
    }

    /// The latest verified profile of an enterprise.
    public func latestVerified(of organisationID: UUID) async throws -> EnterpriseProfile? {
        try await ProfileRecord.query(on: db).filter(\.$organisationID == organisationID).filter(\.$state == ProfileState.verified.rawValue)
            .sort(\.$year, .descending).first()?.toDomain()
    }

    /// The tier evaluation of a profile, under the criteria in force now.
    public func evaluation(_ profile: EnterpriseProfile) -> TierEvaluation {
        TierCriteria.evaluate(ProfileFacts(year: profile.year, figures: profile.figures), at: now())
    }

    /// Enters (or corrects) the year's figures: a new draft, or a draft or returned profile changed.
    public func save(_ organisationID: UUID, year: Int, _ figures: ProfileFigures, expectedVersion: Int?, by person: Person) async throws -> EnterpriseProfile {
        _ = try await requireActsFor(person, organisationID)
        let at = now()
        var figures = figures
        figures.industryCode = figures.industryCode.trimmingCharacters(in: .whitespaces).uppercased()
        figures.shareholders = figures.shareholders.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        try EnterpriseRules.profile.validate(.init(year: year, figures: figures, currentYear: currentYear), at: at)
        let json = try StoredJSON.encode(figures)
        let district = figures.district.rawValue
        return try await withWriteTransaction(on: db) { tx in
            let existing = try await ProfileRecord.query(on: tx).filter(\.$organisationID == organisationID).filter(\.$year == year).first()
            let row: ProfileRecord
            if let existing {
                guard [ProfileState.draft.rawValue, ProfileState.returned.rawValue].contains(existing.state) else {
                    throw DomainError.validation([FieldError(field: "year", rule: "profile.locked", message: LocalizedText(
                        zh: "该年度画像已提交或已核实，不能再修改", en: "This year's profile has been submitted or verified and can no longer be changed"), basis: EnterpriseRules.tiered)])
                }
                try await OptimisticLock.update(ProfileRecord.schema, id: try existing.requireID(), expectedVersion: expectedVersion ?? existing.version,
                                                entity: "enterprise_profile", on: tx) {
                    $0.set("figures_json", to: json).set("district", to: district).set("state", to: ProfileState.draft.rawValue).set("updated_at", to: at)
                }
                guard let fresh = try await ProfileRecord.find(try existing.requireID(), on: tx) else { throw DomainError.notFound(entity: "enterprise_profile") }
                row = fresh
            } else {
                row = ProfileRecord()
                row.id = UUID()
                row.organisationID = organisationID
                row.year = year
                row.figuresJSON = json
                row.district = district
                row.state = ProfileState.draft.rawValue
                row.note = ""
                row.version = 1
                row.createdAt = at
                row.updatedAt = at
                try await row.create(on: tx)
            }
            try await AuditChain.append(AuditEvent(actor: person, action: "enterprise.profile_saved", objectType: "enterprise_profile",
                                                   objectID: try row.requireID().uuidString, summary: "\(organisationID.uuidString) \(year)",
                                                   basis: EnterpriseRules.tiered), on: tx, at: at)
            return try row.toDomain()
        }
    }

    /// Sends a draft (or corrected) profile to the district.
    public func submit(_ id: EnterpriseProfile.ID, by person: Person) async throws -> EnterpriseProfile {
        let profile = try await find(id)
        _ = try await requireActsFor(person, profile.organisationID)
        guard profile.state == .draft || profile.state == .returned else {
            throw DomainError.validation([FieldError(field: "year", rule: "profile.submit.state", message: LocalizedText(
                zh: "只有草稿或退回的画像可以提交", en: "Only a draft or returned profile can be submitted"), basis: EnterpriseRules.tiered)])
        }
        return try await transition(profile, set: { $0.set("state", to: ProfileState.submitted.rawValue) }, by: person,
                                    action: "enterprise.profile_submitted", summary: "\(profile.year)")
    }

    /// Government departments (organisation id → district) the person works for.
    func departments(of person: Person) async throws -> [UUID: District] {
        var out: [UUID: District] = [:]
        for m in person.memberships where m.role == .departmentStaff {
            guard let id = m.organisationID else { continue }
            let org = try await Organisations(db: db, now: now).find(Organisation.ID(id))
            if org.type == .governmentDepartment { out[id] = org.district }
        }
        return out
    }

    /// Submitted profiles the person may verify (their department's district; all for the administrator).
    public func awaitingVerification(by person: Person) async throws -> [EnterpriseProfile] {
        let viewer = EnterpriseAccess.Viewer(person)
        let departments = try await departments(of: person)
        let rows = try await ProfileRecord.query(on: db).filter(\.$state == ProfileState.submitted.rawValue).sort(\.$updatedAt).limit(500).all()
        return try rows.map { try $0.toDomain() }.filter { EnterpriseAccess.verifies(viewer, district: $0.figures.district, departments: departments) }
    }

    /// The district verifies (the tier reached is stored with the profile) or returns it with a note.
    public func verify(_ id: EnterpriseProfile.ID, approve: Bool, note: String, by person: Person) async throws -> EnterpriseProfile {
        let profile = try await find(id)
        guard EnterpriseAccess.verifies(.init(person), district: profile.figures.district, departments: try await departments(of: person)) else {
            throw DomainError.notFound(entity: "enterprise_profile")
        }
        guard profile.state == .submitted else {
            throw DomainError.validation([FieldError(field: "decision", rule: "profile.verify.state", message: LocalizedText(
                zh: "只有待核实的画像可以核实或退回", en: "Only a profile awaiting verification can be verified or returned"), basis: EnterpriseRules.tiered)])
        }
        let cleanNote = String(note.trimmingCharacters(in: .whitespacesAndNewlines).prefix(2000))
        if !approve && cleanNote.isEmpty {
            throw DomainError.validation([FieldError(field: "note", rule: "profile.return.note", message: LocalizedText(
                zh: "退回时请写明需要更正的内容", en: "When returning a profile, say what needs correcting"), basis: EnterpriseRules.tiered)])
        }
        let tier = evaluation(profile).reached
        let at = now()
        return try await transition(profile, set: { b in
            approve ? b.set("state", to: ProfileState.verified.rawValue).set("tier", to: tier?.rawValue).set("verified_by", to: person.id)
                .set("verified_at", to: at).set("note", to: cleanNote)
                : b.set("state", to: ProfileState.returned.rawValue).set("note", to: cleanNote)
        }, by: person, action: approve ? "enterprise.profile_verified" : "enterprise.profile_returned",
           summary: "\(profile.year) \(approve ? (tier?.rawValue ?? "no_tier") : cleanNote)")
    }

    func transition(_ profile: EnterpriseProfile, set: @escaping @Sendable (SQLUpdateBuilder) -> SQLUpdateBuilder, by person: Person,
                    action: String, summary: String) async throws -> EnterpriseProfile {
        let at = now()
        return try await withWriteTransaction(on: db) { tx in
            try await OptimisticLock.update(ProfileRecord.schema, id: profile.id.rawValue, expectedVersion: profile.version, entity: "enterprise_profile", on: tx) {
                set($0).set("updated_at", to: at)
            }
            try await AuditChain.append(AuditEvent(actor: person, action: action, objectType: "enterprise_profile", objectID: profile.id.uuidString,
                                                   summary: summary, basis: EnterpriseRules.tiered), on: tx, at: at)
            guard let row = try await ProfileRecord.find(profile.id.rawValue, on: tx) else { throw DomainError.notFound(entity: "enterprise_profile") }
            return try row.toDomain()
        }
    }

    /// Verified profiles of a year as facts, straight from the columns (for matching every
    /// enterprise); the figures are decoded in slices on every core.
    public func verifiedFacts(year: Int) async throws -> [(organisationID: UUID, facts: ProfileFacts)] {
        guard let sql = db as? any SQLDatabase else { return [] }
        let rows = try await sql.select().columns("id", "organisation_id", "figures_json", "tier").from(ProfileRecord.schema)
            .where("year", .equal, year).where("state", .equal, ProfileState.verified.rawValue).all()
        typealias Raw = (id: UUID, organisationID: UUID, figures: String, tier: String?)
        let raws: [Raw] = try rows.map {
            (try $0.decode(column: "id", as: UUID.self), try $0.decode(column: "organisation_id", as: UUID.self),
             try $0.decode(column: "figures_json", as: String.self), try $0.decode(column: "tier", as: String?.self))
        }
        @Sendable func decode(_ slice: ArraySlice<Raw>) throws -> [(organisationID: UUID, facts: ProfileFacts)] {
            let decoder = JSONDecoder()
            return try slice.map { raw in
                let figures: ProfileFigures
                do { figures = try decoder.decode(ProfileFigures.self, from: Data(raw.figures.utf8)) } catch {
                    throw StoredDataError(table: ProfileRecord.schema, id: raw.id.uuidString, column: "figures_json", reason: "does not decode: \(error)")
                }
                let tier = try raw.tier.map { try StoredValue.decode(Tier.self, $0, table: ProfileRecord.schema, id: raw.id, column: "tier") }
                return (raw.organisationID, ProfileFacts(year: year, figures: figures, tierRank: tier?.rank ?? 0))
            }
        }
        let slices = max(1, min(ProcessInfo.processInfo.activeProcessorCount * 2, raws.count / 2_000 + 1))
        guard slices > 1 else { return try decode(raws[...]) }
        let size = (raws.count + slices - 1) / slices
        return try await withThrowingTaskGroup(of: (Int, [(organisationID: UUID, facts: ProfileFacts)]).self) { group in
            for s in 0..<slices where s * size < raws.count {
                let slice = raws[(s * size)..<min(raws.count, (s + 1) * size)]
                group.addTask { (s, try decode(slice)) }
            }
            var parts: [Int: [(organisationID: UUID, facts: ProfileFacts)]] = [:]
            for try await (s, part) in group { parts[s] = part }
            return (0..<slices).flatMap { parts[$0] ?? [] }
        }
    }
}
