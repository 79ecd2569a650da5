import KechuangCore
import Plot
import Policy
import Search

enum PolicyMeta {
    static func node(_ document: PolicyDocument, _ c: PageContext) -> Node<HTML.BodyContext> {
        .dl(
            .class("meta"),
            .dt(.text(c(PolicyMsg.policyIssuer))), .dd(.text(document.issuer.isEmpty ? "—" : document.issuer)),
            .dt(.text(c(PolicyMsg.policyLevel))), .dd(.text(c.text(document.level.label))),
            .dt(.text(c(PolicyMsg.policyRegion))), .dd(.text(document.region)),
            .dt(.text(c(PolicyMsg.policyDate))), .dd(.text(document.issueDate ?? "—")),
            .dt(.text(c(PolicyMsg.policyStatus))), .dd(.text(c.text(document.status.label)))
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
            .p(.class("permalink"), .a(.href(PolicyURL.policyArticle(document.externalID, article.label).path), .text(c(PolicyMsg.policyPermalink)))),
            .if(!citedRules.isEmpty, .div(
                .class("cited-by"),
                .h4(.text(c(PolicyMsg.policyCitedBy))),
                .ul(.forEach(citedRules) { rule in
                    .li(.strong(.text(rule.article.text(in: c.language))), .text(" · \(c.text(rule.message)) "),
                        .code(.text(rule.id)), .text(" (\(c(PolicyMsg.policyRuleModule)) \(rule.module))"))
                })
            ))
        )
    }
}
