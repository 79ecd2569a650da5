import Identity
import KechuangCore
import Plot

struct ProfilePage {
    let person: Person
    var input: PersonInput? = nil
    var errors: [FieldError] = []
    var passwordErrors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let input = self.input ?? PersonFields.input(from: person)
        return Layout(context: c, title: c(IdentityMsg.profileTitle), content: .div(
            .class("narrow"),
            Components.errorSummary(errors + passwordErrors, c),
            .h1(.text(c(IdentityMsg.profileTitle))),
            Components.form(action: IdentityURL.profile.path, c,
                .input(.type(.hidden), .name("version"), .value(String(person.version))),
                PersonFields.nodes(input, masked: person.residentIDMasked, errors: errors, c),
                Components.submit(c(.save))
            ),
            .h2(.text(c(IdentityMsg.passwordTitle))),
            Components.form(action: IdentityURL.profilePassword.path, c,
                Components.textField(.init(name: "current_password", label: c(IdentityMsg.passwordCurrent), type: .password,
                                           autocomplete: "current-password", required: true), errors: passwordErrors, c),
                Components.textField(.init(name: "password", label: c(IdentityMsg.passwordNew), hint: c.text(IdentityRules.passwordHint),
                                           type: .password, autocomplete: "new-password", required: true), errors: passwordErrors, c),
                Components.submit(c(IdentityMsg.passwordChange), secondary: true)
            ),
            .h2(.text(c(IdentityMsg.personRoles))),
            .ul(.forEach(person.memberships) { m in
                .li(.text(c.text(m.role.label)), .text(" — "), Components.zh(m.organisationName ?? c(IdentityMsg.personPlatformWide), c))
            })
        )).render()
    }
}
