import Foundation
import Identity
import KechuangCore
import Storage
import Vapor

/// The audit log over the JSON API: the entries, newest first, and the verification of the SM3
/// hash chain. The log is the shell's (`Storage.AuditChain`), written by every module.
enum AuditAPI: SiteRoute {
    case entries, verify

    var path: String {
        switch self {
        case .entries: "/api/v1/audit"
        case .verify: "/api/v1/audit/verify"
        }
    }
}

extension AuditAPI: ModuleAPI {
    static func register(on routes: any RoutesBuilder) { AuditAPIRoutes().register(on: routes) }
}

struct AuditAPIRoutes {
    static let pageSize = 50

    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, AuditAPI.entries, action: .viewAuditLog, use: entries)
        routes.on(.GET, AuditAPI.verify, action: .viewAuditLog, use: verify)
    }

    @Sendable func entries(req: Request) async throws -> Response {
        let q = AuditQuery(req)
        if !q.errors.isEmpty { throw DomainError.validation(q.errors) }
        let paging = try Pagination(req, size: Self.pageSize)
        let rows = try await AuditChain.list(q.filter, limit: paging.fetchLimit, offset: paging.offset, on: req.db)
        return try await PageJSON(items: rows.prefix(paging.limit).map(AuditEntryJSON.init), page: paging.page, has_next: paging.hasNext(fetched: rows.count))
            .encodeResponse(for: req)
    }

    @Sendable func verify(req: Request) async throws -> AuditVerificationJSON {
        let result = try await AuditChain.verify(on: req.db)
        return AuditVerificationJSON(intact: result.isIntact, count: result.count, problem: result.problem?.description)
    }
}

// MARK: JSON shapes

struct AuditEntryJSON: Content {
    let seq: Int64
    let id: UUID
    let at: Date
    let actor_id: UUID?
    let actor: String
    let action: String
    let object_type: String
    let object_id: String
    let summary: String
    let article: String?
    let standard: String?
    let prev_hash: String
    let hash: String

    init(_ e: AuditEntry) {
        seq = e.seq; id = e.id; at = e.at; actor_id = e.actorID; actor = e.actorLabel; action = e.action
        object_type = e.objectType; object_id = e.objectID; summary = e.summary; prev_hash = e.prevHash; hash = e.hash
        switch e.basis {
        case .article(let ref)?: article = ref.code; standard = nil
        case .standard(let name)?: article = nil; standard = name
        case nil: article = nil; standard = nil
        }
    }
}

struct AuditVerificationJSON: Content {
    let intact: Bool
    let count: Int
    let problem: String?
}
