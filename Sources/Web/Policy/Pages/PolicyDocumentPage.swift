import KechuangCore
import Plot
import Policy
import Search

struct PolicyDocumentPage {
    let document: PolicyDocument
    let articles: [PolicyArticle]
    let versions: [PolicyVersion]
    let citedRules: [CitedRule]

    func render(_ c: PageContext) -> String {
        let numbered = articles.filter { !$0.label.isEmpty }
        let chapters = document.chapters
        let chinese: Node<HTML.BodyContext> = .attribute(named: "lang", value: c.language == .en ? "zh-CN" : nil)
        return Layout(context: c, title: Components.localizedText(zh: document.titleZh, en: document.titleEn, c), content: .div(
            .article(
                .class("policy"),
                .h1(Components.localized(zh: document.titleZh, en: document.titleEn, c)),
                .if(c.language == .en && !(document.titleEn ?? "").isEmpty, .p(.class("hint"), .span(chinese, .text(document.titleZh)))),
                PolicyMeta.node(document, c),
                .if(!document.preamble.isEmpty, .p(.class("preamble"), chinese, .text(document.preamble))),
                .if(!chapters.isEmpty, .nav(
                    .class("toc"), .attribute(named: "aria-labelledby", value: "toc-title"),
                    .h2(.id("toc-title"), .text(c(PolicyMsg.policyContents))),
                    .ol(.forEach(chapters) { chapter in
                        let first = numbered.first { $0.chapterLabel == chapter.label }
                        return .li(chinese, first.map { .a(.href("#" + $0.anchor), .text("\(chapter.label) \(chapter.title)")) } ?? .text("\(chapter.label) \(chapter.title)"))
                    })
                )),
                .forEach(Array(numbered.enumerated())) { index, article in
                    let startsChapter = article.chapterLabel != nil && (index == 0 || numbered[index - 1].chapterLabel != article.chapterLabel)
                    return .group(
                        .if(startsChapter, .h2(.class("chapter"), chinese, .text("\(article.chapterLabel ?? "") \(article.chapterTitle ?? "")"))),
                        PolicyArticleView.node(document: document, article: article, citedRules: citedRules.citing(article: article.number), c,
                                               level: chapters.isEmpty ? 2 : 3)
                    )
                }
            ),
            .if(versions.count > 1, .section(
                .h2(.text(c(PolicyMsg.policyVersions))),
                .ul(.forEach(versions) { v in
                    .li(.a(.href(PolicyURL.policy(document.externalID).path + "?version=\(v.issueDate ?? "")"),
                           .text("\(v.issueDate ?? "—") · \(c.text(v.status.label))" + (v.isCurrent ? " (\(c(PolicyMsg.policyCurrentVersion)))" : ""))))
                })
            ))
        )).render()
    }
}
