import KechuangCore
import Plot
import Policy
import Search

struct PolicySearchPage {
    let query: PolicySearchQuery
    let answer: PolicySearch.Answer?

    func render(_ c: PageContext) -> String {
        let results = answer?.results
        return Layout(context: c, title: c(.policiesTitle), content: .div(
            .h1(.text(c(.policiesTitle))),
            .p(.text(c(.policiesIntro))),
            .form(
                .class("search"), .method(.get), .action(PolicyURL.policies.path), .attribute(named: "role", value: "search"),
                .div(
                    .class("field"),
                    .label(.for("field-q"), .text(c(.policySearchLabel))),
                    .p(.class("hint"), .id("field-q-hint"), .text(c(.policySearchHint))),
                    .input(.id("field-q"), .name("q"), .type(.search), .value(query.text), .class("input"),
                           .attribute(named: "aria-describedby", value: "field-q-hint"))
                ),
                .button(.type(.submit), .class("button"), .text(c(.searchSubmit)))
            ),
            .unwrap(answer?.expandedQuery) { .p(.class("hint"), .text("\(c(.policyExpanded)) "), .strong(.text($0))) },
            .unwrap(results) { results in
                .div(
                    .class("with-facets"),
                    facets(results, c),
                    .section(
                        .class("results"),
                        .h2(.text("\(results.totalDocuments) \(c(.policyResultsCount))")),
                        .if(results.hits.isEmpty, .p(.text(c(.policyNoResults)))),
                        .ol(.class("results-list"), .forEach(results.hits) { hit in
                            .li(
                                .h3(.a(.href(PolicyURL.policy(hit.documentID).path + (hit.articleLabel.isEmpty ? "" : "#" + Self.anchor(hit.articleLabel))),
                                       .text(hit.title))),
                                .if(!hit.articleLabel.isEmpty, .p(.class("article-label"), .a(.href(PolicyURL.policyArticle(hit.documentID, hit.articleLabel).path), .text(hit.articleLabel)))),
                                .p(.class("snippet"), .raw(hit.snippet.html(escape: HTMLEscape.text)))
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
        let groups: [(String, Msg, String?)] = [
            ("level", .facetLevel, query.level), ("region", .facetRegion, query.region), ("year", .facetYear, query.year.map(String.init)),
            ("issuer", .facetIssuer, query.issuer), ("status", .facetStatus, query.status),
        ]
        return .aside(
            .class("facets"), .attribute(named: "aria-label", value: c.language == .zh ? "筛选" : "Filters"),
            .forEach(groups) { key, title, chosen in
                let counts = (results.facets[key] ?? [:]).sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(key == "year" ? 12 : 8)
                return .section(
                    .h3(.text(c(title))),
                    .ul(
                        .if(chosen != nil, .li(.a(.href(query.link([key: nil, "page": nil])), .text("✕ \(c(.facetRemove))")))),
                        .forEach(Array(counts)) { value, count in
                            .li(.a(.href(query.link([key: value, "page": nil])),
                                   .attribute(named: "aria-current", value: chosen == value ? "true" : nil),
                                   .text("\(Self.facetLabel(key: key, value: value, c)) (\(count))")))
                        },
                        .if(key == "status" && chosen != "any", .li(.a(.href(query.link(["status": "any", "page": nil])), .text(c(.facetAny)))))
                    )
                )
            }
        )
    }

    static func facetLabel(key: String, value: String, _ c: PageContext) -> String {
        switch key {
        case "level": PolicyLevel(rawValue: value).map { c.text($0.label) } ?? value
        case "status": PolicyStatus(rawValue: value).map { c.text($0.label) } ?? value
        default: value
        }
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

struct PolicyDocumentPage {
    let document: PolicyDocument
    let articles: [PolicyArticle]
    let versions: [PolicyVersion]
    let citedRules: [CitedRule]

    func render(_ c: PageContext) -> String {
        let numbered = articles.filter { !$0.label.isEmpty }
        let chapters = document.chapters
        return Layout(context: c, title: document.titleZh, content: .div(
            .article(
                .class("policy"),
                .h1(.text(document.titleZh)),
                PolicyMeta.node(document, c),
                .if(!document.preamble.isEmpty, .p(.class("preamble"), .text(document.preamble))),
                .if(!chapters.isEmpty, .nav(
                    .class("toc"), .attribute(named: "aria-labelledby", value: "toc-title"),
                    .h2(.id("toc-title"), .text(c(.policyContents))),
                    .ol(.forEach(chapters) { chapter in
                        let first = numbered.first { $0.chapterLabel == chapter.label }
                        return .li(first.map { .a(.href("#" + $0.anchor), .text("\(chapter.label) \(chapter.title)")) } ?? .text("\(chapter.label) \(chapter.title)"))
                    })
                )),
                .forEach(Array(numbered.enumerated())) { index, article in
                    let startsChapter = article.chapterLabel != nil && (index == 0 || numbered[index - 1].chapterLabel != article.chapterLabel)
                    return .group(
                        .if(startsChapter, .h2(.class("chapter"), .text("\(article.chapterLabel ?? "") \(article.chapterTitle ?? "")"))),
                        PolicyArticleView.node(document: document, article: article, citedRules: citedRules.citing(article: article.number), c)
                    )
                }
            ),
            .if(versions.count > 1, .section(
                .h2(.text(c(.policyVersions))),
                .ul(.forEach(versions) { v in
                    .li(.a(.href(PolicyURL.policy(document.externalID).path + "?version=\(v.issueDate ?? "")"),
                           .text("\(v.issueDate ?? "—") · \(c.text(v.status.label))" + (v.isCurrent ? " (\(c(.policyCurrentVersion)))" : ""))))
                })
            ))
        )).render()
    }
}

struct PolicyArticlePage {
    let document: PolicyDocument
    let article: PolicyArticle
    let citedRules: [CitedRule]

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: "\(document.titleZh) \(article.label)", content: .div(
            .p(.class("hint"), .text("\(c(.policyArticleOf)) "), .a(.href(PolicyURL.policy(document.externalID).path), .text(document.titleZh))),
            PolicyMeta.node(document, c),
            PolicyArticleView.node(document: document, article: article, citedRules: citedRules, c, heading: true),
            .p(.a(.href(PolicyURL.policy(document.externalID).path + "#" + article.anchor), .text(c(.policyFullText))))
        )).render()
    }
}

enum PolicyMeta {
    static func node(_ document: PolicyDocument, _ c: PageContext) -> Node<HTML.BodyContext> {
        .dl(
            .class("meta"),
            .dt(.text(c(.policyIssuer))), .dd(.text(document.issuer.isEmpty ? "—" : document.issuer)),
            .dt(.text(c(.policyLevel))), .dd(.text(c.text(document.level.label))),
            .dt(.text(c(.policyRegion))), .dd(.text(document.region)),
            .dt(.text(c(.policyDate))), .dd(.text(document.issueDate ?? "—")),
            .dt(.text(c(.policyStatus))), .dd(.text(c.text(document.status.label)))
        )
    }
}

enum PolicyArticleView {
    static func node(document: PolicyDocument, article: PolicyArticle, citedRules: [CitedRule], _ c: PageContext, heading: Bool = false) -> Node<HTML.BodyContext> {
        .section(
            .class("legal-article"), .id(article.anchor),
            heading ? .h1(.text(article.label)) : .h3(.text(article.label)),
            .forEach(Array(article.paragraphs.enumerated())) { index, paragraph in
                .p(.id("\(article.anchor)-\(index + 1)"), .text(paragraph))
            },
            .p(.class("permalink"), .a(.href(PolicyURL.policyArticle(document.externalID, article.label).path), .text(c(.policyPermalink)))),
            .if(!citedRules.isEmpty, .div(
                .class("cited-by"),
                .h4(.text(c(.policyCitedBy))),
                .ul(.forEach(citedRules) { rule in
                    .li(.strong(.text(rule.article.text(in: c.language))), .text(" · \(c.text(rule.message)) "),
                        .code(.text(rule.id)), .text(" (\(c(.policyRuleModule)) \(rule.module))"))
                })
            ))
        )
    }
}
