import Identity
import KechuangCore
import Plot
import Vapor

struct LoginPage {
    var email = ""
    var next = ""
    var errors: [FieldError] = []
    var message: String? = nil

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(.loginTitle), content: .div(
            .class("narrow"),
            Components.errorSummary(errors, c),
            .h1(.text(c(.loginTitle))),
            .unwrap(message) { .p(.class("error-message"), .id("field-form"), .attribute(named: "role", value: "alert"), .text($0)) },
            Components.form(action: SiteURL.login.path, c,
                .input(.type(.hidden), .name("next"), .value(next)),
                Components.textField(.init(name: "email", label: c(.loginEmail), value: email, type: .email, autocomplete: "username", required: true), errors: errors, c),
                Components.textField(.init(name: "password", label: c(.loginPassword), type: .password, autocomplete: "current-password", required: true), errors: errors, c),
                .p(.class("hint"), .text(c(.loginLockoutHint))),
                Components.submit(c(.loginSubmit))
            )
        )).render()
    }
}
