import FluentKit
import Foundation
import Identity
import KechuangCore
import Storage

/// Service requests to transfer offices, proof-of-concept centres and pilot bases (Art. 32): a
/// member of the requesting organisation asks for one listed service; a member of the provider
/// accepts, declines with a reason, or records it completed. Every step and refusal is audited.
public struct PlatformRequests: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    public func request(_ input: ServiceRequestInput, of platformID: TransferPlatform.ID, by person: Person) async throws -> PlatformServiceRequest {
        let at = now()
        let platform = try await TransferPlatforms(db: db, now: now).find(platformID)
        let newID = UUID()
        try await MarketRefusals.validate(PlatformRules.request, .init(input: input, platform: platform), by: person, objectType: "platform_request",
                                          objectID: newID, on: db, at: at)
        guard let organisation = input.organisationID, let service = input.service,
              PlatformAccess.mayRequest(.init(person), from: organisation, of: platform) else {
            throw try await TransferPlatforms.refuse("只有其他单位的人员可以为本单位向平台申请服务", "Only members of another organisation request a platform's service for it",
                                                     basis: platform.kind.basis, by: person, objectType: "platform_request", objectID: newID, on: db, at: at)
        }
        return try await withWriteTransaction(on: db) { tx in
            let row = PlatformRequestRecord()
            row.id = newID
            row.platformID = platformID.rawValue
            row.providerOrganisationID = platform.organisationID
            row.service = service.rawValue
            row.requesterOrganisationID = organisation
            row.requestedBy = person.id
            row.description = TransferPlatforms.clean(input.description)
            row.status = ServiceRequestStatus.requested.rawValue
            row.providerNote = ""
            row.createdAt = at
            row.updatedAt = at
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "market.platform_request.submitted", objectType: "platform_request",
                                                   objectID: newID.uuidString, summary: "\(service.rawValue) of \(platformID.uuidString)", basis: platform.kind.basis),
                                        on: tx, at: at)
            return try row.toDomain()
        }
    }

    public func find(_ id: PlatformServiceRequest.ID, as person: Person) async throws -> PlatformServiceRequest {
        guard let row = try await PlatformRequestRecord.find(id.rawValue, on: db),
              PlatformAccess.may(.view, .init(person), requester: row.requesterOrganisationID, provider: row.providerOrganisationID) else {
            throw DomainError.notFound(entity: "platform_request")
        }
        return try row.toDomain()
    }

    /// Requests made by or to the person's organisations, newest first.
    public func mine(_ person: Person) async throws -> [PlatformServiceRequest] {
        let orgs = Array(TradeAccess.Viewer(person).organisations)
        guard !orgs.isEmpty else { return [] }
        return try await PlatformRequestRecord.query(on: db)
            .group(.or) { $0.filter(\.$requesterOrganisationID ~~ orgs).filter(\.$providerOrganisationID ~~ orgs) }
            .sort(\.$updatedAt, .descending).limit(200).all().map { try $0.toDomain() }
    }

    public enum Answer: String, Sendable, CaseIterable { case accept, decline, complete }

    /// The provider's answer. Accepting and declining answer a request awaiting one; completing
    /// closes an accepted one; a decline names its reason (`PlatformRules.decline`).
    public func answer(_ id: PlatformServiceRequest.ID, _ answer: Answer, note: String, by person: Person) async throws -> PlatformServiceRequest {
        let at = now()
        let note = TransferPlatforms.clean(note)
        guard let row = try await PlatformRequestRecord.find(id.rawValue, on: db),
              PlatformAccess.may(.view, .init(person), requester: row.requesterOrganisationID, provider: row.providerOrganisationID) else {
            throw DomainError.notFound(entity: "platform_request")
        }
        guard PlatformAccess.may(.answer, .init(person), requester: row.requesterOrganisationID, provider: row.providerOrganisationID) else {
            throw try await TransferPlatforms.refuse("只有提供服务的平台单位人员可以答复申请", "Only members of the providing organisation answer a request",
                                                     basis: .art(32), by: person, objectType: "platform_request", objectID: id.rawValue, on: db, at: at)
        }
        if answer == .decline {
            try await MarketRefusals.validate(PlatformRules.decline, note, by: person, objectType: "platform_request", objectID: id.rawValue, on: db, at: at)
        }
        let from: ServiceRequestStatus = answer == .complete ? .accepted : .requested
        let to: ServiceRequestStatus = switch answer { case .accept: .accepted; case .decline: .declined; case .complete: .completed }
        return try await withWriteTransaction(on: db) { tx in
            guard let row = try await PlatformRequestRecord.find(id.rawValue, on: tx) else { throw DomainError.notFound(entity: "platform_request") }
            guard row.status == from.rawValue else {
                throw DomainError.locked(LocalizedText(zh: "申请当前状态为“\(ServiceRequestStatus(rawValue: row.status)?.label.zh ?? row.status)”，不能\(answer == .complete ? "记为完成" : "再答复")",
                                                       en: "The request is \(ServiceRequestStatus(rawValue: row.status)?.label.en.lowercased() ?? row.status); it cannot be \(answer == .complete ? "completed" : "answered again")"))
            }
            row.status = to.rawValue
            if !note.isEmpty || answer != .complete { row.providerNote = note }
            row.decidedBy = person.id
            row.updatedAt = at
            try await row.save(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "market.platform_request.\(to.rawValue)", objectType: "platform_request",
                                                   objectID: id.uuidString, summary: note.isEmpty ? to.rawValue : String(note.prefix(200)), basis: .art(32)),
                                        on: tx, at: at)
            return try row.toDomain()
        }
    }
}
