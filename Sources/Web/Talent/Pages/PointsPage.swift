import Foundation
import KechuangCore
import Plot
import Talent

/// `/talent/points`: the points-based permanent-residence assessment (Art. 72): a GET form, then
/// every criterion with its points and source, the total against the threshold, and what would raise it.
struct PointsPage {
    let query: [String: String]
    let result: PointsAssessment.Result?
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        func v(_ k: String) -> String { query[k] ?? "" }
        let degrees = [("0", c(TalentMsg.talDegreeNone)), ("1", c(TalentMsg.talDegreeBachelor)), ("2", c(TalentMsg.talDegreeMaster)), ("3", c(TalentMsg.talDegreeDoctor))]
        return Layout(context: c, title: c(TalentMsg.talPointsTitle), content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(TalentURL.home.path), .text(c(TalentMsg.talTitle)))),
            .h1(.text(c(TalentMsg.talPointsTitle))),
            .p(.class("lead"), .text(c(TalentMsg.talPointsIntro))),
            .form(.method(.get), .action(TalentURL.points.path), .novalidate(),
                .input(.type(.hidden), .name("calculate"), .value("1")),
                Components.textField(.init(name: "salary", label: c(TalentMsg.talSalary), hint: c(TalentMsg.talSalaryHint), value: v("salary"), width: "width-5"), errors: errors, c),
                Components.textField(.init(name: "years_in_beijing", label: c(TalentMsg.talYearsInBeijing), value: v("years_in_beijing"), width: "width-5"), errors: errors, c),
                Components.selectField(name: "degree", label: c(TalentMsg.talDegree), options: degrees, selected: v("degree"), errors: errors, c),
                Components.textField(.init(name: "chinese", label: c(TalentMsg.talHSK), hint: c(TalentMsg.talHSKHint), value: v("chinese"), width: "width-5"), errors: errors, c),
                Components.textField(.init(name: "age", label: c(TalentMsg.talAge), value: v("age"), width: "width-5"), errors: errors, c),
                Components.checkbox(name: "catalogue_match", value: "1", label: c(TalentMsg.talCatalogueMatch), checked: v("catalogue_match") == "1"),
                Components.checkbox(name: "innovation_employer", value: "1", label: c(TalentMsg.talInnovationEmployer), checked: v("innovation_employer") == "1"),
                Components.checkbox(name: "achievement_in_use", value: "1", label: c(TalentMsg.talAchievementInUse), checked: v("achievement_in_use") == "1"),
                Components.submit(c(TalentMsg.talPointsButton))),
            .unwrap(result) { r in .group(
                .h2(.id("result"), .text(c(TalentMsg.talResultTitle))),
                .p(.strong(.text("\(c(TalentMsg.talTotalPoints))\(TalentText.colon(c))\(r.total) / \(c(TalentMsg.talThreshold)) \(r.table.threshold)"))),
                .p(.text(r.eligible ? c(TalentMsg.talEligible) : "\(c(TalentMsg.talNotEligible)) \(r.shortfall)\(c.language == .zh ? " 分（第七十二条）。" : " points (Art. 72).")")),
                .p(.text("\(c(TalentMsg.talEffectiveFrom))\(TalentText.colon(c))\(r.table.effectiveFrom.description)")),
                Components.scrollTable(label: c(TalentMsg.talResultTitle),
                    .thead(.tr(.th(.text(c(TalentMsg.talCriterion))), .th(.text(c(TalentMsg.talValue))), .th(.text(c(TalentMsg.talPoints))),
                               .th(.text(c(TalentMsg.talMaximum))), .th(.text(c(TalentMsg.talSource))))),
                    .tbody(.forEach(r.lines) { l in
                        .tr(.th(.attribute(named: "scope", value: "row"), .text(c.text(l.criterion.label))),
                            .td(.text(Self.answer(l, c))), .td(.text(String(l.points))), .td(.text(String(l.criterion.maximum))),
                            .td(.text("\(c.text(l.criterion.source))" + Components.parenthesised(l.criterion.basis.text(in: c.language), c)),
                                .unwrap(PointsAssessment.provenance[l.criterion.id]) { p in
                                    .p(.class("hint"), .text((c.language == .zh ? "本项来历：" : "Where this line comes from: ") + c.text(p.modelledOn)))
                                }))
                    })),
                .h3(.text(c(TalentMsg.talRaiseTitle))),
                .if(r.raises.isEmpty, .p(.text(c(TalentMsg.talRaiseNone))), else: .ul(.forEach(r.raises) { l in
                    .li(.text("\(c.text(l.criterion.label))\(TalentText.colon(c))\(c(TalentMsg.talRaiseTo)) \(c.text(l.next?.band.label ?? LocalizedText(zh: "", en: ""))) +\(l.next?.gain ?? 0)"))
                })),
                .if(c.can(.useTalentServices), .p(.a(.class("button"), .href(SiteURL.Link(path: TalentURL.services.path, query: ["kind": ServiceKind.residencePermit.rawValue]).string),
                                                    .text(c(TalentMsg.talFileResidence))))))
            }
        )).render()
    }

    static func answer(_ l: PointsAssessment.Line, _ c: PageContext) -> String {
        guard let value = l.value else { return c(TalentMsg.talNotGiven) }
        if let band = l.band { return c.text(band.label) }
        switch l.criterion.measure {
        case .catalogueMatch, .innovationEmployer, .achievementInUse: return value == 1 ? c(TalentMsg.talYes) : c(TalentMsg.talNo)
        default: return String(value)
        }
    }
}
