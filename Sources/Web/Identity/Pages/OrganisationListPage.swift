import Identity
import KechuangCore
import Plot

struct OrganisationListPage {
    let organisations: [Organisation]
    let search: String
    let page: Int
    let hasNext: Bool

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(.orgListTitle), content: .div(
            .h1(.text(c(.orgListTitle))),
            .if(c.can(.manageOrganisations), .p(.a(.class("button"), .href(IdentityURL.organisationNew.path), .text(c(.orgNew))))),
            .form(
                .class("search"), .method(.get), .action(IdentityURL.organisations.path),
                .label(.for("field-q"), .text(c(.search))),
                .input(.id("field-q"), .name("q"), .type(.search), .value(search)),
                .button(.type(.submit), .class("button button-secondary"), .text(c(.searchSubmit)))
            ),
            .if(organisations.isEmpty, .p(.text(c(.noResults))), else: .table(
                .thead(.tr(.th(.text(c(.orgNameZh))), .th(.text(c(.orgType))), .th(.text(c(.orgDistrict))), .th(.text(c(.orgUSCC))))),
                .tbody(.forEach(organisations) { org in
                    .tr(
                        .td(.a(.href(IdentityURL.organisation(org.id).path), .text(org.name(in: c.language)))),
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
