import Foundation
import Identity
import KechuangCore
import Market
import Plot

private typealias M = MarketScenarioMsg

/// `/certification`: every certificate issued, with its status (in force, expired, revoked with the reason).
struct CertificatesPage {
    let certificates: [CertificationApplication]
    let today: BeijingDay

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(M.mcrTitle), content: .div(
            .h1(.text(c(M.mcrTitle))),
            .p(.class("lead"), .text(c(M.mcrIntro))),
            .ul(
                .li(.a(.href(ScenarioURL.scenarios.path), .text(c(M.mscTitle)))),
                .if(c.can(.applyForCertification), .li(.a(.href(CertificationURL.apply.path), .text(c(M.mcrApplyLink))))),
                .if(c.can(.applyForCertification), .li(.a(.href(ScenarioURL.mine.path), .text(c(M.mcrMineTitle))))),
                .if(c.can(.manageCertification), .li(.a(.href(CertificationURL.admin.path), .text(c(M.mcrAdminLink)))))
            ),
            .if(certificates.isEmpty, .p(.text(c(M.mcrNone))), else: Components.scrollTable(label: c(M.mcrTitle),
                .thead(.tr(.th(.text(c(M.mcrNumber))), .th(.text(c(M.mcrKind))), .th(.text(c(M.mcrName))), .th(.text(c(M.mscOrganisation))),
                           .th(.text(c(M.mcrValidity))), .th(.text(c(M.mcrStatus))), .th(.text(c(M.mcrRevocationReason))))),
                .tbody(.forEach(certificates) { a in
                    .tr(.td(.text(a.certificateNumber ?? "")), .td(.text(c.text(a.kind.label))), .td(Components.lang(of: a.name, c), .text(a.name)),
                        .td(Components.zh(a.organisationName, c)), .td(.text(CertificationComponents.validity(a))),
                        .td(.text(CertificationComponents.status(a, today: today, c))),
                        .td(Components.lang(of: a.revocationReason, c), .text(a.revocationReason.isEmpty ? "—" : a.revocationReason)))
                })
            ))
        )).render()
    }
}

/// `/certification/apply`: choose the kind (a GET form, no script), then the criteria of that kind.
struct CertificationApplyPage {
    let kind: CertificationKind?
    let organisations: [(UUID, String)]
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let value = { (k: String) in values[k] ?? "" }
        // Without a kind only the kind's field is on the page, so only its error is listed.
        let shown = kind == nil ? errors.filter { $0.field == "kind" } : errors
        return Layout(context: c, title: c(M.mcrApplyTitle), content: .div(
            .class("narrow"),
            Components.errorSummary(shown, c),
            .p(.a(.href(CertificationURL.certificates.path), .text(c(M.mcrTitle)))),
            .h1(.text(c(M.mcrApplyTitle))),
            .p(.class("lead"), .text(c(M.mcrApplyIntro))),
            .form(.method(.get), .action(CertificationURL.apply.path),
                Components.selectField(name: "kind", label: c(M.mcrKind), hint: c(M.mcrKindHint), options: Components.options(CertificationKind.self, \.label, c),
                                       selected: kind?.rawValue ?? value("kind"), errors: kind == nil ? errors : [], c),
                Components.submit(c(M.mcrKindStep), secondary: true)),
            .if(organisations.isEmpty, .p(.class("notice"), .text(c(M.mscNoOrganisation)))),
            .unwrap(kind) { kind in
                Components.form(action: CertificationURL.apply.path, c,
                    .input(.type(.hidden), .name("kind"), .value(kind.rawValue)),
                    Components.selectField(name: "organisation_id", label: c(M.mscOrganisation), options: organisations.map { ($0.0.uuidString.lowercased(), $0.1) },
                                           selected: value("organisation_id").lowercased(), errors: errors, c),
                    Components.textField(.init(name: "name", label: c(M.mcrName), hint: c(M.mcrNameHint), value: value("name")), errors: errors, c),
                    Components.textArea("description", c(M.mcrDescription), nil, value("description"), errors, c),
                    Components.textField(.init(name: "discipline", label: c(M.mscDiscipline), hint: c(M.mscDisciplineHint), value: value("discipline"), width: "width-5"), errors: errors, c),
                    .h2(.text(c(M.mcrCriteria))),
                    .p(.text(c(M.mcrCriteriaIntro))),
                    .forEach(CertificationCriteria.criteria(for: kind)) { cr in
                        Components.textArea("evidence_\(cr.id)", c.text(cr.text) + CertificationComponents.basis(cr, c),
                                            c.text(cr.evidenceHint), value("evidence_\(cr.id)"), errors, c)
                    },
                    Components.submit(c(M.mcrApplyButton))
                )
            }
        )).render()
    }
}

/// `/certification/applications/:id`: the application as its organisation sees it.
struct CertificationApplicationPage {
    let application: CertificationApplication

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(M.mcrApplicationTitle), content: .div(
            .p(.a(.href(ScenarioURL.mine.path), .text(c(M.mcrMineTitle)))),
            .h1(.text(c(M.mcrApplicationTitle) + (c.language == .zh ? "：" : ": ")), Components.lang(of: application.name, c), .text(application.name)),
            CertificationComponents.application(application, c)
        )).render()
    }
}

/// `/admin/certification`: every application.
struct CertificationAdminListPage {
    let applications: [CertificationApplication]

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(M.mcrAdminTitle), content: .div(
            .p(.a(.href(CertificationURL.certificates.path), .text(c(M.mcrTitle)))),
            .h1(.text(c(M.mcrAdminTitle))),
            .p(.class("lead"), .text(c(M.mcrAdminIntro))),
            .if(applications.isEmpty, .p(.text(c(M.mcrAdminNone))), else: Components.scrollTable(label: c(M.mcrAdminTitle),
                .thead(.tr(.th(.text(c(M.mcrName))), .th(.text(c(M.mcrKind))), .th(.text(c(M.mscOrganisation))), .th(.text(c(M.mcrStatus))), .th(.text(c(M.mcrNumber))))),
                .tbody(.forEach(applications) { a in
                    .tr(.td(.a(.href(CertificationURL.adminApplication(a.id.rawValue).path), Components.lang(of: a.name, c), .text(a.name))),
                        .td(.text(c.text(a.kind.label))), .td(Components.zh(a.organisationName, c)), .td(.text(c.text(a.state.label))),
                        .td(.text(a.certificateNumber ?? "—")))
                })
            ))
        )).render()
    }
}

/// `/admin/certification/:id`: the application, its panel, the decision and revocation.
struct CertificationAdminPage {
    let application: CertificationApplication
    let panel: MarketPanel?
    let reviews: [PanelReview]
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let value = { (k: String) in values[k] ?? "" }
        let undecided = [.submitted, .reviewing].contains(application.state)
        return Layout(context: c, title: c(M.mcrApplicationTitle), content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(CertificationURL.admin.path), .text(c(M.mcrAdminTitle)))),
            .h1(.text(c(M.mcrApplicationTitle) + (c.language == .zh ? "：" : ": ")), Components.lang(of: application.name, c), .text(application.name)),
            CertificationComponents.application(application, c),
            .h2(.text(c(M.mscPanelTitle))),
            .p(.class("hint"), .text(c(M.mscPanelIntro))),
            ScenarioComponents.panel(panel, reviews, c),
            .if(undecided && !reviews.contains { $0.submittedAt != nil },
                ScenarioComponents.panelForm(action: CertificationURL.adminPanel(application.id.rawValue).path, errors: errors, c)),
            .if(undecided, .group(
                .h2(.text(c(M.mscDecisionTitle))),
                Components.form(action: CertificationURL.adminDecision(application.id.rawValue).path, c,
                    Components.selectField(name: "decision", label: c(M.mscDecision), options: [("certify", c(M.mcrCertify)), ("refuse", c(M.mcrRefuse))],
                                           selected: value("decision"), errors: errors, c),
                    Components.textArea("reason", c(M.mscReason), c(M.mscReasonHint), value("reason"), errors, c),
                    Components.submit(c(M.mcrDecideButton))
                )
            )),
            .if(application.state == .certified, .group(
                .h2(.text(c(M.mcrRevokeTitle))),
                Components.form(action: CertificationURL.adminRevoke(application.id.rawValue).path, c,
                    Components.textArea("revocation_reason", c(M.mcrRevocationReason), c(M.mscReasonHint), value("revocation_reason"), errors, c),
                    Components.submit(c(M.mcrRevokeButton), secondary: true)
                )
            ))
        )).render()
    }
}
