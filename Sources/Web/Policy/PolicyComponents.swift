import KechuangCore
import Plot
import Policy
import Search

enum PolicyMeta {
    static func node(_ document: PolicyDocument, _ c: PageContext) -> Node<HTML.BodyContext> {
        .dl(
            .class("meta"),
            .dt(.text(c(PolicyMsg.policyIssuer))), .dd(document.issuer.isEmpty ? .text("—") : PolicyNames.facet(key: "issuer", value: document.issuer, c)),
            .dt(.text(c(PolicyMsg.policyLevel))), .dd(.text(c.text(document.level.label))),
            .dt(.text(c(PolicyMsg.policyRegion))), .dd(PolicyNames.facet(key: "region", value: document.region, c)),
            .dt(.text(c(PolicyMsg.policyDate))), .dd(.text(document.issueDate ?? "—")),
            .dt(.text(c(PolicyMsg.policyStatus))), .dd(.text(c.text(document.status.label)))
        )
    }
}

enum PolicyArticleView {
    /// One article: its label in the page's language as a heading (`level` 1 on its own page, 3 in
    /// a full text under chapter headings, 2 in one without chapters), its Chinese paragraphs marked
    /// `lang="zh-CN"` on English pages, the rules citing it under a heading one level below.
    static func node(document: PolicyDocument, article: PolicyArticle, citedRules: [CitedRule], _ c: PageContext, level: Int = 3) -> Node<HTML.BodyContext> {
        let label = Components.articleLabel(number: article.number, suffix: article.suffix, label: article.label, c)
        return .section(
            .class("legal-article"), .id(article.anchor),
            heading(level, Components.lang(of: label, c), .text(label)),
            .div(
                .attribute(named: "lang", value: c.language == .en ? "zh-CN" : nil),
                .forEach(Array(article.paragraphs.enumerated())) { index, paragraph in
                    .p(.id("\(article.anchor)-\(index + 1)"), .text(paragraph))
                }
            ),
            .p(.class("permalink"), .a(.href(PolicyURL.policyArticle(document.externalID, article.label).path), .text(c(PolicyMsg.policyPermalink)))),
            .if(!citedRules.isEmpty, .div(
                .class("cited-by"),
                heading(level + 1, .text(c(PolicyMsg.policyCitedBy))),
                .ul(.forEach(citedRules) { rule in
                    .li(.strong(.text(rule.article.text(in: c.language))), .text(" · \(c.text(rule.message)) "),
                        .code(.text(rule.id)), .text(" (\(c(PolicyMsg.policyRuleModule)) \(rule.module))"))
                })
            ))
        )
    }

    private static func heading(_ level: Int, _ nodes: Node<HTML.BodyContext>...) -> Node<HTML.BodyContext> {
        switch level {
        case ...1: .h1(.group(nodes))
        case 2: .h2(.group(nodes))
        case 3: .h3(.group(nodes))
        default: .h4(.group(nodes))
        }
    }
}
