import Foundation
import Grants
import KechuangCore
import Plot

/// `/admin/projects/young-scientists`: per programme and award year, the share of projects led
/// or joined by young scientists (Art. 45), with the definition used.
struct YoungScientistsPage {
    let shares: [YoungScientistShare]
    let definition: YoungScientistDefinition

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(GrantsMsg.youngTitle), content: .div(
            .h1(.text(c(GrantsMsg.youngTitle))),
            .p(.text(c(GrantsMsg.youngIntro))),
            .p(.text(c(GrantsMsg.youngDefinition) + c.text(definition.source))),
            .if(shares.isEmpty, .p(.text(c(GrantsMsg.youngNone))), else: Components.scrollTable(label: c(GrantsMsg.youngTitle),
                .thead(.tr(.th(.text(c(GrantsMsg.youngProgramme))), .th(.text(c(GrantsMsg.youngYear))), .th(.class("numeric"), .text(c(GrantsMsg.youngProjects))),
                           .th(.class("numeric"), .text(c(GrantsMsg.youngLed))), .th(.class("numeric"), .text(c(GrantsMsg.youngJoined))),
                           .th(.class("numeric"), .text(c(GrantsMsg.youngShare))))),
                .tbody(.forEach(shares) { s in
                    .tr(.td(Components.localized(zh: s.programmeName.zh, en: s.programmeName.en, c)), .td(.text(String(s.year))),
                        .td(.class("numeric"), .text(String(s.projects))), .td(.class("numeric"), .text(String(s.ledByYoung))),
                        .td(.class("numeric"), .text(String(s.joinedByYoung))),
                        .td(.class("numeric"), .text(String(format: "%.0f%%", s.ledShare * 100))))
                })))
        )).render()
    }
}
