import Foundation
import Identity
import KechuangCore
import Monitoring
import Plot

/// What the international pages show: the entries a viewer may see and the directory's names.
struct InternationalView {
    let projects: [CooperationProject]
    let organisations: [IntlOrganisation]
    let bigScience: [BigScienceProgramme]
    let directory: [UUID: Organisation]
    let all: [Organisation]

    func name<C: HTML.BodyContext>(_ id: UUID?, _ c: PageContext) -> Node<C> {
        guard let id, let org = directory[id] else { return .text(c(InternationalMsg.icNoHost)) }
        return Components.localized(zh: org.nameZh, en: org.nameEn, c)
    }

    func projectHead(_ c: PageContext) -> [Node<HTML.TableRowContext>] {
        [.th(.text(c(InternationalMsg.icName))), .th(.text(c(InternationalMsg.icLead))), .th(.text(c(InternationalMsg.icPartnerList))),
         .th(.text(c(InternationalMsg.icField))), .th(.text(c(InternationalMsg.icPeriod))), .th(.text(c(InternationalMsg.icBasis))),
         .th(.text(c(InternationalMsg.icGrantProject)))]
    }

    func projectCells(_ p: CooperationProject, _ c: PageContext) -> [Node<HTML.TableRowContext>] {
        [.td(Components.localized(zh: p.titleZh, en: p.titleEn, c)),
         .td(name(p.leadOrganisationID, c)),
         .td(.ul(.forEach(p.partners) { partner in
             .li(Components.localized(zh: partner.nameZh, en: partner.nameEn, c),
                 .text(" (\(c.text(CountryCodes.name(partner.country))), \(c.text(partner.kind.label)))"))
         })),
         .td(Components.localized(zh: p.fieldZh, en: p.fieldEn, c)),
         .td(.text("\(p.startsOn) – \(p.endsOn?.description ?? "")")),
         .td(.text(Components.article(p.basis.article, c))),
         .td(.text(p.grantProjectNumber ?? ""))]
    }

    func organisationHead(_ c: PageContext) -> [Node<HTML.TableRowContext>] {
        [.th(.text(c(InternationalMsg.icName))), .th(.text(c(InternationalMsg.icKind))), .th(.text(c(InternationalMsg.icRegisteredOn))),
         .th(.text(c(InternationalMsg.icHost))), .th(.text(c(InternationalMsg.icFields))), .th(.text(c(InternationalMsg.icWebsite)))]
    }

    func organisationCells(_ o: IntlOrganisation, _ c: PageContext) -> [Node<HTML.TableRowContext>] {
        [.td(Components.localized(zh: o.nameZh, en: o.nameEn, c)), .td(.text(c.text(o.kind.label))), .td(.text(o.registeredOn.description)),
         .td(name(o.hostOrganisationID, c)), .td(Components.localized(zh: o.fieldsZh, en: o.fieldsEn, c)),
         .td(.a(.href(o.website), .attribute(named: "rel", value: "external noopener"), .text(o.website)))]
    }

    func bigScienceHead(_ c: PageContext) -> [Node<HTML.TableRowContext>] {
        [.th(.text(c(InternationalMsg.icName))), .th(.text(c(InternationalMsg.icRole))), .th(.text(c(InternationalMsg.icParticipants))),
         .th(.text(c(InternationalMsg.icStartYear)))]
    }

    func bigScienceCells(_ b: BigScienceProgramme, _ c: PageContext) -> [Node<HTML.TableRowContext>] {
        [.td(Components.localized(zh: b.nameZh, en: b.nameEn, c)), .td(.text(c.text(b.role.label))),
         .td(.ul(.forEach(b.participantIDs) { .li(name($0, c)) })), .td(.text(String(b.startYear)))]
    }
}

/// `/international`: the published registry (public).
struct InternationalRegistryPage {
    let view: InternationalView

    func render(_ c: PageContext) -> String {
        let v = view
        return Layout(context: c, title: c(InternationalMsg.icTitle), content: .div(
            .h1(.text(c(InternationalMsg.icTitle))),
            .p(.class("lead"), .text(c(InternationalMsg.icIntro))),
            .if(c.can(.manageInternational), .p(.a(.href(InternationalURL.manage.path), .text(c(InternationalMsg.icManageLink))))),
            .section(
                .h2(.text(c(InternationalMsg.icProjects))),
                .p(.a(.href(InternationalURL.projectsCSV.path), .text(c(InternationalMsg.icCSVLink)))),
                .if(v.projects.isEmpty, .p(.text(c(InternationalMsg.icNoneYet))), else: Components.scrollTable(label: c(InternationalMsg.icProjects),
                    .thead(.tr(.group(v.projectHead(c)))), .tbody(.forEach(v.projects) { .tr(.group(v.projectCells($0, c))) })))),
            .section(
                .h2(.text(c(InternationalMsg.icOrganisations))),
                .if(v.organisations.isEmpty, .p(.text(c(InternationalMsg.icNoneYet))), else: Components.scrollTable(label: c(InternationalMsg.icOrganisations),
                    .thead(.tr(.group(v.organisationHead(c)))), .tbody(.forEach(v.organisations) { .tr(.group(v.organisationCells($0, c))) })))),
            .section(
                .h2(.text(c(InternationalMsg.icBigScience))),
                .if(v.bigScience.isEmpty, .p(.text(c(InternationalMsg.icNoneYet))), else: Components.scrollTable(label: c(InternationalMsg.icBigScience),
                    .thead(.tr(.group(v.bigScienceHead(c)))), .tbody(.forEach(v.bigScience) { .tr(.group(v.bigScienceCells($0, c))) }))))
        )).render()
    }
}
