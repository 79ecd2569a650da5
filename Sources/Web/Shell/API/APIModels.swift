import Foundation
import Identity
import Storage
import Vapor

// JSON shapes of the API (snake_case, as the OpenAPI document describes them).

struct OrganisationJSON: Content {
    let id: UUID
    let name_zh: String
    let name_en: String?
    let type: String
    let ownership: String
    let district: String
    let uscc: String
    let version: Int
    let created_at: Date
    let updated_at: Date

    init(_ o: Organisation) {
        id = o.id; name_zh = o.nameZh; name_en = o.nameEn; type = o.type.rawValue; ownership = o.ownership.rawValue
        district = o.district.rawValue; uscc = o.uscc; version = o.version; created_at = o.createdAt; updated_at = o.updatedAt
    }
}

struct MembershipJSON: Content {
    let role: String
    let organisation_id: UUID?
    let organisation_name: String?
}

struct PersonJSON: Content {
    let id: UUID
    let name: String
    let email: String
    let orcid: String?
    let resident_id_masked: String?
    let nationality: String
    let birth_year: Int?
    let disabled: Bool
    let roles: [MembershipJSON]
    let version: Int
    let created_at: Date

    init(_ p: Person) {
        id = p.id; name = p.name; email = p.email; orcid = p.orcid; resident_id_masked = p.residentIDMasked
        nationality = p.nationality; birth_year = p.birthYear; disabled = p.disabled; version = p.version; created_at = p.createdAt
        roles = p.memberships.map { MembershipJSON(role: $0.role.rawValue, organisation_id: $0.organisationID, organisation_name: $0.organisationName) }
    }
}

struct PersonBody: Content {
    var name: String?
    var email: String?
    var orcid: String?
    var resident_id: String?
    var nationality: String?
    var birth_year: Int?
    var password: String?
    var roles: [RoleBody]?
    var version: Int?

    struct RoleBody: Content {
        var role: String?
        var organisation_id: String?
    }

    var input: PersonInput {
        PersonInput(name: name ?? "", email: email ?? "", orcid: orcid, residentID: resident_id,
                    nationality: nationality ?? "", birthYear: birth_year.map(String.init))
    }
}

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

struct PageJSON<Item: Content>: Content {
    let items: [Item]
    let page: Int
    let has_next: Bool
}
