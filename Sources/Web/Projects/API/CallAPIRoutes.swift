import Identity
import KechuangCore
import Projects
import Vapor

/// Calls over the JSON API: the published list and a call (public; officers also see drafts),
/// officers' drafting and publication (refused while the text or the rules contain a forbidden
/// condition), and the call linter. The pages are `CallRoutes` and `CallLintRoutes`.
struct CallAPIRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, ProjectsAPI.calls, action: .viewCalls, use: list)
        routes.on(.GET, ProjectsAPI.call(SiteURL.anyID), action: .viewCalls, use: show)
        routes.on(.POST, ProjectsAPI.calls, action: .manageCalls, use: create)
        routes.on(.PUT, ProjectsAPI.call(SiteURL.anyID), action: .manageCalls, use: update)
        routes.on(.POST, ProjectsAPI.callPublish(SiteURL.anyID), action: .manageCalls, use: publish)
        routes.on(.POST, ProjectsAPI.callLint, action: .lintCallText, use: lint)
    }

    @Sendable func list(req: Request) async throws -> [CallJSON] {
        try await req.calls.list().map(CallJSON.init)
    }

    @Sendable func show(req: Request) async throws -> CallJSON {
        let call = try await req.calls.find(try req.idParameter(as: Call.ID.self))
        let mayManage = AccessPolicy.decide(.manageCalls, roles: req.principal?.person.roles) == .allow
        guard call.status == .published || mayManage else { throw DomainError.notFound(entity: "call") }
        return CallJSON(call)
    }

    @Sendable func create(req: Request) async throws -> Response {
        let call = try await req.calls.create(try req.content.decode(CallForm.self).input, by: req.actor)
        return try await CallJSON(call).created(at: ProjectsAPI.call(call.id.rawValue), for: req)
    }

    @Sendable func update(req: Request) async throws -> CallJSON {
        let form = try req.content.decode(CallForm.self)
        guard let version = form.version else { throw DomainError.versionRequired }
        return CallJSON(try await req.calls.update(try req.idParameter(as: Call.ID.self), form.input, expectedVersion: version, by: req.actor))
    }

    @Sendable func publish(req: Request) async throws -> CallJSON {
        CallJSON(try await req.calls.publish(try req.idParameter(as: Call.ID.self), by: req.actor))
    }

    struct LintBody: Content {
        var text: String?
    }

    /// `{"text": "…"}` or a `text/plain` body.
    @Sendable func lint(req: Request) async throws -> CallLintJSON {
        let text: String
        if req.headers.contentType == .plainText {
            text = req.body.string ?? ""
        } else {
            text = try req.content.decode(LintBody.self).text ?? ""
        }
        guard !text.isEmpty else {
            throw DomainError.validation([FieldError(field: "text", rule: "call.lint.text.required",
                                                     message: LocalizedText(zh: "请提供申报指南文本", en: "Send the text of the call"))])
        }
        return CallLintJSON(findings: CallLinter.lint(text))
    }
}
