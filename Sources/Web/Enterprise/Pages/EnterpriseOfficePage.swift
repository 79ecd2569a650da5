import Enterprise
import Foundation
import Identity
import KechuangCore
import Plot

/// `/enterprises/office`: the district verifies profiles; officers match benefits for every
/// verified profile, confirm the matches, and settle voucher claims.
struct EnterpriseOfficePage {
    let awaiting: [(EnterpriseProfile, String)]
    let pending: [(BenefitMatch, Benefit, String)]
    let claims: [(Redemption, String, String)]
    let matchingYear: Int
    let criteriaImported: Bool
    var errors: [FieldError] = []

    static func note(_ id: UUID, _ c: PageContext) -> Node<HTML.FormContext> {
        let fieldID = "note-\(id.uuidString.lowercased())"
        return .div(.class("field"), .label(.for(fieldID), .text(c(EnterpriseMsg.entNote))),
                    .input(.id(fieldID), .name("note"), .type(.text), .class("input width-20")))
    }

    func render(_ c: PageContext) -> String {
        let colon = EnterpriseText.colon(c)
        return Layout(context: c, title: c(EnterpriseMsg.entOfficeTitle), content: .div(
            Components.errorSummary(errors.map { FieldError(field: "office", rule: $0.rule, message: $0.message, basis: $0.basis) }, c),
            .p(.a(.href(EnterpriseURL.home.path), .text(c(EnterpriseMsg.entHomeTitle)))),
            .h1(.id(Components.fieldID("office")), .text(c(EnterpriseMsg.entOfficeTitle))),
            .p(.a(.href(EnterpriseSetupURL.index.path), .text(c(EnterpriseMsg.entSetupLink)))),
            .h2(.text(c(EnterpriseMsg.entVerifyTitle))),
            .if(awaiting.isEmpty, .p(.text(c(EnterpriseMsg.entVerifyNone))), else: .ul(.forEach(awaiting) { p, name in
                .li(.strong(Components.zh(name, c)), .text(" · \(p.year) · \(c.text(p.figures.district.label)) · "),
                    .text(TierCriteria.evaluate(ProfileFacts(year: p.year, figures: p.figures), at: Date()).reached.map { c.text($0.label) } ?? c(EnterpriseMsg.entTierNone)),
                    Components.form(action: EnterpriseURL.verify(p.id.rawValue).path, c, Self.note(p.id.rawValue, c),
                                    .button(.type(.submit), .name("decision"), .value("verify"), .class("button"), .text(c(EnterpriseMsg.entVerify))),
                                    .button(.type(.submit), .name("decision"), .value("return"), .class("button button-secondary"), .text(c(EnterpriseMsg.entReturn)))))
            })),
            .h2(.text(c(EnterpriseMsg.entMatchingTitle) + Components.parenthesised(Components.article(ArticleRef(23, paragraph: 3), c), c))),
            Components.form(action: EnterpriseURL.runMatching.path, c,
                            .input(.type(.hidden), .name("year"), .value(String(matchingYear))),
                            Components.submit("\(c(EnterpriseMsg.entRunMatching)) (\(matchingYear))")),
            .h3(.text(c(EnterpriseMsg.entPendingTitle))),
            .if(pending.isEmpty, .p(.text(c(EnterpriseMsg.entPendingNone))), else: .ul(.forEach(pending) { m, b, name in
                .li(.strong(Components.zh(name, c)), .text(colon), Components.localized(zh: b.titleZh, en: b.titleEn, c), .text(" · \(m.year)"),
                    .ul(.forEach(m.reasons) { EnterpriseText.result($0, c) }),
                    Components.form(action: EnterpriseURL.decide(m.id.rawValue).path, c, Self.note(m.id.rawValue, c),
                                    .button(.type(.submit), .name("decision"), .value("confirm"), .class("button"), .text(c(EnterpriseMsg.entConfirm))),
                                    .button(.type(.submit), .name("decision"), .value("decline"), .class("button button-secondary"), .text(c(EnterpriseMsg.entDecline)))))
            })),
            .h2(.text(c(EnterpriseMsg.entClaimsTitle))),
            .if(claims.isEmpty, .p(.text(c(EnterpriseMsg.entClaimsNone))), else: .ul(.forEach(claims) { r, enterprise, provider in
                .li(.strong(Components.zh(enterprise, c)), .text(" → "), Components.zh(provider, c),
                    .text(" · \(c.text(r.service.label)) · \(EnterpriseText.yuan(r.amountFen, c)) · \(c(EnterpriseMsg.entServiceRecord))\(colon)"), Components.zh(r.serviceRecord, c),
                    Components.form(action: EnterpriseURL.settle(r.id.rawValue).path, c, Components.submit(c(EnterpriseMsg.entSettle), secondary: true)))
            })),
            .h2(.text(c(EnterpriseMsg.entTiersTitle))),
            .if(criteriaImported, .p(.text(c(EnterpriseMsg.entImported))),
                else: Components.form(action: EnterpriseURL.importCriteria.path, c, Components.submit(c(EnterpriseMsg.entImportCriteria), secondary: true)))
        )).render()
    }
}
