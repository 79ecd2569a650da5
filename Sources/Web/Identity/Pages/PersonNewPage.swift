import Identity
import KechuangCore
import Plot

struct PersonNewPage {
    var input = PersonInput(name: "", email: "", nationality: "CN")
    var role = ""
    var organisationID = ""
    var errors: [FieldError] = []
    let organisations: [Organisation]

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(IdentityMsg.personNew), content: .div(
            .class("narrow"),
            Components.errorSummary(errors, c),
            .h1(.text(c(IdentityMsg.personNew))),
            Components.form(action: IdentityURL.people.path, c,
                PersonFields.nodes(input, masked: nil, errors: errors, c),
                Components.textField(.init(name: "password", label: c(IdentityMsg.personInitialPassword), hint: c.text(IdentityRules.passwordHint),
                                           type: .password, autocomplete: "new-password", required: true), errors: errors, c),
                Components.selectField(name: "role", label: c(IdentityMsg.personRole), options: PersonFields.roleOptions(c), selected: role, errors: errors, c),
                Components.selectField(name: "organisation_id", label: c(IdentityMsg.personOrganisation),
                                       options: PersonFields.organisationOptions(organisations, c), selected: organisationID, errors: errors, c),
                Components.submit(c(.save))
            ),
            .p(.a(.href(IdentityURL.people.path), .text(c(.back))))
        )).render()
    }
}
