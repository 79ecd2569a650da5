import Identity
import Metrics
import KechuangCore
import Storage
import Vapor

/// Home, sign-in and sign-out, the dashboard.
struct PageRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, SiteURL.home, action: .viewHome, use: home)
        routes.on(.GET, SiteURL.login, action: .signIn, use: loginForm)
        routes.on(.POST, SiteURL.login, action: .signIn, use: login)
        routes.on(.POST, SiteURL.logout, action: .signOut, use: logout)
        routes.on(.GET, SiteURL.dashboard, action: .viewDashboard, use: dashboard)
    }

    @Sendable func home(req: Request) async throws -> Response {
        PageRenderer.response(await HomePage.load(req).render(PageContext(req)))
    }

    @Sendable func loginForm(req: Request) async throws -> Response {
        if req.principal != nil { return req.redirect(to: SiteURL.dashboard) }
        let next = (try? req.query.get(String.self, at: "next")) ?? ""
        return PageRenderer.response(LoginPage(next: next).render(PageContext(req)))
    }

    struct LoginForm: Content {
        var email: String?
        var password: String?
        var next: String?
    }

    @Sendable func login(req: Request) async throws -> Response {
        let form = try req.content.decode(LoginForm.self)
        let email = form.email ?? "", password = form.password ?? ""
        var errors: [FieldError] = []
        if email.trimmingCharacters(in: .whitespaces).isEmpty {
            errors.append(FieldError(field: "email", rule: "login.email.required", message: LocalizedText(zh: "请填写电子邮箱", en: "Enter your email address")))
        }
        if password.isEmpty {
            errors.append(FieldError(field: "password", rule: "login.password.required", message: LocalizedText(zh: "请填写密码", en: "Enter your password")))
        }
        var page = LoginPage(email: email, next: form.next ?? "", errors: errors)
        if !errors.isEmpty { return PageRenderer.response(page.render(PageContext(req)), status: .unprocessableEntity) }
        do {
            let signedIn = try await req.signIn.login(email: email, password: password, address: req.clientAddress)
            let response = req.redirect(to: SiteURL.safeNext(form.next), redirectType: .normal)
            response.cookies[AuthenticationMiddleware.sessionCookie] = AuthenticationMiddleware.sessionCookieValue(signedIn.sessionToken, for: req)
            // A new CSRF token after sign-in, so a token planted before sign-in is worthless.
            response.cookies[CSRFMiddleware.cookieName] = HTTPCookies.Value(
                string: CSRFMiddleware.newToken(), path: "/", isSecure: req.isSecure, isHTTPOnly: true, sameSite: .lax)
            return response
        } catch DomainError.unauthenticated(let message) {
            // Counted, not audited here: the service audits failures of real accounts only.
            Counter(label: "kechuang_sign_in_failed_total").increment()
            page.message = message(req.language)
            return PageRenderer.response(page.render(PageContext(req)), status: .unauthorized)
        } catch let throttled as SignInThrottled {
            // Throttled, not locked: nothing was checked or stored; the page says how long to wait.
            Counter(label: "kechuang_sign_in_throttled_total").increment()
            page.message = throttled.message(req.language)
            let response = PageRenderer.response(page.render(PageContext(req)), status: .tooManyRequests)
            response.headers.replaceOrAdd(name: .retryAfter, value: String(throttled.retryAfter))
            return response
        }
    }

    @Sendable func logout(req: Request) async throws -> Response {
        if case .session(let token)? = req.principal?.credential {
            try await req.signIn.logout(token)
        }
        let response = req.redirect(to: SiteURL.home, notice: .signedOut)
        response.cookies[AuthenticationMiddleware.sessionCookie] = HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: "/", isHTTPOnly: true, sameSite: .lax)
        return response
    }

    @Sendable func dashboard(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let c = PageContext(req)
        let page = DashboardPage(
            person: principal.person,
            organisationCount: c.can(.viewOrganisations) ? try await req.organisations.count() : nil,
            peopleCount: c.can(.viewPeople) ? try await req.people.count() : nil,
            auditCount: c.can(.viewAuditLog) ? try await AuditChain.count(on: req.db) : nil,
            tasks: try await DashboardPage.work(for: principal.person, req))
        return PageRenderer.response(page.render(c))
    }
}

/// The field errors of a failed form submission, to show on the form again; nil for other errors.
func formErrors(_ error: any Error) -> [FieldError]? {
    switch error {
    case DomainError.validation(let errors): errors
    case DomainError.duplicate(let field, let message): [FieldError(field: field, rule: "\(field).unique", message: message)]
    default: nil
    }
}
