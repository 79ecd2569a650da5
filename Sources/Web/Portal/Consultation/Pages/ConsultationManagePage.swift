import Foundation
import KechuangCore
import Plot
import Portal

/// `/admin/consultations/:id`: edit and publish a draft; the comments to moderate and answer; the
/// response report once closed; adoption into the policy library (Art. 58, 75).
struct ConsultationManagePage {
    let consultation: Consultation
    let comments: [ConsultationComment]
    let now: Date
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let phase = consultation.phase(at: now)
        let id = consultation.id.rawValue
        let text = consultation.structure
        let unanswered = comments.filter(\.needsResponse).count
        return Layout(context: c, title: ConsultationComponents.title(consultation, c), content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(ConsultationURL.admin.path), .text(c(ConsultationMsg.conManage)))),
            .h1(Components.localized(zh: consultation.titleZh, en: consultation.titleEn, c)),
            ConsultationComponents.meta(consultation, now: now, c),
            .if(consultation.state != .draft, .p(.a(.href(ConsultationURL.consultation(id).path), .text(c(ConsultationMsg.conPublicPage))))),
            .if(consultation.state == .draft, .group(
                .h2(.text(c(ConsultationMsg.conEditDraft))),
                ConsultationForm.fields(action: ConsultationURL.adminConsultation(id).path, values: values.isEmpty ? ConsultationForm.values(consultation) : values,
                                        errors: errors, submit: c(ConsultationMsg.conSaveDraft), c),
                .h2(.text(c(ConsultationMsg.conPublish))),
                .p(.text(c(ConsultationMsg.conPublishIntro))),
                Components.form(action: ConsultationURL.adminPublish(id).path, c,
                    .input(.type(.hidden), .name("version"), .value(String(consultation.version))),
                    Components.submit(c(ConsultationMsg.conPublish)))
            )),
            .if(consultation.state != .draft, .section(
                .id("field-comments"),
                .h2(.text("\(c(ConsultationMsg.conComments)) (\(comments.count))")),
                .if(phase == .closed, .p(.text(c.language == .zh ? "待答复：\(unanswered) 条" : "Waiting for a response: \(unanswered)"))),
                .if(comments.isEmpty, .p(.text(c(ConsultationMsg.conNoComments))), else: Components.scrollTable(label: c(ConsultationMsg.conComments),
                    .thead(.tr(.th(.text("#")), .th(.text(c(ConsultationMsg.conArticle))), .th(.text(c(ConsultationMsg.conFrom))),
                               .th(.text(c(ConsultationMsg.conState))), .th(.text(c(ConsultationMsg.conActions))))),
                    .tbody(.forEach(Array(comments.enumerated())) { index, comment in
                        .tr(.td(.text("\(index + 1)")),
                            .td(.text(ConsultationComponents.articleName(comment.articleLabel, c, in: text))),
                            .td(ConsultationComponents.author(comment, c)),
                            .td(.text(status(comment, c))),
                            .td(.a(.href(ConsultationURL.adminComment(comment.id.rawValue).path),
                                   .text(c(ConsultationMsg.conReview)), .span(.class("visually-hidden"), .text(" \(index + 1)")))))
                    })
                ))
            )),
            .if(phase == .closed, .group(
                .h2(.text(c(ConsultationMsg.conReport))),
                .p(.text(c(ConsultationMsg.conReportIntro)), .text(" "), .span(.class("basis"), .text(Components.parenthesised(Components.article(58, c), c)))),
                Components.form(action: ConsultationURL.adminReport(id).path, c,
                    Components.textArea("report_zh", c(ConsultationMsg.conReportZh), nil, values["report_zh"] ?? "", errors, c),
                    Components.textArea("report_en", c(ConsultationMsg.conReportEn), nil, values["report_en"] ?? "", errors, c),
                    Components.submit(c(ConsultationMsg.conPublishReport)))
            )),
            .if(consultation.state == .reported && consultation.kind == .policy, .group(
                .h2(.text(c(ConsultationMsg.conAdopt))),
                .unwrap(consultation.adoptedPolicyID, { policy in
                    .p(.text(c(ConsultationMsg.conAdoptedNote) + " "), .a(.href(PolicyURL.policy(policy).path), .text(c(ConsultationMsg.conAdoptedLink))))
                }, else: .group(
                    .p(.text(c(ConsultationMsg.conAdoptIntro)), .text(" "), .span(.class("basis"), .text(Components.parenthesised(Components.article(75, c), c)))),
                    Components.form(action: ConsultationURL.adminAdopt(id).path, c,
                        Components.textField(.init(name: "issued_on", label: c(ConsultationMsg.conIssuedOn), hint: c(ConsultationMsg.conDateHint),
                                                   value: values["issued_on"] ?? "", width: "width-10"), errors: errors, c),
                        Components.submit(c(ConsultationMsg.conAdopt)))
                ))
            ))
        )).render()
    }

    func status(_ comment: ConsultationComment, _ c: PageContext) -> String {
        if comment.isHidden { return c(ConsultationMsg.conHidden) }
        return comment.response.map { c.text($0.label) } ?? c(ConsultationMsg.conNoResponse)
    }
}

/// `/admin/consultation-comments/:id`: one comment, to hide with a reason or to answer.
struct ConsultationCommentPage {
    let comment: ConsultationComment
    let number: Int
    let consultation: Consultation
    let now: Date
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let id = comment.id.rawValue
        let heading = "\(c(ConsultationMsg.conComment)) \(number)"
        return Layout(context: c, title: heading, content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(ConsultationURL.adminConsultation(consultation.id.rawValue).path), Components.localized(zh: consultation.titleZh, en: consultation.titleEn, c))),
            .h1(.text(heading)),
            ConsultationComponents.comment(comment, number: number, text: consultation.structure, showResponse: true, level: 2, c),
            .if(comment.isHidden, .p(.text(c(ConsultationMsg.conHiddenText) + " "), Components.zh(comment.text, c))),
            .if(!comment.isHidden && consultation.state != .reported, .group(
                .h2(.text(c(ConsultationMsg.conHide))),
                .p(.text(c(ConsultationMsg.conHideIntro))),
                Components.form(action: ConsultationURL.adminCommentHide(id).path, c,
                    Components.textArea("hidden_reason", c(ConsultationMsg.conHideReason), nil, values["hidden_reason"] ?? "", errors, c),
                    Components.submit(c(ConsultationMsg.conHide), secondary: true))
            )),
            .if(!comment.isHidden && consultation.phase(at: now) == .closed, .group(
                .h2(.text(c(ConsultationMsg.conRespond))),
                Components.form(action: ConsultationURL.adminCommentResponse(id).path, c,
                    Components.selectField(name: "response", label: c(ConsultationMsg.conResponse),
                                           options: Components.options(ConsultationResponse.self, \.label, c),
                                           selected: values["response"] ?? comment.response?.rawValue, errors: errors, c),
                    Components.textArea("response_reason", c(ConsultationMsg.conResponseReason), nil,
                                        values["response_reason"] ?? comment.responseReason ?? "", errors, c),
                    Components.submit(c(ConsultationMsg.conSaveResponse)))
            ))
        )).render()
    }
}
