import Foundation
import KechuangCore
import Plot
import Portal

/// `/funded/{number}`: one funded project for the public (Art. 56), at an address that stays the
/// same for the project's life, with schema.org `ResearchProject` metadata as JSON-LD.
struct PublicProjectPage {
    let project: PublicProject
    let base: String

    func render(_ c: PageContext) -> String {
        let p = project
        let title = Components.localizedText(zh: p.titleZh, en: p.titleEn, c)
        let colon = c.language == .zh ? "：" : ": "
        func row(_ label: PortalMsg, _ value: Node<HTML.BodyContext>) -> Node<HTML.TableContext> {
            .tr(.th(.attribute(named: "scope", value: "row"), .text(c(label))), .td(value))
        }
        return Layout(context: c, title: title, content: .div(
            .p(.class("caption"), .text(c(PortalMsg.pjNumber) + colon + p.number)),
            .h1(Components.lang(of: title, c), .text(title)),
            .if(c.language == .en && !p.titleEn.isEmpty, .p(Components.zh(p.titleZh, c))),
            .if(c.language == .zh && !p.titleEn.isEmpty, .p(.text(c(PortalMsg.pjTitleEn) + colon), Components.en(p.titleEn, c))),
            Components.scrollTable(label: title,
                .tbody(
                    row(.pjProgramme, Components.localized(zh: p.programmeZh, en: p.programmeEn, c)),
                    row(.pjYear, .text(String(p.year))),
                    row(.pjInstitution, .a(.href(PortalURL.institution(p.institutionID).path), Components.localized(zh: p.institutionZh, en: p.institutionEn, c))),
                    row(.pjDistrict, .text(PublicProjectComponents.district(p, c))),
                    row(.pjDiscipline, .text(p.discipline.isEmpty ? "—" : p.discipline)),
                    row(.pjPIName, .a(.href(PortalURL.investigator(p.piKey).path), Components.zh(p.piName, c))),
                    row(.pjAmount, .text(CallText.money(p.awardedAmount, c))),
                    row(.pjAwardDate, .text(p.awardDate.description)),
                    row(.pjPeriod, .text("\(p.startDate) – \(p.endDate)")),
                    row(.pjStatus, .text(PublicProjectComponents.status(p, c)))
                )
            ),
            .h2(.text(c(PortalMsg.pjAbstract))),
            .p(Components.zh(p.abstract.isEmpty ? "—" : p.abstract, c)),
            .if(!p.keywords.isEmpty, .p(.text(c(PortalMsg.pjKeywords) + colon), Components.zh(p.keywords.joined(separator: c.language == .zh ? "、" : ", "), c))),
            .h2(.text(c(PortalMsg.pjOutputs) + Components.parenthesised(String(p.outputs.count), c))),
            .if(p.outputs.isEmpty, .p(.text(c(PortalMsg.pjNoOutputs))), else: Components.scrollTable(label: c(PortalMsg.pjOutputs),
                .thead(.tr(.th(.text(c(PortalMsg.pjOutputKind))), .th(.text(c(PortalMsg.pjOutputTitle))), .th(.text(c(PortalMsg.pjIdentifier))),
                           .th(.text(c(PortalMsg.pjOutputYear))))),
                .tbody(.forEach(p.outputs) { o in
                    .tr(.td(.text(PublicProjectComponents.outputKind(o.kind, c))), .td(Components.zh(o.title, c)),
                        .td(identifier(o)), .td(.text(String(o.year))))
                }))),
            .ul(
                .li(.a(.href(PortalURL.institution(p.institutionID).path), .text(c(PortalMsg.pjMoreOfInstitution)))),
                .li(.a(.href(PortalURL.investigator(p.piKey).path), .text(c(PortalMsg.pjMoreOfPI)))),
                .li(.a(.href(PortalURL.projects.path), .text(c(PortalMsg.hpAllProjects))))
            ),
            .p(.class("hint"), .text(c(PortalMsg.pjStableURL) + colon), .a(.href(PortalURL.project(p.number).path), .text(base + PortalURL.project(p.number).path))),
            .p(.class("hint"), .text(c(PortalMsg.pjPersonalNote))),
            .raw(Self.jsonLD(p, base: base))
        )).render()
    }

    /// A DOI as a link to doi.org; other identifiers as text.
    func identifier(_ o: PublicOutput) -> Node<HTML.BodyContext> {
        guard o.kind == "paper" || o.kind == "dataset", o.identifier.hasPrefix("10.") else { return .text(o.identifier) }
        return .a(.href("https://doi.org/" + o.identifier), .text(o.identifier))
    }

    /// schema.org `ResearchProject` (with its funder, funding amount, dates and outputs) in a
    /// `<script type="application/ld+json">` data block; `<` is escaped so the text cannot close the element.
    static func jsonLD(_ p: PublicProject, base: String) -> String {
        let url = base + PortalURL.project(p.number).path
        var object: [String: Any] = [
            "@context": "https://schema.org",
            "@type": "ResearchProject",
            "@id": url,
            "url": url,
            "identifier": p.number,
            "name": p.titleZh,
            "alternateName": p.titleEn,
            "description": p.abstract,
            "keywords": p.keywords.joined(separator: ", "),
            "foundingDate": p.startDate.description,
            "dissolutionDate": p.endDate.description,
            "parentOrganization": ["@type": "Organization", "name": p.institutionZh, "url": base + PortalURL.institution(p.institutionID).path],
            "member": ["@type": "Person", "name": p.piName, "roleName": "Principal investigator"],
            "funding": ["@type": "Grant", "name": p.programmeZh, "identifier": p.number,
                        "amount": ["@type": "MonetaryAmount", "currency": "CNY", "value": p.awardedAmount]],
        ]
        if !p.outputs.isEmpty {
            object["subjectOf"] = p.outputs.map { o -> [String: Any] in
                ["@type": o.kind == "dataset" ? "Dataset" : o.kind == "software" ? "SoftwareSourceCode" : "CreativeWork",
                 "name": o.title, "identifier": o.identifier, "datePublished": String(o.year)]
            }
        }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        let json = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
        return "<script type=\"application/ld+json\">\(json)</script>"
    }
}

/// `/funded/institutions/{id}` and `/funded/investigators/{key}`: every funded project of one
/// institution or one PI, newest first, with the total awarded.
struct PublicProjectGroupPage {
    enum Kind { case institution, investigator }
    let kind: Kind
    let name: LocalizedText
    let result: ProjectSearchResult

    func render(_ c: PageContext) -> String {
        let heading = c(kind == .institution ? PortalMsg.pjInstitutionTitle : PortalMsg.pjPITitle)
        let shown = c.text(name)
        let total = result.projects.reduce(0) { $0 + $1.awardedAmount }
        let colon = c.language == .zh ? "：" : ": "
        return Layout(context: c, title: shown + " · " + heading, content: .div(
            .p(.class("caption"), .text(heading)),
            .h1(Components.lang(of: shown, c), .text(shown)),
            .p(.class("lead"), .text(c(kind == .institution ? PortalMsg.pjInstitutionIntro : PortalMsg.pjPIIntro))),
            .p(.text(c(PortalMsg.pjResults) + colon + String(result.total) + " · " + c(PortalMsg.pjTotalAmount) + colon + CallText.money(total, c))),
            .h2(.text(c(PortalMsg.pjResults))),
            .ol(.class("result-list"), .forEach(result.projects) { p in .li(PublicProjectComponents.summary(p, c)) }),
            .p(.a(.href(PortalURL.projects.path), .text(c(PortalMsg.hpAllProjects)))),
            .if(kind == .investigator, .p(.class("hint"), .text(c(PortalMsg.pjPersonalNote))))
        )).render()
    }
}
