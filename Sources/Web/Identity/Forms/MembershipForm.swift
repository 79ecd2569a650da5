import Foundation
import Identity
import KechuangCore
import Vapor

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
