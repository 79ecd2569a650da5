import Export
import Foundation
import KechuangCore
import Plot
import Policy
import Projects

struct CallPage {
    let call: Call
    let programme: Programme
    let now: Date

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: CallText.title(call, c), content: .div(
            .h1(Written.text(CallText.title(call, c), c)),
            .p(.class("status"), .strong(.text(c(CallText.status(call, at: now))))),
            .if(call.isOpen(at: now) && (c.person?.memberships.contains { $0.role == .applicant } ?? false),
                Components.form(action: ProjectsURL.callApply(call.id.rawValue).path, c, Components.submit(c(ProjectsMsg.appApply)))),
            .dl(
                .class("meta"),
                .dt(.text(c(ProjectsMsg.callProgramme))), .dd(Written.text(c.language == .en && !programme.nameEn.isEmpty ? programme.nameEn : programme.nameZh, c)),
                .dt(.text(c(ProjectsMsg.callOpens))), .dd(.text(BeijingTime.display(call.opensAt, c.language))),
                .dt(.text(c(ProjectsMsg.callCloses))), .dd(.text(BeijingTime.display(call.closesAt, c.language))),
                .dt(.text(c(ProjectsMsg.callBudget))), .dd(.text(CallText.money(call.totalBudget, c))),
                .dt(.text(c(ProjectsMsg.callAward))), .dd(.text(CallText.money(call.typicalAward, c))),
                .dt(.text(c(ProjectsMsg.callBudgetMode))), .dd(.text(c.text(call.budgetMode.label))),
                .dt(.text(c(ProjectsMsg.callSelectionMode))), .dd(.text(c.text(call.selectionMode.label))),
                .if(!call.negativeList.isEmpty, .group(.dt(.text(c(ProjectsMsg.callNegativeList))), .dd(.text(call.negativeList.map { CallText.category($0, c) }.joined(separator: c.language == .zh ? "、" : ", "))))),
                .if(!call.requiredDocuments.isEmpty, .group(.dt(.text(c(ProjectsMsg.callRequiredDocuments))), .dd(Written.text(call.requiredDocuments.joined(separator: c.language == .zh ? "；" : "; "), c))))
            ),
            .if(!call.eligibilityRules.isEmpty, .section(
                .h2(.text(c(ProjectsMsg.callEligibility))),
                .ul(.forEach(call.eligibilityRules) { rule in
                    .li(Written.text(c.text(rule.description), c), .text(" "),
                        .unwrap(rule.article) { article in
                            .a(.href(PolicyURL.policyArticle(Policy.regulationID, "第\(ChineseNumeral.string(article.article))条").path),
                               .text(CallText.cited(article, c)))
                        },
                        .if(rule.article == nil, .span(.class("hint"), .text(c(ProjectsMsg.callOwnCondition)))))
                })
            )),
            .section(
                .h2(.text(c(ProjectsMsg.callGuideline))),
                .forEach((c.language == .en && !call.guidelineEn.isEmpty ? call.guidelineEn : call.guidelineZh)
                    .split(separator: "\n").map(String.init)) { Written.paragraph($0, c) }
            )
        )).render()
    }
}
