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
