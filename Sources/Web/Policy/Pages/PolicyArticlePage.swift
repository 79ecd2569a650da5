import KechuangCore
import Plot
import Policy
import Search

struct PolicyArticlePage {
    let document: PolicyDocument
    let article: PolicyArticle
    let citedRules: [CitedRule]

    func render(_ c: PageContext) -> String {
        let title = Components.localizedText(zh: document.titleZh, en: document.titleEn, c)
        let label = Components.articleLabel(number: article.number, suffix: article.suffix, label: article.label, c)
        return Layout(context: c, title: "\(title) \(label)", content: .div(
            .p(.class("hint"), .text("\(c(PolicyMsg.policyArticleOf)) "),
               .a(.href(PolicyURL.policy(document.externalID).path), Components.localized(zh: document.titleZh, en: document.titleEn, c))),
            PolicyMeta.node(document, c),
            PolicyArticleView.node(document: document, article: article, citedRules: citedRules, c, level: 1),
            .p(.a(.href(PolicyURL.policy(document.externalID).path + "#" + article.anchor), .text(c(PolicyMsg.policyFullText))))
        )).render()
    }
}
