import KechuangCore
import Plot
import Policy
import Search

struct PolicyArticlePage {
    let document: PolicyDocument
    let article: PolicyArticle
    let citedRules: [CitedRule]

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: "\(document.titleZh) \(article.label)", content: .div(
            .p(.class("hint"), .text("\(c(PolicyMsg.policyArticleOf)) "), .a(.href(PolicyURL.policy(document.externalID).path), .text(document.titleZh))),
            PolicyMeta.node(document, c),
            PolicyArticleView.node(document: document, article: article, citedRules: citedRules, c, heading: true),
            .p(.a(.href(PolicyURL.policy(document.externalID).path + "#" + article.anchor), .text(c(PolicyMsg.policyFullText))))
        )).render()
    }
}
