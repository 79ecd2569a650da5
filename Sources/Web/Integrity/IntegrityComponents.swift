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

    static func subject(_ r: IntegrityRecord, _ c: PageContext) -> String { "\(r.subjectName)（\(c.text(r.subject.label))）" }

    static func basis(_ r: IntegrityRecord, _ c: PageContext) -> String {
        r.finding.isMisconduct ? c(IntegrityMsg.intArticle) : (c.language == .zh ? "第四十八条、第六十四条" : "Art. 48, 64")
    }

    static func date(_ d: Date?) -> String { d.map(BeijingDay.format) ?? "—" }

    /// The facts of a record as a definition list.
    static func details(_ r: IntegrityRecord, now: Date, _ c: PageContext) -> Node<HTML.BodyContext> {
        .dl(
            .class("meta"),
            .dt(.text(c(IntegrityMsg.intSubject))), .dd(.text(subject(r, c))),
            .dt(.text(c(IntegrityMsg.intFinding))), .dd(.text(c.text(r.finding.label))),
            .dt(.text(c(IntegrityMsg.intDescription))), .dd(.text(r.description)),
            .dt(.text(c(IntegrityMsg.intDecidingBody))), .dd(.text(r.decidingBody.isEmpty ? "—" : r.decidingBody)),
            .dt(.text(c(IntegrityMsg.intDocumentNumber))), .dd(.text(r.documentNumber.isEmpty ? "—" : r.documentNumber)),
            .dt(.text(c(IntegrityMsg.intDecisionDate))), .dd(.text(date(r.decisionDate))),
            .dt(.text(c(IntegrityMsg.intLegalBasis))), .dd(.text(r.legalBasis.isEmpty ? "—" : r.legalBasis)),
            .dt(.text(c(IntegrityMsg.intScope))), .dd(.text(scope(r, c))),
            .dt(.text(c(IntegrityMsg.intPeriod))), .dd(.text(period(r))),
            .dt(.text(c(IntegrityMsg.intPhase))), .dd(.text(c.text(r.phase(at: now).label))),
            .dt(.text(c(IntegrityMsg.intPublication))),
            .dd(.text(r.publish ? "\(c(IntegrityMsg.intYes))（\(range(r.publishFrom, r.publishUntil))）" : c(IntegrityMsg.intNo))),
            .dt(.text(c(IntegrityMsg.intState))), .dd(.strong(.text(c.text(r.state.label)))),
            .dt(.text(c(IntegrityMsg.intBasis))), .dd(.class("basis"), .text(basis(r, c)))
        )
    }

    static func appealRows(_ appeals: [IntegrityRequest], _ c: PageContext) -> Node<HTML.BodyContext> {
        .table(
            .thead(.tr(.th(.text(c(IntegrityMsg.intFiledAt))), .th(.text(c(IntegrityMsg.intFiledBy))), .th(.text(c(IntegrityMsg.intGrounds))),
                       .th(.text(c(IntegrityMsg.intOutcome))), .th(.text(c(IntegrityMsg.intNote))))),
            .tbody(.forEach(appeals) { a in
                .tr(.td(.text(c.format(a.filedAt))), .td(.text(a.filedBy.label)), .td(.text(a.text)), .td(.text(c.text(a.outcome.label))),
                    .td(.text([a.decidedBy?.label, a.note].compactMap { $0 }.joined(separator: "：")))
                )
            })
        )
    }

    static func repairRows(_ repairs: [IntegrityRequest], _ c: PageContext) -> Node<HTML.BodyContext> {
        .table(
            .thead(.tr(.th(.text(c(IntegrityMsg.intFiledAt))), .th(.text(c(IntegrityMsg.intFiledBy))), .th(.text(c(IntegrityMsg.intEvidence))),
                       .th(.text(c(IntegrityMsg.intOutcome))), .th(.text(c(IntegrityMsg.intNote))))),
            .tbody(.forEach(repairs) { r in
                .tr(.td(.text(c.format(r.filedAt))), .td(.text(r.filedBy.label)), .td(.text(r.text)), .td(.text(c.text(r.outcome.label))),
                    .td(.text([r.decidedBy?.label, r.note].compactMap { $0 }.joined(separator: "：")))
                )
            })
        )
    }
}
