import Foundation
import KechuangCore
import Plot
import Portal

/// `/consultations`: open, upcoming and closed consultations, with the feed (Art. 58).
struct ConsultationListPage {
    let consultations: [Consultation]
    let now: Date

    func render(_ c: PageContext) -> String {
        let groups: [(ConsultationMsg, [Consultation])] = [
            (.conOpenNow, consultations.filter { $0.phase(at: now) == .open }),
            (.conUpcoming, consultations.filter { $0.phase(at: now) == .upcoming }),
            (.conClosed, consultations.filter { [.closed, .reported].contains($0.phase(at: now)) }),
        ]
        return Layout(context: c, title: c(ConsultationMsg.conTitle), content: .div(
            .h1(.text(c(ConsultationMsg.conTitle))),
            .p(.class("lead"), .text(c(ConsultationMsg.conLead)), .text(" "), .span(.class("basis"), .text(Components.parenthesised(Components.article(58, c), c)))),
            .p(.a(.href(ConsultationURL.feed.path), .text(c(ConsultationMsg.conFeed)))),
            .if(c.can(.manageConsultations), .p(.a(.href(ConsultationURL.admin.path), .text(c(ConsultationMsg.conManage))))),
            .forEach(groups) { group in
                .section(
                    .h2(.text(c(group.0))),
                    .if(group.1.isEmpty, .p(.text(c(ConsultationMsg.conNone))), else: .ul(.class("results-list"), .forEach(group.1) { item in
                        .li(.h3(.a(.href(ConsultationURL.consultation(item.id.rawValue).path), Components.localized(zh: item.titleZh, en: item.titleEn, c))),
                            ConsultationComponents.meta(item, now: now, c))
                    }))
                )
            }
        )).render()
    }
}
