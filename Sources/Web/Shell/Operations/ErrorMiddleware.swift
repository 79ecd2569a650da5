import Identity
import KechuangCore
import Storage
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
        var type: ProblemType
        /// Seconds for `Retry-After` (429).
        var retryAfter: Int?
    }

    func classify(_ error: any Error, language: Language) -> Rendered {
        switch error {
        case let e as DomainError:
            switch e {
            case .validation(let errors):
                return Rendered(status: .unprocessableEntity, title: .errorSummaryTitle, detail: nil, fieldErrors: errors,
                                basis: errors.compactMap(\.basis).first { if case .article = $0 { true } else { false } }, type: .validation)
            case .notFound:
                return Rendered(status: .notFound, title: .notFoundTitle, detail: Msg.notFoundBody(language), type: .notFound)
            case .staleVersion:
                return Rendered(status: .conflict, title: .staleTitle, detail: Msg.staleBody(language), type: .staleVersion)
            case .duplicate(let field, let message):
                return Rendered(status: .conflict, title: .conflictTitle, detail: message(language),
                                fieldErrors: [FieldError(field: field, rule: "\(field).unique", message: message)], type: .duplicate)
            case .forbidden(let message, let basis):
                return Rendered(status: .forbidden, title: .forbiddenTitle, detail: message(language), basis: basis, type: .forbidden)
            case .unauthenticated(let message):
                return Rendered(status: .unauthorized, title: .signInRequired, detail: message(language), type: .unauthenticated)
            case .locked(let message):
                return Rendered(status: .tooManyRequests, title: .tooManyRequestsTitle, detail: message(language), type: .tooManyRequests)
            }
        case let throttled as SignInThrottled:
            return Rendered(status: .tooManyRequests, title: .tooManyRequestsTitle, detail: throttled.message(language),
                            type: .tooManyRequests, retryAfter: throttled.retryAfter)
        case let e as WebError:
            switch e {
            case .csrf:
                return Rendered(status: .forbidden, title: .csrfTitle, detail: Msg.csrfBody(language), type: .csrf)
            case .signInRequired:
                return Rendered(status: .unauthorized, title: .signInRequired, detail: nil, type: .unauthenticated)
            case .forbidden:
                return Rendered(status: .forbidden, title: .forbiddenTitle, detail: Msg.forbiddenBody(language), type: .forbidden)
            case .missingScope(let scope):
                return Rendered(status: .forbidden, title: .forbiddenTitle,
                                detail: language == .zh ? "该令牌缺少 \(scope.rawValue) 权限范围" : "The token lacks the \(scope.rawValue) scope",
                                type: .missingScope)
            case .badRequest(let message):
                return Rendered(status: .badRequest, title: .badRequestTitle, detail: message(language), type: .badRequest)
            case .payloadTooLarge(let limit):
                return Rendered(status: .payloadTooLarge, title: .payloadTooLargeTitle, detail: RateLimitText.bodyLimit(limit)(language),
                                type: .payloadTooLarge)
            case .tooManyRequests(let retryAfter, let message):
                return Rendered(status: .tooManyRequests, title: .tooManyRequestsTitle, detail: message(language),
                                type: .tooManyRequests, retryAfter: retryAfter)
            }
        case let abort as any AbortError:
            let title: Msg = switch abort.status {
            case .notFound: .notFoundTitle
            case .forbidden: .forbiddenTitle
            case .unauthorized: .signInRequired
            case .payloadTooLarge: .payloadTooLargeTitle
            case .tooManyRequests: .tooManyRequestsTitle
            default: abort.status.code < 500 ? .badRequestTitle : .serverErrorTitle
            }
            let detail = abort.status == .notFound ? Msg.notFoundBody(language) : abort.reason
            let type: ProblemType = switch abort.status.code {
            case 404: .notFound
            case 400: .badRequest
            case 401: .unauthenticated
            case 403: .forbidden
            case 405: .methodNotAllowed
            case 413: .payloadTooLarge
            case 415: .unsupportedMediaType
            case 422: .validation
            case 429: .tooManyRequests
            case 500...: .serverError
            default: .httpError
            }
            return Rendered(status: abort.status, title: title, detail: detail, type: type)
        case is StoredDataError:
            // Fail loudly: a damaged stored row is a server error (logged with table, row and column), never a default.
            return Rendered(status: .internalServerError, title: .serverErrorTitle, detail: StoredDataError.message(language), type: .storedData)
        case is DecodingError:
            return Rendered(status: .badRequest, title: .badRequestTitle, detail: String(describing: error), type: .badRequest)
        case _ where Dialect.isUnstorableText(error):
            // `TextInput` refuses NUL at the edge; this keeps any other path from answering 500.
            return Rendered(status: .badRequest, title: .badRequestTitle, detail: TextInput.nulMessage(language), type: .badRequest)
        default:
            return Rendered(status: .internalServerError, title: .serverErrorTitle, detail: Msg.serverErrorBody(language), type: .serverError)
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
                type: rendered.type.uri(publicURL: request.security.publicURL), title: rendered.title(language),
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
            if let retryAfter = rendered.retryAfter { response.headers.replaceOrAdd(name: .retryAfter, value: String(retryAfter)) }
            return response
        }
        let page = ErrorPage(status: rendered.status, title: rendered.title(language), detail: rendered.detail,
                             basis: rendered.basis, fieldErrors: rendered.fieldErrors, requestID: requestID)
        let response = PageRenderer.response(page.render(PageContext(request)), status: rendered.status)
        if let retryAfter = rendered.retryAfter { response.headers.replaceOrAdd(name: .retryAfter, value: String(retryAfter)) }
        return response
    }
}

extension JSONEncoder {
    static let problem: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return e
    }()
}
