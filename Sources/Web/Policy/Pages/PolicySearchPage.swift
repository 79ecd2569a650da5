import KechuangCore
import Plot
import Policy
import Search

struct PolicySearchPage {
    let query: PolicySearchQuery
    let answer: PolicySearch.Answer?

    func render(_ c: PageContext) -> String {
        let results = answer?.results
        return Layout(context: c, title: c(PolicyMsg.policiesTitle), content: .div(
            .h1(.text(c(PolicyMsg.policiesTitle))),
            .p(.text(c(PolicyMsg.policiesIntro))),
            .form(
                .class("search"), .method(.get), .action(PolicyURL.policies.path), .attribute(named: "role", value: "search"),
                .div(
                    .class("field"),
                    .label(.for("field-q"), .text(c(PolicyMsg.policySearchLabel))),
                    .p(.class("hint"), .id("field-q-hint"), .text(c(PolicyMsg.policySearchHint))),
                    .input(.id("field-q"), .name("q"), .type(.search), .value(query.text), .class("input"),
                           .attribute(named: "aria-describedby", value: "field-q-hint"))
                ),
                .button(.type(.submit), .class("button"), .text(c(.searchSubmit)))
            ),
            .unwrap(answer?.expandedQuery) { .p(.class("hint"), .text("\(c(PolicyMsg.policyExpanded)) "), .strong(.text($0))) },
            .unwrap(results) { results in
                .div(
                    .class("with-facets"),
                    facets(results, c),
                    .section(
                        .class("results"),
                        .h2(.text("\(results.totalDocuments) \(c(PolicyMsg.policyResultsCount))")),
                        .if(results.hits.isEmpty, .p(.text(c(PolicyMsg.policyNoResults)))),
                        .ol(.class("results-list"), .forEach(results.hits) { hit in
                            .li(
                                .h3(.a(.href(PolicyURL.policy(hit.documentID).path + (hit.articleLabel.isEmpty ? "" : "#" + Self.anchor(hit.articleLabel))),
                                       Components.zh(hit.title, c))),
                                .if(!hit.articleLabel.isEmpty, .p(.class("article-label"), .a(.href(PolicyURL.policyArticle(hit.documentID, hit.articleLabel).path),
                                                                                               Components.zh(PolicyNames.articleLabel(hit.articleLabel, c), c)))),
                                .p(.class("snippet"), .attribute(named: "lang", value: c.language == .en ? "zh-CN" : nil),
                                   .raw(hit.snippet.html(escape: HTMLEscape.text)))
                            )
                        }),
                        Components.pagination(page: query.page, hasNext: query.page < Pagination.maxPage && query.page * query.limit < results.totalDocuments,
                                              link: { query.link(["page": String($0)]) }, c)
                    )
                )
            }
        )).render()
    }

    /// Facet lists as links: choosing a value filters; the chosen value has a link that removes it.
    private func facets(_ results: SearchResults, _ c: PageContext) -> Node<HTML.BodyContext> {
        let groups: [(String, PolicyMsg, String?)] = [
            ("level", .facetLevel, query.level), ("region", .facetRegion, query.region), ("year", .facetYear, query.year.map(String.init)),
            ("issuer", .facetIssuer, query.issuer), ("status", .facetStatus, query.status),
        ]
        return .aside(
            .class("facets"), .attribute(named: "aria-labelledby", value: "facets-title"),
            .h2(.id("facets-title"), .class("visually-hidden"), .text(c(PolicyMsg.facetsTitle))),
            .forEach(groups) { key, title, chosen in
                let counts = (results.facets[key] ?? [:]).sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(key == "year" ? 12 : 8)
                return .section(
                    .h3(.text(c(title))),
                    .ul(
                        .if(chosen != nil, .li(.a(.href(query.link([key: nil, "page": nil])), .text("✕ \(c(PolicyMsg.facetRemove))")))),
                        .forEach(Array(counts)) { value, count in
                            .li(.a(.href(query.link([key: value, "page": nil])),
                                   .attribute(named: "aria-current", value: chosen == value ? "true" : nil),
                                   PolicyNames.facet(key: key, value: value, c), .text(" (\(count))")))
                        },
                        .if(key == "status" && chosen != "any", .li(.a(.href(query.link(["status": "any", "page": nil])), .text(c(PolicyMsg.facetAny)))))
                    )
                )
            }
        )
    }

    /// `第五十条` → `art-50`, matching `PolicyArticle.anchor`.
    static func anchor(_ label: String) -> String {
        guard label.hasPrefix("第"), let end = label.firstIndex(of: "条") else { return "" }
        let number = LegalStructureParser.chineseNumber(label[label.index(after: label.startIndex)..<end]) ?? 0
        let rest = label[label.index(after: end)...]
        let suffix = rest.hasPrefix("之") ? LegalStructureParser.chineseNumber(rest.dropFirst()) : nil
        return "art-\(number)" + (suffix.map { "-\($0)" } ?? "")
    }
}
