import Foundation
import Grants
import Identity
import KechuangCore
import Plot

/// `/projects/:id/agreement`: the task agreement's terms, its signatures (who, when, the SHA-256
/// signed, whether it still holds), the PI's edit form and the signing step of whoever's turn it is.
struct AgreementPage {
    /// What the viewer may do now (the service decides again on every step).
    struct Permissions {
        var edit: Bool
        var sign: AgreementParty?

        init(edit: Bool, sign: AgreementParty?) {
            self.edit = edit
            self.sign = sign
        }

        init(_ project: Project, _ viewer: Person, stage: AgreementStage) {
            let isPI = ProjectAccess.may(.edit, project, as: viewer)
            edit = isPI && stage != .signed
            sign = switch stage {
            case .draft: isPI ? .principalInvestigator : nil
            case .submitted: ProjectAccess.may(.approve, project, as: viewer) ? .researchOffice : nil
            case .approved: ProjectAccess.may(.manage, project, as: viewer) ? .programmeOfficer : nil
            case .signed: nil
            }
        }
    }

    let view: AgreementView
    let may: Permissions
    var errors: [FieldError] = []
    var form: AgreementForm? = nil

    func render(_ c: PageContext) -> String {
        let p = view.project
        return Layout(context: c, title: "\(p.number) · \(c(GrantsMsg.agrTitle))", content: .div(
            Components.errorSummary(errors, c),
            .p(.class("caption"), .a(.href(GrantsURL.project(p.id.rawValue).path), .text(p.number))),
            .h1(.text(c(GrantsMsg.agrTitle))),
            .p(.class("lead"), GrantsCoreText.title(p, c)),
            .p(.text(c(GrantsMsg.agrIntro))),
            GrantsCoreText.dl([
                GrantsCoreText.row(c(GrantsMsg.agrStage), .strong(.text(c.text(view.stage.label)))),
                GrantsCoreText.row(c(GrantsMsg.agrHash), .group(.code(.text(view.sha256)), .p(.class("hint"), .text(c(GrantsMsg.agrHashHint))))),
            ]),
            .p(.a(.href(GrantsURL.agreementPDF(p.id.rawValue).path), .text(c(GrantsMsg.agrPDF)))),
            signatures(c),
            .unwrap(may.sign) { party in signForm(party, c) },
            AgreementTermsView.terms(view.agreement.terms, c),
            .if(may.edit, editForm(c))
        )).render()
    }

    private func signatures(_ c: PageContext) -> Node<HTML.BodyContext> {
        .section(.h2(.text(c(GrantsMsg.agrSignatures))),
                 .if(view.agreement.signatures.isEmpty, .p(.text(c(GrantsMsg.agrNoSignatures))), else: Components.scrollTable(label: c(GrantsMsg.agrSignatures),
                    .thead(.tr(.th(.text(c(GrantsMsg.agrParty))), .th(.text(c(GrantsMsg.agrSigner))), .th(.text(c(GrantsMsg.agrAt))),
                               .th(.text(c(GrantsMsg.agrSigned))), .th(.text(c(GrantsMsg.agrStage))))),
                    .tbody(.forEach(view.agreement.signatures) { s in
                        .tr(.td(.text(c.text(s.party.label))), .td(Components.zh(s.name, c)), .td(.text(BeijingTime.display(s.at, c.language))),
                            .td(.code(.text(String(s.sha256.prefix(16)) + "…"))),
                            .td(.text(c(view.validSignatures.contains(s) ? GrantsMsg.agrValid : GrantsMsg.agrInvalid))))
                    }))))
    }

    private func signForm(_ party: AgreementParty, _ c: PageContext) -> Node<HTML.BodyContext> {
        let label: GrantsMsg = switch party {
        case .principalInvestigator: .agrSignPI
        case .researchOffice: .agrSignOffice
        case .programmeOfficer: .agrSignOfficer
        }
        return .section(.class("card"), .id(Components.fieldID("form")),
            Components.form(action: GrantsURL.agreementSign(view.project.id.rawValue).path, c,
                .input(.type(.hidden), .name("party"), .value(party.rawValue)),
                .input(.type(.hidden), .name("sha256"), .value(view.sha256)),
                Components.submit(c(label))))
    }

    private func editForm(_ c: PageContext) -> Node<HTML.BodyContext> {
        let current = AgreementInput(view.agreement.terms, version: view.agreement.version)
        let f = form
        return .section(.class("card"),
            .h2(.text(c(GrantsMsg.agrEdit))),
            .p(.class("hint"), .text(c(GrantsMsg.agrEditHint))),
            Components.form(action: GrantsURL.agreement(view.project.id.rawValue).path, c,
                .input(.type(.hidden), .name("version"), .value(String(view.agreement.version))),
                Components.textArea("objectives_zh", c(GrantsMsg.agrObjectivesZh), nil, f?.objectives_zh ?? current.objectivesZh, errors, c),
                Components.textArea("objectives_en", c(GrantsMsg.agrObjectivesEn), nil, f?.objectives_en ?? current.objectivesEn, errors, c),
                Components.textArea("deliverables_zh", c(GrantsMsg.agrDeliverablesZh), nil, f?.deliverables_zh ?? current.deliverablesZh, errors, c),
                Components.textArea("deliverables_en", c(GrantsMsg.agrDeliverablesEn), nil, f?.deliverables_en ?? current.deliverablesEn, errors, c),
                Components.textArea("indicators", c(GrantsMsg.agrIndicators), c(GrantsMsg.agrIndicatorsHint), f?.indicators ?? current.indicators, errors, c),
                Components.textArea("milestones", c(GrantsMsg.agrMilestones), c(GrantsMsg.agrMilestonesHint), f?.milestones ?? current.milestones, errors, c),
                Components.textArea("budget_by_year", c(GrantsMsg.agrBudget), c(GrantsMsg.agrBudgetHint), f?.budget_by_year ?? current.budgetByYear, errors, c),
                Components.textArea("tranches", c(GrantsMsg.agrTranches), c(GrantsMsg.agrTranchesHint), f?.tranches ?? current.tranches, errors, c),
                Components.submit(c(GrantsMsg.agrSave))))
    }
}

/// The terms as tables: on the agreement page and in the printed document.
enum AgreementTermsView {
    static func terms(_ t: AgreementTerms, _ c: PageContext) -> Node<HTML.BodyContext> {
        let titles = Dictionary(uniqueKeysWithValues: t.milestones.map { ($0.id, $0) })
        return .div(
            .h2(.text(c(GrantsMsg.agrObjectives))),
            .p(Components.zh(t.objectivesZh, c)), .p(Components.en(t.objectivesEn, c)),
            .h2(.text(c(GrantsMsg.agrDeliverables))),
            .p(Components.zh(t.deliverablesZh, c)), .p(Components.en(t.deliverablesEn, c)),
            .h2(.text(c(GrantsMsg.agrIndicators))),
            Components.scrollTable(label: c(GrantsMsg.agrIndicators),
                .thead(.tr(.th(.text(c(GrantsMsg.agrIndicatorName))), .th(.text(c(GrantsMsg.agrUnit))), .th(.class("numeric"), .text(c(GrantsMsg.agrTarget))))),
                .tbody(.forEach(t.indicators) { i in
                    .tr(.td(Components.localized(zh: i.nameZh, en: i.nameEn, c)), .td(Components.zh(i.unit, c)), .td(.class("numeric"), .text(AgreementText.number(i.target))))
                })),
            .h2(.text(c(GrantsMsg.agrMilestones))),
            Components.scrollTable(label: c(GrantsMsg.agrMilestones),
                .thead(.tr(.th(.text(c(GrantsMsg.agrDue))), .th(.text(c(GrantsMsg.agrMilestone))))),
                .tbody(.forEach(t.milestones) { m in .tr(.td(.text(m.due.description)), .td(Components.localized(zh: m.titleZh, en: m.titleEn, c))) })),
            .h2(.text(c(GrantsMsg.agrBudget))),
            Components.scrollTable(label: c(GrantsMsg.agrBudget),
                .thead(.tr(.th(.text(c(GrantsMsg.agrYear))), .th(.class("numeric"), .text(c(GrantsMsg.agrAmount))))),
                .tbody(.forEach(t.budgetByYear) { y in .tr(.td(.text(String(y.year))), .td(.class("numeric"), .text(GrantsCoreText.money(y.amount, c)))) })),
            .h2(.text(c(GrantsMsg.agrTranches))),
            Components.scrollTable(label: c(GrantsMsg.agrTranches),
                .thead(.tr(.th(.class("numeric"), .text(c(GrantsMsg.agrAmount))), .th(.text(c(GrantsMsg.agrMilestone))))),
                .tbody(.forEach(t.tranches) { tr in
                    .tr(.td(.class("numeric"), .text(GrantsCoreText.money(tr.amount, c))),
                        .td(tr.milestoneID.flatMap { titles[$0] }.map { m -> Node<HTML.BodyContext> in Components.localized(zh: m.titleZh, en: m.titleEn, c) }
                            ?? .text(c(GrantsMsg.agrOnSignature))))
                }))
        )
    }
}
