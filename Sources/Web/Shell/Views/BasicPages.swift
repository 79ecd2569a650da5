import Identity
import KechuangCore
import Plot
import Vapor

struct HomePage {
    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(.homeTitle), content: .div(
            .h1(.text(c(.homeTitle))),
            .p(.class("lead"), .text(c(.homeLead))),
            .p(.text(c(.homeRegulation))),
            .p(.text(c(.homeModules))),
            .ul(.li(.a(.href(ProjectsURL.calls.path), .text(c(.callsTitle)))), .li(.a(.href(PolicyURL.policies.path), .text(c(.policiesTitle))))),
            .if(c.person == nil, .p(.a(.class("button"), .href(SiteURL.login.path), .text(c(.navSignIn)))))
        )).render()
    }
}

struct LoginPage {
    var email = ""
    var next = ""
    var errors: [FieldError] = []
    var message: String? = nil

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(.loginTitle), content: .div(
            .class("narrow"),
            Components.errorSummary(errors, c),
            .h1(.text(c(.loginTitle))),
            .unwrap(message) { .p(.class("error-message"), .id("field-form"), .attribute(named: "role", value: "alert"), .text($0)) },
            Components.form(action: SiteURL.login.path, c,
                .input(.type(.hidden), .name("next"), .value(next)),
                Components.textField(.init(name: "email", label: c(.loginEmail), value: email, type: .email, autocomplete: "username", required: true), errors: errors, c),
                Components.textField(.init(name: "password", label: c(.loginPassword), type: .password, autocomplete: "current-password", required: true), errors: errors, c),
                .p(.class("hint"), .text(c(.loginLockoutHint))),
                Components.submit(c(.loginSubmit))
            )
        )).render()
    }
}

struct ErrorPage {
    let status: HTTPStatus
    let title: String
    let detail: String?
    let basis: LegalBasis?
    let fieldErrors: [FieldError]
    let requestID: String

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: title, content: .div(
            Components.errorSummary(fieldErrors, c),
            .h1(.text(title)),
            .unwrap(detail) { .p(.text($0)) },
            .unwrap(basis) { basis in
                .p(.class("basis"), .text(c.language == .zh ? "依据：\(basis.text(in: .zh))" : "Basis: \(basis.text(in: .en))"))
            },
            .if(status.code >= 500, .p(.class("hint"), .text(c.language == .zh ? "请求编号：\(requestID)" : "Request id: \(requestID)"))),
            .p(.a(.href(SiteURL.home.path), .text(c(.navHome))))
        )).render()
    }
}

struct DashboardPage {
    let person: Person
    let organisationCount: Int?
    let peopleCount: Int?
    let auditCount: Int?

    func render(_ c: PageContext) -> String {
        let roles = person.roles
        return Layout(context: c, title: c(.dashboardTitle), content: .div(
            .h1(.text("\(c(.dashboardTitle)) · \(person.name)")),
            .section(
                .h2(.text(c(.dashboardRoles))),
                .if(person.memberships.isEmpty, .div(
                    .h3(.text(c(.dashboardNoRoles))), .p(.text(c(.dashboardNoRolesBody)))
                ), else: .ul(.class("roles"), .forEach(person.memberships) { m in
                    .li(.text(c.text(m.role.label)), .text(" — "), .text(m.organisationName ?? c(.personPlatformWide)))
                }))
            ),
            .div(.class("cards"), .forEach(Role.allCases.filter(roles.contains)) { role in
                .section(.class("card"), .h2(.text(c.text(role.label))), .p(.text(c(Self.body(for: role)))), links(for: role, c))
            }),
            .if(organisationCount != nil || peopleCount != nil || auditCount != nil, .section(
                .class("stats"),
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
                    .li(.a(.href(ProjectsURL.teamConfirmations.path), .text(c(.teamInvitations))))
                )
            )
        )).render()
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
        case .platformAdmin: [(IdentityURL.organisations, c(.navOrganisations)), (IdentityURL.people, c(.navPeople)), (SiteURL.audit, c(.navAudit))]
        case .integrityOfficer: [(IntegrityURL.adminIntegrity, c(IntegrityMsg.intAdminLink)), (SiteURL.audit, c(.navAudit)), (IdentityURL.people, c(.navPeople))]
        case .programmeOfficer: [(ProjectsURL.adminCalls, c(.navManageCalls)), (ReviewURL.adminExperts, c(ReviewMsg.navExperts)), (ProjectsURL.callLint, c(.navCallLint)),
                                 (IdentityURL.organisations, c(.navOrganisations)), (IdentityURL.people, c(.navPeople))]
        case .researchOffice: [(ProjectsURL.institutionApplications, c(.navInstitutionApplications)), (IntegrityURL.institutionIntegrity, c(IntegrityMsg.intInstitutionLink)),
                               (IdentityURL.organisations, c(.navOrganisations)), (IdentityURL.people, c(.navPeople))]
        case .departmentStaff: [(IdentityURL.organisations, c(.navOrganisations))]
        case .applicant: [(ProjectsURL.applications, c(.navApplications)), (ProjectsURL.calls, c(.navCalls)), (IntegrityURL.integrityMine, c(IntegrityMsg.intMineTitle)), (IdentityURL.profile, c(.navProfile))]
        case .reviewer: [(ReviewURL.reviews, c(ReviewMsg.navReviews)), (ReviewURL.expertProfile, c(ReviewMsg.navExpertProfile)), (IdentityURL.profile, c(.navProfile))]
        }
        return .ul(.forEach(items) { item in .li(.a(.href(item.0.path), .text(item.1))) })
    }
}
