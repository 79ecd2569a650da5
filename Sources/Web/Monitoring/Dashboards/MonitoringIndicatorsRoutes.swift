import Foundation
import Identity
import KechuangCore
import Monitoring
import Vapor

extension Request {
    var monitoringFigures: MonitoringFigures { MonitoringFigures(db: db) }
    var monitoringReleases: Releases { Releases(db: db, now: services.now) }
    var reportedValues: ReportedValues { ReportedValues(db: db, now: services.now) }
    var zoneRegistry: ZoneRegistry { ZoneRegistry(db: db, now: services.now) }
    var monitoringYear: Int { BeijingDay(containing: services.now()).year }
}

/// The indicator pages of Monitoring: live figures for officers (Art. 63), the reporting form,
/// the publication step and the public releases with their downloads, the indicator system and
/// the zone registry (Art. 13–16).
struct MonitoringIndicatorsRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, MonitoringIndicatorsURL.live, action: .viewMonitoring, use: live)
        routes.on(.GET, MonitoringIndicatorsURL.indicators, action: .viewMonitoringReleases, use: indicators)
        routes.on(.GET, MonitoringIndicatorsURL.report, action: .reportMonitoringData, use: reportForm)
        routes.on(.POST, MonitoringIndicatorsURL.report, action: .reportMonitoringData, use: report)
        routes.on(.GET, MonitoringIndicatorsURL.releases, action: .viewMonitoringReleases, use: releases)
        routes.on(.POST, MonitoringIndicatorsURL.releases, action: .publishMonitoringReleases, use: publish)
        routes.on(.GET, MonitoringIndicatorsURL.dictionary, action: .viewMonitoringReleases, use: dictionary)
        routes.on(.GET, MonitoringIndicatorsURL.release(SiteURL.anyID), action: .viewMonitoringReleases, use: release)
        routes.on(.GET, MonitoringIndicatorsURL.releaseCSV(SiteURL.anyID), action: .viewMonitoringReleases, use: releaseCSV)
        routes.on(.GET, MonitoringIndicatorsURL.releaseJSON(SiteURL.anyID), action: .viewMonitoringReleases, use: releaseJSON)
        routes.on(.GET, MonitoringIndicatorsURL.zones, action: .viewMonitoringReleases, use: zones)
        routes.on(.POST, MonitoringIndicatorsURL.zones, action: .manageMonitoringZones, use: addMember)
    }

    func livePage(_ req: Request, values: [String: String] = [:], errors: [FieldError] = []) async throws -> MonitoringLivePage {
        MonitoringLivePage(observations: try await req.monitoringFigures.observations(), releases: try await req.monitoringReleases.all(),
                           currentYear: req.monitoringYear, values: values, errors: errors)
    }

    @Sendable func live(req: Request) async throws -> Response {
        PageRenderer.response(try await livePage(req).render(PageContext(req)))
    }

    @Sendable func indicators(req: Request) async throws -> Response {
        PageRenderer.response(MonitoringIndicatorsPage().render(PageContext(req)))
    }

    func reportPage(_ req: Request, year: Int, values: [String: String] = [:], errors: [FieldError] = []) async throws -> MonitoringReportPage {
        MonitoringReportPage(year: year, current: try await req.reportedValues.current(), history: try await req.reportedValues.history(),
                             values: values, errors: errors)
    }

    @Sendable func reportForm(req: Request) async throws -> Response {
        let year = InstrumentsRoutes.queryItems(req)["year"].flatMap { Int($0) }.map { min(max($0, 2000), req.monitoringYear) } ?? req.monitoringYear - 1
        return PageRenderer.response(try await reportPage(req, year: year).render(PageContext(req)))
    }

    static func form(_ values: [String: String]) -> (ReportForm, [FieldError]) {
        guard let year = Int((values["year"] ?? "").trimmingCharacters(in: .whitespaces)) else {
            return (ReportForm(year: 0, lines: []), [FieldError(field: "year", rule: "report.year.number",
                message: LocalizedText(zh: "请填写四位数年度", en: "Enter the year as four digits"), basis: .art(63))])
        }
        return (ReportForm(year: year, lines: IndicatorCatalogue.reported.map { i in
            ReportLine(indicator: i.code, value: values[ReportLine.valueField(i.code)] ?? "", note: values[ReportLine.noteField(i.code)] ?? "")
        }), [])
    }

    @Sendable func report(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let values = try req.formValues()
        let (form, parseErrors) = Self.form(values)
        do {
            if !parseErrors.isEmpty { throw DomainError.validation(parseErrors) }
            try await req.reportedValues.submit(form, by: person)
            return req.redirect(to: SiteURL.Link(path: MonitoringIndicatorsURL.report.path, query: ["year": "\(form.year)", "notice": MonitoringMsg.monReported.rawValue]))
        } catch {
            guard let errors = formErrors(error) else { throw error }
            let page = try await reportPage(req, year: form.year == 0 ? req.monitoringYear - 1 : form.year, values: values, errors: errors)
            return PageRenderer.response(page.render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    @Sendable func releases(req: Request) async throws -> Response {
        PageRenderer.response(MonitoringReleasesPage(releases: try await req.monitoringReleases.all()).render(PageContext(req)))
    }

    @Sendable func publish(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let values = try req.formValues()
        do {
            guard let year = Int(values["year"] ?? "") else {
                throw DomainError.validation([FieldError(field: "year", rule: "report.year.number",
                                                         message: LocalizedText(zh: "请选择年度", en: "Select the year"), basis: .art(63))])
            }
            let release = try await req.monitoringReleases.publish(year: year, by: person)
            return req.redirect(to: MonitoringIndicatorsURL.release(release.id.rawValue), notice: MonitoringMsg.monPublished)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await livePage(req, values: values, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    @Sendable func release(req: Request) async throws -> Response {
        let release = try await req.monitoringReleases.find(try req.idParameter(as: Release.ID.self))
        return PageRenderer.response(MonitoringReleasePage(release: release).render(PageContext(req)))
    }

    @Sendable func releaseCSV(req: Request) async throws -> Response {
        let release = try await req.monitoringReleases.find(try req.idParameter(as: Release.ID.self))
        return ApplicationRoutes.attachment(ReleaseDataset.csv(release), type: "text/csv; charset=utf-8",
                                            filename: "monitoring-\(release.year)-\(release.edition).csv")
    }

    @Sendable func releaseJSON(req: Request) async throws -> Response {
        let release = try await req.monitoringReleases.find(try req.idParameter(as: Release.ID.self))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        encoder.dateEncodingStrategy = .iso8601
        return ApplicationRoutes.attachment(try encoder.encode(MonitoringReleaseJSON(release)), type: "application/json",
                                            filename: "monitoring-\(release.year)-\(release.edition).json")
    }

    @Sendable func dictionary(req: Request) async throws -> Response {
        ApplicationRoutes.attachment(ReleaseDataset.dictionaryCSV(), type: "text/csv; charset=utf-8", filename: "monitoring-dictionary.csv")
    }

    func zonesPage(_ req: Request, values: [String: String] = [:], errors: [FieldError] = []) async throws -> MonitoringZonesPage {
        let members = try await req.zoneRegistry.members()
        var organisations: [UUID: Organisation] = [:]
        let directory = Organisations(db: req.db)
        if PageContext(req).can(.manageMonitoringZones) {
            for org in try await directory.list(limit: 500) { organisations[org.id.rawValue] = org }
        }
        for id in Set(members.map(\.organisationID)) where organisations[id] == nil {
            organisations[id] = try await directory.find(Organisation.ID(id))
        }
        return MonitoringZonesPage(members: members, organisations: organisations, values: values, errors: errors)
    }

    @Sendable func zones(req: Request) async throws -> Response {
        PageRenderer.response(try await zonesPage(req).render(PageContext(req)))
    }

    @Sendable func addMember(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let values = try req.formValues()
        do {
            guard let org = values["organisation_id"].flatMap(UUID.init(uuidString:)) else {
                throw DomainError.validation([FieldError(field: "organisation_id", rule: "zone.organisation.required",
                                                         message: LocalizedText(zh: "请选择机构", en: "Select the organisation"), basis: .art(13))])
            }
            try await req.zoneRegistry.add(zone: values["zone"] ?? "", organisation: org, by: person)
            return req.redirect(to: MonitoringIndicatorsURL.zones, notice: MonitoringMsg.monMemberAdded)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await zonesPage(req, values: values, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }
}

/// A release as JSON: the figures with the data dictionary (columns and indicators).
struct MonitoringReleaseJSON: Content {
    struct Column: Codable { let name: String; let zh: String; let en: String }
    struct IndicatorJSON: Content {
        let code: String, name_zh: String, name_en: String, unit: String, definition_zh: String, definition_en: String
        let formula_zh: String, formula_en: String, source: String, frequency: String, breakdowns: [String], article: String
    }
    struct Figure: Codable { let indicator: String; let year: Int; let breakdown: String?; let key: String; let label_zh: String; let label_en: String; let value: Double }

    let id: UUID, year: Int, edition: Int, published_at: Date, sm3: String
    let columns: [Column]
    let indicators: [IndicatorJSON]
    let figures: [Figure]

    init(_ r: Release) {
        id = r.id.rawValue
        year = r.year
        edition = r.edition
        published_at = r.publishedAt
        sm3 = r.sm3
        columns = ReleaseDataset.columnDictionary.map { Column(name: $0.0, zh: $0.1.zh, en: $0.1.en) }
        indicators = Self.indicatorsJSON
        figures = r.observations.map { Figure(indicator: $0.indicator, year: $0.year, breakdown: $0.breakdown?.rawValue, key: $0.key,
                                              label_zh: $0.labelZh, label_en: $0.labelEn, value: $0.value) }
    }

    static var indicatorsJSON: [IndicatorJSON] {
        IndicatorCatalogue.all.map { i in
            IndicatorJSON(code: i.code, name_zh: i.name.zh, name_en: i.name.en, unit: i.unit.rawValue, definition_zh: i.definition.zh, definition_en: i.definition.en,
                          formula_zh: i.formula.zh, formula_en: i.formula.en, source: i.source.rawValue, frequency: "yearly",
                          breakdowns: i.breakdowns.map(\.rawValue), article: i.basis.code)
        }
    }
}
