import Foundation
import Identity
import Integrity
import KechuangCore
import Plot
import Projects
import Review

struct ExpertsPage {
    let experts: [ExpertProfile]
    var errors: [FieldError] = []
    var email = ""

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(ReviewMsg.expertsTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(c(ReviewMsg.expertsTitle))),
            .p(.text(c(ReviewMsg.expertsIntro))),
            Components.form(action: ReviewURL.adminExpertInvite.path, c,
                Components.textField(.init(name: "email", label: c(ReviewMsg.expertsInviteEmail), value: email, type: .email), errors: errors, c),
                Components.submit(c(ReviewMsg.expertsInvite))),
            .if(experts.isEmpty, .p(.text(c(.noResults))), else: .table(
                .thead(.tr(.th(.text(c(.name))), .th(.text(c(ReviewMsg.expertDisciplines))), .th(.text(c(ReviewMsg.expertKeywords))),
                           .th(.text(c(ReviewMsg.expertMaxLoad))), .th(.text(c(.status))), .th(.text(c(.actions))))),
                .tbody(.forEach(experts) { e in
                    .tr(.td(Components.zh(e.name, c)), .td(.text(e.disciplines.joined(separator: ", "))), .td(Self.keywords(e.keywords, c)), .td(.text(String(e.maxLoad))),
                        .td(.text(c(e.active ? ReviewMsg.expertActive : ReviewMsg.expertInactiveShort))),
                        .td(Components.form(action: ReviewURL.adminExpertActive(e.personID).path, c,
                            .input(.type(.hidden), .name("active"), .value(e.active ? "false" : "true")),
                            Components.submit(c(e.active ? ReviewMsg.expertDeactivate : ReviewMsg.expertActivate), secondary: true))))
                })))
        )).render()
    }

    /// Keywords as written, joined with the page language's separator, each Chinese one marked.
    static func keywords<C: HTML.BodyContext>(_ text: String, _ c: PageContext) -> Node<C> {
        let words = text.split(whereSeparator: { ";；,，、".contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let separator = c.language == .zh ? "；" : "; "
        return .group(words.enumerated().map { i, w in
            i == 0 ? Components.zh(w, c) : .group(.text(separator), Components.zh(w, c))
        })
    }
}
