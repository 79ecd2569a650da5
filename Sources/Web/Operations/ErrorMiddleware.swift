import Identity
import KechuangCore
import Vapor

/// Turns every error into a page (for people) or an RFC 9457 problem (for `/api/`), never a stack
/// trace. Unexpected errors are logged with the request id, which the page shows.
struct ErrorRenderingMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            return render(error, for: request)
        }
    }

    struct Rendered {
        var status: HTTPStatus
        var title: Msg
        var detail: String?
        var fieldErrors: [FieldError] = []
        var basis: LegalBasis?
        var slug: String
    }

    func classify(_ error: any Error, language: Language) -> Rendered {
        switch error {
        case let e as DomainError:
            switch e {
            case .validation(let errors):
                return Rendered(status: .unprocessableEntity, title: .errorSummaryTitle, detail: nil, fieldErrors: errors,
                                basis: errors.compactMap(\.basis).first { if case .article = $0 { true } else { false } }, slug: "validation")
            case .notFound:
                return Rendered(status: .notFound, title: .notFoundTitle, detail: Msg.notFoundBody(language), slug: "not-found")
            case .staleVersion:
                return Rendered(status: .conflict, title: .staleTitle, detail: Msg.staleBody(language), slug: "stale-version")
            case .duplicate(let field, let message):
                return Rendered(status: .conflict, title: .conflictTitle, detail: message(language),
                                fieldErrors: [FieldError(field: field, rule: "\(field).unique", message: message)], slug: "duplicate")
            case .forbidden(let message, let basis):
                return Rendered(status: .forbidden, title: .forbiddenTitle, detail: message(language), basis: basis, slug: "forbidden")
            case .unauthenticated(let message):
                return Rendered(status: .unauthorized, title: .signInRequired, detail: message(language), slug: "unauthenticated")
            case .locked(let message):
                return Rendered(status: .tooManyRequests, title: .signInRequired, detail: message(language), slug: "locked")
            }
        case let e as WebError:
            switch e {
            case .csrf:
                return Rendered(status: .forbidden, title: .csrfTitle, detail: Msg.csrfBody(language), slug: "csrf")
            case .signInRequired:
                return Rendered(status: .unauthorized, title: .signInRequired, detail: nil, slug: "unauthenticated")
            case .forbidden:
                return Rendered(status: .forbidden, title: .forbiddenTitle, detail: Msg.forbiddenBody(language), slug: "forbidden")
            case .missingScope(let scope):
                return Rendered(status: .forbidden, title: .forbiddenTitle,
                                detail: language == .zh ? "该令牌缺少 \(scope.rawValue) 权限范围" : "The token lacks the \(scope.rawValue) scope",
                                slug: "missing-scope")
            case .badRequest(let message):
                return Rendered(status: .badRequest, title: .badRequestTitle, detail: message(language), slug: "bad-request")
            }
        case let abort as any AbortError:
            let title: Msg = switch abort.status {
            case .notFound: .notFoundTitle
            case .forbidden: .forbiddenTitle
            case .unauthorized: .signInRequired
            default: abort.status.code < 500 ? .badRequestTitle : .serverErrorTitle
            }
            let detail = abort.status == .notFound ? Msg.notFoundBody(language) : abort.reason
            return Rendered(status: abort.status, title: title, detail: detail, slug: abort.status == .notFound ? "not-found" : "http-\(abort.status.code)")
        case is StoredDataError:
            // Fail loudly: a damaged stored row is a server error (logged with table, row and column), never a default.
            return Rendered(status: .internalServerError, title: .serverErrorTitle, detail: StoredDataError.message(language), slug: "stored-data")
        case is DecodingError:
            return Rendered(status: .badRequest, title: .badRequestTitle, detail: String(describing: error), slug: "bad-request")
        default:
            return Rendered(status: .internalServerError, title: .serverErrorTitle, detail: Msg.serverErrorBody(language), slug: "server-error")
        }
    }

    func render(_ error: any Error, for request: Request) -> Response {
        let language = request.language
        let rendered = classify(error, language: language)
        let requestID = request.requestID
        if rendered.status.code >= 500 {
            request.logger.report(error: error)
        }
        if request.isAPI || request.url.path == "/openapi.json" {
            var problem = Problem(
                type: "https://kechuang.beijing.gov.cn/problems/\(rendered.slug)", title: rendered.title(language),
                status: Int(rendered.status.code), detail: rendered.detail, instance: request.url.path,
                article: rendered.basis.flatMap { if case .article(let ref) = $0 { ref.code } else { nil } },
                errors: rendered.fieldErrors.isEmpty ? nil : Problem.fieldProblems(rendered.fieldErrors, language: language),
                request_id: requestID)
            if rendered.status == .unauthorized && problem.detail == nil {
                problem.detail = language == .zh ? "请在 Authorization 头中提供有效的访问令牌（Bearer）。" : "Send a valid personal access token in the Authorization header (Bearer)."
            }
            let response = Response(status: rendered.status)
            try? response.content.encode(problem, using: JSONEncoder.problem)
            response.headers.contentType = HTTPMediaType(type: "application", subType: "problem+json", parameters: ["charset": "utf-8"])
            if rendered.status == .unauthorized { response.headers.replaceOrAdd(name: .wwwAuthenticate, value: "Bearer") }
            return response
        }
        let page = ErrorPage(status: rendered.status, title: rendered.title(language), detail: rendered.detail,
                             basis: rendered.basis, fieldErrors: rendered.fieldErrors, requestID: requestID)
        return PageRenderer.response(page.render(PageContext(request)), status: rendered.status)
    }
}

extension JSONEncoder {
    static let problem: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return e
    }()
}
