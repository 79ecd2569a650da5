import FluentKit
import Foundation
import Identity
import KechuangCore
import Storage

/// Openings posted by enterprises and institutes, each against an entry of the catalogue in force (Art. 40).
public struct TalentOpenings: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    /// Posts an opening for an organisation whose research office the person is (or as the admin).
    public func post(_ input: OpeningInput, by person: Person) async throws -> Opening {
        let at = now()
        var entry: CatalogueEntry?
        if let entryID = input.entryID { entry = try? await TalentCatalogue(db: db, now: now).find(CatalogueEntry.ID(entryID)) }
        let current = try await entry.asyncMap { try await TalentCatalogue(db: db, now: now).isCurrent($0) } ?? false
        try TalentRules.opening.validate(.init(input: input, entryCurrent: current, today: BeijingDay(containing: at)), at: at)
        guard let organisation = input.organisationID, let entry, let district = input.district,
              TalentAccess.mayPost(.init(person), for: organisation) else {
            throw DomainError.forbidden(LocalizedText(zh: "只有招聘单位的科研管理部门可以发布本单位的岗位",
                                                      en: "Only the hiring organisation's research office posts its openings"), basis: .art(40))
        }
        return try await withWriteTransaction(on: db) { tx in
            let row = OpeningRecord()
            row.id = UUID()
            row.organisationID = organisation
            row.entryID = entry.id.rawValue
            row.entryCode = entry.code
            row.field = entry.field.rawValue
            row.titleZh = TalentCatalogue.clean(input.titleZh)
            row.titleEn = TalentCatalogue.clean(input.titleEn)
            row.description = TalentCatalogue.clean(input.description)
            row.district = district.rawValue
            row.closesOn = input.closesOn?.description
            row.status = OpeningStatus.open.rawValue
            row.postedBy = person.id
            row.createdAt = at
            row.updatedAt = at
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "talent.opening.posted", objectType: "talent_opening",
                                                   objectID: try row.requireID().uuidString, summary: "\(entry.code) \(row.titleZh)", basis: .art(40)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    /// Closes an opening (its organisation's research office, or the admin).
    public func close(_ id: Opening.ID, by person: Person) async throws -> Opening {
        let opening = try await find(id)
        guard TalentAccess.mayPost(.init(person), for: opening.organisationID) else { throw DomainError.notFound(entity: "opening") }
        let at = now()
        return try await withWriteTransaction(on: db) { tx in
            guard let row = try await OpeningRecord.find(id.rawValue, on: tx) else { throw DomainError.notFound(entity: "opening") }
            row.status = OpeningStatus.closed.rawValue
            row.updatedAt = at
            try await row.save(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "talent.opening.closed", objectType: "talent_opening",
                                                   objectID: id.uuidString, summary: row.titleZh, basis: .art(40)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    public func find(_ id: Opening.ID) async throws -> Opening {
        guard let row = try await OpeningRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: "opening") }
        return try row.toDomain()
    }

    /// Open openings by id, in the order asked.
    public func open(_ ids: [Opening.ID]) async throws -> [Opening] {
        guard !ids.isEmpty else { return [] }
        let found = Dictionary(uniqueKeysWithValues: try await OpeningRecord.query(on: db).filter(\.$id ~~ ids.map(\.rawValue))
            .filter(\.$status == OpeningStatus.open.rawValue).all().map { try $0.toDomain() }.map { ($0.id, $0) })
        return ids.compactMap { found[$0] }
    }

    /// Open openings by facet, newest first (a search without words).
    public func browse(field: TalentField? = nil, district: District? = nil, organisation: UUID? = nil, entryCode: String? = nil, limit: Int) async throws -> [Opening] {
        var q = OpeningRecord.query(on: db).filter(\.$status == OpeningStatus.open.rawValue)
        if let field { q = q.filter(\.$field == field.rawValue) }
        if let district { q = q.filter(\.$district == district.rawValue) }
        if let organisation { q = q.filter(\.$organisationID == organisation) }
        if let entryCode { q = q.filter(\.$entryCode == entryCode) }
        return try await q.sort(\.$createdAt, .descending).limit(limit).all().map { try $0.toDomain() }
    }

    /// The openings an organisation's research office keeps.
    public func kept(by person: Person) async throws -> [Opening] {
        let viewer = TalentAccess.Viewer(person)
        var q = OpeningRecord.query(on: db)
        if !viewer.roles.contains(.platformAdmin) {
            guard !viewer.researchOfficeOf.isEmpty else { return [] }
            q = q.filter(\.$organisationID ~~ Array(viewer.researchOfficeOf))
        }
        return try await q.sort(\.$createdAt, .descending).limit(500).all().map { try $0.toDomain() }
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
