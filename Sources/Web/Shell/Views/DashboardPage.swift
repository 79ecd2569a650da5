import Foundation
import Identity
import KechuangCore
import Plot
import Projects
import Review
import Vapor

/// One piece of work waiting for the signed-in person: what, how many, by when, and where to do it.
struct DashboardTask: Sendable {
    let text: LocalizedText
    /// Written by people (a title): shown as written, after the text.
    var subject: String? = nil
    let link: String
    var due: Date? = nil
    var overdue = false
}

/// Each role's home is a task list of its real work, with counts; the role's other pages follow.
struct DashboardPage {
    let person: Person
    let organisationCount: Int?
    let peopleCount: Int?
    let auditCount: Int?
    /// The work waiting per role (`DashboardPage.work(for:_:)`); a role without an entry has no task list.
    var tasks: [Role: [DashboardTask]] = [:]

    func render(_ c: PageContext) -> String {
        let roles = Role.allCases.filter(person.roles.contains)
        return Layout(context: c, title: c(.dashboardTitle), content: .div(
            .h1(.text(c(.dashboardTitle) + " · "), Written.text(person.name, c)),
            .if(person.memberships.isEmpty, .div(
                .h2(.text(c(.dashboardNoRoles))), .p(.text(c(.dashboardNoRolesBody))))),
            .forEach(roles) { role in
                .section(.class("card"), .id("role-\(role.rawValue)"),
                    .h2(.text(c.text(role.label))),
                    .unwrap(tasks[role]) { list in taskList(list, c) },
                    .p(.class("hint"), .text(c(Self.body(for: role)))),
                    links(for: role, c))
            },
            .if(person.memberships.count > 0, .section(
                .h2(.text(c(.dashboardRoles))),
                .ul(.class("roles"), .forEach(person.memberships) { m in
                    .li(.text(c.text(m.role.label)), .text(" — "), Written.text(m.organisationName ?? c(IdentityMsg.personPlatformWide), c))
                }))),
            .if(person.roles.contains(.platformAdmin) && (organisationCount != nil || peopleCount != nil || auditCount != nil), .section(
                .class("stats"),
                .h2(.text(c.text(Self.platformFigures))),
                .ul(
                    .unwrap(organisationCount) { .li(.strong(.text(String($0))), .text(" " + c(.statOrganisations))) },
                    .unwrap(peopleCount) { .li(.strong(.text(String($0))), .text(" " + c(.statPeople))) },
                    .unwrap(auditCount) { .li(.strong(.text(String($0))), .text(" " + c(.statAuditEntries))) }
                )
            )),
            .section(
                .h2(.text(c(.yourAccount))),
                .ul(
                    .li(.a(.href(IdentityURL.profile.path), .text(c(.navProfile)))),
                    .li(.a(.href(IdentityURL.tokens.path), .text(c(.navTokens)))),
                    .li(.a(.href(ProjectsURL.teamConfirmations.path), .text(c(ProjectsMsg.teamInvitations))))
                )
            )
        )).render()
    }

    static let platformFigures = LocalizedText(zh: "平台概况", en: "The platform in figures")
    static let noTasks = LocalizedText(zh: "目前没有待办事项。", en: "Nothing is waiting for you.")
    static let tasksLabel = LocalizedText(zh: "待办事项", en: "Your tasks")
    static let overdueLabel = LocalizedText(zh: "已逾期", en: "Overdue")
    static let dueLabel = LocalizedText(zh: "截止", en: "due")

    private func taskList(_ list: [DashboardTask], _ c: PageContext) -> Node<HTML.BodyContext> {
        .if(list.isEmpty, .p(.text(c.text(Self.noTasks))), else: .ul(
            .class("tasks"), .attribute(named: "aria-label", value: c.text(Self.tasksLabel)),
            .forEach(list) { task in
                .li(.a(.href(task.link), .text(c.text(task.text)),
                       .unwrap(task.subject) { .group(.text(c.language == .zh ? "：" : ": "), Written.text($0, c)) }),
                    .unwrap(task.due) { due in .text(" · \(c.text(Self.dueLabel)) \(BeijingTime.display(due, c.language))") },
                    .if(task.overdue, .group(.text(" · "), .strong(.text(c.text(Self.overdueLabel))))))
            }))
    }

    static func body(for role: Role) -> Msg {
        switch role {
        case .platformAdmin: .dashboardAdminBody
        case .integrityOfficer: .dashboardIntegrityBody
        case .programmeOfficer: .dashboardOfficerBody
        case .researchOffice: .dashboardResearchOfficeBody
        case .applicant: .dashboardApplicantBody
        case .reviewer: .dashboardReviewerBody
        case .departmentStaff: .dashboardStaffBody
        }
    }

    private func links(for role: Role, _ c: PageContext) -> Node<HTML.BodyContext> {
        let items: [(any SiteRoute, String)] = switch role {
        case .platformAdmin: [(IdentityURL.organisations, c(.navOrganisations)), (IdentityURL.people, c(.navPeople)), (SiteURL.audit, c(.navAudit)),
                             (MonitoringIndicatorsURL.live, c(MonitoringMsg.monDashboardLink))]
        case .integrityOfficer: [(IntegrityURL.adminIntegrity, c(IntegrityMsg.intAdminLink)), (SiteURL.audit, c(.navAudit)), (IdentityURL.people, c(.navPeople)),
                                 (EthicsURL.manage, c(EthicsMsg.ethManageLink))]
        case .programmeOfficer: [(ProjectsURL.adminCalls, c(.navManageCalls)), (ReviewURL.adminExperts, c(ReviewMsg.navExperts)), (ProjectsURL.callLint, c(.navCallLint)),
                                 (IdentityURL.organisations, c(.navOrganisations)), (IdentityURL.people, c(.navPeople)), (EnterpriseSetupURL.index, c(EnterpriseMsg.entSetupLink)),
                                 (MonitoringIndicatorsURL.live, c(MonitoringMsg.monDashboardLink))]
        case .researchOffice: [(ProjectsURL.institutionApplications, c(.navInstitutionApplications)), (IntegrityURL.institutionIntegrity, c(IntegrityMsg.intInstitutionLink)),
                               (IdentityURL.organisations, c(.navOrganisations)), (IdentityURL.people, c(.navPeople)),
                               (TradeURL.home, c(MarketTradeMsg.mtrSuppliesTitle)), (TradeURL.contracts, c(MarketTradeMsg.mtrContractsTitle)),
                               (EthicsURL.manage, c(EthicsMsg.ethManageLink)), (AwardsURL.nominate, c(AwardsMsg.awNominateLink))]
        case .departmentStaff: [(IdentityURL.organisations, c(.navOrganisations)), (ScenarioURL.admin, c(MarketScenarioMsg.mscAdminTitle)),
                                (CertificationURL.admin, c(MarketScenarioMsg.mcrAdminLink)), (MonitoringIndicatorsURL.live, c(MonitoringMsg.monDashboardLink)),
                                (LedgerURL.ledger, c(MonitoringLedgerMsg.ldgLinkLedger)), (WarningURL.warnings, c(MonitoringLedgerMsg.ldgLinkWarnings)),
                                (TradeURL.contracts, c(MarketTradeMsg.mtrContractsTitle)), (TradeURL.statistics, c(MarketTradeMsg.mtrStatisticsTitle)),
                                (AwardsURL.manage, c(AwardsMsg.awManageLink)), (InternationalURL.manage, c(InternationalMsg.icManageLink))]
        case .applicant: [(ProjectsURL.applications, c(.navApplications)), (ProjectsURL.calls, c(.navCalls)), (IntegrityURL.integrityMine, c(IntegrityMsg.intMineTitle)), (IdentityURL.profile, c(.navProfile)),
                          (ScenarioURL.scenarios, c(MarketScenarioMsg.mscTitle)), (ScenarioURL.mine, c(MarketScenarioMsg.mscMineLink))]
        case .reviewer: [(ReviewURL.reviews, c(ReviewMsg.navReviews)), (ReviewURL.expertProfile, c(ReviewMsg.navExpertProfile)), (IdentityURL.profile, c(.navProfile)),
                         (ScenarioURL.reviews, c(MarketScenarioMsg.mscReviewsTitle))]
        }
        return .ul(.forEach(items) { item in .li(.a(.href(item.0.path), .text(item.1))) })
    }
}

extension DashboardPage {
    /// The work waiting for `person`, per role it holds: read from the services, nothing rendered.
    static func work(for person: Person, _ req: Request) async throws -> [Role: [DashboardTask]] {
        var out: [Role: [DashboardTask]] = [:]
        let roles = person.roles
        if roles.contains(.applicant) { out[.applicant] = try await applicantWork(person, req) }
        if roles.contains(.programmeOfficer) { out[.programmeOfficer] = try await officerWork(req) }
        if roles.contains(.researchOffice) { out[.researchOffice] = try await researchOfficeWork(person, req) }
        if roles.contains(.reviewer) { out[.reviewer] = try await reviewerWork(person, req) }
        return out
    }

    /// Drafts and returned applications with their call's deadline; team invitations to confirm.
    static func applicantWork(_ person: Person, _ req: Request) async throws -> [DashboardTask] {
        let now = req.services.now()
        var tasks: [DashboardTask] = []
        for application in try await req.applications.list(principalInvestigator: person.id) where ApplicationText.editable(application) {
            let call = try await req.calls.find(Call.ID(application.callID))
            let returned = application.state == .returned
            tasks.append(DashboardTask(
                text: returned ? LocalizedText(zh: "单位退回修改的申请", en: "Application returned by your research office")
                               : LocalizedText(zh: "未提交的申请草稿", en: "Draft application, not submitted"),
                subject: application.titleZh.isEmpty ? nil : (req.language == .en && !application.titleEn.isEmpty ? application.titleEn : application.titleZh),
                link: ProjectsURL.applicationPage(application.id.rawValue, .check).path, due: call.closesAt, overdue: now >= call.closesAt))
        }
        let invitations = try await req.applications.pendingConfirmations(for: person).count
        if invitations > 0 {
            tasks.append(DashboardTask(text: LocalizedText(zh: "\(invitations) 项团队邀请等待您确认", en: "\(invitations) team invitation\(invitations == 1 ? "" : "s") waiting for your confirmation"),
                                       link: ProjectsURL.teamConfirmations.path))
        }
        return tasks
    }

    /// Applications waiting for the formal check, rounds that need a step, rankings ready, per call.
    static func officerWork(_ req: Request) async throws -> [DashboardTask] {
        let now = req.services.now()
        var tasks: [DashboardTask] = []
        var drafts = 0
        for call in try await req.calls.list(includeDrafts: true) {
            if call.status == .draft { drafts += 1; continue }
            let title = req.language == .en && !call.titleEn.isEmpty ? call.titleEn : call.titleZh
            let applications = try await req.applications.list(call: call.id)
            let waiting = applications.filter { $0.state == .withOfficer }.count
            if waiting > 0 {
                tasks.append(DashboardTask(text: LocalizedText(zh: "\(waiting) 项申请等待形式审查", en: "\(waiting) application\(waiting == 1 ? "" : "s") waiting for the formal check"),
                                           subject: title, link: ProjectsURL.adminCallApplications(call.id.rawValue).path))
            }
            let accepted = applications.filter { $0.state == .accepted }.count
            guard accepted > 0 else { continue }
            let round = try await req.rounds.round(call: call.id.rawValue)
            switch round?.state {
            case nil, .draft?:
                tasks.append(DashboardTask(text: LocalizedText(zh: "\(accepted) 项已受理的申请尚未分配评审专家", en: "\(accepted) accepted application\(accepted == 1 ? "" : "s") without reviewers yet"),
                                           subject: title, link: ReviewURL.adminReview(call.id.rawValue).path))
            case .computed?:
                tasks.append(DashboardTask(text: LocalizedText(zh: "评审分配已计算，待核对发布", en: "Review assignment computed, waiting to be checked and published"),
                                           subject: title, link: ReviewURL.adminReview(call.id.rawValue).path))
            case .published?:
                guard let round else { continue }
                let progress = try await req.reviews.progress(round: round.id)
                let open = (progress[.assigned] ?? 0) + (progress[.accepted] ?? 0)
                if open == 0 || now >= round.deadline {
                    tasks.append(DashboardTask(text: LocalizedText(zh: "评审排序已可查看，\(accepted) 项申请待作资助决定", en: "Ranking ready: \(accepted) application\(accepted == 1 ? "" : "s") waiting for a funding decision"),
                                               subject: title, link: ReviewURL.adminRanking(call.id.rawValue).path))
                } else {
                    tasks.append(DashboardTask(text: LocalizedText(zh: "\(open) 份评审尚未完成", en: "\(open) review\(open == 1 ? "" : "s") not finished yet"),
                                               subject: title, link: ReviewURL.adminReview(call.id.rawValue).path, due: round.deadline))
                }
            }
        }
        if drafts > 0 {
            tasks.append(DashboardTask(text: LocalizedText(zh: "\(drafts) 份申报指南草稿尚未发布", en: "\(drafts) draft call\(drafts == 1 ? "" : "s") not published"),
                                       link: ProjectsURL.adminCalls.path))
        }
        return tasks
    }

    /// Applications of the office's organisations waiting for its decision (Art. 22).
    static func researchOfficeWork(_ person: Person, _ req: Request) async throws -> [DashboardTask] {
        let waiting = try await req.applications.list(decidableBy: person, states: [.submitted]).count
        guard waiting > 0 else { return [] }
        return [DashboardTask(text: LocalizedText(zh: "\(waiting) 项申请等待本单位审核", en: "\(waiting) application\(waiting == 1 ? "" : "s") waiting for your institution's sign-off"),
                              link: ProjectsURL.institutionApplications.path)]
    }

    /// Reviews to accept or finish, each with its deadline; overdue ones marked.
    static func reviewerWork(_ person: Person, _ req: Request) async throws -> [DashboardTask] {
        try await req.reviews.invitations(for: person).filter { [.assigned, .accepted].contains($0.assignment.status) }.map { invitation in
            let a = invitation.application
            return DashboardTask(
                text: invitation.assignment.status == .assigned ? LocalizedText(zh: "评审邀请待接受", en: "Review invitation to accept")
                                                                : LocalizedText(zh: "评审待完成", en: "Review to finish"),
                subject: req.language == .en && !a.titleEn.isEmpty ? a.titleEn : a.titleZh,
                link: ReviewURL.review(invitation.assignment.id).path, due: invitation.round.deadline, overdue: invitation.overdue)
        }
    }
}
