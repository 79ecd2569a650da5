import Identity
import KechuangCore
import Plot

struct PersonDetailPage {
    let person: Person
    var input: PersonInput? = nil
    var errors: [FieldError] = []
    let organisations: [Organisation]
    let canManage: Bool

    func render(_ c: PageContext) -> String {
        let input = self.input ?? PersonFields.input(from: person)
        return Layout(context: c, title: person.name, content: .div(
            .class("narrow"),
            Components.errorSummary(errors, c),
            .h1(.text(person.name)),
            .p(.text("\(c(.personStatus)): \(person.disabled ? c(.personDisabled) : c(.personActive))")),
            .if(canManage, Components.form(action: IdentityURL.person(person.id).path, c,
                .input(.type(.hidden), .name("version"), .value(String(person.version))),
                PersonFields.nodes(input, masked: person.residentIDMasked, errors: errors, c),
                Components.submit(c(.save))
            ), else: .dl(
                .dt(.text(c(.personEmail))), .dd(.text(person.email)),
                .dt(.text("ORCID")), .dd(.text(person.orcid ?? "—")),
                .dt(.text(c(.personNationality))), .dd(.text(person.nationality))
            )),
            .h2(.text(c(.personRoles))),
            .table(
                .thead(.tr(.th(.text(c(.personRole))), .th(.text(c(.personOrganisation))), .if(canManage, .th(.text(c(.actions)))))),
                .tbody(.forEach(person.memberships) { m in
                    .tr(
                        .td(.text(c.text(m.role.label))),
                        .td(.text(m.organisationName ?? c(.personPlatformWide))),
                        .if(canManage, .td(Components.form(action: IdentityURL.personRolesRemove(person.id).path, c,
                            .input(.type(.hidden), .name("role"), .value(m.role.rawValue)),
                            .input(.type(.hidden), .name("organisation_id"), .value(m.organisationID?.uuidString.lowercased() ?? "platform")),
                            Components.submit(c(.personRemoveRole), secondary: true))))
                    )
                })
            ),
            .if(canManage, .group(
                .h3(.text(c(.personAddRole))),
                Components.form(action: IdentityURL.personRoles(person.id).path, c,
                    Components.selectField(name: "role", label: c(.personRole), options: PersonFields.roleOptions(c), selected: nil, errors: [], c),
                    Components.selectField(name: "organisation_id", label: c(.personOrganisation),
                                           options: PersonFields.organisationOptions(organisations, c), selected: nil, errors: [], c),
                    Components.submit(c(.personAddRole), secondary: true)
                ),
                .h3(.text(c(.personStatus))),
                Components.form(action: IdentityURL.personStatus(person.id).path, c,
                    .input(.type(.hidden), .name("disabled"), .value(person.disabled ? "false" : "true")),
                    Components.submit(person.disabled ? c(.personEnable) : c(.personDisable), secondary: true)
                )
            )),
            .p(.a(.href(IdentityURL.people.path), .text(c(.back))))
        )).render()
    }
}
