import Foundation
import Identity
import Vapor

// The identity API's JSON shapes (snake_case, as `IdentityAPI+OpenAPI.swift` describes them).

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
        id = o.id.rawValue; name_zh = o.nameZh; name_en = o.nameEn; type = o.type.rawValue; ownership = o.ownership.rawValue
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

/// A person as `POST` / `PUT /api/v1/people…` receive them.
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
