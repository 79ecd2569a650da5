import Foundation
import Identity
import KechuangCore
import Market
import Plot

/// `/market/platform-requests`: the requests the person's organisations made and received.
struct PlatformRequestsPage {
    typealias M = MarketMsg
    let rows: [PlatformServiceRequest]
    let platforms: [TransferPlatform.ID: TransferPlatform]
    let names: [UUID: String]

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(M.mplRequestsTitle), content: .div(
            .h1(.text(c(M.mplRequestsTitle))),
            .p(.class("lead"), .text(c(M.mplRequestsIntro))),
            PlatformText.links(c),
            .if(rows.isEmpty, .p(.text(c(M.mplNone))), else: Components.scrollTable(label: c(M.mplRequestsTitle),
                .thead(.tr(.th(.text(c(M.mplName))), .th(.text(c(M.mplService))), .th(.text(c(M.mplRequester))), .th(.text(c(M.mplStatus))),
                           .th(.text(c(M.mplUpdated))))),
                .tbody(.forEach(rows) { r in
                    .tr(.td(.a(.href(PlatformURL.request(r.id.rawValue).path), Components.zh(platforms[r.platformID]?.name ?? "", c))),
                        .td(.text(c.text(r.service.label))), .td(Components.zh(names[r.requesterOrganisationID] ?? "", c)),
                        .td(.text(c.text(r.status.label))), .td(.text(c.format(r.updatedAt))))
                })))
        )).render()
    }
}

/// `/market/platform-requests/:id`: one request; for the provider, the answer form (accept,
/// decline with its reason, record as completed).
struct PlatformRequestPage {
    typealias M = MarketMsg
    let request: PlatformServiceRequest
    let platform: TransferPlatform
    let names: [UUID: String]
    let answers: Bool
    var errors: [FieldError] = []

    var choices: [PlatformRequests.Answer] {
        switch request.status {
        case .requested: [.accept, .decline]
        case .accepted: [.complete]
        case .declined, .completed: []
        }
    }

    func render(_ c: PageContext) -> String {
        let r = request
        return Layout(context: c, title: c(M.mplRequestTitleOne), content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(PlatformURL.requests.path), .text(c(M.mplRequestsTitle)))),
            .h1(.text(c(M.mplRequestTitleOne))),
            .dl(.dt(.text(c(M.mplName))), .dd(.a(.href(PlatformURL.platform(platform.id.rawValue).path), Components.zh(platform.name, c))),
                .dt(.text(c(M.mplService))), .dd(.text(c.text(r.service.label))),
                .dt(.text(c(M.mplRequester))), .dd(Components.zh(names[r.requesterOrganisationID] ?? "", c)),
                .dt(.text(c(M.mplStatus))), .dd(.text(c.text(r.status.label))),
                .dt(.text(c(M.mplUpdated))), .dd(.text(c.format(r.updatedAt)))),
            .h2(.text(c(M.mplDescription))),
            .p(Components.zh(r.description, c)),
            .if(!r.providerNote.isEmpty, .group(.h2(.text(c(M.mplNote))), .p(Components.zh(r.providerNote, c)))),
            .if(answers && !choices.isEmpty, .group(
                .h2(.text(c(M.mplAnswerTitle))),
                .forEach(choices) { a in answerForm(a, c) }))
        )).render()
    }

    /// One form per answer, so that each button says what it does; a decline's note is its reason.
    func answerForm(_ a: PlatformRequests.Answer, _ c: PageContext) -> Node<HTML.BodyContext> {
        let (heading, button): (MarketMsg, MarketMsg) = switch a {
        case .accept: (.mplAccept, .mplAcceptButton)
        case .decline: (.mplDecline, .mplDeclineButton)
        case .complete: (.mplComplete, .mplCompleteButton)
        }
        return .group(
            .h3(.text(c(heading))),
            Components.form(action: PlatformURL.answer(request.id.rawValue).path, c,
                .input(.type(.hidden), .name("answer"), .value(a.rawValue)),
                Components.textArea(a == .decline ? "note" : "note_\(a.rawValue)", c(M.mplNote), c(M.mplNoteHint), "", a == .decline ? errors : [], c),
                Components.submit(c(button), secondary: a == .decline)))
    }
}
