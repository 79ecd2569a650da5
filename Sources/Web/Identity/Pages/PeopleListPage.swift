import Identity
import KechuangCore
import Plot

struct PeopleListPage {
    let people: [Person]
    let search: String
    let page: Int
    let hasNext: Bool

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(IdentityMsg.peopleTitle), content: .div(
            .h1(.text(c(IdentityMsg.peopleTitle))),
            .if(c.can(.managePeople), .p(.a(.class("button"), .href(IdentityURL.personNew.path), .text(c(IdentityMsg.personNew))))),
            .form(
                .class("search"), .method(.get), .action(IdentityURL.people.path),
                .label(.for("field-q"), .text(c(.search))),
                .input(.id("field-q"), .name("q"), .type(.search), .value(search)),
                .button(.type(.submit), .class("button button-secondary"), .text(c(.searchSubmit)))
            ),
            .if(people.isEmpty, .p(.text(c(.noResults))), else: Components.scrollTable(label: c(IdentityMsg.peopleTitle),
                .thead(.tr(.th(.text(c(IdentityMsg.personName))), .th(.text(c(IdentityMsg.personEmail))), .th(.text(c(IdentityMsg.personRoles))), .th(.text(c(IdentityMsg.personStatus))))),
                .tbody(.forEach(people) { person in
                    .tr(
                        .td(.a(.href(IdentityURL.person(person.id).path), Components.zh(person.name, c))),
                        .td(.text(person.email)),
                        .td(.text(person.memberships.map { c.text($0.role.label) }.joined(separator: c.language == .zh ? "、" : ", "))),
                        .td(.text(person.disabled ? c(IdentityMsg.personDisabled) : c(IdentityMsg.personActive)))
                    )
                })
            )),
            Components.pagination(page: page, hasNext: hasNext, link: {
                SiteURL.Link(path: IdentityURL.people.path, query: ["q": search, "page": String($0)]).string
            }, c)
        )).render()
    }
}
