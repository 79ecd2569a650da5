import Foundation
import Identity
import KechuangCore
import Monitoring
import Vapor

extension Request {
    var riskWarnings: RiskWarnings { RiskWarnings(db: db, now: services.now) }
}

/// The risk-warning pages (Art. 65): rules, run, warnings, acknowledgement and closing.
struct WarningRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, WarningURL.warnings, action: .viewWarnings, use: list)
        routes.on(.POST, WarningURL.run, action: .manageWarnings, use: run)
        routes.on(.GET, WarningURL.warning(SiteURL.anyID), action: .viewWarnings, use: show)
        routes.on(.POST, WarningURL.acknowledge(SiteURL.anyID), action: .manageWarnings, use: acknowledge)
        routes.on(.POST, WarningURL.close(SiteURL.anyID), action: .manageWarnings, use: close)
    }

    static func people(_ req: Request, _ ids: [UUID?]) async throws -> [UUID: String] {
        var out: [UUID: String] = [:]
        let people = req.people
        for id in Set(ids.compactMap { $0 }) { out[id] = try await people.find(id).name }
        return out
    }

    @Sendable func list(req: Request) async throws -> Response {
        let warnings = try await req.riskWarnings.list()
        return PageRenderer.response(WarningsPage(warnings: warnings, people: try await Self.people(req, warnings.map(\.ownerID))).render(PageContext(req)))
    }

    @Sendable func run(req: Request) async throws -> Response {
        try await req.riskWarnings.run(by: try req.requirePrincipal().person)
        return req.redirect(to: WarningURL.warnings, notice: MonitoringWarningMsg.wrnRunDone)
    }

    func page(_ req: Request, _ id: RiskWarning.ID, values: [String: String] = [:], errors: [FieldError] = []) async throws -> WarningPage {
        let warning = try await req.riskWarnings.find(id)
        let person = try req.requirePrincipal().person
        return WarningPage(warning: warning, people: try await Self.people(req, [warning.ownerID, warning.acknowledgedBy, warning.closedBy]),
                           mayAcknowledge: WarningAccess.mayRun(person), mayClose: WarningAccess.mayClose(person, warning), values: values, errors: errors)
    }

    @Sendable func show(req: Request) async throws -> Response {
        PageRenderer.response(try await page(req, try req.idParameter(as: RiskWarning.ID.self)).render(PageContext(req)))
    }

    func step(_ req: Request, notice: MonitoringWarningMsg,
              _ body: @escaping @Sendable (RiskWarnings, RiskWarning.ID, [String: String], Int, Person) async throws -> Void) async throws -> Response {
        let id = try req.idParameter(as: RiskWarning.ID.self)
        let values = try req.formValues()
        do {
            guard let version = Int(values["version"] ?? "") else { throw DomainError.staleVersion(entity: "warning") }
            try await body(req.riskWarnings, id, values, version, try req.requirePrincipal().person)
            return req.redirect(to: WarningURL.warning(id.rawValue), notice: notice)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await page(req, id, values: values, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    @Sendable func acknowledge(req: Request) async throws -> Response {
        try await step(req, notice: .wrnAcknowledged) { w, id, v, version, person in
            do { try await w.acknowledge(id, note: v["ack_note"] ?? "", expectedVersion: version, by: person) } catch DomainError.validation(let errors) {
                throw DomainError.validation(errors.map { FieldError(field: "ack_note", rule: $0.rule, message: $0.message, basis: $0.basis) })
            }
        }
    }

    @Sendable func close(req: Request) async throws -> Response {
        try await step(req, notice: .wrnClosed) { w, id, v, version, person in
            try await w.close(id, note: v["note"] ?? "", expectedVersion: version, by: person)
        }
    }
}
