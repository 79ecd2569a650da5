import KechuangCore
import Projects
import Vapor

/// The call linter for officers: a page that highlights each finding in the text. The API is `CallAPIRoutes`.
struct CallLintRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, ProjectsURL.callLint, action: .lintCallText, use: page)
        routes.on(.POST, ProjectsURL.callLint, action: .lintCallText, use: check)
    }

    @Sendable func page(req: Request) async throws -> Response {
        PageRenderer.response(CallLintPage(text: "", findings: nil).render(PageContext(req)))
    }

    struct Form: Content {
        var text: String?
    }

    @Sendable func check(req: Request) async throws -> Response {
        let text = try req.content.decode(Form.self).text ?? ""
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            let error = FieldError(field: "text", rule: "call.lint.text.required",
                                   message: LocalizedText(zh: "请粘贴申报指南文本", en: "Paste the text of the call"))
            return PageRenderer.response(CallLintPage(text: text, findings: nil, errors: [error]).render(PageContext(req)), status: .unprocessableEntity)
        }
        return PageRenderer.response(CallLintPage(text: text, findings: CallLinter.lint(text)).render(PageContext(req)))
    }
}
