import Foundation
import Identity
import KechuangCore
import Monitoring
import Plot

enum WarningText {
    static func subject(_ w: RiskWarning, _ c: PageContext) -> String {
        switch w.subjectType {
        case "project": c(MonitoringWarningMsg.wrnSubjectProject)
        case "person": c(MonitoringWarningMsg.wrnSubjectPerson)
        default: c(MonitoringWarningMsg.wrnSubjectOrganisation)
        }
    }

    static func article(_ ref: ArticleRef, _ c: PageContext) -> String { c.language == .zh ? ref.chinese : ref.english }

    static func ruleName(_ w: RiskWarning, _ c: PageContext) -> String { w.rule.map { c.text($0.name) } ?? w.ruleID }
}

/// `/monitoring/warnings`: the rules as data (with those that cannot run and why), the run button, and every warning.
struct WarningsPage {
    let warnings: [RiskWarning]
    let people: [UUID: String]
    var notice: String? = nil

    func render(_ c: PageContext) -> String {
        let m = MonitoringWarningMsg.self
        return Layout(context: c, title: c(m.wrnTitle), content: .div(
            .h1(.text(c(m.wrnTitle))),
            .p(.class("lead"), .text(c(m.wrnIntro))),
            .p(.strong(.text(c(m.wrnNeverBlocks)))),
            LedgerText.links(c),
            .h2(.text(c(m.wrnRulesTitle))),
            Components.scrollTable(label: c(m.wrnRulesTitle),
                .thead(.tr(.th(.text(c(m.wrnRule))), .th(.text(c(m.wrnDescription))), .th(.text(c(m.wrnSeverity))), .th(.text(c(m.wrnArticle))))),
                .tbody(.forEach(WarningRules.all) { r in
                    .tr(.td(.code(.text(r.id)), .text(" "), .text(c.text(r.name))),
                        .td(.text(c.text(r.description)), .unwrap(r.unavailable) { u in .p(.class("hint"), .strong(.text(c(m.wrnNotEvaluated))), .text(c.text(u))) }),
                        .td(.text(c.text(r.severity.label))), .td(.text(WarningText.article(r.article, c))))
                })),
            .if(c.can(.manageWarnings), .group(
                .h2(.text(c(m.wrnRunTitle))),
                .p(.class("hint"), .text(c(m.wrnRunHint))),
                Components.form(action: WarningURL.run.path, c, Components.submit(c(m.wrnRunButton))))),
            .h2(.text(c(m.wrnListTitle))),
            .p(.class("hint"), .text(c(m.wrnHistoryNote))),
            .if(warnings.isEmpty, .p(.text(c(m.wrnNone))), else: Components.scrollTable(label: c(m.wrnListTitle),
                .thead(.tr(.th(.text(c(m.wrnRule))), .th(.text(c(m.wrnSubject))), .th(.text(c(m.wrnSeverity))), .th(.text(c(m.wrnState))),
                           .th(.text(c(m.wrnOwner))), .th(.text(c(m.wrnRaisedAt))))),
                .tbody(.forEach(warnings) { w in
                    .tr(.td(.a(.href(WarningURL.warning(w.id.rawValue).path), .text(WarningText.ruleName(w, c)))),
                        .td(.text(WarningText.subject(w, c) + " "), Components.zh(w.subjectLabel, c)), .td(.text(c.text(w.severity.label))),
                        .td(.text(c.text(w.state.label))), .td(Components.zh(w.ownerID.flatMap { people[$0] } ?? "—", c)),
                        .td(.text(BeijingTime.format(w.raisedAt))))
                }))))).render()
    }
}

/// `/monitoring/warnings/{id}`: one warning with its evidence, and the acknowledgement and closing forms.
struct WarningPage {
    let warning: RiskWarning
    let people: [UUID: String]
    let mayAcknowledge: Bool
    let mayClose: Bool
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let m = MonitoringWarningMsg.self, w = warning
        let name: (UUID?) -> Node<HTML.BodyContext> = { id in Components.zh(id.flatMap { people[$0] } ?? "—", c) }
        return Layout(context: c, title: WarningText.ruleName(w, c), content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(WarningURL.warnings.path), .text(c(m.wrnTitle)))),
            .h1(.text(WarningText.ruleName(w, c))),
            .p(.strong(.text(c(m.wrnNeverBlocks)))),
            .dl(.class("summary"),
                .dt(.text(c(m.wrnSubject))), .dd(.text(WarningText.subject(w, c) + " "), Components.zh(w.subjectLabel, c)),
                .dt(.text(c(m.wrnEvidence))), .dd(.text(c.text(w.evidence))),
                .dt(.text(c(m.wrnSeverity))), .dd(.text(c.text(w.severity.label))),
                .dt(.text(c(m.wrnArticle))), .dd(.text(w.rule.map { WarningText.article($0.article, c) } ?? "")),
                .dt(.text(c(m.wrnState))), .dd(.text(c.text(w.state.label))),
                .dt(.text(c(m.wrnRaisedAt))), .dd(.text(BeijingTime.format(w.raisedAt))),
                .dt(.text(c(m.wrnOwner))), .dd(name(w.ownerID)),
                .if(w.acknowledgedAt != nil, .group(.dt(.text(c(m.wrnAcknowledgement))),
                    .dd(name(w.acknowledgedBy), .text(" · " + BeijingTime.format(w.acknowledgedAt ?? w.raisedAt) + " · "), Components.zh(w.acknowledgement, c)))),
                .if(w.closedAt != nil, .group(.dt(.text(c(m.wrnClosingNote))),
                    .dd(name(w.closedBy), .text(" · " + BeijingTime.format(w.closedAt ?? w.raisedAt) + " · "), Components.zh(w.closingNote, c))))),
            .if(mayAcknowledge && w.state == .open, .group(
                .h2(.text(c(m.wrnAcknowledgeTitle))),
                Components.form(action: WarningURL.acknowledge(w.id.rawValue).path, c,
                    .input(.type(.hidden), .name("version"), .value("\(w.version)")),
                    Components.textField(.init(name: "ack_note", label: c(m.wrnNote), hint: c(m.wrnAcknowledgeHint), value: values["ack_note"] ?? ""), errors: errors, c),
                    Components.submit(c(m.wrnAcknowledgeButton))))),
            .if(mayClose && w.state != .closed, .group(
                .h2(.text(c(m.wrnCloseTitle))),
                Components.form(action: WarningURL.close(w.id.rawValue).path, c,
                    .input(.type(.hidden), .name("version"), .value("\(w.version)")),
                    Components.textArea("note", c(m.wrnClosingNote), c(m.wrnCloseHint), values["note"] ?? "", errors, c),
                    Components.submit(c(m.wrnCloseButton))))))).render()
    }
}
