import Identity
import KechuangCore
import Plot

struct OrganisationFormPage {
    /// nil when registering a new organisation.
    let organisation: Organisation?
    let input: OrganisationInput
    let version: Int
    let errors: [FieldError]
    let canEdit: Bool

    init(organisation: Organisation?, input: OrganisationInput? = nil, errors: [FieldError] = [], canEdit: Bool) {
        self.organisation = organisation
        self.input = input ?? organisation.map {
            OrganisationInput(nameZh: $0.nameZh, nameEn: $0.nameEn, type: $0.type.rawValue, ownership: $0.ownership.rawValue,
                              district: $0.district.rawValue, uscc: $0.uscc)
        } ?? OrganisationInput(nameZh: "", nameEn: "", type: "", ownership: "", district: "", uscc: "")
        self.version = organisation?.version ?? 0
        self.errors = errors
        self.canEdit = canEdit
    }

    func render(_ c: PageContext) -> String {
        let title = organisation.map { canEdit ? c(IdentityMsg.orgEdit) : $0.name(in: c.language) } ?? c(IdentityMsg.orgNew)
        let action = organisation.map { IdentityURL.organisation($0.id.rawValue).path } ?? IdentityURL.organisations.path
        return Layout(context: c, title: title, content: .div(
            .class("narrow"),
            Components.errorSummary(errors, c),
            .h1(Components.lang(of: title, c), .text(title)),
            .if(canEdit, Components.form(action: action, c,
                .input(.type(.hidden), .name("version"), .value(String(version))),
                Components.textField(.init(name: "name_zh", label: c(IdentityMsg.orgNameZh), value: input.nameZh, required: true), errors: errors, c),
                Components.textField(.init(name: "name_en", label: c(IdentityMsg.orgNameEn) + Components.parenthesised(c(.optional), c), value: input.nameEn ?? ""), errors: errors, c),
                Components.selectField(name: "type", label: c(IdentityMsg.orgType), options: Components.options(OrganisationType.self, \.label, c),
                                       selected: input.type, errors: errors, c),
                Components.selectField(name: "ownership", label: c(IdentityMsg.orgOwnership), hint: c(IdentityMsg.orgOwnershipHint),
                                       options: Components.options(Ownership.self, \.label, c), selected: input.ownership, errors: errors, c),
                Components.selectField(name: "district", label: c(IdentityMsg.orgDistrict), options: Components.options(District.self, \.label, c),
                                       selected: input.district, errors: errors, c),
                Components.textField(.init(name: "uscc", label: c(IdentityMsg.orgUSCC), hint: c(IdentityMsg.orgUSCCHint), value: input.uscc,
                                           autocomplete: "off", required: true, width: "width-20"), errors: errors, c),
                Components.submit(c(.save))
            ), else: .unwrap(organisation) { org in
                .dl(
                    .dt(.text(c(IdentityMsg.orgType))), .dd(.text(c.text(org.type.label))),
                    .dt(.text(c(IdentityMsg.orgOwnership))), .dd(.text(c.text(org.ownership.label))),
                    .dt(.text(c(IdentityMsg.orgDistrict))), .dd(.text(c.text(org.district.label))),
                    .dt(.text(c(IdentityMsg.orgUSCC))), .dd(.code(.text(org.uscc)))
                )
            }),
            .p(.a(.href(IdentityURL.organisations.path), .text(c(.back))))
        )).render()
    }
}
