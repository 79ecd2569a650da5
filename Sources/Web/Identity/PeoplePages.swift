import Identity
import KechuangCore
import Plot

/// The person fields shared by "add a person", "change a person" and "my profile".
enum PersonFields {
    static func input(from person: Person) -> PersonInput {
        PersonInput(name: person.name, email: person.email, orcid: person.orcid, residentID: nil,
                    nationality: person.nationality, birthYear: person.birthYear.map(String.init))
    }

    static func nodes(_ input: PersonInput, masked: String?, errors: [FieldError], _ c: PageContext) -> Node<HTML.FormContext> {
        .group(
            .p(.class("hint"), .text(c(.personNoTitleNote))),
            Components.textField(.init(name: "name", label: c(.personName), value: input.name, autocomplete: "name", required: true), errors: errors, c),
            Components.textField(.init(name: "email", label: c(.personEmail), value: input.email, type: .email, autocomplete: "email", required: true), errors: errors, c),
            Components.textField(.init(name: "orcid", label: c(.personORCID), hint: c(.personORCIDHint), value: input.orcid ?? "", width: "width-20"), errors: errors, c),
            Components.textField(.init(name: "resident_id", label: c(.personResidentID),
                                       hint: c(.personResidentIDHint) + (masked.map { c.language == .zh ? "（\($0)）" : " (\($0))" } ?? ""),
                                       value: input.residentID ?? "", autocomplete: "off", width: "width-20"), errors: errors, c),
            Components.textField(.init(name: "nationality", label: c(.personNationality), hint: c(.personNationalityHint),
                                       value: input.nationality, autocomplete: "country", required: true, width: "width-4"), errors: errors, c),
            Components.textField(.init(name: "birth_year", label: c(.personBirthYear), hint: c(.personBirthYearHint),
                                       value: input.birthYear ?? "", autocomplete: "bday-year", width: "width-4"), errors: errors, c)
        )
    }

    static func roleOptions(_ c: PageContext) -> [(String, String)] { Components.options(Role.self, \.label, c) }

    static func organisationOptions(_ organisations: [Organisation], _ c: PageContext) -> [(String, String)] {
        [("platform", c(.personPlatformWide))] + organisations.map { ($0.id.uuidString.lowercased(), $0.name(in: c.language)) }
    }
}

struct PeopleListPage {
    let people: [Person]
    let search: String
    let page: Int
    let hasNext: Bool

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(.peopleTitle), content: .div(
            .h1(.text(c(.peopleTitle))),
            .if(c.can(.managePeople), .p(.a(.class("button"), .href(IdentityURL.personNew.path), .text(c(.personNew))))),
            .form(
                .class("search"), .method(.get), .action(IdentityURL.people.path),
                .label(.for("field-q"), .text(c(.search))),
                .input(.id("field-q"), .name("q"), .type(.search), .value(search)),
                .button(.type(.submit), .class("button button-secondary"), .text(c(.searchSubmit)))
            ),
            .if(people.isEmpty, .p(.text(c(.noResults))), else: .table(
                .thead(.tr(.th(.text(c(.personName))), .th(.text(c(.personEmail))), .th(.text(c(.personRoles))), .th(.text(c(.personStatus))))),
                .tbody(.forEach(people) { person in
                    .tr(
                        .td(.a(.href(IdentityURL.person(person.id).path), .text(person.name))),
                        .td(.text(person.email)),
                        .td(.text(person.memberships.map { c.text($0.role.label) }.joined(separator: "、"))),
                        .td(.text(person.disabled ? c(.personDisabled) : c(.personActive)))
                    )
                })
            )),
            Components.pagination(page: page, hasNext: hasNext, link: {
                SiteURL.Link(path: IdentityURL.people.path, query: ["q": search, "page": String($0)]).string
            }, c)
        )).render()
    }
}

struct PersonNewPage {
    var input = PersonInput(name: "", email: "", nationality: "CN")
    var role = ""
    var organisationID = ""
    var errors: [FieldError] = []
    let organisations: [Organisation]

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(.personNew), content: .div(
            .class("narrow"),
            Components.errorSummary(errors, c),
            .h1(.text(c(.personNew))),
            Components.form(action: IdentityURL.people.path, c,
                PersonFields.nodes(input, masked: nil, errors: errors, c),
                Components.textField(.init(name: "password", label: c(.personInitialPassword), hint: c.text(IdentityRules.passwordHint),
                                           type: .password, autocomplete: "new-password", required: true), errors: errors, c),
                Components.selectField(name: "role", label: c(.personRole), options: PersonFields.roleOptions(c), selected: role, errors: errors, c),
                Components.selectField(name: "organisation_id", label: c(.personOrganisation),
                                       options: PersonFields.organisationOptions(organisations, c), selected: organisationID, errors: errors, c),
                Components.submit(c(.save))
            ),
            .p(.a(.href(IdentityURL.people.path), .text(c(.back))))
        )).render()
    }
}

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

struct ProfilePage {
    let person: Person
    var input: PersonInput? = nil
    var errors: [FieldError] = []
    var passwordErrors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let input = self.input ?? PersonFields.input(from: person)
        return Layout(context: c, title: c(.profileTitle), content: .div(
            .class("narrow"),
            Components.errorSummary(errors + passwordErrors, c),
            .h1(.text(c(.profileTitle))),
            Components.form(action: IdentityURL.profile.path, c,
                .input(.type(.hidden), .name("version"), .value(String(person.version))),
                PersonFields.nodes(input, masked: person.residentIDMasked, errors: errors, c),
                Components.submit(c(.save))
            ),
            .h2(.text(c(.passwordTitle))),
            Components.form(action: IdentityURL.profilePassword.path, c,
                Components.textField(.init(name: "current_password", label: c(.passwordCurrent), type: .password,
                                           autocomplete: "current-password", required: true), errors: passwordErrors, c),
                Components.textField(.init(name: "password", label: c(.passwordNew), hint: c.text(IdentityRules.passwordHint),
                                           type: .password, autocomplete: "new-password", required: true), errors: passwordErrors, c),
                Components.submit(c(.passwordChange), secondary: true)
            ),
            .h2(.text(c(.personRoles))),
            .ul(.forEach(person.memberships) { m in
                .li(.text(c.text(m.role.label)), .text(" — "), .text(m.organisationName ?? c(.personPlatformWide)))
            })
        )).render()
    }
}
