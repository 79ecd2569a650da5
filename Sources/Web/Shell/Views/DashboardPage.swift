import Identity
import KechuangCore
import Plot
import Vapor

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
                    .li(.text(c.text(m.role.label)), .text(" — "), .text(m.organisationName ?? c(IdentityMsg.personPlatformWide)))
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
                    .li(.a(.href(ProjectsURL.teamConfirmations.path), .text(c(ProjectsMsg.teamInvitations))))
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
