import Enterprise
import Foundation
import Identity
import KechuangCore
import Plot

/// `/enterprises/provider`: redemptions at the providers the person speaks for; the provider
/// claims settlement with the service record.
struct ProviderPage {
    let redemptions: [(Redemption, String)]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let colon = EnterpriseText.colon(c)
        return Layout(context: c, title: c(EnterpriseMsg.entProviderTitle), content: .div(
            Components.errorSummary(errors.map { FieldError(field: "provider", rule: $0.rule, message: $0.message, basis: $0.basis) }, c),
            .p(.a(.href(EnterpriseURL.home.path), .text(c(EnterpriseMsg.entHomeTitle)))),
            .h1(.id(Components.fieldID("provider")), .text(c(EnterpriseMsg.entProviderTitle))),
            .if(redemptions.isEmpty, .p(.text(c(EnterpriseMsg.entProviderNone))), else: .ul(.forEach(redemptions) { r, enterprise in
                .li(.strong(Components.zh(enterprise, c)), .text(" · \(r.redeemedOn) · \(c.text(r.service.label)) · \(EnterpriseText.yuan(r.amountFen, c)) · \(c.text(r.state.label))"),
                    .if(!r.description.isEmpty, .p(.text(c(EnterpriseMsg.entDescription) + colon), Components.zh(r.description, c))),
                    .if(r.state == .redeemed, Components.form(action: EnterpriseURL.claim(r.id.rawValue).path, c,
                        .div(.class("field"), .label(.for("record-\(r.id.uuidString.lowercased())"), .text(c(EnterpriseMsg.entServiceRecord))),
                             .input(.id("record-\(r.id.uuidString.lowercased())"), .name("service_record"), .type(.text), .class("input width-20"))),
                        Components.submit(c(EnterpriseMsg.entClaim))),
                        else: .p(.text(c(EnterpriseMsg.entServiceRecord) + colon), Components.zh(r.serviceRecord, c))))
            }))
        )).render()
    }
}
