import Foundation
import Identity
import KechuangCore
import Plot
import Portal

/// `/consultations/:id`: the draft in articles, the comments (hidden ones with the reason only),
/// the comment form while it is open, and the response report once published (Art. 58).
struct ConsultationPage {
    let consultation: Consultation
    let comments: [ConsultationComment]
    let now: Date
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let phase = consultation.phase(at: now)
        let open = phase == .open
        let text = consultation.structure
        let colon = c.language == .zh ? "：" : ": "
        let answered = comments.filter { !$0.isHidden }
        return Layout(context: c, title: ConsultationComponents.title(consultation, c), content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(ConsultationURL.consultations.path), .text(c(ConsultationMsg.conAll)))),
            .h1(Components.localized(zh: consultation.titleZh, en: consultation.titleEn, c)),
            ConsultationComponents.meta(consultation, now: now, c),
            .if(c.can(.manageConsultations), .p(.a(.href(ConsultationURL.adminConsultation(consultation.id.rawValue).path), .text(c(ConsultationMsg.conManageThis))))),
            .div(.class("notice"), .p(.text(phaseNote(phase, c)), .text(" "), .span(.class("basis"), .text(Components.parenthesised(Components.article(58, c), c))))),
            .if(open, .p(.a(.href("#comment-form"), .text(c(ConsultationMsg.conGoToForm))))),
            .h2(.text(c(ConsultationMsg.conAbout))),
            .p(Components.localized(zh: consultation.summaryZh, en: consultation.summaryEn, c)),
            .if(consultation.state == .reported, .section(
                .id("report"),
                .h2(.text(c(ConsultationMsg.conReport))),
                .p(Components.localized(zh: consultation.reportZh ?? "", en: consultation.reportEn, c)),
                .p(.class("meta"), .text(ConsultationResponse.allCases.map { r in
                    "\(c.text(r.label))\(colon)\(answered.filter { $0.response == r }.count)"
                }.joined(separator: " · ") + " · \(c(ConsultationMsg.conHiddenCount))\(colon)\(comments.count - answered.count)")),
                .unwrap(consultation.adoptedPolicyID) { policy in
                    .p(.text(c(ConsultationMsg.conAdoptedNote) + " "), .a(.href(PolicyURL.policy(policy).path), .text(c(ConsultationMsg.conAdoptedLink))),
                       .span(.class("basis"), .text(Components.parenthesised(Components.article(75, c), c))))
                }
            )),
            .h2(.text(c(ConsultationMsg.conDraftText))),
            ConsultationComponents.draftText(consultation, comments: comments, commentLinks: open && c.person != nil, c),
            .h2(.id("comments"), .text("\(c(ConsultationMsg.conComments)) (\(comments.count))")),
            .if(comments.isEmpty, .p(.text(c(ConsultationMsg.conNoComments)))),
            .forEach(Array(comments.enumerated())) { index, comment in
                ConsultationComponents.comment(comment, number: index + 1, text: text, showResponse: consultation.state == .reported, c)
            },
            .if(open, form(text, c))
        )).render()
    }

    func phaseNote(_ phase: ConsultationPhase, _ c: PageContext) -> String {
        let period = ConsultationComponents.period(consultation, c)
        switch phase {
        case .draft: return c(ConsultationMsg.conNoteDraft)
        case .upcoming: return c(ConsultationMsg.conNoteUpcoming) + period
        case .open: return c(ConsultationMsg.conNoteOpen) + period
        case .closed: return c(ConsultationMsg.conNoteClosed) + period
        case .reported: return c(ConsultationMsg.conNoteReported) + period
        }
    }

    func form(_ text: ConsultationText, _ c: PageContext) -> Node<HTML.BodyContext> {
        guard let person = c.person else {
            return .section(.id("comment-form"), .h2(.text(c(ConsultationMsg.conCommentTitle))),
                            .p(.a(.href(SiteURL.login(next: ConsultationURL.consultation(consultation.id.rawValue).path).string), .text(c(ConsultationMsg.conSignInToComment)))))
        }
        let organisations = ConsultationAccess.organisations(of: person)
        let articles = [("whole", c(ConsultationMsg.conWholeText))] + text.articles.map {
            ($0.label, Components.articleLabel(number: $0.number, suffix: $0.suffix, label: $0.label, c))
        }
        return .section(
            .id("comment-form"),
            .h2(.text(c(ConsultationMsg.conCommentTitle))),
            .p(.class("hint"), .text(c(ConsultationMsg.conCommentPublic))),
            Components.form(action: ConsultationURL.comments(consultation.id.rawValue).path, c,
                Components.selectField(name: "article", label: c(ConsultationMsg.conArticle), options: articles,
                                       selected: values["article"] ?? c.query["article"] ?? "whole", errors: errors, c),
                .if(!organisations.isEmpty, Components.selectField(
                    name: "on_behalf", label: c(ConsultationMsg.conOnBehalf), hint: c(ConsultationMsg.conOnBehalfHint),
                    options: [("self", c(ConsultationMsg.conAsMyself))] + organisations.map { ($0.id.uuidString.lowercased(), $0.name) },
                    selected: values["on_behalf"] ?? "self", errors: errors, c)),
                Components.textArea("text", c(ConsultationMsg.conCommentText), c(ConsultationMsg.conCommentHint), values["text"] ?? "", errors, c),
                Components.submit(c(ConsultationMsg.conSend)))
        )
    }
}
