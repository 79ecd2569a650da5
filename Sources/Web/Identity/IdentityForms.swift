import Foundation
import Identity
import KechuangCore
import Vapor

/// Forms arrive as `application/x-www-form-urlencoded`; each form type decodes with every field
/// optional, so a missing field becomes a field error rather than a 400 page.
/// The organisation form is also the API's JSON body: the field names are the same.
struct OrganisationForm: Content {
    var name_zh: String?
    var name_en: String?
    var type: String?
    var ownership: String?
    var district: String?
    var uscc: String?
    /// The version that was read (optimistic locking); required when changing.
    var version: Int?

    var input: OrganisationInput {
        OrganisationInput(nameZh: name_zh ?? "", nameEn: name_en, type: type ?? "", ownership: ownership ?? "",
                          district: district ?? "", uscc: uscc ?? "")
    }
}

struct PersonForm: Content {
    var name: String?
    var email: String?
    var orcid: String?
    var resident_id: String?
    var nationality: String?
    var birth_year: String?
    var password: String?
    var role: String?
    var organisation_id: String?
    var version: Int?

    var input: PersonInput {
        PersonInput(name: name ?? "", email: email ?? "", orcid: orcid, residentID: resident_id,
                    nationality: nationality ?? "", birthYear: birth_year)
    }
}

struct MembershipForm: Content {
    var role: String?
    var organisation_id: String?

    /// `organisation_id` is an organisation's id, or `platform` for a platform-wide role.
    func membership() throws -> Membership {
        var errors: [FieldError] = []
        let role = self.role.flatMap(Role.init(rawValue:))
        if role == nil {
            errors.append(FieldError(field: "role", rule: "membership.role.known", message: LocalizedText(zh: "请选择角色", en: "Select a role")))
        }
        let organisationID = organisation_id.flatMap { UUID(uuidString: $0) }
        if organisation_id != "platform" && organisationID == nil {
            errors.append(FieldError(field: "organisation_id", rule: "membership.organisation.known",
                                     message: LocalizedText(zh: "请选择所属机构或“全平台”", en: "Select an organisation, or platform-wide")))
        } else if role == .applicant && organisationID == nil {
            errors.append(FieldError(field: "organisation_id", rule: "membership.applicant.organisation",
                                     message: LocalizedText(zh: "申请人须隶属于一个机构", en: "An applicant belongs to an organisation: select it")))
        }
        guard let role, errors.isEmpty else { throw DomainError.validation(errors) }
        return Membership(organisationID: organisationID, role: role)
    }
}

extension Request {
    /// A path parameter that must be a UUID; anything else is a 404, not a crash.
    func idParameter() throws -> UUID {
        guard let raw = parameters.get("id"), let id = UUID(uuidString: raw) else { throw Abort(.notFound) }
        return id
    }
}
