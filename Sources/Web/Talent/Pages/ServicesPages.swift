import Foundation
import KechuangCore
import Plot
import Talent

/// `/talent/services`: one form for every service (Art. 47) and foreign-talent request (Art. 72),
/// the documents each needs, the person's requests and their one timeline.
struct ServicesPage {
    let requests: [ServiceRequest]
    let timeline: [(ServiceRequest, ServiceEvent)]
    let now: Date
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    static func documents() -> [ServiceDesks.Document] {
        var seen: Set<String> = []
        return ServiceDesks.desks.flatMap(\.documents).filter { seen.insert($0.code).inserted }
    }

    func render(_ c: PageContext) -> String {
        let domestic = ServiceDesks.desks.filter { !$0.kind.isForeignTalent }.map { ($0.kind.rawValue, c.text($0.label)) }
        let foreign = ServiceDesks.desks.filter(\.kind.isForeignTalent).map { ($0.kind.rawValue, c.text($0.label)) }
        let docErrors = errors.filter { $0.field == "documents" }
        return Layout(context: c, title: c(TalentMsg.talServicesTitle), content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(TalentURL.home.path), .text(c(TalentMsg.talTitle)))),
            .h1(.text(c(TalentMsg.talServicesTitle))),
            .p(.class("lead"), .text(c(TalentMsg.talServicesIntro))),
            .h2(.text(c(TalentMsg.talMyRequests))),
            .if(requests.isEmpty, .p(.text(c(TalentMsg.talNoRequests))), else: Components.scrollTable(label: c(TalentMsg.talMyRequests),
                .thead(.tr(.th(.text(c(TalentMsg.talRequestKind))), .th(.text(c(TalentMsg.talDepartment))), .th(.text(c(TalentMsg.talSubmittedAt))),
                           .th(.text(c(TalentMsg.talDeadline))), .th(.text(c(TalentMsg.talState))))),
                .tbody(.forEach(requests) { r in
                    .tr(.td(.a(.href(TalentURL.request(r.id.rawValue).path), .text(TalentText.kind(r.kind, c)))),
                        .td(.text(TalentText.department(r.department, c))), .td(.text(TalentText.time(r.submittedAt))),
                        .td(.text(TalentText.time(r.dueAt))), .td(.text(TalentText.state(r, now: now, c))))
                }))),
            .h2(.text(c(TalentMsg.talTimelineTitle))),
            .if(timeline.isEmpty, .p(.text(c(TalentMsg.talNoEvents))), else: .ol(.class("timeline"), .forEach(timeline.prefix(50)) { pair in
                .li(.text("\(TalentText.time(pair.1.at)) · \(TalentText.kind(pair.0.kind, c)) · \(c.text(pair.1.kind.label))"),
                    .if(!pair.1.note.isEmpty, .group(.text(TalentText.colon(c)), Components.zh(pair.1.note, c))))
            })),
            .h2(.text(c(TalentMsg.talRequestFormTitle))),
            Components.form(action: TalentURL.services.path, c,
                Components.selectField(name: "kind", label: c(TalentMsg.talRequestKind),
                                       groups: [(c(TalentMsg.talDomesticKinds), domestic), (c(TalentMsg.talForeignKinds), foreign)],
                                       selected: values["kind"], errors: errors, c),
                Components.textArea("details", c(TalentMsg.talDetails), nil, values["details"] ?? "", errors, c),
                .fieldset(.id(Components.fieldID("documents")), .class(docErrors.isEmpty ? "field" : "field field-error"),
                    .element(named: "legend", nodes: [.text(c(TalentMsg.talDocuments))]),
                    .p(.class("hint"), .text(c(TalentMsg.talDocumentsHint))),
                    .if(!docErrors.isEmpty, .p(.class("error-message"), .text(docErrors.map { Components.message($0, c) }.joined(separator: " ")))),
                    .forEach(Self.documents()) { d in
                        Components.checkbox(name: "doc_" + d.code, value: "yes", label: c.text(d.label), checked: values["doc_" + d.code] == "yes")
                    }),
                Components.submit(c(TalentMsg.talSubmitButton))),
            .h2(.text(c(TalentMsg.talSLA))),
            Components.scrollTable(label: c(TalentMsg.talSLA),
                .thead(.tr(.th(.text(c(TalentMsg.talRequestKind))), .th(.text(c(TalentMsg.talDepartment))), .th(.text(c(TalentMsg.talDeadline))),
                           .th(.text(c(TalentMsg.talDocuments))), .th(.text(c(TalentMsg.talSource))))),
                .tbody(.forEach(ServiceDesks.desks) { d in
                    .tr(.td(.text(c.text(d.label))), .td(.text(c.text(d.department.name))), .td(.text(TalentText.days(d.days, c))),
                        .td(.text(d.documents.map { c.text($0.label) }.joined(separator: c.language == .zh ? "、" : "; "))),
                        .td(.text(d.basis.text(in: c.language))))
                }))
        )).render()
    }
}

/// `/talent/services/:id`: one request, its steps and messages, and the forms of those who may act:
/// the department's officer (accept, ask for information, complete, refuse, write) and the person.
struct ServiceRequestPage {
    let request: ServiceRequest
    let events: [ServiceEvent]
    let applicant: String
    let names: [UUID: String]
    let handle: Bool
    let reply: Bool
    let now: Date
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let r = request, desk = ServiceDesks.desk(r.kind)
        let officerSteps: [ServiceStep] = r.state == .submitted ? [.accept, .requestInfo, .complete, .refuse, .message] : [.requestInfo, .complete, .refuse, .message]
        let personSteps: [ServiceStep] = r.state == .infoRequested ? [.provideInfo, .message] : [.message]
        let steps = (handle ? officerSteps : []) + (reply ? personSteps.filter { !(handle && $0 == .message) } : [])
        return Layout(context: c, title: c(TalentMsg.talRequestTitle), content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(handle ? TalentURL.desk.path : TalentURL.services.path), .text(c(handle ? TalentMsg.talDeskTitle : .talServicesTitle)))),
            .h1(.text(TalentText.kind(r.kind, c))),
            .dl(
                .dt(.text(c(TalentMsg.talApplicant))), .dd(Components.zh(applicant, c)),
                .dt(.text(c(TalentMsg.talDepartment))), .dd(.text(TalentText.department(r.department, c))),
                .dt(.text(c(TalentMsg.talState))), .dd(.strong(.text(TalentText.state(r, now: now, c)))),
                .dt(.text(c(TalentMsg.talSubmittedAt))), .dd(.text(TalentText.time(r.submittedAt))),
                .dt(.text(c(TalentMsg.talDeadline))), .dd(.text("\(TalentText.time(r.dueAt))" + Components.parenthesised(TalentText.days(desk.days, c), c))),
                .dt(.text(c(TalentMsg.talDetails))), .dd(Components.zh(r.details, c)),
                .dt(.text(c(TalentMsg.talDocuments))), .dd(.text(desk.documents.filter { r.documents.contains($0.code) }.map { c.text($0.label) }
                    .joined(separator: c.language == .zh ? "、" : "; "))),
                .dt(.text(c(TalentMsg.talSource))), .dd(.text(c.text(desk.explanation)))),
            .h2(.text(c(TalentMsg.talEventsTitle))),
            .ol(.class("timeline"), .forEach(events) { e in
                .li(.text("\(TalentText.time(e.at)) · \(c.text(e.kind.label)) · "),
                    e.actorID == nil ? .text(c(TalentMsg.talSystem)) : Components.zh(names[e.actorID ?? UUID()] ?? "", c),
                    .if(e.byOfficer, .text(Components.parenthesised(c(TalentMsg.talOfficer), c))),
                    .if(!e.note.isEmpty, .group(.text(TalentText.colon(c)), Components.zh(e.note, c))))
            }),
            .if(!steps.isEmpty && r.state.isOpen, .group(
                .h2(.text(c(handle ? TalentMsg.talStepTitle : .talReplyTitle))),
                Components.form(action: TalentURL.step(r.id.rawValue).path, c,
                    .input(.type(.hidden), .name("version"), .value(String(r.version))),
                    Components.selectField(name: "step", label: c(TalentMsg.talStep), options: steps.map { ($0.rawValue, c.text(Self.label($0))) },
                                           selected: values["step"], errors: errors, c),
                    Components.textArea("note", c(TalentMsg.talStepNote), nil, values["note"] ?? "", errors, c),
                    Components.submit(c(TalentMsg.talStepButton)))))
        )).render()
    }

    static func label(_ s: ServiceStep) -> LocalizedText {
        switch s {
        case .accept: LocalizedText(zh: "受理", en: "Accept")
        case .requestInfo: LocalizedText(zh: "要求补充材料", en: "Ask for more information")
        case .provideInfo: LocalizedText(zh: "补充材料", en: "Provide the information")
        case .message: LocalizedText(zh: "留言", en: "Write a message")
        case .complete: LocalizedText(zh: "办结", en: "Complete")
        case .refuse: LocalizedText(zh: "不予办理（须说明理由）", en: "Refuse (say why)")
        }
    }
}
