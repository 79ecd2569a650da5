import Foundation
import KechuangCore
import Projects
import Vapor

/// The call linter for officers: a page that highlights each finding in the text, pasted (Simplified,
/// Traditional or English) or extracted from an uploaded PDF guideline. The API is `CallAPIRoutes`.
struct CallLintRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, ProjectsURL.callLint, action: .lintCallText, use: page)
        routes.on(.POST, ProjectsURL.callLint, action: .lintCallText, bodyLimit: BodyLimit.upload, use: check)
    }

    @Sendable func page(req: Request) async throws -> Response {
        PageRenderer.response(CallLintPage(text: "", findings: nil).render(PageContext(req)))
    }

    struct Form: Content {
        var text: String?
        var pdf: File?
    }

    @Sendable func check(req: Request) async throws -> Response {
        let form = try req.content.decode(Form.self)
        let text = form.text ?? ""
        if let pdf = form.pdf, pdf.data.readableBytes > 0 {
            let data = Data(buffer: pdf.data)
            do {
                let result = try await req.application.threadPool.runIfActive { try CallDocumentLinter.lintPDF(data) }
                let page = CallLintPage(text: result.text, findings: result.findings, fromPDF: true)
                return PageRenderer.response(page.render(PageContext(req)))
            } catch let error as PDFTextError {
                let message: LocalizedText
                switch error {
                case .refused: message = CallLintMsg.callLintPDFRefused.text
                case .extractorMissing, .extractionFailed: message = CallLintMsg.callLintPDFUnreadable.text
                }
                let fieldError = FieldError(field: "pdf", rule: "call.lint.pdf.unreadable", message: message)
                return PageRenderer.response(CallLintPage(text: text, findings: nil, errors: [fieldError]).render(PageContext(req)), status: .unprocessableEntity)
            }
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            let error = FieldError(field: "text", rule: "call.lint.text.required", message: CallLintMsg.callLintRequired.text)
            return PageRenderer.response(CallLintPage(text: text, findings: nil, errors: [error]).render(PageContext(req)), status: .unprocessableEntity)
        }
        return PageRenderer.response(CallLintPage(text: text, findings: CallLinter.lint(text)).render(PageContext(req)))
    }
}
