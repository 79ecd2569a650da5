import Foundation
import KechuangCore
import Monitoring
import Vapor

/// The indicator API: the indicator system as data and the published releases with their
/// figures and data dictionary (Art. 63; public).
struct MonitoringIndicatorsAPIRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, MonitoringAPI.indicators, action: .viewMonitoringReleases, use: indicators)
        routes.on(.GET, MonitoringAPI.releases, action: .viewMonitoringReleases, use: releases)
        routes.on(.GET, MonitoringAPI.release(SiteURL.anyID), action: .viewMonitoringReleases, use: release)
    }

    struct ReleaseSummaryJSON: Content {
        let id: UUID, year: Int, edition: Int, published_at: Date, sm3: String, figures: Int, csv: String, json: String
    }

    @Sendable func indicators(req: Request) async throws -> [MonitoringReleaseJSON.IndicatorJSON] {
        MonitoringReleaseJSON.indicatorsJSON
    }

    @Sendable func releases(req: Request) async throws -> [ReleaseSummaryJSON] {
        try await req.monitoringReleases.all().map { r in
            ReleaseSummaryJSON(id: r.id.rawValue, year: r.year, edition: r.edition, published_at: r.publishedAt, sm3: r.sm3, figures: r.observations.count,
                               csv: MonitoringIndicatorsURL.releaseCSV(r.id.rawValue).path, json: MonitoringIndicatorsURL.releaseJSON(r.id.rawValue).path)
        }
    }

    @Sendable func release(req: Request) async throws -> MonitoringReleaseJSON {
        MonitoringReleaseJSON(try await req.monitoringReleases.find(try req.idParameter(as: Release.ID.self)))
    }

    static var operations: [OpenAPIDocument.Operation] {
        [
            .init(.GET, MonitoringAPI.indicators, summary: "The indicator system: code, names, unit, definition, formula, source, frequency, breakdowns and article (Art. 63; public)",
                  tag: "monitoring", response: "MonitoringIndicatorList"),
            .init(.GET, MonitoringAPI.releases, summary: "Published releases of the monitoring figures, newest first, with their downloads (Art. 63; public)",
                  tag: "monitoring", response: "MonitoringReleaseList"),
            .init(.GET, MonitoringAPI.release(SiteURL.anyID), summary: "One release: its frozen figures with the data dictionary (public)",
                  tag: "monitoring", response: "MonitoringRelease"),
        ]
    }

    static var schemas: [(String, JSONValue)] {
        let string = OpenAPIDocument.string, uuid = OpenAPIDocument.uuid, int = OpenAPIDocument.int32, time = OpenAPIDocument.dateTime
        let number: JSONValue = ["type": "number"]
        let indicator: JSONValue = ["type": "object", "properties": [
            "code": string, "name_zh": string, "name_en": string, "unit": string, "definition_zh": string, "definition_en": string,
            "formula_zh": string, "formula_en": string, "source": ["type": "string", "enum": ["computed", "reported"]], "frequency": string,
            "breakdowns": ["type": "array", "items": string], "article": string]]
        return [
            ("MonitoringIndicator", indicator),
            ("MonitoringIndicatorList", ["type": "array", "items": OpenAPIDocument.ref("MonitoringIndicator")]),
            ("MonitoringReleaseSummary", ["type": "object", "properties": [
                "id": uuid, "year": int, "edition": int, "published_at": time, "sm3": string, "figures": int, "csv": string, "json": string]]),
            ("MonitoringReleaseList", ["type": "array", "items": OpenAPIDocument.ref("MonitoringReleaseSummary")]),
            ("MonitoringRelease", ["type": "object", "properties": [
                "id": uuid, "year": int, "edition": int, "published_at": time, "sm3": string,
                "columns": ["type": "array", "items": ["type": "object", "properties": ["name": string, "zh": string, "en": string]]],
                "indicators": ["type": "array", "items": OpenAPIDocument.ref("MonitoringIndicator")],
                "figures": ["type": "array", "items": ["type": "object", "properties": [
                    "indicator": string, "year": int, "breakdown": OpenAPIDocument.nullableString, "key": string,
                    "label_zh": string, "label_en": string, "value": number]]]]]),
        ]
    }
}
