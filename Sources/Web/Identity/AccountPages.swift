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
        Layout(context: c, title: c(.tokensTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(c(.tokensTitle))),
            .p(.text(c(.tokensIntro))),
            .unwrap(newSecret) { secret in
                .div(.class("notice"), .attribute(named: "role", value: "status"),
                     .p(.text(c(.tokenCreatedOnce))), .p(.code(.id("new-token"), .text(secret))))
            },
            .if(tokens.isEmpty, .p(.text(c(.tokenNone))), else: .table(
                .thead(.tr(.th(.text(c(.tokenName))), .th(.text(c(.tokenPrefix))), .th(.text(c(.tokenScopes))),
                           .th(.text(c(.tokenCreatedAt))), .th(.text(c(.tokenLastUsed))), .th(.text(c(.tokenStatus))), .th(.text(c(.actions))))),
                .tbody(.forEach(tokens) { token in
                    .tr(
                        .td(.text(token.name)),
                        .td(.code(.text(token.prefix + "…"))),
                        .td(.text(token.scopes.map(\.rawValue).sorted().joined(separator: ", "))),
                        .td(.text(c.format(token.createdAt))),
                        .td(.text(c.format(token.lastUsedAt))),
                        .td(.text(token.revokedAt == nil ? c(.tokenActive) : c(.tokenRevoked))),
                        .td(.if(token.revokedAt == nil, Components.form(action: IdentityURL.tokenRevoke(token.id).path, c,
                            Components.submit(c(.tokenRevoke), secondary: true))))
                    )
                })
            )),
            .h2(.text(c(.tokenCreate))),
            Components.form(action: IdentityURL.tokens.path, c,
                Components.textField(.init(name: "name", label: c(.tokenName), value: name, required: true), errors: errors, c),
                .fieldset(
                    .id(Components.fieldID("scopes")),
                    .element(named: "legend", text: c(.tokenScopes)),
                    .if(errors.contains { $0.field == "scopes" }, .p(.class("error-message"),
                        .text(errors.filter { $0.field == "scopes" }.map { Components.message($0, c) }.joined(separator: " ")))),
                    Components.checkbox(name: "scopes[]", value: "read", label: c(.tokenScopeRead), checked: true),
                    Components.checkbox(name: "scopes[]", value: "write", label: c(.tokenScopeWrite), checked: false)
                ),
                Components.submit(c(.tokenCreate))
            )
        )).render()
    }
}

struct AuditPage {
    let entries: [AuditEntry]
    let actor: String
    let object: String
    let from: String
    let until: String
    let page: Int
    let hasNext: Bool
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(.auditTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(c(.auditTitle))),
            .p(.text(c(.auditIntro))),
            .form(
                .class("filters"), .method(.get), .action(SiteURL.audit.path),
                Components.textField(.init(name: "actor", label: c(.auditActor), hint: c(.auditActorHint), value: actor), errors: errors, c),
                Components.textField(.init(name: "object", label: c(.auditObject), hint: c(.auditObjectHint), value: object), errors: errors, c),
                Components.textField(.init(name: "from", label: c(.auditFrom), hint: c(.dateHint), value: from, type: .date), errors: errors, c),
                Components.textField(.init(name: "until", label: c(.auditUntil), hint: c(.dateHint), value: until, type: .date), errors: errors, c),
                Components.submit(c(.auditFilter), secondary: true)
            ),
            .if(entries.isEmpty, .p(.text(c(.auditEmpty))), else: .table(
                .class("audit"),
                .thead(.tr(.th(.text("#")), .th(.text(c(.auditTime))), .th(.text(c(.auditActor))), .th(.text(c(.auditAction))),
                           .th(.text(c(.auditObject))), .th(.text(c(.auditSummary))), .th(.text(c(.auditBasis))))),
                .tbody(.forEach(entries) { e in
                    .tr(
                        .td(.text(String(e.seq))),
                        .td(.text(c.format(e.at))),
                        .td(.text(e.actorLabel)),
                        .td(.code(.text(e.action))),
                        .td(.text("\(e.objectType) \(e.objectID)")),
                        .td(.text(e.summary)),
                        .td(.text(e.basis?.text(in: c.language) ?? "—"))
                    )
                })
            )),
            Components.pagination(page: page, hasNext: hasNext, link: {
                SiteURL.Link(path: SiteURL.audit.path, query: ["actor": actor, "object": object, "from": from, "until": until, "page": String($0)]).string
            }, c)
        )).render()
    }
}
