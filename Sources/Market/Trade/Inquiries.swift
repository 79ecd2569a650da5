import FluentKit
import Foundation
import Identity
import KechuangCore
import Storage

/// Inquiries between the parties through the platform (Art. 36): opened on a supply (from a demand
/// or not), messages by members of either organisation, every step audited; the offering side
/// records a deal, and the contract submitted for registration names the inquiry.
public struct Inquiries: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    /// Opens an inquiry on `supply` for `organisation` (one the person belongs to) with a first message.
    public func open(supply supplyID: TechSupply.ID, demand demandID: TechDemand.ID?, from organisation: UUID?, message: String,
                     by person: Person) async throws -> Inquiry {
        let at = now()
        let supply = try await TechListings(db: db, now: now).supply(supplyID)
        var from = organisation
        if let demandID {
            let demand = try await TechListings(db: db, now: now).demand(demandID)
            from = demand.organisationID
        }
        guard let from, TradeAccess.mayList(.init(person), for: from), from != supply.organisationID, supply.status == .open else {
            throw TechListings.refusal("只有需求方单位的人员可以就开放的技术成果发起洽谈", "Only members of an asking organisation open an inquiry on an open technology")
        }
        try TradeRules.message.validate(message, at: at)
        return try await withWriteTransaction(on: db) { tx in
            let row = InquiryRecord()
            row.id = UUID()
            row.supplyID = supplyID.rawValue
            row.demandID = demandID?.rawValue
            row.fromOrganisationID = from
            row.toOrganisationID = supply.organisationID
            row.openedBy = person.id
            row.status = InquiryStatus.open.rawValue
            row.messages = try InquiryRecord.encode([InquiryMessage(authorID: person.id, authorName: person.name, organisationID: from,
                                                                    body: TechListings.clean(message), at: at)])
            row.createdAt = at
            row.updatedAt = at
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "market.inquiry.opened", objectType: "market_inquiry",
                                                   objectID: try row.requireID().uuidString, summary: "supply \(supplyID.uuidString)", basis: .art(36)),
                                        on: tx, at: at)
            return try row.toDomain()
        }
    }

    public func find(_ id: Inquiry.ID, as person: Person) async throws -> Inquiry {
        guard let row = try await InquiryRecord.find(id.rawValue, on: db),
              TradeAccess.may(.view, .init(person), from: row.fromOrganisationID, to: row.toOrganisationID) else { throw DomainError.notFound(entity: "inquiry") }
        return try row.toDomain()
    }

    /// The inquiries of the person's organisations, newest first.
    public func mine(_ person: Person) async throws -> [Inquiry] {
        let orgs = Array(TradeAccess.Viewer(person).organisations)
        guard !orgs.isEmpty else { return [] }
        return try await InquiryRecord.query(on: db).group(.or) { $0.filter(\.$fromOrganisationID ~~ orgs).filter(\.$toOrganisationID ~~ orgs) }
            .sort(\.$updatedAt, .descending).limit(200).all().map { try $0.toDomain() }
    }

    public func write(_ id: Inquiry.ID, _ message: String, by person: Person) async throws -> Inquiry {
        let at = now()
        try TradeRules.message.validate(message, at: at)
        return try await withWriteTransaction(on: db) { tx in
            guard let row = try await InquiryRecord.find(id.rawValue, on: tx),
                  TradeAccess.may(.view, .init(person), from: row.fromOrganisationID, to: row.toOrganisationID) else { throw DomainError.notFound(entity: "inquiry") }
            guard TradeAccess.may(.write, .init(person), from: row.fromOrganisationID, to: row.toOrganisationID), row.status == InquiryStatus.open.rawValue else {
                throw TechListings.refusal("只有双方单位的人员可以在洽谈中留言", "Only members of the two organisations write in an open inquiry")
            }
            var inquiry = try row.toDomain()
            let viewer = TradeAccess.Viewer(person)
            let side = viewer.organisations.contains(row.toOrganisationID) ? row.toOrganisationID : row.fromOrganisationID
            inquiry.messages.append(InquiryMessage(authorID: person.id, authorName: person.name, organisationID: side, body: TechListings.clean(message), at: at))
            row.messages = try InquiryRecord.encode(inquiry.messages)
            row.updatedAt = at
            try await row.save(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "market.inquiry.message", objectType: "market_inquiry",
                                                   objectID: id.uuidString, summary: "\(inquiry.messages.count) messages", basis: .art(36)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    /// The offering side records that a deal was agreed: the inquiry closes as a deal, and its
    /// contract is then submitted for registration (`TechnologyContracts.submit`, naming the inquiry).
    public func agree(_ id: Inquiry.ID, by person: Person) async throws -> Inquiry {
        let at = now()
        return try await withWriteTransaction(on: db) { tx in
            guard let row = try await InquiryRecord.find(id.rawValue, on: tx),
                  TradeAccess.may(.view, .init(person), from: row.fromOrganisationID, to: row.toOrganisationID) else { throw DomainError.notFound(entity: "inquiry") }
            guard TradeAccess.may(.agree, .init(person), from: row.fromOrganisationID, to: row.toOrganisationID), row.status == InquiryStatus.open.rawValue else {
                throw TechListings.refusal("只有技术提供方可以确认成交", "Only the offering side records the deal")
            }
            row.status = InquiryStatus.deal.rawValue
            row.updatedAt = at
            try await row.save(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "market.inquiry.deal", objectType: "market_inquiry",
                                                   objectID: id.uuidString, summary: "deal agreed", basis: .art(36)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    /// Links the contract submitted from a deal (inside the submission's transaction).
    static func link(_ id: UUID, contract: UUID, on tx: any Database, at: Date) async throws {
        guard let row = try await InquiryRecord.find(id, on: tx) else { return }
        row.contractID = contract
        row.updatedAt = at
        try await row.save(on: tx)
    }
}
