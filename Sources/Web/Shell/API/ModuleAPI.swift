import Vapor

/// One module's JSON API: its typed addresses under `/api/v1` (the conforming enum), the routes
/// it registers with them, and the OpenAPI operations and schemas that describe those routes.
/// `APIModules.all` lists every module once, so the routes and the document are assembled from
/// the same list; `OpenAPITests` proves each registered route is documented and nothing else.
protocol ModuleAPI: SiteRoute {
    /// Registers the module's `/api/v1` routes, each with its typed address and `Action`.
    static func register(on routes: any RoutesBuilder)
    /// The module's operations, their paths printed from its typed addresses.
    static var operations: [OpenAPIDocument.Operation] { get }
    /// The module's schemas (names are global: no two modules may use the same one).
    static var schemas: [(String, JSONValue)] { get }
}

/// Every module's API, in the order the document lists them.
enum APIModules {
    static var all: [any ModuleAPI.Type] {
        [IdentityAPI.self, AuditAPI.self, PolicyAPI.self, ProjectsAPI.self, IntegrityAPI.self, ReviewAPI.self, GrantsAPI.self, GrantsMoneyAPI.self, GrantsClosureAPI.self, InstrumentsAPI.self, PortalAPI.self, CatalogueAPI.self, CKANAPI.self, ConsultationAPI.self, EnterpriseAPI.self, TalentAPI.self, MarketScenarioAPI.self, TradeAPI.self, PlatformAPI.self, ScenarioStepsAPI.self, MonitoringAPI.self, LedgerAPI.self, WarningAPI.self, EthicsAPI.self, AwardsAPI.self]
    }

    static func register(on routes: any RoutesBuilder) {
        for module in all { module.register(on: routes) }
    }
}

extension SiteRoute {
    /// The OpenAPI path template of the route: `/api/v1/applications/{id}` for
    /// `ProjectsAPI.application(_)`, read from the same components the route is registered with.
    var template: String {
        "/" + components.map { part in
            let name = part.description
            return name.hasPrefix(":") ? "{\(name.dropFirst())}" : name
        }.joined(separator: "/")
    }
}
