import Export
import Foundation
import Grants
import Identity
import KechuangCore
import Storage
import Vapor

/// The one inspection plan (Art. 50(3)): bodies enter inspections and record findings; a repeat
/// within 12 months is refused with the article and a link to the entry it repeats; research
/// offices read their institution's yearly plan and subscribe to it (iCalendar).
struct InspectionRoutes {
    func register(on routes: any RoutesBuilder) {
        let any = SiteURL.anyID
        routes.on(.GET, GrantsMoneyURL.inspections, action: .viewInspectionPlan, use: plan)
        routes.on(.POST, GrantsMoneyURL.inspections, action: .manageInspections, use: enter)
        routes.on(.GET, GrantsMoneyURL.inspectionNew, action: .manageInspections, use: new)
        routes.on(.GET, GrantsMoneyURL.inspectionCalendar, action: .viewInspectionPlan, use: calendar)
        routes.on(.GET, GrantsMoneyURL.inspection(any), action: .viewInspectionPlan, use: show)
        routes.on(.POST, GrantsMoneyURL.inspectionFindings(any), action: .manageInspections, use: findings)
    }

    /// `?year=` (1000…9999, as the API document says), this Beijing year by default; anything else is a 422 naming it.
    static func year(_ req: Request) throws -> Int {
        guard let raw = req.query[String.self, at: "year"], !raw.isEmpty else { return BeijingDay(containing: req.services.now()).year }
        guard let year = Int(raw), (1000...9999).contains(year) else {
            throw DomainError.validation([FieldError(field: "year", rule: "year.range", message: GrantsMoneyMsg.gmYearInvalid.text)])
        }
        return year
    }

    @Sendable func plan(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let year = try Self.year(req)
        let list = try await req.inspections.plan(as: person, year: year)
        return PageRenderer.response(InspectionPlanPage(inspections: list, year: year, mayEnter: InspectionAccess.Viewer(person).isBody).render(PageContext(req)))
    }

    func formPage(_ req: Request, values: [String: String] = [:], errors: [FieldError] = [], existing: Inspection? = nil) async throws -> InspectionFormPage {
        let c = PageContext(req)
        let organisations = try await req.organisations.list(limit: 1000).map { ($0.id.rawValue, $0.name(in: c.language)) }
        return InspectionFormPage(projects: try await req.moneyProjects.all(), organisations: organisations, values: values, errors: errors, existing: existing)
    }

    @Sendable func new(req: Request) async throws -> Response {
        PageRenderer.response(try await formPage(req).render(PageContext(req)))
    }

    @Sendable func enter(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let values = try req.content.decode([String: String].self)
        do {
            let (input, reading) = InspectionForm.input(values)
            if !reading.isEmpty { throw DomainError.validation(ExpenditureForm.merged(reading, InspectionRules.input.violations(of: input, at: req.services.now()))) }
            let inspection = try await req.inspections.plan(input, by: person)
            return req.redirect(to: GrantsMoneyURL.inspection(inspection.id.rawValue), notice: GrantsMoneyMsg.gmInspectionEntered)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            // A refused repeat names the entry it repeats: link to it.
            var existing: Inspection?
            if errors.contains(where: { $0.rule == "inspection.not_repeated" }), let target = InspectionForm.input(values).0.target {
                existing = try await req.inspections.history(of: target, as: person).last
            }
            return PageRenderer.response(try await formPage(req, values: values, errors: errors, existing: existing).render(PageContext(req)),
                                         status: .unprocessableEntity)
        }
    }

    func page(_ req: Request, _ inspection: Inspection, findings: String = "", errors: [FieldError] = []) async throws -> InspectionPage {
        let person = try req.requirePrincipal().person
        return InspectionPage(inspection: inspection, history: try await req.inspections.history(of: inspection.target, as: person),
                              mayChange: InspectionAccess.may(.change, .init(person), organisation: inspection.organisationID), findings: findings, errors: errors)
    }

    @Sendable func show(req: Request) async throws -> Response {
        let inspection = try await req.inspections.find(try req.idParameter(as: Inspection.ID.self), as: try req.requirePrincipal().person)
        return PageRenderer.response(try await page(req, inspection).render(PageContext(req)))
    }

    struct FindingsForm: Content {
        var findings: String?
        var version: Int?
    }

    @Sendable func findings(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let inspection = try await req.inspections.find(try req.idParameter(as: Inspection.ID.self), as: person, for: .change)
        let form = try req.content.decode(FindingsForm.self)
        do {
            _ = try await req.inspections.recordFindings(inspection.id, form.findings ?? "", expectedVersion: form.version ?? inspection.version, by: person)
            return req.redirect(to: GrantsMoneyURL.inspection(inspection.id.rawValue), notice: GrantsMoneyMsg.gmFindingsRecorded)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await page(req, inspection, findings: form.findings ?? "", errors: errors).render(PageContext(req)),
                                         status: .unprocessableEntity)
        }
    }

    /// The yearly plan as iCalendar: one event on each entry's first day, the period in its summary.
    @Sendable func calendar(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let year = try Self.year(req)
        let base = CallFeeds.baseURL(req)
        let items = try await req.inspections.plan(as: person, year: year).map { i in
            FeedItem(id: "inspection-\(i.id.uuidString.lowercased())",
                     title: "\(i.kind.label.zh)：\(i.targetName)（\(i.orderedScopes.map(\.label.zh).joined(separator: "、"))）",
                     summary: "\(i.bodyName)，\(i.periodStart) 至 \(i.periodEnd)。\(i.title)", link: base + GrantsMoneyURL.inspection(i.id.rawValue).path,
                     updated: i.findingsRecordedAt ?? i.createdAt, starts: i.periodStart.start)
        }
        let body = ICalendar.calendar(name: "科创 · \(year) 年度检查计划", items: items, now: req.services.now())
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/calendar; charset=utf-8")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(string: body))
    }
}
