import FluentKit
import Foundation
import Identity
import KechuangCore
import Storage

/// The registries of technology-transfer offices with their licensed technology managers, and of
/// proof-of-concept centres and pilot bases (Art. 32): registered and kept by a member of the
/// running organisation, public while active. Every refusal is audited with its article.
public struct TransferPlatforms: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    static func clean(_ s: String) -> String { s.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// An access refusal citing `basis`, audited as `market.<objectType>.refused` before it is thrown.
    static func refuse(_ zh: String, _ en: String, basis: LegalBasis, by person: Person, objectType: String, objectID: UUID,
                       on db: any Database, at: Date) async throws -> DomainError {
        try await withWriteTransaction(on: db) { tx in
            try await AuditChain.append(AuditEvent(actor: person, action: "market.\(objectType).refused", objectType: objectType, objectID: objectID.uuidString,
                                                   summary: en, basis: basis), on: tx, at: at)
        }
        return .forbidden(LocalizedText(zh: zh + "（\(basis.text(in: .zh))）", en: en + " (\(basis.text(in: .en)))"), basis: basis)
    }

    public func register(_ input: PlatformInput, by person: Person) async throws -> TransferPlatform {
        let at = now()
        let newID = UUID()
        try await MarketRefusals.validate(PlatformRules.platform, input, by: person, objectType: "platform", objectID: newID, on: db, at: at)
        guard let kind = input.kind, let organisation = input.organisationID, let district = input.district else { throw DomainError.notFound(entity: "organisation") }
        guard PlatformAccess.mayKeep(.init(person), for: organisation) else {
            throw try await Self.refuse("只有本单位人员可以登记本单位的平台", "Only members of the organisation register its platforms", basis: kind.basis,
                                        by: person, objectType: "platform", objectID: newID, on: db, at: at)
        }
        return try await withWriteTransaction(on: db) { tx in
            let row = PlatformRecord()
            row.id = newID
            row.kind = kind.rawValue
            row.organisationID = organisation
            row.name = Self.clean(input.name)
            row.summary = Self.clean(input.summary)
            row.fields = input.fields.map(\.rawValue).joined(separator: ",")
            row.services = input.services.map(\.rawValue).joined(separator: ",")
            row.capacity = Self.clean(input.capacity)
            row.fees = Self.clean(input.fees)
            row.district = district.rawValue
            row.contact = Self.clean(input.contact)
            row.status = PlatformStatus.active.rawValue
            row.createdBy = person.id
            row.createdAt = at
            row.updatedAt = at
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "market.platform.registered", objectType: "platform", objectID: newID.uuidString,
                                                   summary: "\(kind.rawValue) \(row.name)", basis: kind.basis), on: tx, at: at)
            return try row.toDomain()
        }
    }

    public func find(_ id: TransferPlatform.ID) async throws -> TransferPlatform {
        guard let row = try await PlatformRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: "platform") }
        return try row.toDomain()
    }

    /// Platforms by id in the order asked.
    public func platforms(_ ids: [TransferPlatform.ID]) async throws -> [TransferPlatform] {
        guard !ids.isEmpty else { return [] }
        let found = Dictionary(uniqueKeysWithValues: try await PlatformRecord.query(on: db).filter(\.$id ~~ ids.map(\.rawValue)).all()
            .map { try $0.toDomain() }.map { ($0.id, $0) })
        return ids.compactMap { found[$0] }
    }

    /// Active platforms, by name (optionally one kind, one field, one organisation).
    public func active(kind: PlatformKind? = nil, field: TechField? = nil, organisation: UUID? = nil, limit: Int) async throws -> [TransferPlatform] {
        let q = PlatformRecord.query(on: db).filter(\.$status == PlatformStatus.active.rawValue)
        if let kind { q.filter(\.$kind == kind.rawValue) }
        if let organisation { q.filter(\.$organisationID == organisation) }
        let all = try await q.sort(\.$name).all().map { try $0.toDomain() }
        return Array(all.filter { p in field.map { p.fields.contains($0) } ?? true }.prefix(limit))
    }

    /// The platforms of the organisations the person belongs to (active or closed).
    public func kept(by person: Person) async throws -> [TransferPlatform] {
        let orgs = Array(TradeAccess.Viewer(person).organisations)
        guard !orgs.isEmpty else { return [] }
        return try await PlatformRecord.query(on: db).filter(\.$organisationID ~~ orgs).sort(\.$name).all().map { try $0.toDomain() }
    }

    /// Closes a platform: it leaves the public registry and takes no new requests.
    public func close(_ id: TransferPlatform.ID, by person: Person) async throws -> TransferPlatform {
        let at = now()
        return try await withWriteTransaction(on: db) { tx in
            guard let row = try await PlatformRecord.find(id.rawValue, on: tx), PlatformAccess.mayKeep(.init(person), for: row.organisationID) else {
                throw DomainError.notFound(entity: "platform")
            }
            row.status = PlatformStatus.closed.rawValue
            row.updatedAt = at
            try await row.save(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "market.platform.closed", objectType: "platform", objectID: id.uuidString,
                                                   summary: row.name, basis: .art(32)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    // MARK: Technology managers

    public func addManager(_ input: ManagerInput, to id: TransferPlatform.ID, by person: Person) async throws -> TechnologyManager {
        let at = now()
        let platform = try await find(id)
        guard PlatformAccess.mayKeep(.init(person), for: platform.organisationID) else {
            throw try await Self.refuse("只有本单位人员可以登记本机构的技术经理人", "Only members of the organisation register its office's managers",
                                        basis: .art(32, 1), by: person, objectType: "platform", objectID: id.rawValue, on: db, at: at)
        }
        let facts = PlatformRules.ManagerFacts(input: input, kind: platform.kind, today: BeijingDay(containing: at))
        try await MarketRefusals.validate(PlatformRules.manager, facts, by: person, objectType: "tech_manager", objectID: id.rawValue, on: db, at: at)
        guard let until = input.licensedUntil else { throw DomainError.notFound(entity: "licence") }
        let number = Self.clean(input.licenceNumber).uppercased()
        if try await TechManagerRecord.query(on: db).filter(\.$platformID == id.rawValue).filter(\.$licenceNumber == number).first() != nil {
            throw DomainError.duplicate(field: "licence_number", message: LocalizedText(zh: "该证书编号已登记在本机构", en: "This licence number is already registered with the office"))
        }
        return try await withWriteTransaction(on: db) { tx in
            let row = TechManagerRecord()
            row.id = UUID()
            row.platformID = id.rawValue
            row.name = Self.clean(input.name)
            row.licenceNumber = number
            row.licensedUntil = until.description
            row.fields = input.fields.map(\.rawValue).joined(separator: ",")
            row.createdAt = at
            try await row.create(on: tx)
            let platformRow = try await PlatformRecord.find(id.rawValue, on: tx)
            platformRow?.updatedAt = at
            try await platformRow?.save(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "market.tech_manager.registered", objectType: "tech_manager",
                                                   objectID: try row.requireID().uuidString, summary: "\(number) until \(until)", basis: .art(32, 1)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    public func managers(of id: TransferPlatform.ID) async throws -> [TechnologyManager] {
        try await TechManagerRecord.query(on: db).filter(\.$platformID == id.rawValue).sort(\.$name).all().map { try $0.toDomain() }
    }

    public func removeManager(_ managerID: TechnologyManager.ID, by person: Person) async throws {
        let at = now()
        try await withWriteTransaction(on: db) { tx in
            guard let row = try await TechManagerRecord.find(managerID.rawValue, on: tx), let platform = try await PlatformRecord.find(row.platformID, on: tx),
                  PlatformAccess.mayKeep(.init(person), for: platform.organisationID) else { throw DomainError.notFound(entity: "tech_manager") }
            try await row.delete(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "market.tech_manager.removed", objectType: "tech_manager",
                                                   objectID: managerID.uuidString, summary: row.licenceNumber, basis: .art(32, 1)), on: tx, at: at)
        }
    }
}
