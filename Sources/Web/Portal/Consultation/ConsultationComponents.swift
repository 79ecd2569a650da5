import Foundation
import KechuangCore
import Plot
import Portal

/// Fragments the consultation pages share: the facts line, the draft's articles, a comment.
enum ConsultationComponents {
    static func title(_ consultation: Consultation, _ c: PageContext) -> String {
        Components.localizedText(zh: consultation.titleZh, en: consultation.titleEn, c)
    }

    static func period(_ consultation: Consultation, _ c: PageContext) -> String {
        c.language == .zh ? "\(consultation.opensOn) 至 \(consultation.closesOn)" : "\(consultation.opensOn) to \(consultation.closesOn)"
    }

    /// Kind · department · period · phase.
    static func meta(_ consultation: Consultation, now: Date, _ c: PageContext) -> Node<HTML.BodyContext> {
        .p(.class("meta"),
           .text("\(c.text(consultation.kind.label)) · "), Components.zh(consultation.department, c),
           .text(" · \(c(ConsultationMsg.conPeriod))\(c.language == .zh ? "：" : ": ")\(period(consultation, c)) · "),
           .strong(.text(c.text(consultation.phase(at: now).label))))
    }

    /// Who made a comment, as the public sees it: the organisation, or "a member of the public".
    static func author(_ comment: ConsultationComment, _ c: PageContext) -> Node<HTML.BodyContext> {
        if let name = comment.organisationName, !name.isEmpty { return Components.zh(name, c) }
        return .text(c(ConsultationMsg.conAuthorPublic))
    }

    static func articleName(_ label: String?, _ c: PageContext, in text: ConsultationText) -> String {
        guard let label else { return c(ConsultationMsg.conWholeText) }
        guard let article = text.article(label) else { return label }
        return Components.articleLabel(number: article.number, suffix: article.suffix, label: article.label, c)
    }

    /// One comment: number, article, date, who; the text, or the reason it was hidden; the response once published.
    static func comment(_ comment: ConsultationComment, number: Int, text: ConsultationText, showResponse: Bool, level: Int = 3,
                        _ c: PageContext) -> Node<HTML.BodyContext> {
        let heading = "\(c(ConsultationMsg.conComment)) \(number) · \(articleName(comment.articleLabel, c, in: text))"
        let headingNode: Node<HTML.BodyContext> = level == 2 ? .h2(Components.lang(of: heading, c), .text(heading))
            : .h3(Components.lang(of: heading, c), .text(heading))
        return .section(
            .class("card"), .id("comment-\(number)"),
            headingNode,
            .p(.class("meta"), author(comment, c), .text(" · \(BeijingDay.format(comment.createdAt))")),
            .if(comment.isHidden,
                .p(.class("hint"), .text("\(c(ConsultationMsg.conHiddenNote))\(c.language == .zh ? "：" : ": ")"), Components.zh(comment.hiddenReason ?? "", c)),
                else: .p(Components.lang(of: comment.text, c), .text(comment.text))),
            .if(showResponse && !comment.isHidden, .unwrap(comment.response) { response in
                .p(.strong(.text("\(c(ConsultationMsg.conResponse))\(c.language == .zh ? "：" : ": ")\(c.text(response.label))")),
                   .text(c.language == .zh ? "。理由：" : ". Reason: "), Components.zh(comment.responseReason ?? "", c))
            })
        )
    }

    /// The draft in articles, each with its comment count and, while open, a link to comment on it.
    static func draftText(_ consultation: Consultation, comments: [ConsultationComment], commentLinks: Bool, _ c: PageContext) -> Node<HTML.BodyContext> {
        let text = consultation.structure
        let hasChapters = text.articles.contains { $0.chapterLabel != nil }
        let chinese: Node<HTML.BodyContext> = .attribute(named: "lang", value: c.language == .en ? "zh-CN" : nil)
        return .div(
            .class("policy"),
            .if(!text.preamble.isEmpty, .p(.class("preamble"), chinese, .text(text.preamble))),
            .forEach(Array(text.articles.enumerated())) { index, article in
                let startsChapter = article.chapterLabel != nil && (index == 0 || text.articles[index - 1].chapterLabel != article.chapterLabel)
                let label = Components.articleLabel(number: article.number, suffix: article.suffix, label: article.label, c)
                let count = comments.filter { $0.articleLabel == article.label && !$0.isHidden }.count
                return .group(
                    .if(startsChapter, .h3(.class("chapter"), chinese, .text("\(article.chapterLabel ?? "") \(article.chapterTitle ?? "")"))),
                    .section(
                        .class("legal-article"), .id(article.anchor),
                        hasChapters ? .h4(Components.lang(of: label, c), .text(label)) : .h3(Components.lang(of: label, c), .text(label)),
                        .div(chinese, .forEach(article.paragraphs) { .p(.text($0)) }),
                        .p(.class("permalink"),
                           .text(c.language == .zh ? "\(count) 条意见" : (count == 1 ? "1 comment" : "\(count) comments")),
                           .if(commentLinks, .group(.text(" · "), .a(.href(ConsultationURL.comment(on: consultation.id.rawValue, article: article.label)),
                                                                     .text(c(ConsultationMsg.conCommentOnArticle)),
                                                                     .span(.class("visually-hidden"), .text(" " + label))))))
                    )
                )
            }
        )
    }
}
