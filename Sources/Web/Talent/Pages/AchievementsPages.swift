import Foundation
import KechuangCore
import Plot
import Talent

/// `/talent/achievements`: the person's representative achievements (Art. 41): at most five, any
/// kind, each with evidence; a sixth is refused citing Art. 41.
struct AchievementsPage {
    let achievements: [Achievement]
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let kinds = AchievementKind.allCases.map { ($0.rawValue, c.text($0.label)) }
        let hint = AchievementKind.allCases.map { "\(c.text($0.label))\(TalentText.colon(c))\(c.text($0.evidenceHint))" }.joined(separator: c.language == .zh ? "；" : "; ")
        return Layout(context: c, title: c(TalentMsg.talAchievementsTitle), content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(TalentURL.home.path), .text(c(TalentMsg.talTitle)))),
            .h1(.text(c(TalentMsg.talAchievementsTitle))),
            .p(.class("lead"), .text(c(TalentMsg.talAchievementsIntro))),
            .p(.text("\(c(TalentMsg.talSlots))\(TalentText.colon(c))\(achievements.count) / \(TalentRules.maximumAchievements)")),
            .if(achievements.isEmpty, .p(.text(c(TalentMsg.talNoAchievements))), else: .ol(.forEach(achievements) { a in
                .li(.h2(.text("\(c.text(a.kind.label)) · "), Components.zh(a.title, c), .text(" (\(a.year))")),
                    .p(.text(c(TalentMsg.talEvidence) + TalentText.colon(c)), Components.zh(a.evidence, c)),
                    .p(.text(c(TalentMsg.talContribution) + TalentText.colon(c)), Components.zh(a.contribution, c)),
                    Components.form(action: TalentURL.removeAchievement(a.id.rawValue).path, c, Components.submit(c(TalentMsg.talRemoveButton), secondary: true)))
            })),
            .if(achievements.count >= TalentRules.maximumAchievements, .p(.strong(.text(c(TalentMsg.talFull))))),
            .h2(.text(c(TalentMsg.talAddButton))),
            Components.form(action: TalentURL.achievements.path, c,
                Components.selectField(name: "kind", label: c(TalentMsg.talKind), options: kinds, selected: values["kind"], errors: errors, c),
                Components.textField(.init(name: "title", label: c(TalentMsg.talAchTitle), value: values["title"] ?? ""), errors: errors, c),
                Components.textField(.init(name: "year", label: c(TalentMsg.talYear), value: values["year"] ?? "", width: "width-5"), errors: errors, c),
                Components.textField(.init(name: "evidence", label: c(TalentMsg.talEvidence), hint: hint, value: values["evidence"] ?? ""), errors: errors, c),
                Components.textArea("contribution", c(TalentMsg.talContribution), nil, values["contribution"] ?? "", errors, c),
                Components.submit(c(TalentMsg.talAddButton)))
        )).render()
    }
}

/// `/talent/people/:id`: what an evaluator reads: the representative achievements, nothing counted (Art. 41, 50(1)).
struct DossierPage {
    let dossier: EvaluationDossier

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(TalentMsg.talDossierTitle), content: .div(
            .h1(.text(c(TalentMsg.talDossierTitle) + TalentText.colon(c)), Components.zh(dossier.name, c)),
            .p(.class("lead"), .text(c(TalentMsg.talDossierIntro))),
            .p(.text("\(c(TalentMsg.talNationality))\(TalentText.colon(c))\(dossier.nationality)")),
            .if(dossier.achievements.isEmpty, .p(.text(c(TalentMsg.talNoAchievements))), else: Components.scrollTable(label: c(TalentMsg.talDossierTitle),
                .thead(.tr(.th(.text(c(TalentMsg.talKind))), .th(.text(c(TalentMsg.talAchTitle))), .th(.text(c(TalentMsg.talYear))),
                           .th(.text(c(TalentMsg.talEvidence))), .th(.text(c(TalentMsg.talContribution))))),
                .tbody(.forEach(dossier.achievements) { a in
                    .tr(.td(.text(c.text(a.kind.label))), .td(Components.zh(a.title, c)), .td(.text(String(a.year))),
                        .td(Components.zh(a.evidence, c)), .td(Components.zh(a.contribution, c)))
                })))
        )).render()
    }
}
