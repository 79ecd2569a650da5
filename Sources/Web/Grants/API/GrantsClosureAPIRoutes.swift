import Foundation
import Grants
import Identity
import KechuangCore
import Vapor

/// Reports, outputs, change requests, final acceptance and the results register over the JSON API:
/// the same service calls as the pages, refusals as RFC 9457 problems citing their article.
struct GrantsClosureAPIRoutes {
    func register(on routes: any RoutesBuilder) {
        let any = SiteURL.anyID
        routes.on(.GET, GrantsClosureAPI.reports(any), action: .followProjectReports, use: reports)
        routes.on(.POST, GrantsClosureAPI.reportSubmit(any), action: .followProjectReports, use: submitReport)
        routes.on(.POST, GrantsClosureAPI.reportReview(any), action: .manageAcceptance, use: reviewReport)
        routes.on(.GET, GrantsClosureAPI.reportsDue, action: .followProjectReports, use: due)
        routes.on(.POST, GrantsClosureAPI.reportReminders, action: .manageAcceptance, use: remind)
        routes.on(.GET, GrantsClosureAPI.outputs(any), action: .followProjectReports, use: outputs)
        routes.on(.POST, GrantsClosureAPI.outputs(any), action: .followProjectReports, use: registerOutput)
        routes.on(.GET, GrantsClosureAPI.results, action: .viewResultsRegister, use: results)
        routes.on(.GET, GrantsClosureAPI.changeRequests(any), action: .followProjectReports, use: changes)
        routes.on(.POST, GrantsClosureAPI.changeRequests(any), action: .followProjectReports, use: fileChange)
        routes.on(.POST, GrantsClosureAPI.changeDecision(any), action: .decideProjectChanges, use: decideChange)
        routes.on(.GET, GrantsClosureAPI.acceptance(any), action: .followProjectReports, use: acceptance)
        routes.on(.POST, GrantsClosureAPI.acceptance(any), action: .manageAcceptance, use: openAcceptance)
        routes.on(.POST, GrantsClosureAPI.acceptancePanel(any), action: .manageAcceptance, use: choosePanel)
        routes.on(.POST, GrantsClosureAPI.acceptanceDecision(any), action: .manageAcceptance, use: decide)
        routes.on(.GET, GrantsClosureAPI.acceptanceReviews, action: .reviewAcceptance, use: invitations)
        routes.on(.POST, GrantsClosureAPI.acceptanceReview(any), action: .reviewAcceptance, use: submitReview)
        routes.on(.GET, GrantsClosureAPI.acceptanceSchemes(any), action: .manageAcceptance, use: schemes)
        routes.on(.PUT, GrantsClosureAPI.acceptanceSchemes(any), action: .manageAcceptance, use: saveScheme)
    }

    static func person(_ req: Request) throws -> Person { try req.requirePrincipal().person }
    static func projectID(_ req: Request) throws -> Project.ID { try req.idParameter(as: Project.ID.self) }

    // MARK: Reports

    @Sendable func reports(req: Request) async throws -> [ReportJSON] {
        let now = req.services.now()
        return try await req.projectReports.list(project: try Self.projectID(req), as: try Self.person(req)).map { ReportJSON($0, now: now) }
    }

    struct ReportBody: Content {
        var summary: String
        /// Indicator id → value reached.
        var indicators: [String: Double]?
    }

    @Sendable func submitReport(req: Request) async throws -> ReportJSON {
        let body = try req.content.decode(ReportBody.self)
        var actuals: [UUID: Double] = [:]
        for (key, value) in body.indicators ?? [:] {
            guard let id = UUID(uuidString: key) else {
                throw DomainError.validation([ClosureForms.unreadable("indicators", zh: "指标键须为指标的 UUID", en: "Indicator keys are the indicators' UUIDs")])
            }
            actuals[id] = value
        }
        let report = try await req.projectReports.submit(try req.idParameter(as: ProjectReport.ID.self), ReportInput(summary: body.summary, actuals: actuals),
                                                         by: try Self.person(req))
        return ReportJSON(report, now: req.services.now())
    }

    struct DecisionBody: Content {
        var approve: Bool
        var comment: String?
    }

    @Sendable func reviewReport(req: Request) async throws -> ReportJSON {
        let body = try req.content.decode(DecisionBody.self)
        let report = try await req.projectReports.review(try req.idParameter(as: ProjectReport.ID.self), accept: body.approve, comment: body.comment ?? "",
                                                         by: try Self.person(req))
        return ReportJSON(report, now: req.services.now())
    }

    @Sendable func due(req: Request) async throws -> [DueReportJSON] {
        let now = req.services.now()
        return try await req.projectReports.owed(for: try Self.person(req)).map {
            DueReportJSON(project_id: $0.project.id.rawValue, project_number: $0.project.number, report: ReportJSON($0.report, now: now))
        }
    }

    struct RemindedJSON: Content { let reminded: Int }

    @Sendable func remind(req: Request) async throws -> RemindedJSON {
        RemindedJSON(reminded: try await req.projectReports.remind(by: try Self.person(req)))
    }

    // MARK: Outputs and the register

    @Sendable func outputs(req: Request) async throws -> [OutputJSON] {
        try await req.projectOutputs.list(project: try Self.projectID(req), as: try Self.person(req)).map(OutputJSON.init)
    }

    struct OutputBody: Content {
        var kind: String
        var title: String
        var identifier: String
        var year: Int
        var rights: String?
        var rights_holders: [String]?
        var rights_granted_on: String?
        var use_years: Int?
    }

    @Sendable func registerOutput(req: Request) async throws -> Response {
        let body = try req.content.decode(OutputBody.self)
        var values = ["kind": body.kind, "title": body.title, "identifier": body.identifier, "year": String(body.year),
                      "rights": body.rights ?? ResultRights.institutionRetains.rawValue, "rights_holders": (body.rights_holders ?? []).joined(separator: ";"),
                      "rights_granted_on": body.rights_granted_on ?? ""]
        if let years = body.use_years { values["use_years"] = String(years) }
        let (input, errors) = ClosureForms.output(values)
        if !errors.isEmpty { throw DomainError.validation(errors) }
        let output = try await req.projectOutputs.register(project: try Self.projectID(req), input, by: try Self.person(req))
        let response = try await OutputJSON(output).encodeResponse(for: req)
        response.status = .created
        return response
    }

    @Sendable func results(req: Request) async throws -> [PublicResultJSON] {
        try await req.projectOutputs.publicResults().map(PublicResultJSON.init)
    }

    // Changes, acceptance and schemes: `GrantsClosureAPIRoutes+Acceptance.swift`.
}
