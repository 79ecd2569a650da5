import Identity
import KechuangCore
import Plot
import Storage

struct TokensPage {
    let tokens: [AccessToken]
    var newSecret: String? = nil
    var name = ""
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(IdentityMsg.tokensTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(c(IdentityMsg.tokensTitle))),
            .p(.text(c(IdentityMsg.tokensIntro))),
            .unwrap(newSecret) { secret in
                .div(.class("notice"), .attribute(named: "role", value: "status"),
                     .p(.text(c(IdentityMsg.tokenCreatedOnce))), .p(.code(.id("new-token"), .text(secret))))
            },
            .if(tokens.isEmpty, .p(.text(c(IdentityMsg.tokenNone))), else: Components.scrollTable(label: c(IdentityMsg.tokensTitle),
                .thead(.tr(.th(.text(c(IdentityMsg.tokenName))), .th(.text(c(IdentityMsg.tokenPrefix))), .th(.text(c(IdentityMsg.tokenScopes))),
                           .th(.text(c(IdentityMsg.tokenCreatedAt))), .th(.text(c(IdentityMsg.tokenLastUsed))), .th(.text(c(IdentityMsg.tokenStatus))), .th(.text(c(.actions))))),
                .tbody(.forEach(tokens) { token in
                    .tr(
                        .td(Components.zh(token.name, c)),
                        .td(.code(.text(token.prefix + "…"))),
                        .td(.text(token.scopes.map(\.rawValue).sorted().joined(separator: ", "))),
                        .td(.text(c.format(token.createdAt))),
                        .td(.text(c.format(token.lastUsedAt))),
                        .td(.text(token.revokedAt == nil ? c(IdentityMsg.tokenActive) : c(IdentityMsg.tokenRevoked))),
                        .td(.if(token.revokedAt == nil, Components.form(action: IdentityURL.tokenRevoke(token.id).path, c,
                            Components.submit(c(IdentityMsg.tokenRevoke), secondary: true))))
                    )
                })
            )),
            .h2(.text(c(IdentityMsg.tokenCreate))),
            Components.form(action: IdentityURL.tokens.path, c,
                Components.textField(.init(name: "name", label: c(IdentityMsg.tokenName), value: name, required: true), errors: errors, c),
                .fieldset(
                    .id(Components.fieldID("scopes")),
                    .element(named: "legend", text: c(IdentityMsg.tokenScopes)),
                    .if(errors.contains { $0.field == "scopes" }, .p(.class("error-message"),
                        .text(errors.filter { $0.field == "scopes" }.map { Components.message($0, c) }.joined(separator: " ")))),
                    Components.checkbox(name: "scopes[]", value: "read", label: c(IdentityMsg.tokenScopeRead), checked: true),
                    Components.checkbox(name: "scopes[]", value: "write", label: c(IdentityMsg.tokenScopeWrite), checked: false)
                ),
                Components.submit(c(IdentityMsg.tokenCreate))
            )
        )).render()
    }
}
