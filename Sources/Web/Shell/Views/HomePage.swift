import Identity
import KechuangCore
import Plot
import Vapor

struct HomePage {
    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(.homeTitle), content: .div(
            .h1(.text(c(.homeTitle))),
            .p(.class("lead"), .text(c(.homeLead))),
            .p(.text(c(.homeRegulation))),
            .p(.text(c(.homeModules))),
            .ul(.li(.a(.href(ProjectsURL.calls.path), .text(c(ProjectsMsg.callsTitle)))), .li(.a(.href(PolicyURL.policies.path), .text(c(PolicyMsg.policiesTitle))))),
            .if(c.person == nil, .p(.a(.class("button"), .href(SiteURL.login.path), .text(c(.navSignIn)))))
        )).render()
    }
}
