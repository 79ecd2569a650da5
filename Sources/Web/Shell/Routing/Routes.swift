import Vapor

extension Web {
    /// Installs the middleware in order and registers every route.
    ///
    /// Request flow: RequestID (id + access log) → SecurityHeaders → Language → ErrorRendering
    /// (pages or problems) → BodyLimit (collect the body, bounded per route) → APIRateLimit →
    /// Authentication (session cookie or bearer token) → CSRF (pages' POSTs) → route's AccessGuard
    /// → handler → domain service → storage.
    public static func install(on app: Application, databasePoolSize: Int) {
        _ = PlatformMetrics.registry
        _ = app.rateLimiter
        app.middleware = Middlewares()
        app.middleware.use(RequestIDMiddleware())
        app.middleware.use(SecurityHeadersMiddleware())
        app.middleware.use(LanguageMiddleware())
        app.middleware.use(ErrorRenderingMiddleware())
        app.middleware.use(BodyLimitMiddleware())
        app.middleware.use(APIRateLimitMiddleware())
        app.middleware.use(AuthenticationMiddleware())
        app.middleware.use(CSRFMiddleware())

        PageRoutes().register(on: app)
        AccountRoutes().register(on: app)
        AdminRoutes().register(on: app)
        APIModules.register(on: app)
        PolicyRoutes().register(on: app)
        CallLintRoutes().register(on: app)
        CallRoutes().register(on: app)
        ApplicationRoutes().register(on: app)
        IntegrityRoutes().register(on: app)
        ReviewRoutes().register(on: app)
        GrantsRoutes().register(on: app)
        InstrumentsRoutes().register(on: app)
        PortalRoutes().register(on: app)
        EnterpriseRoutes().register(on: app)
        TalentRoutes().register(on: app)
        MarketRoutes().register(on: app)
        MonitoringRoutes().register(on: app)
        ProblemRoutes().register(on: app)
        OperationsRoutes(poolSize: databasePoolSize).register(on: app)
    }
}
