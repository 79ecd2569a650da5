import Identity
import KechuangCore
import Vapor

/// A person's own profile, password and access tokens.
struct AccountRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, IdentityURL.profile, action: .viewOwnProfile, use: profile)
        routes.on(.POST, IdentityURL.profile, action: .editOwnProfile, use: saveProfile)
        routes.on(.POST, IdentityURL.profilePassword, action: .editOwnProfile, use: changePassword)
        routes.on(.GET, IdentityURL.tokens, action: .manageOwnTokens, use: tokens)
        routes.on(.POST, IdentityURL.tokens, action: .manageOwnTokens, use: createToken)
        routes.on(.POST, IdentityURL.tokenRevoke(SiteURL.anyID), action: .manageOwnTokens, use: revokeToken)
    }

    @Sendable func profile(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        return PageRenderer.response(ProfilePage(person: person).render(PageContext(req)))
    }

    @Sendable func saveProfile(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let form = try req.content.decode(PersonForm.self)
        do {
            _ = try await req.people.update(principal.person.id, form.input, expectedVersion: form.version ?? 0, by: principal.actor)
            return req.redirect(to: IdentityURL.profile, notice: IdentityMsg.profileSaved)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            let page = ProfilePage(person: principal.person, input: form.input, errors: errors)
            return PageRenderer.response(page.render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    struct PasswordForm: Content {
        var current_password: String?
        var password: String?
    }

    @Sendable func changePassword(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let form = try req.content.decode(PasswordForm.self)
        let person = principal.person
        do {
            guard try await req.people.verifyPassword(person.id, form.current_password ?? "") else {
                throw DomainError.validation([FieldError(field: "current_password", rule: "password.current",
                    message: IdentityMsg.passwordCurrentWrong.text)])
            }
            try await req.people.setPassword(person.id, to: form.password ?? "", by: principal.actor)
            let response = req.redirect(to: SiteURL.Link(path: SiteURL.login.path, query: ["notice": IdentityMsg.passwordChanged.rawValue]))
            response.cookies[AuthenticationMiddleware.sessionCookie] = HTTPCookies.Value(string: "", maxAge: 0, path: "/", isHTTPOnly: true, sameSite: .lax)
            return response
        } catch {
            guard let errors = formErrors(error) else { throw error }
            let page = ProfilePage(person: person, passwordErrors: errors)
            return PageRenderer.response(page.render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    @Sendable func tokens(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let page = TokensPage(tokens: try await req.accessTokens.list(for: person.id))
        return PageRenderer.response(page.render(PageContext(req)))
    }

    struct TokenForm: Content {
        var name: String?
        var scopes: [String]?
    }

    @Sendable func createToken(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let form = try req.content.decode(TokenForm.self)
        let scopes = Set((form.scopes ?? []).compactMap(TokenScope.init(rawValue:)))
        do {
            let (_, secret) = try await req.accessTokens.create(for: principal.person.id, name: form.name ?? "", scopes: scopes, by: principal.actor)
            let page = TokensPage(tokens: try await req.accessTokens.list(for: principal.person.id), newSecret: secret)
            return PageRenderer.response(page.render(PageContext(req)), status: .created)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            let page = TokensPage(tokens: try await req.accessTokens.list(for: principal.person.id), name: form.name ?? "", errors: errors)
            return PageRenderer.response(page.render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    @Sendable func revokeToken(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        try await req.accessTokens.revoke(try req.idParameter(), of: principal.person.id, by: principal.actor)
        return req.redirect(to: IdentityURL.tokens)
    }
}
