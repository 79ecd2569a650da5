import FluentKit
import Foundation
import Grants
import Identity
import KechuangCore
import Storage

/// Supplies and demands of the technology market (Art. 36): listed by a member of the organisation,
/// withdrawn by one, public while open. A supply may offer an output of the results register of a
/// funded project; then it must be the owner organisation's, as the register says.
public struct TechListings: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    static func clean(_ s: String) -> String { s.trimmingCharacters(in: .whitespacesAndNewlines) }

    static func refusal(_ zh: String, _ en: String) -> DomainError {
        .forbidden(LocalizedText(zh: zh + "（第三十六条）", en: en + " (Art. 36)"), basis: .art(36))
    }

    // MARK: Supplies

    public func offer(_ input: SupplyInput, by person: Person) async throws -> TechSupply {
        let at = now()
        try TradeRules.supply.validate(input, at: at)
        guard let organisation = input.organisationID, let field = input.field, let trl = input.trl else { throw DomainError.notFound(entity: "organisation") }
        guard TradeAccess.mayList(.init(person), for: organisation) else {
            throw Self.refusal("只有本单位人员可以发布本单位的技术成果", "Only members of the organisation list its technologies")
        }
        var patents = input.patents.map(Self.clean).filter { !$0.isEmpty }
        if let resultID = input.resultID {
            guard let project = input.resultProjectID,
                  let output = try await Outputs(db: db, now: now).list(project: Project.ID(project), as: person).first(where: { $0.id.rawValue == resultID }),
                  output.ownerOrganisationID == organisation else {
                throw DomainError.validation([FieldError(field: "result_id", rule: "supply.result.owner",
                                                         message: LocalizedText(zh: "所选成果须为本单位在成果登记中的成果（第三十六条）",
                                                                                en: "The result must be one the results register lists for this organisation (Art. 36)"),
                                                         basis: .art(36))])
            }
            if output.kind == .patent, !patents.contains(output.identifier) { patents.append(output.identifier) }
        }
        let listed = patents
        return try await withWriteTransaction(on: db) { tx in
            let row = SupplyRecord()
            row.id = UUID()
            row.organisationID = organisation
            row.title = Self.clean(input.title)
            row.summary = Self.clean(input.summary)
            row.field = field.rawValue
            row.trl = trl
            row.patents = listed.joined(separator: "\n")
            row.modes = input.modes.map(\.rawValue).joined(separator: ",")
            row.priceGuidance = Self.clean(input.priceGuidance)
            row.resultID = input.resultID
            row.status = ListingStatus.open.rawValue
            row.createdBy = person.id
            row.createdAt = at
            row.updatedAt = at
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "market.supply.listed", objectType: "market_supply",
                                                   objectID: try row.requireID().uuidString, summary: "\(field.rawValue) TRL\(trl) \(row.title)", basis: .art(36)),
                                        on: tx, at: at)
            return try row.toDomain()
        }
    }

    public func supply(_ id: TechSupply.ID) async throws -> TechSupply {
        guard let row = try await SupplyRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: "supply") }
        return try row.toDomain()
    }

    /// Supplies by id in the order asked (open or not).
    public func supplies(_ ids: [TechSupply.ID]) async throws -> [TechSupply] {
        guard !ids.isEmpty else { return [] }
        let found = Dictionary(uniqueKeysWithValues: try await SupplyRecord.query(on: db).filter(\.$id ~~ ids.map(\.rawValue)).all()
            .map { try $0.toDomain() }.map { ($0.id, $0) })
        return ids.compactMap { found[$0] }
    }

    /// Open supplies, newest first (optionally one field or one organisation).
    public func openSupplies(field: TechField? = nil, organisation: UUID? = nil, limit: Int) async throws -> [TechSupply] {
        let q = SupplyRecord.query(on: db).filter(\.$status == ListingStatus.open.rawValue)
        if let field { q.filter(\.$field == field.rawValue) }
        if let organisation { q.filter(\.$organisationID == organisation) }
        return try await q.sort(\.$createdAt, .descending).limit(limit).all().map { try $0.toDomain() }
    }

    // MARK: Demands

    public func post(_ input: DemandInput, by person: Person) async throws -> TechDemand {
        let at = now()
        try TradeRules.demand.validate(.init(input: input, today: BeijingDay(containing: at)), at: at)
        guard let organisation = input.organisationID, let field = input.field else { throw DomainError.notFound(entity: "organisation") }
        guard TradeAccess.mayList(.init(person), for: organisation) else {
            throw Self.refusal("只有本单位人员可以发布本单位的技术需求", "Only members of the organisation post its needs")
        }
        return try await withWriteTransaction(on: db) { tx in
            let row = DemandRecord()
            row.id = UUID()
            row.organisationID = organisation
            row.title = Self.clean(input.title)
            row.problem = Self.clean(input.problem)
            row.field = field.rawValue
            row.budget = input.budget.map { Int64($0) }
            row.deadline = input.deadline?.description
            row.minimumTRL = input.minimumTRL
            row.status = ListingStatus.open.rawValue
            row.createdBy = person.id
            row.createdAt = at
            row.updatedAt = at
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "market.demand.posted", objectType: "market_demand",
                                                   objectID: try row.requireID().uuidString, summary: "\(field.rawValue) \(row.title)", basis: .art(36)),
                                        on: tx, at: at)
            return try row.toDomain()
        }
    }

    public func demand(_ id: TechDemand.ID) async throws -> TechDemand {
        guard let row = try await DemandRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: "demand") }
        return try row.toDomain()
    }

    public func demands(_ ids: [TechDemand.ID]) async throws -> [TechDemand] {
        guard !ids.isEmpty else { return [] }
        let found = Dictionary(uniqueKeysWithValues: try await DemandRecord.query(on: db).filter(\.$id ~~ ids.map(\.rawValue)).all()
            .map { try $0.toDomain() }.map { ($0.id, $0) })
        return ids.compactMap { found[$0] }
    }

    public func openDemands(field: TechField? = nil, organisation: UUID? = nil, limit: Int) async throws -> [TechDemand] {
        let q = DemandRecord.query(on: db).filter(\.$status == ListingStatus.open.rawValue)
        if let field { q.filter(\.$field == field.rawValue) }
        if let organisation { q.filter(\.$organisationID == organisation) }
        return try await q.sort(\.$createdAt, .descending).limit(limit).all().map { try $0.toDomain() }
    }

    // MARK: Withdrawal

    public func withdraw(supply id: TechSupply.ID, by person: Person) async throws {
        let at = now()
        try await withWriteTransaction(on: db) { tx in
            guard let row = try await SupplyRecord.find(id.rawValue, on: tx), TradeAccess.mayList(.init(person), for: row.organisationID) else {
                throw DomainError.notFound(entity: "supply")
            }
            row.status = ListingStatus.withdrawn.rawValue
            row.updatedAt = at
            try await row.save(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "market.supply.withdrawn", objectType: "market_supply",
                                                   objectID: id.uuidString, summary: row.title, basis: .art(36)), on: tx, at: at)
        }
    }

    public func withdraw(demand id: TechDemand.ID, by person: Person) async throws {
        let at = now()
        try await withWriteTransaction(on: db) { tx in
            guard let row = try await DemandRecord.find(id.rawValue, on: tx), TradeAccess.mayList(.init(person), for: row.organisationID) else {
                throw DomainError.notFound(entity: "demand")
            }
            row.status = ListingStatus.withdrawn.rawValue
            row.updatedAt = at
            try await row.save(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "market.demand.withdrawn", objectType: "market_demand",
                                                   objectID: id.uuidString, summary: row.title, basis: .art(36)), on: tx, at: at)
        }
    }
}
