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
            .p(.class("hint"), .text(c(IdentityMsg.personNoTitleNote))),
            Components.textField(.init(name: "name", label: c(IdentityMsg.personName), value: input.name, autocomplete: "name", required: true), errors: errors, c),
            Components.textField(.init(name: "email", label: c(IdentityMsg.personEmail), value: input.email, type: .email, autocomplete: "email", required: true), errors: errors, c),
            Components.textField(.init(name: "orcid", label: c(IdentityMsg.personORCID), hint: c(IdentityMsg.personORCIDHint), value: input.orcid ?? "", width: "width-20"), errors: errors, c),
            Components.textField(.init(name: "resident_id", label: c(IdentityMsg.personResidentID),
                                       hint: c(IdentityMsg.personResidentIDHint) + (masked.map { Components.parenthesised($0, c) } ?? ""),
                                       value: input.residentID ?? "", autocomplete: "off", width: "width-20"), errors: errors, c),
            Components.textField(.init(name: "nationality", label: c(IdentityMsg.personNationality), hint: c(IdentityMsg.personNationalityHint),
                                       value: input.nationality, autocomplete: "country", required: true, width: "width-4"), errors: errors, c),
            Components.textField(.init(name: "birth_year", label: c(IdentityMsg.personBirthYear), hint: c(IdentityMsg.personBirthYearHint),
                                       value: input.birthYear ?? "", autocomplete: "bday-year", width: "width-4"), errors: errors, c)
        )
    }

    static func roleOptions(_ c: PageContext) -> [(String, String)] { Components.options(Role.self, \.label, c) }

    static func organisationOptions(_ organisations: [Organisation], _ c: PageContext) -> [(String, String)] {
        [("platform", c(IdentityMsg.personPlatformWide))] + organisations.map { ($0.id.uuidString.lowercased(), $0.name(in: c.language)) }
    }
}
