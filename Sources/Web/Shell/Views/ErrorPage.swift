import Identity
import KechuangCore
import Plot
import Vapor

struct ErrorPage {
    let status: HTTPStatus
    let title: String
    let detail: String?
    let basis: LegalBasis?
    let fieldErrors: [FieldError]
    let requestID: String

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: title, content: .div(
            Components.errorSummary(fieldErrors, c),
            .h1(.text(title)),
            .unwrap(detail) { .p(.text($0)) },
            .unwrap(basis) { basis in
                .p(.class("basis"), .text(c.language == .zh ? "依据：\(basis.text(in: .zh))" : "Basis: \(basis.text(in: .en))"))
            },
            .if(status.code >= 500, .p(.class("hint"), .text(c.language == .zh ? "请求编号：\(requestID)" : "Request id: \(requestID)"))),
            .p(.a(.href(SiteURL.home.path), .text(c(.navHome))))
        )).render()
    }
}
