import Fluent
import Identity
import Metrics
import Prometheus
import SQLKit
import Storage
import Vapor

/// Prometheus metrics of the process. Vapor records `http_requests_total` (by method, route path
/// and status) and the `http_request_duration_seconds` histogram once a metrics backend is
/// bootstrapped; this adds the database pool and ping time.
public enum PlatformMetrics {
    /// Bootstrapped once per process, however many applications it starts (tests start several).
    public static let registry: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }()

    static func recordPool(engine: String, maxConnections: Int) {
        Gauge(label: "kechuang_database_pool_max_connections", dimensions: [("engine", engine)]).record(maxConnections)
    }
}

/// `/health`, `/metrics`, `/openapi.json` and the stylesheet.
struct OperationsRoutes {
    let poolSize: Int

    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, SiteURL.health, action: .viewHealth, use: health)
        routes.on(.GET, SiteURL.metrics, action: .viewMetrics, use: metrics)
        routes.on(.GET, SiteURL.openAPI, action: .viewAPIDocument, use: openAPI)
        routes.on(.GET, SiteURL.stylesheet, action: .viewHome, use: stylesheet)
    }

    struct HealthJSON: Content {
        let status: String
        let database: String
        let latency_ms: Double
        let detail: String?
    }

    /// Pings the database: 200 when it answers, 503 when it does not.
    @Sendable func health(req: Request) async throws -> Response {
        let engine = Dialect.of(req.db).rawValue
        let start = ContinuousClock.now
        do {
            guard let sql = req.db as? any SQLDatabase else { throw Abort(.serviceUnavailable) }
            _ = try await sql.raw("SELECT 1 AS ok").first()
            let elapsed = ContinuousClock.now - start
            let ns = elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000
            Timer(label: "kechuang_database_ping_seconds", dimensions: [("engine", engine)]).recordNanoseconds(ns)
            let ms = Double(ns) / 1e6
            return try await HealthJSON(status: "ok", database: engine, latency_ms: ms, detail: nil).encodeResponse(for: req)
        } catch {
            req.logger.error("health check failed", metadata: ["error": .string(String(describing: error))])
            return try await HealthJSON(status: "unavailable", database: engine, latency_ms: 0, detail: "database did not answer")
                .encodeResponse(status: .serviceUnavailable, for: req)
        }
    }

    @Sendable func metrics(req: Request) async throws -> Response {
        PlatformMetrics.recordPool(engine: Dialect.of(req.db).rawValue, maxConnections: poolSize)
        var buffer: [UInt8] = []
        PlatformMetrics.registry.emit(into: &buffer)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/plain; version=0.0.4; charset=utf-8")
        return Response(status: .ok, headers: headers, body: .init(data: Data(buffer)))
    }

    @Sendable func openAPI(req: Request) async throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        let data = try encoder.encode(OpenAPIDocument.document(publicOperations: OpenAPIDocument.publicOperations(req.application.routes.all)))
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    @Sendable func stylesheet(req: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/css; charset=utf-8")
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        let css = (try? req.query.get(String.self, at: "media")) == "print" ? Stylesheet.print : Stylesheet.screen
        return Response(status: .ok, headers: headers, body: .init(string: css))
    }
}
