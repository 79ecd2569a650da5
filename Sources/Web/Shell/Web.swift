import Grants
import Identity
import KechuangCore
import Policy
import Projects
import Review
import Vapor

/// Web — everything HTTP: server-rendered pages (Plot, no JavaScript needed), the JSON API under
/// `/api/v1` with RFC 9457 problems, the OpenAPI document, middleware (language, sign-in, CSRF,
/// access policy, request ids), health and metrics.
///
/// A handler does five things in order: read typed parameters, decode the form or body, call one
/// domain service, build a view model, render. Views run no queries; handlers hold no Fluent records;
/// every link comes from `SiteURL`. Imports: KechuangCore, Storage, Identity, Vapor, Fluent, Plot,
/// Metrics, Prometheus.
public enum Web {}

/// Effects the web layer needs, built once by `KechuangApp` and kept in `app.storage`.
public struct WebServices: Sendable {
    public let hasher: PasswordHashing
    public let sealer: FieldSealer
    public let now: @Sendable () -> Date
    /// The node's policy search index.
    public let policySearch: PolicySearch
    /// Every platform rule that cites an article, for the policy library's article pages.
    public let citedRules: [CitedRule]
    /// Where application attachments are kept.
    public let attachments: any AttachmentStore

    public init(hasher: PasswordHashing, sealer: FieldSealer, now: @escaping @Sendable () -> Date = { Date() },
                policySearch: PolicySearch, citedRules: [CitedRule] = [], attachments: any AttachmentStore) {
        self.attachments = attachments
        self.hasher = hasher
        self.sealer = sealer
        self.now = now
        self.policySearch = policySearch
        self.citedRules = citedRules
    }

    /// bcrypt (cost 12) from Vapor for passwords.
    public static func bcrypt(cost: Int = 12) -> PasswordHashing {
        PasswordHashing(
            hash: { try Bcrypt.hash($0, cost: cost) },
            verify: { try Bcrypt.verify($0, created: $1) })
    }
}

struct WebServicesKey: StorageKey {
    typealias Value = WebServices
}

extension Application {
    public var webServices: WebServices {
        get {
            guard let services = storage[WebServicesKey.self] else {
                preconditionFailure("KechuangApp.configure sets webServices before routes are registered")
            }
            return services
        }
        set { storage[WebServicesKey.self] = newValue }
    }
}

extension Request {
    var services: WebServices { application.webServices }
    var organisations: Organisations { Organisations(db: db, now: services.now) }
    var people: People { People(db: db, hasher: services.hasher, sealer: services.sealer, now: services.now) }
    var signIn: SignInService { SignInService(db: db, hasher: services.hasher, now: services.now) }
    var accessTokens: AccessTokens { AccessTokens(db: db, now: services.now) }
    var policies: PolicyLibrary { PolicyLibrary(db: db, now: services.now) }
    var calls: Calls { Calls(db: db, now: services.now) }
    var applications: Applications { Applications(db: db, now: services.now, runningProjects: GrantsRunningProjects()) }
    var expertPool: ExpertPool { ExpertPool(db: db, now: services.now) }
    var rounds: Rounds { Rounds(db: db, now: services.now) }
    var reviews: Reviews { Reviews(db: db, now: services.now) }
}
