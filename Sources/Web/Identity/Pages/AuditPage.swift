import Identity
import KechuangCore
import Plot
import Storage

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
        Layout(context: c, title: c(IdentityMsg.auditTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(c(IdentityMsg.auditTitle))),
            .p(.text(c(IdentityMsg.auditIntro))),
            .form(
                .class("filters"), .method(.get), .action(SiteURL.audit.path),
                Components.textField(.init(name: "actor", label: c(IdentityMsg.auditActor), hint: c(IdentityMsg.auditActorHint), value: actor), errors: errors, c),
                Components.textField(.init(name: "object", label: c(IdentityMsg.auditObject), hint: c(IdentityMsg.auditObjectHint), value: object), errors: errors, c),
                Components.textField(.init(name: "from", label: c(IdentityMsg.auditFrom), hint: c(.dateHint), value: from, type: .date), errors: errors, c),
                Components.textField(.init(name: "until", label: c(IdentityMsg.auditUntil), hint: c(.dateHint), value: until, type: .date), errors: errors, c),
                Components.submit(c(IdentityMsg.auditFilter), secondary: true)
            ),
            .if(entries.isEmpty, .p(.text(c(IdentityMsg.auditEmpty))), else: Components.scrollTable(label: c(IdentityMsg.auditTitle), class: "audit",
                .thead(.tr(.th(.text("#")), .th(.text(c(IdentityMsg.auditTime))), .th(.text(c(IdentityMsg.auditActor))), .th(.text(c(IdentityMsg.auditAction))),
                           .th(.text(c(IdentityMsg.auditObject))), .th(.text(c(IdentityMsg.auditSummary))), .th(.text(c(IdentityMsg.auditBasis))))),
                .tbody(.forEach(entries) { e in
                    .tr(
                        .td(.text(String(e.seq))),
                        .td(.text(c.format(e.at))),
                        .td(Components.zh(e.actorLabel, c)),
                        .td(.code(.text(e.action))),
                        .td(.text("\(e.objectType) \(e.objectID)")),
                        .td(Components.lang(of: e.summary, c), .text(e.summary)),
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
