import KechuangCore
import Projects
import Vapor

/// Calls: public list and pages with deadline and new-call feeds; officers' drafting and
/// publication (refused while the text or the rules contain a forbidden condition). The API is `CallAPIRoutes`.
struct CallRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, ProjectsURL.calls, action: .viewCalls, use: list)
        routes.on(.GET, ProjectsURL.call(SiteURL.anyID), action: .viewCalls, use: show)
        routes.on(.GET, ProjectsURL.adminCalls, action: .manageCalls, use: admin)
        routes.on(.POST, ProjectsURL.adminProgrammes, action: .manageCalls, use: createProgramme)
        routes.on(.GET, ProjectsURL.adminCallNew, action: .manageCalls, use: newCall)
        routes.on(.POST, ProjectsURL.adminCalls, action: .manageCalls, use: createCall)
        routes.on(.GET, ProjectsURL.adminCall(SiteURL.anyID), action: .manageCalls, use: editCall)
        routes.on(.POST, ProjectsURL.adminCall(SiteURL.anyID), action: .manageCalls, use: updateCall)
        routes.on(.POST, ProjectsURL.adminCallPublish(SiteURL.anyID), action: .manageCalls, use: publishCall)
    }

    // MARK: Public pages

    /// Filterable by programme (`?programme=`) and by whether the call is open now (`?open=1`).
    @Sendable func list(req: Request) async throws -> Response {
        let programme = (try? req.query.get(String.self, at: "programme")).flatMap(UUID.init(uuidString:))
        let openOnly = (try? req.query.get(String.self, at: "open")) == "1"
        let now = req.services.now()
        let calls = try await req.calls.list(programme: programme).filter { !openOnly || $0.isOpen(at: now) }
        let programmes = try await req.calls.programmes()
        let page = CallListPage(calls: calls, programmes: Dictionary(uniqueKeysWithValues: programmes.map { ($0.id, $0) }), now: now,
                                programmeFilter: programme, openOnly: openOnly)
        return PageRenderer.response(page.render(PageContext(req)))
    }

    /// `/calls/:id`, and the two feeds whose names sit at the same place.
    @Sendable func show(req: Request) async throws -> Response {
        let raw = try req.parameters.require("id")
        if raw == "deadlines.ics" { return try await CallFeeds.calendar(req) }
        if raw == "feed.atom" { return try await CallFeeds.atom(req) }
        guard let id = Call.ID(raw) else { throw Abort(.notFound) }
        let call = try await req.calls.find(id)
        guard call.status == .published else { throw DomainError.notFound(entity: "call") }
        let programme = try await req.calls.programme(call.programmeID)
        return PageRenderer.response(CallPage(call: call, programme: programme, now: req.services.now()).render(PageContext(req)))
    }

    // MARK: Officers

    @Sendable func admin(req: Request) async throws -> Response {
        let page = AdminCallsPage(calls: try await req.calls.list(includeDrafts: true), programmes: try await req.calls.programmes(), now: req.services.now())
        return PageRenderer.response(page.render(PageContext(req)))
    }

    @Sendable func createProgramme(req: Request) async throws -> Response {
        let form = try req.content.decode(ProgrammeForm.self)
        do {
            _ = try await req.calls.createProgramme(code: form.code ?? "", nameZh: form.name_zh ?? "", nameEn: form.name_en ?? "",
                                                    kind: form.kind.flatMap(ProgrammeKind.init(rawValue:)) ?? .other, by: req.actor)
            return req.redirect(to: ProjectsURL.adminCalls, notice: ProjectsMsg.programmeCreated)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            let page = AdminCallsPage(calls: try await req.calls.list(includeDrafts: true), programmes: try await req.calls.programmes(),
                                      programmeErrors: errors, now: req.services.now())
            return PageRenderer.response(page.render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    @Sendable func newCall(req: Request) async throws -> Response {
        let empty = CallInput(programmeID: "", titleZh: "", titleEn: "", guidelineZh: "", guidelineEn: "", opensAt: "", closesAt: "",
                              totalBudget: "", typicalAward: "", budgetMode: BudgetMode.lumpSum.rawValue,
                              selectionMode: SelectionMode.openCompetition.rawValue, eligibilityRules: "")
        return PageRenderer.response(CallFormPage(call: nil, input: empty, programmes: try await req.calls.programmes()).render(PageContext(req)))
    }

    @Sendable func createCall(req: Request) async throws -> Response {
        let step = try Self.rulesStep(req, try req.content.decode(CallForm.self))
        guard step.saves else { return try await Self.formAgain(req, call: nil, step, errors: step.errors) }
        do {
            let call = try await req.calls.create(step.input, by: req.actor)
            return req.redirect(to: ProjectsURL.adminCall(call.id.rawValue), notice: ProjectsMsg.callCreated)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return try await Self.formAgain(req, call: nil, step, errors: errors)
        }
    }

    @Sendable func editCall(req: Request) async throws -> Response {
        let call = try await req.calls.find(try req.idParameter(as: Call.ID.self))
        let page = CallFormPage(call: call, input: CallForm.input(from: call), programmes: try await req.calls.programmes(),
                                findings: Calls.findings(call), rules: call.eligibilityRules.map(EligibilityRuleFields.init))
        return PageRenderer.response(page.render(PageContext(req)))
    }

    @Sendable func updateCall(req: Request) async throws -> Response {
        let id = try req.idParameter(as: Call.ID.self)
        let form = try req.content.decode(CallForm.self)
        let step = try Self.rulesStep(req, form)
        let current = try await req.calls.find(id)
        guard step.saves else { return try await Self.formAgain(req, call: current, step, errors: step.errors) }
        do {
            _ = try await req.calls.update(id, step.input, expectedVersion: form.version ?? 0, by: req.actor)
            return req.redirect(to: ProjectsURL.adminCall(id.rawValue), notice: ProjectsMsg.callSaved)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return try await Self.formAgain(req, call: current, step, errors: errors)
        }
    }

    /// The call's rules as the form sent them: the guided editor's rows (read into the API's JSON
    /// when saving; "Add a rule" / "Remove" only change the rows), or, from a form without the
    /// editor, the `eligibility_rules` JSON as it is.
    struct RulesStep {
        var input: CallInput
        var rows: [EligibilityRuleFields]
        var newKind = ""
        var errors: [FieldError] = []
        /// False when the form is only shown again (a rule added or removed, or rules in error).
        var saves = true
    }

    static func rulesStep(_ req: Request, _ form: CallForm) throws -> RulesStep {
        var input = form.input
        guard let editor = EligibilityRuleEditorForm(req) else {
            return RulesStep(input: input, rows: EligibilityRuleEditorForm.rows(fromJSON: input.eligibilityRules))
        }
        guard editor.action == .save else {
            let edited = editor.edited()
            return RulesStep(input: input, rows: edited.rows, newKind: edited.errors.isEmpty ? "" : editor.newKind, errors: edited.errors, saves: false)
        }
        let read = EligibilityRuleEditor.rules(from: editor.rows)
        guard read.errors.isEmpty else {
            // The other fields' own checks too, so that every error is listed at once.
            return RulesStep(input: input, rows: editor.rows, newKind: editor.newKind,
                             errors: CallRules.book.violations(of: input, at: req.services.now()) + read.errors, saves: false)
        }
        input.eligibilityRules = try EligibilityRuleEditorForm.json(read.rules)
        return RulesStep(input: input, rows: editor.rows, newKind: editor.newKind)
    }

    /// The editor again with what was sent: 422 with the errors, 200 after adding or removing a rule.
    static func formAgain(_ req: Request, call: Call?, _ step: RulesStep, errors: [FieldError]) async throws -> Response {
        let page = CallFormPage(call: call, input: step.input, programmes: try await req.calls.programmes(), errors: errors,
                                findings: CallLinter.lint(step.input.guidelineZh), rules: step.rows, newRuleKind: step.newKind)
        return PageRenderer.response(page.render(PageContext(req)), status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    @Sendable func publishCall(req: Request) async throws -> Response {
        let id = try req.idParameter(as: Call.ID.self)
        do {
            _ = try await req.calls.publish(id, by: req.actor)
            return req.redirect(to: ProjectsURL.adminCall(id.rawValue), notice: ProjectsMsg.callPublished)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            let call = try await req.calls.find(id)
            // The rules' problems on the fields of the rule that has them, when the editor can show them there.
            let rows = call.eligibilityRules.map(EligibilityRuleFields.init)
            let ruleErrors = EligibilityRuleEditor.rules(from: rows).errors
            let shown = ruleErrors.isEmpty ? errors : errors.filter { $0.field != "eligibility_rules" } + ruleErrors
            let page = CallFormPage(call: call, input: CallForm.input(from: call), programmes: try await req.calls.programmes(),
                                    errors: shown, findings: Calls.findings(call), publishBlocked: true, rules: rows)
            return PageRenderer.response(page.render(PageContext(req)), status: .unprocessableEntity)
        }
    }
}

import Identity
