import Foundation
import Identity
import Integrity
import KechuangCore
import Plot
import Projects
import Review

struct ExpertProfilePage {
    let profile: ExpertProfile
    let values: [String: String]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        func value(_ k: String) -> String { values[k] ?? "" }
        return Layout(context: c, title: c(ReviewMsg.expertTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(c(ReviewMsg.expertTitle))),
            .p(.text(c(ReviewMsg.expertIntro))),
            .if(!profile.active && profile.version > 0, .p(.class("warning"), .text(c(ReviewMsg.expertInactive)))),
            Components.form(action: ReviewURL.expertProfile.path, c,
                .input(.type(.hidden), .name("version"), .value(value("version"))),
                Components.textField(.init(name: "disciplines", label: c(ReviewMsg.expertDisciplines), hint: c(ReviewMsg.expertDisciplinesHint), value: value("disciplines")), errors: errors, c),
                Components.textField(.init(name: "keywords", label: c(ReviewMsg.expertKeywords), hint: c(ProjectsMsg.appKeywordsHint), value: value("keywords")), errors: errors, c),
                Components.textArea("expertise", c(ReviewMsg.expertExpertise), nil, value("expertise"), errors, c),
                .fieldset(.element(named: "legend", nodes: [.text(c(ReviewMsg.expertLanguages))]),
                    Self.languageBox("lang_zh", "中文", checked: value("lang_zh") == "yes", c),
                    Self.languageBox("lang_en", "English", checked: value("lang_en") == "yes", c)),
                Components.textField(.init(name: "max_load", label: c(ReviewMsg.expertMaxLoad), value: value("max_load"), type: .number, width: "width-4"), errors: errors, c),
                Components.textArea("availability", c(ReviewMsg.expertAvailability), c(ReviewMsg.expertAvailabilityHint), value("availability"), errors, c),
                Components.textArea("past_affiliations", c(ReviewMsg.expertPast), c(ReviewMsg.expertPastHint), value("past_affiliations"), errors, c),
                Components.textArea("declared_conflicts", c(ReviewMsg.expertDeclared), c(ReviewMsg.expertDeclaredHint), value("declared_conflicts"), errors, c),
                Components.submit(c(.save)))
        )).render()
    }

    /// A language's checkbox, labelled with the language's own name (中文, English) marked with its `lang`.
    static func languageBox<C: HTML.BodyContext>(_ name: String, _ autonym: String, checked: Bool, _ c: PageContext) -> Node<C> {
        let id = Components.fieldID(name + "-yes")
        let lang = name == "lang_zh" ? (c.language == .zh ? nil : "zh-CN") : (c.language == .en ? nil : "en")
        return .div(.class("checkbox"),
            .input(.id(id), .type(.checkbox), .name(name), .value("yes"), .checked(checked)),
            .label(.for(id), .attribute(named: "lang", value: lang), .text(autonym)))
    }
}
