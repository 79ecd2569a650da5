import Foundation
import KechuangCore
import Plot
import Portal

/// `/funded`: search the public funded projects (Art. 56) — words in Chinese or English, facets as
/// links with their counts, PI name, amount range, sort — and the results, 20 a page.
struct ProjectSearchPage {
    let query: ProjectSearchQuery
    let result: ProjectSearchResult

    static let facetNames: [(ProjectFacet, String, PortalMsg)] = [
        (.programme, "programme", .pjFacetProgramme), (.year, "year", .pjFacetYear), (.institution, "institution", .pjFacetInstitution),
        (.district, "district", .pjFacetDistrict), (.discipline, "discipline", .pjFacetDiscipline), (.status, "status", .pjFacetStatus),
        (.band, "band", .pjFacetBand),
    ]

    func render(_ c: PageContext) -> String {
        let errors = query.errors
        func v(_ k: String) -> String { query.items[k] ?? "" }
        let sorts = ProjectSort.allCases.map { ($0.rawValue, c.text($0.label)) }
        let hasNext = query.page * ProjectSearchQuery.pageSize < result.total
        return Layout(context: c, title: c(PortalMsg.pjSearchTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(c(PortalMsg.pjSearchTitle))),
            .p(.class("lead"), .text(c(PortalMsg.pjSearchIntro))),
            .form(.method(.get), .action(PortalURL.projects.path), .attribute(named: "role", value: "search"),
                .forEach(Self.facetNames.filter { !v($0.1).isEmpty }) { facet in .input(.type(.hidden), .name(facet.1), .value(v(facet.1))) },
                Components.textField(.init(name: "q", label: c(PortalMsg.pjSearchLabel), hint: c(PortalMsg.pjSearchHint), value: v("q")), errors: errors, c),
                Components.textField(.init(name: "pi", label: c(PortalMsg.pjPIFilter), value: v("pi"), width: "width-20"), errors: errors, c),
                Components.textField(.init(name: "amount_min", label: c(PortalMsg.pjAmountMin), hint: c(PortalMsg.pjAmountHint), value: v("amount_min"), width: "width-10"),
                                     errors: errors, c),
                Components.textField(.init(name: "amount_max", label: c(PortalMsg.pjAmountMax), value: v("amount_max"), width: "width-10"), errors: errors, c),
                Components.selectField(name: "sort", label: c(PortalMsg.pjSort), options: sorts, selected: v("sort"), errors: errors, c),
                Components.submit(c(PortalMsg.pjSearchButton))
            ),
            .unwrap(result.expandedQuery) { expanded in .p(.text(c(PortalMsg.pjExpanded)), Components.zh(expanded, c)) },
            .div(.class("columns"),
                .section(.class("facets"), .attribute(named: "aria-labelledby", value: "facets-heading"),
                    .h2(.id("facets-heading"), .text(c(PortalMsg.pjFilters))),
                    .if(!query.items.filter({ !$0.value.isEmpty }).isEmpty, .p(.a(.href(PortalURL.projects.path), .text(c(PortalMsg.pjClear))))),
                    .forEach(Self.facetNames) { facet in facetList(facet.0, name: facet.1, title: c(facet.2), c) }
                ),
                .section(.class("results"), .attribute(named: "aria-labelledby", value: "results-heading"),
                    .h2(.id("results-heading"), .text(c(PortalMsg.pjResults) + Components.parenthesised(String(result.total), c))),
                    .if(result.projects.isEmpty, .p(.text(c(PortalMsg.pjNoResults))), else: .ol(.class("result-list"),
                        .forEach(result.projects) { p in .li(PublicProjectComponents.summary(p, c)) })),
                    Components.pagination(page: query.page, hasNext: hasNext, link: { query.link(page: $0) }, c)
                )
            ),
            PublicProjectComponents.downloadLinks(c)
        )).render()
    }

    /// One facet: its values as links that choose them (the chosen one marked, with a link back to any value).
    func facetList(_ facet: ProjectFacet, name: String, title: String, _ c: PageContext) -> Node<HTML.BodyContext> {
        let values = result.facets[facet] ?? []
        let chosen = query.items[name] ?? ""
        guard !values.isEmpty else { return .empty }
        return .group(
            .h3(.text(title)),
            .ul(.class("facet"),
                .if(!chosen.isEmpty, .li(.a(.href(query.link(setting: name, to: nil)), .text(c(PortalMsg.pjAnyValue))))),
                .forEach(values.prefix(20)) { value in
                    let label = c.text(value.label)
                    let isChosen = chosen.lowercased() == value.value.lowercased()
                    return .li(isChosen
                        ? .strong(.attribute(named: "aria-current", value: "true"), Components.zh(label, c), .text(Components.parenthesised(String(value.count), c)))
                        : .a(.href(query.link(setting: name, to: value.value)), Components.zh(label, c), .text(Components.parenthesised(String(value.count), c))))
                }
            )
        )
    }
}
