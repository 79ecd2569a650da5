import Foundation
import Grants
import Identity
import KechuangCore
import Vapor

extension GrantsClosureRoutes {
    // MARK: Reports

    func reportPage(_ req: Request, values: [String: String] = [:], errors: [FieldError] = []) async throws -> String {
        let person = try Self.person(req)
        let (report, project) = try await req.projectReports.find(try req.idParameter(as: ProjectReport.ID.self), as: person)
        return ReportPage(project: project, report: report, indicators: try await req.projectReports.indicators(project: project.id, as: person),
                          mayEdit: ProjectAccess.may(.edit, project, as: person), mayManage: ProjectAccess.may(.manage, project, as: person),
                          now: req.services.now(), values: values, errors: errors).render(PageContext(req))
    }

    @Sendable func report(req: Request) async throws -> Response { PageRenderer.response(try await reportPage(req)) }

    @Sendable func submitReport(req: Request) async throws -> Response {
        let values = try Self.values(req)
        return try await Self.onForm(req, {
            let person = try Self.person(req)
            let (report, project) = try await req.projectReports.find(try req.idParameter(as: ProjectReport.ID.self), as: person)
            let (input, errors) = ClosureForms.report(values, indicators: try await req.projectReports.indicators(project: project.id, as: person))
            if !errors.isEmpty { throw DomainError.validation(errors) }
            _ = try await req.projectReports.submit(report.id, input, by: person)
            return req.redirect(to: GrantsClosureURL.report(report.id.rawValue), notice: M.gcReportSubmitted)
        }, page: { try await reportPage(req, values: values, errors: $0) })
    }

    @Sendable func reviewReport(req: Request) async throws -> Response {
        let values = try Self.values(req)
        let id = try req.idParameter(as: ProjectReport.ID.self)
        return try await Self.onForm(req, {
            let decision = Self.decision(values, id: id.rawValue)
            _ = try await req.projectReports.review(id, accept: decision.approve, comment: decision.comment, by: try Self.person(req))
            return req.redirect(to: GrantsClosureURL.report(id.rawValue), notice: M.gcReportReviewed)
        }, page: { try await reportPage(req, errors: Self.renamed($0, id: id.rawValue)) })
    }

    @Sendable func due(req: Request) async throws -> Response {
        let person = try Self.person(req)
        let c = PageContext(req)
        let page = ReportsDuePage(owed: try await req.projectReports.owed(for: person), reminders: try await req.projectReports.reminders(for: person),
                                  mayRemind: c.can(.manageAcceptance), now: req.services.now())
        return PageRenderer.response(page.render(c))
    }

    @Sendable func remind(req: Request) async throws -> Response {
        _ = try await req.projectReports.remind(by: try Self.person(req))
        return req.redirect(to: GrantsClosureURL.reportsDue, notice: M.gcReminded)
    }

    // MARK: Acceptance

    @Sendable func openAcceptance(req: Request) async throws -> Response {
        let project = try await Self.project(req, for: .manage)
        _ = try await req.acceptances.open(project: project.id, by: try Self.person(req))
        return req.redirect(to: GrantsClosureURL.closure(project.id.rawValue), notice: M.gcAcceptanceOpened)
    }

    func acceptance(_ req: Request) async throws -> Acceptance {
        let project = try await Self.project(req, for: .manage)
        guard let found = try await req.acceptances.acceptance(of: project.id, as: try Self.person(req)) else { throw DomainError.notFound(entity: "acceptance") }
        return found.acceptance
    }

    @Sendable func choosePanel(req: Request) async throws -> Response {
        try await Self.onForm(req, {
            let acceptance = try await acceptance(req)
            _ = try await req.acceptances.choosePanel(acceptance.id, by: try Self.person(req))
            return req.redirect(to: GrantsClosureURL.closure(acceptance.projectID), notice: M.gcPanelChosen)
        }, page: { try await closurePage(req, errors: $0) })
    }

    @Sendable func decide(req: Request) async throws -> Response {
        let values = try Self.values(req)
        return try await Self.onForm(req, {
            let acceptance = try await acceptance(req)
            _ = try await req.acceptances.decide(acceptance.id, ClosureForms.decision(values), by: try Self.person(req))
            return req.redirect(to: GrantsClosureURL.closure(acceptance.projectID), notice: M.gcAcceptanceDecided)
        }, page: { try await closurePage(req, values: values, errors: $0) })
    }

    // MARK: Acceptance panels

    @Sendable func acceptanceReviews(req: Request) async throws -> Response {
        let invitations = try await req.acceptances.invitations(for: try Self.person(req))
        return PageRenderer.response(AcceptanceReviewsPage(invitations: invitations).render(PageContext(req)))
    }

    func acceptanceReviewPage(_ req: Request, values: [String: String] = [:], errors: [FieldError] = []) async throws -> String {
        let invitation = try await req.acceptances.invitation(try req.idParameter(), for: try Self.person(req))
        let final = try await req.acceptances.finalReport(of: invitation)
        return AcceptanceReviewPage(invitation: invitation, finalReport: final, values: values, errors: errors).render(PageContext(req))
    }

    @Sendable func acceptanceReview(req: Request) async throws -> Response { PageRenderer.response(try await acceptanceReviewPage(req)) }

    @Sendable func submitAcceptanceReview(req: Request) async throws -> Response {
        let values = try Self.values(req)
        return try await Self.onForm(req, {
            let id: UUID = try req.idParameter()
            let scores = values.filter { $0.key.hasPrefix("score_") }.reduce(into: [String: String]()) { $0[String($1.key.dropFirst(6))] = $1.value }
            _ = try await req.acceptances.submitReview(id, scores: scores, comment: values["comment"] ?? "", by: try Self.person(req))
            return req.redirect(to: GrantsClosureURL.acceptanceReview(id), notice: M.gcReviewSubmitted)
        }, page: { try await acceptanceReviewPage(req, values: values, errors: $0) })
    }

    // MARK: The public register

    @Sendable func results(req: Request) async throws -> Response {
        PageRenderer.response(ResultsPage(results: try await req.projectOutputs.publicResults()).render(PageContext(req)))
    }
}
