import Foundation
import KechuangCore
import Plot
import Portal

/// `/admin/consultations`: every consultation, drafts included, for officers.
struct ConsultationAdminListPage {
    let consultations: [Consultation]
    let now: Date

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(ConsultationMsg.conManage), content: .div(
            .h1(.text(c(ConsultationMsg.conManage))),
            .p(.a(.class("button"), .href(ConsultationURL.adminNew.path), .text(c(ConsultationMsg.conNew)))),
            .if(consultations.isEmpty, .p(.text(c(ConsultationMsg.conNone))), else: Components.scrollTable(label: c(ConsultationMsg.conManage),
                .thead(.tr(.th(.text(c(ConsultationMsg.conFieldTitleZh))), .th(.text(c(ConsultationMsg.conPeriod))), .th(.text(c(ConsultationMsg.conState))))),
                .tbody(.forEach(consultations) { item in
                    .tr(.td(.a(.href(ConsultationURL.adminConsultation(item.id.rawValue).path), Components.localized(zh: item.titleZh, en: item.titleEn, c))),
                        .td(.text(ConsultationComponents.period(item, c))),
                        .td(.text(c.text(item.phase(at: now).label))))
                })
            ))
        )).render()
    }
}
