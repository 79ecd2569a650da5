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
            .h1(Components.zh(person.name, c)),
            .p(.text("\(c(IdentityMsg.personStatus)): \(person.disabled ? c(IdentityMsg.personDisabled) : c(IdentityMsg.personActive))")),
            .if(canManage, Components.form(action: IdentityURL.person(person.id).path, c,
                .input(.type(.hidden), .name("version"), .value(String(person.version))),
                PersonFields.nodes(input, masked: person.residentIDMasked, errors: errors, c),
                Components.submit(c(.save))
            ), else: .dl(
                .dt(.text(c(IdentityMsg.personEmail))), .dd(.text(person.email)),
                .dt(.text("ORCID")), .dd(.text(person.orcid ?? "—")),
                .dt(.text(c(IdentityMsg.personNationality))), .dd(.text(person.nationality))
            )),
            .h2(.text(c(IdentityMsg.personRoles))),
            Components.scrollTable(label: c(IdentityMsg.personRoles),
                .thead(.tr(.th(.text(c(IdentityMsg.personRole))), .th(.text(c(IdentityMsg.personOrganisation))), .if(canManage, .th(.text(c(.actions)))))),
                .tbody(.forEach(person.memberships) { m in
                    .tr(
                        .td(.text(c.text(m.role.label))),
                        .td(Components.zh(m.organisationName ?? c(IdentityMsg.personPlatformWide), c)),
                        .if(canManage, .td(Components.form(action: IdentityURL.personRolesRemove(person.id).path, c,
                            .input(.type(.hidden), .name("role"), .value(m.role.rawValue)),
                            .input(.type(.hidden), .name("organisation_id"), .value(m.organisationID?.uuidString.lowercased() ?? "platform")),
                            Components.submit(c(IdentityMsg.personRemoveRole), secondary: true))))
                    )
                })
            ),
            .if(canManage, .group(
                .h3(.text(c(IdentityMsg.personAddRole))),
                Components.form(action: IdentityURL.personRoles(person.id).path, c,
                    Components.selectField(name: "role", label: c(IdentityMsg.personRole), options: PersonFields.roleOptions(c), selected: nil, errors: [], c),
                    Components.selectField(name: "organisation_id", label: c(IdentityMsg.personOrganisation),
                                           options: PersonFields.organisationOptions(organisations, c), selected: nil, errors: [], c),
                    Components.submit(c(IdentityMsg.personAddRole), secondary: true)
                ),
                .h3(.text(c(IdentityMsg.personStatus))),
                Components.form(action: IdentityURL.personStatus(person.id).path, c,
                    .input(.type(.hidden), .name("disabled"), .value(person.disabled ? "false" : "true")),
                    Components.submit(person.disabled ? c(IdentityMsg.personEnable) : c(IdentityMsg.personDisable), secondary: true)
                )
            )),
            .p(.a(.href(IdentityURL.people.path), .text(c(.back))))
        )).render()
    }
}
