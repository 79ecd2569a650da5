import Foundation
import Identity
import Integrity
import KechuangCore
import Plot
import Storage

/// How integrity records read on every page.
enum IntegrityText {
    static func scope(_ r: IntegrityRecord, _ c: PageContext) -> String {
        if r.scope.isEmpty { return c(IntegrityMsg.intNoScope) }
        return RestrictedAction.allCases.filter(r.scope.contains).map { c.text($0.label) }.joined(separator: c.language == .zh ? "、" : ", ")
    }

    static func range(_ from: Date?, _ until: Date?) -> String {
        guard from != nil || until != nil else { return "—" }
        return "\(BeijingDay.format(from)) – \(BeijingDay.format(until))"
    }

    static func period(_ r: IntegrityRecord) -> String { r.finding.isMisconduct ? range(r.restrictedFrom, r.restrictedUntil) : "—" }

    /// "京华大学（单位）" / "Jinghua University (organisation)", as a string (titles).
    static func subject(_ r: IntegrityRecord, _ c: PageContext) -> String { r.subjectName + Components.parenthesised(c.text(r.subject.label), c) }

    /// The subject's name marked with its language, then the kind in the page's.
    static func subjectNode<C: HTML.BodyContext>(_ r: IntegrityRecord, _ c: PageContext) -> Node<C> {
        .group(Components.zh(r.subjectName, c), .text(Components.parenthesised(c.text(r.subject.label), c)))
    }

    /// A recorded value (typed by an officer, usually in Chinese), or a dash.
    static func value<C: HTML.BodyContext>(_ text: String) -> Node<C> { .text(text.isEmpty ? "—" : text) }

    static func basis(_ r: IntegrityRecord, _ c: PageContext) -> String {
        r.finding.isMisconduct ? Components.article(60, c)
            : [48, 64].map { Components.article($0, c) }.joined(separator: c.language == .zh ? "、" : ", ")
    }

    static func date(_ d: Date?) -> String { d.map(BeijingDay.format) ?? "—" }

    /// The facts of a record as a definition list.
    static func details(_ r: IntegrityRecord, now: Date, _ c: PageContext) -> Node<HTML.BodyContext> {
        .dl(
            .class("meta"),
            .dt(.text(c(IntegrityMsg.intSubject))), .dd(subjectNode(r, c)),
            .dt(.text(c(IntegrityMsg.intFinding))), .dd(.text(c.text(r.finding.label))),
            .dt(.text(c(IntegrityMsg.intDescription))), .dd(Components.lang(of: r.description, c), .text(r.description)),
            .dt(.text(c(IntegrityMsg.intDecidingBody))), .dd(Components.lang(of: r.decidingBody, c), value(r.decidingBody)),
            .dt(.text(c(IntegrityMsg.intDocumentNumber))), .dd(Components.lang(of: r.documentNumber, c), value(r.documentNumber)),
            .dt(.text(c(IntegrityMsg.intDecisionDate))), .dd(.text(date(r.decisionDate))),
            .dt(.text(c(IntegrityMsg.intLegalBasis))), .dd(Components.lang(of: r.legalBasis, c), value(r.legalBasis)),
            .dt(.text(c(IntegrityMsg.intScope))), .dd(.text(scope(r, c))),
            .dt(.text(c(IntegrityMsg.intPeriod))), .dd(.text(period(r))),
            .dt(.text(c(IntegrityMsg.intPhase))), .dd(.text(c.text(r.phase(at: now).label))),
            .dt(.text(c(IntegrityMsg.intPublication))),
            .dd(.text(r.publish ? c(IntegrityMsg.intYes) + Components.parenthesised(range(r.publishFrom, r.publishUntil), c) : c(IntegrityMsg.intNo))),
            .dt(.text(c(IntegrityMsg.intState))), .dd(.strong(.text(c.text(r.state.label)))),
            .dt(.text(c(IntegrityMsg.intBasis))), .dd(.class("basis"), .text(basis(r, c)))
        )
    }

    static func appealRows(_ appeals: [IntegrityRequest], _ c: PageContext) -> Node<HTML.BodyContext> {
        requestRows(appeals, textHeading: .intGrounds, c)
    }

    static func repairRows(_ repairs: [IntegrityRequest], _ c: PageContext) -> Node<HTML.BodyContext> {
        requestRows(repairs, textHeading: .intEvidence, c)
    }

    /// Appeals or repair requests: who filed what when, and what came of it.
    private static func requestRows(_ requests: [IntegrityRequest], textHeading: IntegrityMsg, _ c: PageContext) -> Node<HTML.BodyContext> {
        Components.scrollTable(label: c(textHeading),
            .thead(.tr(.th(.text(c(IntegrityMsg.intFiledAt))), .th(.text(c(IntegrityMsg.intFiledBy))), .th(.text(c(textHeading))),
                       .th(.text(c(IntegrityMsg.intOutcome))), .th(.text(c(IntegrityMsg.intNote))))),
            .tbody(.forEach(requests) { r in
                .tr(.td(.text(c.format(r.filedAt))), .td(Components.zh(r.filedBy.label, c)), .td(Components.lang(of: r.text, c), .text(r.text)),
                    .td(.text(c.text(r.outcome.label))),
                    .td(.if(r.decidedBy != nil, .group(Components.zh(r.decidedBy?.label ?? "", c), .text(c.language == .zh ? "：" : ": "))),
                        Components.zh(r.note ?? "", c))
                )
            })
        )
    }
}
