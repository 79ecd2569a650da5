import Foundation
import Identity
import Integrity
import KechuangCore
import Plot
import Storage

/// `/integrity`: what was decided for publication, during its publication period (Art. 60).
struct PublicIntegrityPage {
    let records: [IntegrityRecord]

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(IntegrityMsg.intPublicTitle), content: .div(
            .h1(.text(c(IntegrityMsg.intPublicTitle))),
            .p(.class("lead"), .text(c(IntegrityMsg.intPublicIntro))),
            .p(.text(c(IntegrityMsg.intPublicDiligent))),
            .ul(
                .if(c.can(.viewOwnIntegrityRecords), .li(.a(.href(IntegrityURL.integrityMine.path), .text(c(IntegrityMsg.intMyRecordsLink))))),
                .if(c.can(.manageIntegrityRecords), .li(.a(.href(IntegrityURL.adminIntegrity.path), .text(c(IntegrityMsg.intAdminLink))))),
                .if(c.can(.manageInstitutionIntegrityRules), .li(.a(.href(IntegrityURL.institutionIntegrity.path), .text(c(IntegrityMsg.intInstitutionLink))))),
                .li(.a(.href(EthicsURL.registry.path), .text(c(EthicsMsg.ethTitle)))),
                .li(.a(.href(AwardsURL.winners.path), .text(c(AwardsMsg.awTitle))))
            ),
            .if(records.isEmpty, .p(.text(c(IntegrityMsg.intPublicNone))), else: Components.scrollTable(label: c(IntegrityMsg.intPublicTitle),
                .thead(.tr(
                    .th(.text(c(IntegrityMsg.intSubject))), .th(.text(c(IntegrityMsg.intFinding))), .th(.text(c(IntegrityMsg.intDecidingBody))),
                    .th(.text(c(IntegrityMsg.intDocumentNumber))), .th(.text(c(IntegrityMsg.intDecisionDate))), .th(.text(c(IntegrityMsg.intScope))),
                    .th(.text(c(IntegrityMsg.intPeriod))), .th(.text(c(IntegrityMsg.intBasis)))
                )),
                .tbody(.forEach(records) { r in
                    .tr(
                        .td(IntegrityText.subjectNode(r, c)), .td(.text(c.text(r.finding.label))),
                        .td(Components.lang(of: r.decidingBody, c), IntegrityText.value(r.decidingBody)),
                        .td(Components.lang(of: r.documentNumber, c), IntegrityText.value(r.documentNumber)), .td(.text(IntegrityText.date(r.decisionDate))), .td(.text(IntegrityText.scope(r, c))),
                        .td(.text(IntegrityText.period(r))), .td(.class("basis"), .text(IntegrityText.basis(r, c)))
                    )
                })
            ))
        )).render()
    }
}
