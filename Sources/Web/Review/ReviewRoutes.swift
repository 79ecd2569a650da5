import Foundation
import Identity
import Integrity
import KechuangCore
import Projects
import Review
import Vapor

/// The formal check and expert review (Art. 29, 60): the officer checks an application that
/// reached them (integrity, near-duplicates side by side) and accepts it for review; experts keep
/// their profile; the officer sets a call's round, runs the optimal assignment, swaps reviewers,
/// publishes it with a public report; experts accept or decline and submit reviews; the officer
/// follows progress, reminds, ranks and decides funding.
struct ReviewRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, ReviewURL.formalCheck(SiteURL.anyID), action: .formalCheckApplications, use: formalCheck)
        routes.on(.POST, ReviewURL.formalCheckDecision(SiteURL.anyID), action: .formalCheckApplications, use: formalCheckDecision)
        routes.on(.GET, ReviewURL.applicationCompare(SiteURL.anyID, SiteURL.anyID), action: .formalCheckApplications, use: compare)
        routes.on(.POST, ReviewURL.applicationCompareConfirm(SiteURL.anyID, SiteURL.anyID), action: .formalCheckApplications, use: confirmDuplicate)
        routes.on(.GET, ReviewURL.expertProfile, action: .editOwnExpertProfile, use: profile)
        routes.on(.POST, ReviewURL.expertProfile, action: .editOwnExpertProfile, use: saveProfile)
        routes.on(.GET, ReviewURL.adminExperts, action: .manageExperts, use: experts)
        routes.on(.POST, ReviewURL.adminExpertInvite, action: .manageExperts, use: invite)
        routes.on(.POST, ReviewURL.adminExpertActive(SiteURL.anyID), action: .manageExperts, use: setActive)
        routes.on(.GET, ReviewURL.adminReview(SiteURL.anyID), action: .manageReviewRounds, use: round)
        routes.on(.POST, ReviewURL.adminReview(SiteURL.anyID), action: .manageReviewRounds, use: configure)
        routes.on(.POST, ReviewURL.adminReviewRun(SiteURL.anyID), action: .manageReviewRounds, use: run)
        routes.on(.POST, ReviewURL.adminReviewSwap(SiteURL.anyID), action: .manageReviewRounds, use: swap)
        routes.on(.POST, ReviewURL.adminReviewConflict(SiteURL.anyID), action: .manageReviewRounds, use: addConflict)
        routes.on(.POST, ReviewURL.adminReviewPublish(SiteURL.anyID), action: .manageReviewRounds, use: publish)
        routes.on(.POST, ReviewURL.adminReviewRemind(SiteURL.anyID), action: .manageReviewRounds, use: remind)
        routes.on(.GET, ReviewURL.adminRanking(SiteURL.anyID), action: .manageReviewRounds, use: ranking)
        routes.on(.GET, ReviewURL.reviewReport(SiteURL.anyID), action: .viewAssignmentReports, use: report)
        routes.on(.GET, ReviewURL.reviewReportFile(SiteURL.anyID, "f"), action: .viewAssignmentReports, use: reportFile)
        routes.on(.GET, ReviewURL.reviews, action: .reviewAssignedApplications, use: invitations)
        routes.on(.GET, ReviewURL.review(SiteURL.anyID), action: .reviewAssignedApplications, use: reviewForm)
        routes.on(.POST, ReviewURL.review(SiteURL.anyID), action: .reviewAssignedApplications, use: submitReview)
        routes.on(.POST, ReviewURL.reviewAccept(SiteURL.anyID), action: .reviewAssignedApplications, use: accept)
        routes.on(.POST, ReviewURL.reviewDecline(SiteURL.anyID), action: .reviewAssignedApplications, use: decline)
    }

    // MARK: Formal check

    @Sendable func formalCheck(req: Request) async throws -> Response {
        let check = try await req.applications.formalCheck(try req.idParameter(as: GrantApplication.ID.self))
        return PageRenderer.response(FormalCheckPage(check: check).render(PageContext(req)))
    }

    struct DecisionForm: Content {
        var decision: String?
        /// Accepting: the officer's note (the reason, when a near-duplicate is listed).
        var note: String?
        /// Not accepting: the reason the PI reads (older forms sent it as `note`).
        var reason: String?
        /// The confirmation box of the decision taken (`yes`).
        var confirm_accept: String?
        var confirm_not_accept: String?
    }

    @Sendable func formalCheckDecision(req: Request) async throws -> Response {
        let officer = try req.requirePrincipal().person
        let id = try req.idParameter(as: GrantApplication.ID.self)
        let form = try req.content.decode(DecisionForm.self)
        let accepting = form.decision == "accept"
        do {
            // Both decisions are final: each needs its box ticked (a confirmation step without JavaScript).
            let confirmed = accepting ? form.confirm_accept == "yes" : form.confirm_not_accept == "yes"
            let reason = form.reason ?? form.note ?? ""
            let application: GrantApplication
            if accepting {
                guard confirmed else {
                    // A refusal with its article comes before asking to confirm what cannot be done.
                    try await req.applications.formalCheck(id).integrity.enforce()
                    throw DomainError.validation([ReviewForms.unconfirmed("confirm_accept")])
                }
                application = try await req.applications.accept(id, note: form.note, by: officer)
            } else {
                guard confirmed else {
                    // Say both at once when the reason is missing too.
                    var errors = [ReviewForms.unconfirmed("confirm_not_accept")]
                    if reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { errors.insert(Self.reasonMissing, at: 0) }
                    throw DomainError.validation(errors)
                }
                application = try await req.applications.notAccept(id, reason: reason, by: officer)
            }
            return req.redirect(to: ProjectsURL.adminCallApplications(application.callID), notice: ReviewMsg.checkDecided)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            let page = FormalCheckPage(check: try await req.applications.formalCheck(id), errors: errors,
                                       note: accepting ? form.note ?? "" : "", reason: accepting ? "" : form.reason ?? form.note ?? "")
            return PageRenderer.response(page.render(ReviewRoutes.context(req, shownAt: ReviewURL.formalCheck(id.rawValue))), status: .unprocessableEntity)
        }
    }

    static let reasonMissing = FieldError(field: "reason", rule: "reason.required", message: LocalizedText(zh: "请写明理由", en: "Give the reason"))

    static func context(_ req: Request, shownAt page: any SiteRoute) -> PageContext { req.pageContext(shownAt: page) }

    func otherParameter(_ req: Request) throws -> GrantApplication.ID {
        guard let raw = req.parameters.get("other"), let id = GrantApplication.ID(raw) else { throw Abort(.notFound) }
        return id
    }

    @Sendable func compare(req: Request) async throws -> Response {
        let pair = try await req.applications.sideBySide(try req.idParameter(as: GrantApplication.ID.self), try otherParameter(req))
        return PageRenderer.response(SideBySidePage(pair: pair).render(PageContext(req)))
    }

    @Sendable func confirmDuplicate(req: Request) async throws -> Response {
        let officer = try req.requirePrincipal().person
        let id = try req.idParameter(as: GrantApplication.ID.self)
        _ = try await req.applications.confirmDuplicate(id, of: try otherParameter(req), by: officer)
        return req.redirect(to: ReviewURL.formalCheck(id.rawValue), notice: ReviewMsg.checkReferred)
    }

    // MARK: Expert profile and pool

    @Sendable func profile(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let profile = try await req.expertPool.profile(of: person)
        return PageRenderer.response(ExpertProfilePage(profile: profile, values: ExpertProfileForm.values(profile)).render(PageContext(req)))
    }

    @Sendable func saveProfile(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let pool = req.expertPool
        let current = try await pool.profile(of: person)
        let values = try req.content.decode([String: String].self)
        let (profile, parseErrors) = ExpertProfileForm.profile(from: values, base: current, organisations: try await req.organisationsForChoice())
        do {
            if !parseErrors.isEmpty { throw DomainError.validation(parseErrors) }
            _ = try await pool.save(profile, expectedVersion: Int(values["version"] ?? "") ?? current.version, by: person)
            return req.redirect(to: ReviewURL.expertProfile, notice: ReviewMsg.expertSaved)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            let page = ExpertProfilePage(profile: current, values: values, errors: errors)
            return PageRenderer.response(page.render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    @Sendable func experts(req: Request) async throws -> Response {
        let experts = try await req.expertPool.list()
        return PageRenderer.response(ExpertsPage(experts: experts).render(PageContext(req)))
    }

    struct InviteForm: Content { var email: String? }

    @Sendable func invite(req: Request) async throws -> Response {
        let officer = try req.requirePrincipal().person
        let form = try req.content.decode(InviteForm.self)
        do {
            _ = try await req.expertPool.invite(email: form.email ?? "", people: req.people, by: officer)
            return req.redirect(to: ReviewURL.adminExperts, notice: ReviewMsg.expertInvited)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            let page = ExpertsPage(experts: try await req.expertPool.list(), errors: errors, email: form.email ?? "")
            return PageRenderer.response(page.render(Self.context(req, shownAt: ReviewURL.adminExperts)), status: .unprocessableEntity)
        }
    }

    struct ActiveForm: Content { var active: String? }

    @Sendable func setActive(req: Request) async throws -> Response {
        let officer = try req.requirePrincipal().person
        let form = try req.content.decode(ActiveForm.self)
        try await req.expertPool.setActive(try req.idParameter(), form.active == "true", by: officer)
        return req.redirect(to: ReviewURL.adminExperts, notice: ReviewMsg.expertStatusChanged)
    }

    // MARK: The round

    func roundPage(_ req: Request, errors: [FieldError] = [], values: [String: String]? = nil) async throws -> RoundPage {
        let call = try await req.calls.find(try req.idParameter(as: Call.ID.self))
        let rounds = req.rounds
        let round = try await rounds.round(call: call.id.rawValue)
        let proposals = try await req.applications.list(call: call.id, states: [.accepted, .funded, .notFunded])
        let experts = try await req.expertPool.list()
        var assignments: [ReviewAssignment] = [], exclusions: [Exclusion] = [], progress: [AssignmentStatus: Int] = [:]
        if let round {
            assignments = try await rounds.assignments(round: round.id)
            exclusions = try await rounds.exclusions(round: round.id)
            progress = try await req.reviews.progress(round: round.id)
        }
        return RoundPage(call: call, round: round, proposals: proposals, experts: experts, assignments: assignments,
                         exclusions: exclusions, progress: progress, errors: errors,
                         values: values ?? RoundForm.values(round, call: call, now: req.services.now()))
    }

    @Sendable func round(req: Request) async throws -> Response {
        PageRenderer.response(try await roundPage(req).render(PageContext(req)))
    }

    /// Runs `body`; a validation error re-renders the round page with it, anything else propagates.
    func onRound(_ req: Request, values: [String: String]? = nil, notice: ReviewMsg, _ body: (Person, UUID) async throws -> Void) async throws -> Response {
        let officer = try req.requirePrincipal().person
        let callID = try req.idParameter()
        do {
            try await body(officer, callID)
            return req.redirect(to: ReviewURL.adminReview(callID), notice: notice)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            let page = try await roundPage(req, errors: errors, values: values)
            return PageRenderer.response(page.render(Self.context(req, shownAt: ReviewURL.adminReview(callID))), status: .unprocessableEntity)
        }
    }

    func requireRound(_ req: Request, _ callID: UUID) async throws -> ReviewRound {
        guard let round = try await req.rounds.round(call: callID) else {
            throw DomainError.validation([FieldError(field: "reviewers_per_proposal", rule: "round.configured",
                message: LocalizedText(zh: "请先保存评审参数", en: "Save the round's parameters first"))])
        }
        return round
    }

    @Sendable func configure(req: Request) async throws -> Response {
        let values = try req.content.decode([String: String].self)
        return try await onRound(req, values: values, notice: .roundSaved) { officer, callID in
            let parsed = try RoundForm.parse(values)
            _ = try await req.rounds.configure(
                call: callID, reviewersPerProposal: parsed.k, minLoad: parsed.minLoad, maxLoad: parsed.maxLoad, deadline: parsed.deadline,
                fair: parsed.fair, seed: parsed.seed, criteria: ReviewRound.defaultCriteria, by: officer)
        }
    }

    @Sendable func run(req: Request) async throws -> Response {
        try await onRound(req, notice: .roundComputed) { officer, callID in
            _ = try await req.rounds.run(try await requireRound(req, callID).id, by: officer)
        }
    }

    struct PairForm: Content {
        var application: String?
        /// `application-id|expert-id` of the assignment to change.
        var assignment: String?
        var to: String?
        var expert: String?
        var reason: String?
        /// The swap's confirmation that a 0.000 match is intended (`yes`).
        var confirm_no_match: String?
    }

    @Sendable func swap(req: Request) async throws -> Response {
        let form = try req.content.decode(PairForm.self)
        return try await onRound(req, notice: .roundSwapped) { officer, callID in
            let pair = (form.assignment ?? "").split(separator: "|").compactMap { UUID(uuidString: String($0)) }
            guard pair.count == 2 else {
                throw DomainError.validation([FieldError(field: "assignment", rule: "round.swap.assignment",
                    message: LocalizedText(zh: "请选择要调整的分配", en: "Choose the assignment to change"))])
            }
            let (application, from) = (pair[0], pair[1])
            guard let to = form.to.flatMap(UUID.init(uuidString:)) else {
                throw DomainError.validation([FieldError(field: "to", rule: "round.swap.to", message: LocalizedText(zh: "请选择替换的专家", en: "Choose the expert to swap in"))])
            }
            try await req.rounds.swap(round: try await requireRound(req, callID).id, application: application, from: from, to: to,
                                      reason: form.reason ?? "", noMatchConfirmed: form.confirm_no_match == "yes", by: officer)
        }
    }

    @Sendable func addConflict(req: Request) async throws -> Response {
        let form = try req.content.decode(PairForm.self)
        return try await onRound(req, notice: .roundConflictAdded) { officer, callID in
            guard let application = form.application.flatMap(UUID.init(uuidString:)), let expert = form.expert.flatMap(UUID.init(uuidString:)) else {
                throw DomainError.validation([FieldError(field: "expert", rule: "round.conflict.pair", message: LocalizedText(zh: "请选择申请和专家", en: "Choose the proposal and the expert"))])
            }
            try await req.rounds.addConflict(round: try await requireRound(req, callID).id, application: application,
                                                                          expert: expert, reason: form.reason ?? "", by: officer)
        }
    }

    @Sendable func publish(req: Request) async throws -> Response {
        try await onRound(req, notice: .roundPublished) { officer, callID in
            _ = try await req.rounds.publish(try await requireRound(req, callID).id, by: officer)
        }
    }

    @Sendable func remind(req: Request) async throws -> Response {
        try await onRound(req, notice: .roundReminded) { officer, callID in
            try await req.reviews.remind(round: try await requireRound(req, callID).id, by: officer)
        }
    }

    @Sendable func ranking(req: Request) async throws -> Response {
        let call = try await req.calls.find(try req.idParameter(as: Call.ID.self))
        let rows = try await req.reviews.ranking(call: call.id)
        let criteria = try await req.rounds.round(call: call.id.rawValue)?.criteria ?? ReviewRound.defaultCriteria
        return PageRenderer.response(RankingPage(call: call, rows: rows, criteria: criteria).render(PageContext(req)))
    }

    // MARK: The public report

    func publishedRound(_ req: Request) async throws -> (Call, ReviewRound, AssignmentReport) {
        let call = try await req.calls.find(try req.idParameter(as: Call.ID.self))
        let (round, report) = try await req.rounds.publishedReport(call: call.id.rawValue)
        return (call, round, report)
    }

    @Sendable func report(req: Request) async throws -> Response {
        let (call, round, report) = try await publishedRound(req)
        let files = try await req.rounds.instanceFiles(round: round.id)
        return PageRenderer.response(AssignmentReportPage(call: call, report: report, files: files.keys.sorted()).render(PageContext(req)))
    }

    @Sendable func reportFile(req: Request) async throws -> Response {
        let (_, round, _) = try await publishedRound(req)
        let files = try await req.rounds.instanceFiles(round: round.id)
        guard let name = req.parameters.get("file"), let content = files[name] else { throw DomainError.notFound(entity: "file") }
        return ApplicationRoutes.attachment(Data(content.utf8), type: name.hasSuffix(".json") ? "application/json" : "text/csv; charset=utf-8", filename: name)
    }

    // MARK: Experts' reviews

    @Sendable func invitations(req: Request) async throws -> Response {
        let expert = try req.requirePrincipal().person
        let invitations = try await req.reviews.invitations(for: expert)
        return PageRenderer.response(InvitationsPage(invitations: invitations).render(PageContext(req)))
    }

    func reviewPage(_ req: Request, errors: [FieldError] = [], values: [String: String] = [:]) async throws -> ReviewFormPage {
        let expert = try req.requirePrincipal().person
        let id = try req.idParameter()
        let reviews = req.reviews
        return ReviewFormPage(invitation: try await reviews.invitation(id, for: expert), own: try await reviews.ownReview(id, for: expert),
                              others: try await reviews.otherReviews(id, for: expert), errors: errors, values: values)
    }

    @Sendable func reviewForm(req: Request) async throws -> Response {
        PageRenderer.response(try await reviewPage(req).render(PageContext(req)))
    }

    @Sendable func submitReview(req: Request) async throws -> Response {
        let expert = try req.requirePrincipal().person
        let id = try req.idParameter()
        let values = try req.content.decode([String: String].self)
        let invitation = try await req.reviews.invitation(id, for: expert)
        let input = ReviewInput(
            scores: Dictionary(uniqueKeysWithValues: invitation.round.criteria.map { ($0.key, values["score_\($0.key)"] ?? "") }),
            comment: values["comment"] ?? "", language: values["language"] ?? "",
            confidentiality: values["confidentiality"] == "yes", noConflict: values["no_conflict"] == "yes")
        do {
            _ = try await req.reviews.submit(id, input, by: expert)
            return req.redirect(to: ReviewURL.review(id), notice: ReviewMsg.reviewSubmitted)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            let page = try await reviewPage(req, errors: errors, values: values)
            return PageRenderer.response(page.render(Self.context(req, shownAt: ReviewURL.review(id))), status: .unprocessableEntity)
        }
    }

    @Sendable func accept(req: Request) async throws -> Response {
        let expert = try req.requirePrincipal().person
        let id = try req.idParameter()
        try await req.reviews.accept(id, by: expert)
        return req.redirect(to: ReviewURL.review(id), notice: ReviewMsg.reviewAccepted)
    }

    struct DeclineForm: Content { var reason: String? }

    @Sendable func decline(req: Request) async throws -> Response {
        let expert = try req.requirePrincipal().person
        let id = try req.idParameter()
        let form = try req.content.decode(DeclineForm.self)
        do {
            try await req.reviews.decline(id, reason: form.reason ?? "", by: expert)
            return req.redirect(to: ReviewURL.reviews, notice: ReviewMsg.reviewDeclined)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            let page = try await reviewPage(req, errors: errors)
            return PageRenderer.response(page.render(Self.context(req, shownAt: ReviewURL.review(id))), status: .unprocessableEntity)
        }
    }
}

extension Request {
    /// The page context of a page re-rendered by a POST (a form with errors): its language link
    /// and everything else built from the request point at `page`, the GET address that shows
    /// it, because the POST address answers nothing to a GET (a language switch there was a 404).
    func pageContext(shownAt page: any SiteRoute) -> PageContext {
        let query = url.query
        url = URI(path: page.path)
        url.query = query
        return PageContext(self)
    }

    /// Organisations for choosing a past affiliation.
    func organisationsForChoice() async throws -> [UUID: String] {
        var out: [UUID: String] = [:]
        for org in try await organisations.list(limit: 10_000) { out[org.id.rawValue] = org.nameZh }
        return out
    }
}
