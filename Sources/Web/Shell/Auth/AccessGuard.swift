import Identity
import Vapor

/// The per-route gate: asks `AccessPolicy` about the route's action. Pages send an anonymous
/// visitor to sign in; the API answers 401. A signed-in person without a suitable role gets 403.
/// API tokens also need the `read` scope for GET and `write` for anything else.
struct AccessGuard: AsyncMiddleware {
    let action: Action

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        switch AccessPolicy.decide(action, roles: request.principal.map { $0.person.roles }) {
        case .allow:
            if case .accessToken(let scopes)? = request.principal?.credential {
                let needed: TokenScope = (request.method == .GET || request.method == .HEAD) ? .read : .write
                guard scopes.contains(needed) else { throw WebError.missingScope(needed) }
            }
            return try await next.respond(to: request)
        case .needsSignIn:
            if request.isAPI || request.method != .GET { throw WebError.signInRequired }
            return request.redirect(to: SiteURL.login(next: request.url.string))
        case .deny:
            throw WebError.forbidden
        }
    }
}

/// Routes registered with their action and body limit. The action is kept on the route, so tests
/// can list every route with what it requires; the limit (`BodyLimit.form` unless a route says
/// otherwise, e.g. `BodyLimit.upload` for PDF uploads) bounds the body `BodyLimitMiddleware`
/// collects before any middleware reads it.
extension RoutesBuilder {
    @discardableResult
    func on(
        _ method: HTTPMethod, _ path: [PathComponent], action: Action, bodyLimit: Int = BodyLimit.form,
        use handler: @escaping @Sendable (Request) async throws -> some AsyncResponseEncodable
    ) -> Route {
        let route = grouped(AccessGuard(action: action)).on(method, path, body: .collect(maxSize: ByteCount(value: bodyLimit)), use: handler)
        route.userInfo[Route.actionKey] = action
        route.userInfo[BodyLimit.routeKey] = bodyLimit
        return route
    }

    /// Registers a typed address (`ProjectsURL.call(SiteURL.anyID)`, an API enum's case, …).
    @discardableResult
    func on(
        _ method: HTTPMethod, _ url: some SiteRoute, action: Action, bodyLimit: Int = BodyLimit.form,
        use handler: @escaping @Sendable (Request) async throws -> some AsyncResponseEncodable
    ) -> Route {
        on(method, url.components, action: action, bodyLimit: bodyLimit, use: handler)
    }
}

extension Content {
    /// `201 Created` with `Location` printed from the new object's typed address.
    func created(at location: some SiteRoute, for request: Request) async throws -> Response {
        let response = try await encodeResponse(status: .created, for: request)
        response.headers.replaceOrAdd(name: .location, value: location.path)
        return response
    }
}

extension Route {
    static let actionKey = "kechuang.action"

    /// The action a route performs, as registered.
    public var action: Action? { userInfo[Self.actionKey] as? Action }
}
