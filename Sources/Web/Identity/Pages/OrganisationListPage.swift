import Identity
import KechuangCore
import Plot

struct OrganisationListPage {
    let organisations: [Organisation]
    let search: String
    let page: Int
    let hasNext: Bool

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(IdentityMsg.orgListTitle), content: .div(
            .h1(.text(c(IdentityMsg.orgListTitle))),
            .if(c.can(.manageOrganisations), .p(.a(.class("button"), .href(IdentityURL.organisationNew.path), .text(c(IdentityMsg.orgNew))))),
            .form(
                .class("search"), .method(.get), .action(IdentityURL.organisations.path),
                .label(.for("field-q"), .text(c(.search))),
                .input(.id("field-q"), .name("q"), .type(.search), .value(search)),
                .button(.type(.submit), .class("button button-secondary"), .text(c(.searchSubmit)))
            ),
            .if(organisations.isEmpty, .p(.text(c(.noResults))), else: Components.scrollTable(label: c(IdentityMsg.orgListTitle),
                .thead(.tr(.th(.text(c(IdentityMsg.orgNameZh))), .th(.text(c(IdentityMsg.orgType))), .th(.text(c(IdentityMsg.orgDistrict))), .th(.text(c(IdentityMsg.orgUSCC))))),
                .tbody(.forEach(organisations) { org in
                    .tr(
                        .td(.a(.href(IdentityURL.organisation(org.id.rawValue).path), Components.zh(org.name(in: c.language), c))),
                        .td(.text(c.text(org.type.label))),
                        .td(.text(c.text(org.district.label))),
                        .td(.code(.text(org.uscc)))
                    )
                })
            )),
            Components.pagination(page: page, hasNext: hasNext, link: {
                SiteURL.Link(path: IdentityURL.organisations.path, query: ["q": search, "page": String($0)]).string
            }, c)
        )).render()
    }
}
