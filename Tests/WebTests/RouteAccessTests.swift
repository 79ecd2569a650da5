import Foundation
import Identity
import KechuangTestSupport
import KechuangWebTestSupport
import Testing
import Vapor
@testable import Web

/// Every route × every kind of visitor: the access policy as users meet it, over HTTP.
/// A new route fails `test_everyRegisteredRouteIsInTheTable` until it is added to `expected`.
@Suite("Route access: deny by default")
struct RouteAccessTests {
    static let anonymous = "anonymous"
    static let noRole = "no_role"
    static let everyone: Set<String> = Set([anonymous, noRole] + Role.allCases.map(\.rawValue))
    static let signedIn = everyone.subtracting([anonymous])
    static func only(_ roles: Role...) -> Set<String> { Set(roles.map(\.rawValue)) }

    /// Who may call each route. Written out by hand on purpose: this is the permission table a
    /// reviewer reads.
    static let expected: [String: Set<String>] = [
        "GET /": everyone,
        // Data catalogue (Art. 57, 68): the publisher is decided by DataAccessPolicy; the CKAN-compatible API and DCAT-AP are public
        "GET /data": everyone, "GET /data/:slug": everyone, "GET /data/:slug/versions/:version/:file": everyone, "GET /catalog.jsonld": everyone,
        "GET /catalog.ttl": everyone, "POST /data/:slug/access-requests": signedIn, "GET /data-access": signedIn, "GET /data-access/:id": signedIn,
        "POST /data-access/:id": only(.researchOffice, .programmeOfficer, .platformAdmin), "GET /api/v1/datasets": everyone,
        "POST /api/v1/datasets/:id/access-requests": signedIn, "POST /api/v1/data-access-requests/:id/decision": only(.researchOffice, .programmeOfficer, .platformAdmin),
        // Publishing data sets (Art. 57): the role here; which organisation and data set is `DatasetPublishing`'s decision.
        "GET /data-publishing": only(.researchOffice, .programmeOfficer, .platformAdmin), "POST /data-publishing": only(.researchOffice, .programmeOfficer, .platformAdmin),
        "GET /data-publishing/new": only(.researchOffice, .programmeOfficer, .platformAdmin),
        "GET /data/:slug/versions/new": only(.researchOffice, .programmeOfficer, .platformAdmin), "POST /data/:slug/versions": only(.researchOffice, .programmeOfficer, .platformAdmin),
        "POST /api/v1/datasets": only(.researchOffice, .programmeOfficer, .platformAdmin), "POST /api/v1/datasets/:id/versions": only(.researchOffice, .programmeOfficer, .platformAdmin),
        "GET /api/3/action/package_list": everyone, "POST /api/3/action/package_list": everyone, "GET /api/3/action/package_show": everyone, "POST /api/3/action/package_show": everyone,
        "GET /api/3/action/package_search": everyone, "POST /api/3/action/package_search": everyone, "GET /api/3/action/organization_list": everyone, "POST /api/3/action/organization_list": everyone,
        "GET /api/3/action/group_list": everyone, "POST /api/3/action/group_list": everyone, "GET /api/action/package_list": everyone, "POST /api/action/package_list": everyone,
        "GET /api/action/package_show": everyone, "POST /api/action/package_show": everyone, "GET /api/action/package_search": everyone, "POST /api/action/package_search": everyone,
        "GET /api/action/organization_list": everyone, "POST /api/action/organization_list": everyone, "GET /api/action/group_list": everyone, "POST /api/action/group_list": everyone,
        "GET /login": everyone,
        "POST /login": everyone,
        "POST /logout": signedIn,
        "GET /dashboard": signedIn,
        "GET /profile": signedIn,
        "POST /profile": signedIn,
        "POST /profile/password": signedIn,
        "GET /tokens": signedIn,
        "POST /tokens": signedIn,
        "POST /tokens/:id/revoke": signedIn,
        "GET /admin/organisations": only(.platformAdmin, .programmeOfficer, .researchOffice, .integrityOfficer, .departmentStaff),
        "GET /admin/organisations/new": only(.platformAdmin),
        "POST /admin/organisations": only(.platformAdmin),
        "GET /admin/organisations/:id": only(.platformAdmin, .programmeOfficer, .researchOffice, .integrityOfficer, .departmentStaff),
        "POST /admin/organisations/:id": only(.platformAdmin),
        "GET /admin/people": only(.platformAdmin, .programmeOfficer, .researchOffice, .integrityOfficer),
        "GET /admin/people/new": only(.platformAdmin),
        "POST /admin/people": only(.platformAdmin),
        "GET /admin/people/:id": only(.platformAdmin, .programmeOfficer, .researchOffice, .integrityOfficer),
        "POST /admin/people/:id": only(.platformAdmin),
        "POST /admin/people/:id/roles": only(.platformAdmin),
        "POST /admin/people/:id/roles/remove": only(.platformAdmin),
        "POST /admin/people/:id/status": only(.platformAdmin),
        "GET /admin/audit": only(.platformAdmin, .integrityOfficer),
        "GET /health": everyone,
        "GET /metrics": everyone,
        "GET /openapi.json": everyone,
        "GET /problems": everyone,
        "GET /problems/:slug": everyone,
        "GET /assets/site.css": everyone,
        "GET /api/v1/me": signedIn,
        "GET /api/v1/organisations": only(.platformAdmin, .programmeOfficer, .researchOffice, .integrityOfficer, .departmentStaff),
        "POST /api/v1/organisations": only(.platformAdmin),
        "GET /api/v1/organisations/:id": only(.platformAdmin, .programmeOfficer, .researchOffice, .integrityOfficer, .departmentStaff),
        "PUT /api/v1/organisations/:id": only(.platformAdmin),
        "GET /api/v1/people": only(.platformAdmin, .programmeOfficer, .researchOffice, .integrityOfficer),
        "POST /api/v1/people": only(.platformAdmin),
        "GET /api/v1/people/:id": only(.platformAdmin, .programmeOfficer, .researchOffice, .integrityOfficer),
        "PUT /api/v1/people/:id": only(.platformAdmin),
        "GET /api/v1/audit": only(.platformAdmin, .integrityOfficer),
        "GET /api/v1/audit/verify": only(.platformAdmin, .integrityOfficer),
        "GET /calls/lint": only(.programmeOfficer, .platformAdmin),
        "POST /calls/lint": only(.programmeOfficer, .platformAdmin),
        "POST /api/v1/calls/lint": only(.programmeOfficer, .platformAdmin),
        "GET /calls": everyone,
        "GET /calls/:id": everyone,
        "GET /admin/calls": only(.programmeOfficer, .platformAdmin),
        "POST /admin/programmes": only(.programmeOfficer, .platformAdmin),
        "GET /admin/calls/new": only(.programmeOfficer, .platformAdmin),
        "POST /admin/calls": only(.programmeOfficer, .platformAdmin),
        "GET /admin/calls/:id": only(.programmeOfficer, .platformAdmin),
        "POST /admin/calls/:id": only(.programmeOfficer, .platformAdmin),
        "POST /admin/calls/:id/publish": only(.programmeOfficer, .platformAdmin),
        "GET /api/v1/calls": everyone,
        "GET /api/v1/calls/:id": everyone,
        "POST /api/v1/calls": only(.programmeOfficer, .platformAdmin),
        "PUT /api/v1/calls/:id": only(.programmeOfficer, .platformAdmin),
        "POST /api/v1/calls/:id/publish": only(.programmeOfficer, .platformAdmin),
        "POST /calls/:id/apply": only(.applicant, .platformAdmin),
        "GET /applications": only(.applicant, .platformAdmin),
        "GET /applications/:id/:page": only(.applicant, .platformAdmin),
        "POST /applications/:id/:page": only(.applicant, .platformAdmin),
        "POST /applications/:id/submit": only(.applicant, .platformAdmin),
        "POST /applications/:id/withdraw": only(.applicant, .platformAdmin),
        "GET /institution/applications": only(.researchOffice, .platformAdmin),
        "POST /institution/applications/:id/decision": only(.researchOffice, .platformAdmin),
        "GET /admin/calls/:id/applications": only(.programmeOfficer, .platformAdmin),
        "GET /admin/calls/:id/applications.csv": only(.programmeOfficer, .platformAdmin),
        "GET /admin/calls/:id/applications.xlsx": only(.programmeOfficer, .platformAdmin),
        // Formal check and expert review (Art. 29, 60)
        "GET /admin/applications/:id/check": only(.programmeOfficer, .platformAdmin),
        "POST /admin/applications/:id/check/decision": only(.programmeOfficer, .platformAdmin),
        "GET /admin/applications/:id/compare/:other": only(.programmeOfficer, .platformAdmin),
        "POST /admin/applications/:id/compare/:other/confirm": only(.programmeOfficer, .platformAdmin),
        "GET /expert/profile": only(.reviewer, .platformAdmin),
        "POST /expert/profile": only(.reviewer, .platformAdmin),
        "GET /admin/experts": only(.programmeOfficer, .platformAdmin),
        "POST /admin/experts/invite": only(.programmeOfficer, .platformAdmin),
        "POST /admin/experts/:id/active": only(.programmeOfficer, .platformAdmin),
        "GET /admin/calls/:id/review": only(.programmeOfficer, .platformAdmin),
        "POST /admin/calls/:id/review": only(.programmeOfficer, .platformAdmin),
        "POST /admin/calls/:id/review/run": only(.programmeOfficer, .platformAdmin),
        "POST /admin/calls/:id/review/swap": only(.programmeOfficer, .platformAdmin),
        "POST /admin/calls/:id/review/conflicts": only(.programmeOfficer, .platformAdmin),
        "POST /admin/calls/:id/review/publish": only(.programmeOfficer, .platformAdmin),
        "POST /admin/calls/:id/review/remind": only(.programmeOfficer, .platformAdmin),
        "GET /admin/calls/:id/ranking": only(.programmeOfficer, .platformAdmin),
        "POST /admin/applications/:id/funding": only(.programmeOfficer, .platformAdmin),
        "GET /admin/applications/:id/funding": only(.programmeOfficer, .platformAdmin),
        "GET /admin/projects/young-scientists": only(.programmeOfficer, .platformAdmin),
        "GET /expert/nominations": only(.reviewer, .platformAdmin), "GET /expert/nominations/:id": only(.reviewer, .platformAdmin),
        "POST /expert/nominations/:id": only(.reviewer, .platformAdmin),
        "GET /admin/commissions": only(.programmeOfficer, .platformAdmin), "POST /admin/commissions": only(.programmeOfficer, .platformAdmin),
        "GET /admin/programmes/:id/acceptance-schemes": only(.programmeOfficer, .platformAdmin),
        "POST /admin/programmes/:id/acceptance-schemes": only(.programmeOfficer, .platformAdmin),
        "GET /projects": signedIn,
        "GET /projects/:id": signedIn,
        "GET /projects/:id/agreement": signedIn,
        "POST /projects/:id/agreement": signedIn,
        "POST /projects/:id/agreement/sign": signedIn,
        "GET /projects/:id/agreement.pdf": signedIn,
        "GET /api/v1/applications/:id/award": only(.programmeOfficer, .platformAdmin),
        "POST /api/v1/applications/:id/award": only(.programmeOfficer, .platformAdmin),
        "POST /api/v1/applications/:id/not-funded": only(.programmeOfficer, .platformAdmin),
        "GET /api/v1/projects": signedIn,
        "GET /api/v1/projects/:id": signedIn,
        "GET /api/v1/projects/:id/agreement": signedIn,
        "PUT /api/v1/projects/:id/agreement": signedIn,
        "POST /api/v1/projects/:id/agreement/signatures": signedIn,
        "GET /api/v1/statistics/young-scientists": only(.programmeOfficer, .platformAdmin),
        "GET /api/v1/applications/:id/nominations": only(.programmeOfficer, .platformAdmin),
        "POST /api/v1/applications/:id/nominations": only(.reviewer, .platformAdmin),
        "GET /api/v1/commissions": only(.programmeOfficer, .platformAdmin), "POST /api/v1/commissions": only(.programmeOfficer, .platformAdmin),
        "GET /calls/:id/review-report": everyone,
        "GET /calls/:id/review-report/:file": everyone,
        "GET /api/v1/calls/:id/review-report": everyone,
        "POST /api/v1/applications/:id/formal-check": only(.programmeOfficer, .platformAdmin),
        "GET /api/v1/calls/:id/review-round": only(.programmeOfficer, .platformAdmin),
        "PUT /api/v1/calls/:id/review-round": only(.programmeOfficer, .platformAdmin),
        "POST /api/v1/calls/:id/review-round/run": only(.programmeOfficer, .platformAdmin),
        "POST /api/v1/calls/:id/review-round/swap": only(.programmeOfficer, .platformAdmin),
        "POST /api/v1/calls/:id/review-round/conflicts": only(.programmeOfficer, .platformAdmin),
        "POST /api/v1/calls/:id/review-round/publish": only(.programmeOfficer, .platformAdmin),
        "POST /api/v1/calls/:id/review-round/remind": only(.programmeOfficer, .platformAdmin),
        "GET /api/v1/calls/:id/ranking": only(.programmeOfficer, .platformAdmin),
        "GET /api/v1/reviews": only(.reviewer, .platformAdmin),
        "POST /api/v1/reviews/:id/accept": only(.reviewer, .platformAdmin),
        "POST /api/v1/reviews/:id/decline": only(.reviewer, .platformAdmin),
        "POST /api/v1/reviews/:id/submit": only(.reviewer, .platformAdmin),
        "GET /reviews": only(.reviewer, .platformAdmin),
        "GET /reviews/:id": only(.reviewer, .platformAdmin),
        "POST /reviews/:id": only(.reviewer, .platformAdmin),
        "POST /reviews/:id/accept": only(.reviewer, .platformAdmin),
        "POST /reviews/:id/decline": only(.reviewer, .platformAdmin),
        "POST /api/v1/calls/:id/applications": only(.applicant, .platformAdmin),
        "GET /api/v1/calls/:id/applications": only(.programmeOfficer, .platformAdmin),
        "GET /api/v1/applications": only(.applicant, .platformAdmin),
        "GET /api/v1/applications/:id": signedIn,
        "PUT /api/v1/applications/:id": only(.applicant, .platformAdmin),
        "GET /api/v1/applications/:id/problems": signedIn,
        "POST /api/v1/applications/:id/submit": only(.applicant, .platformAdmin),
        "POST /api/v1/applications/:id/withdraw": only(.applicant, .platformAdmin),
        "POST /api/v1/applications/:id/decision": only(.researchOffice, .platformAdmin),
        "GET /applications/:id/attachments": only(.applicant, .platformAdmin),
        "POST /applications/:id/attachments": only(.applicant, .platformAdmin),
        "GET /applications/:id/attachments/:key": signedIn,
        "GET /team-invitations": signedIn,
        "POST /team-invitations/:id/confirm": signedIn,
        "GET /policies": everyone,
        "GET /policies/:id": everyone,
        "GET /policies/:id/articles/:label": everyone,
        "GET /api/v1/policies/search": everyone,
        "GET /api/v1/policies/:id": everyone,
        "GET /api/v1/policies/:id/articles/:label": everyone,
        // Integrity (Art. 60)
        "GET /integrity": everyone,
        "GET /api/v1/integrity/records": everyone,
        "GET /integrity/mine": signedIn,
        "POST /integrity/mine/:id/appeal": signedIn,
        "POST /integrity/mine/:id/repair": signedIn,
        "GET /institution/integrity": only(.researchOffice, .platformAdmin),
        "POST /institution/integrity": only(.researchOffice, .platformAdmin),
        "GET /admin/integrity": only(.integrityOfficer, .platformAdmin),
        "POST /admin/integrity": only(.integrityOfficer, .platformAdmin),
        "GET /admin/integrity/new": only(.integrityOfficer, .platformAdmin),
        "GET /admin/integrity/:id": only(.integrityOfficer, .platformAdmin),
        "POST /admin/integrity/:id": only(.integrityOfficer, .platformAdmin),
        "POST /admin/integrity/:id/decide": only(.integrityOfficer, .platformAdmin),
        "POST /admin/integrity/:id/publish": only(.integrityOfficer, .platformAdmin),
        "POST /admin/integrity/:id/appeal": only(.integrityOfficer, .platformAdmin),
        "POST /admin/integrity/:id/repair": only(.integrityOfficer, .platformAdmin),
        // Grants: money (Art. 22, 50(2)), sub-tasks (Art. 29), the one inspection plan (Art. 50(3))
        "GET /projects/:id/money": signedIn,
        "GET /projects/:id/money/execution.csv": signedIn,
        "GET /projects/:id/money/execution.xlsx": signedIn,
        "GET /projects/:id/money/expenditures": signedIn,
        "POST /projects/:id/money/expenditures": only(.researchOffice, .platformAdmin),
        "GET /money/expenditures/:id/receipt": signedIn,
        "POST /money/expenditures/:id/decision": only(.programmeOfficer, .platformAdmin),
        "GET /projects/:id/money/tranches": signedIn,
        "POST /projects/:id/money/tranches": only(.programmeOfficer, .platformAdmin),
        "POST /projects/:id/money/milestones": only(.applicant, .researchOffice, .platformAdmin),
        "GET /projects/:id/money/budget": signedIn,
        "POST /projects/:id/money/budget": only(.researchOffice, .platformAdmin),
        "POST /money/adjustments/:id/decision": only(.programmeOfficer, .platformAdmin),
        "GET /projects/:id/subtasks": signedIn,
        "POST /projects/:id/subtasks": only(.applicant, .platformAdmin),
        "GET /money/approvals": only(.programmeOfficer, .platformAdmin),
        "GET /money/programmes": only(.programmeOfficer, .platformAdmin),
        "GET /money/programmes/:id": only(.programmeOfficer, .platformAdmin),
        "GET /money/programmes/:id/execution.csv": only(.programmeOfficer, .platformAdmin),
        "GET /money/programmes/:id/execution.xlsx": only(.programmeOfficer, .platformAdmin),
        "GET /inspections": only(.researchOffice, .programmeOfficer, .departmentStaff, .integrityOfficer, .platformAdmin),
        "POST /inspections": only(.programmeOfficer, .departmentStaff, .integrityOfficer, .platformAdmin),
        "GET /inspections/new": only(.programmeOfficer, .departmentStaff, .integrityOfficer, .platformAdmin),
        "GET /inspections/plan.ics": only(.researchOffice, .programmeOfficer, .departmentStaff, .integrityOfficer, .platformAdmin),
        "GET /inspections/:id": only(.researchOffice, .programmeOfficer, .departmentStaff, .integrityOfficer, .platformAdmin),
        "POST /inspections/:id/findings": only(.programmeOfficer, .departmentStaff, .integrityOfficer, .platformAdmin),
        "GET /api/v1/projects/:id/execution": signedIn,
        "GET /api/v1/projects/:id/expenditures": signedIn,
        "POST /api/v1/projects/:id/expenditures": only(.researchOffice, .platformAdmin),
        "GET /api/v1/expenditures/:id": signedIn,
        "POST /api/v1/expenditures/:id/decision": only(.programmeOfficer, .platformAdmin),
        "GET /api/v1/projects/:id/tranches": signedIn,
        "POST /api/v1/projects/:id/tranche-releases": only(.programmeOfficer, .platformAdmin),
        "POST /api/v1/projects/:id/milestone-reports": only(.applicant, .researchOffice, .platformAdmin),
        "GET /api/v1/projects/:id/budget": signedIn,
        "POST /api/v1/projects/:id/budget-adjustments": only(.researchOffice, .platformAdmin),
        "POST /api/v1/budget-adjustments/:id/decision": only(.programmeOfficer, .platformAdmin),
        "GET /api/v1/projects/:id/subtasks": signedIn,
        "POST /api/v1/projects/:id/subtasks": only(.applicant, .platformAdmin),
        "GET /api/v1/programmes/:id/execution": only(.programmeOfficer, .platformAdmin),
        "GET /api/v1/inspections": only(.researchOffice, .programmeOfficer, .departmentStaff, .integrityOfficer, .platformAdmin),
        "POST /api/v1/inspections": only(.programmeOfficer, .departmentStaff, .integrityOfficer, .platformAdmin),
        "GET /api/v1/inspections/:id": only(.researchOffice, .programmeOfficer, .departmentStaff, .integrityOfficer, .platformAdmin),
        "POST /api/v1/inspections/:id/findings": only(.programmeOfficer, .departmentStaff, .integrityOfficer, .platformAdmin),
        // Grants: reports, outputs, changes (Art. 22), acceptance (Art. 31, 48, 64), results register (Art. 59); which project: ProjectAccess
        "GET /projects/:id/closure": signedIn, "GET /projects/:id/closure/outputs": signedIn, "POST /projects/:id/closure/outputs": signedIn,
        "GET /projects/:id/closure/changes": signedIn, "POST /projects/:id/closure/changes": signedIn,
        "POST /change-requests/:id/decision": only(.researchOffice, .programmeOfficer, .platformAdmin),
        "GET /change-requests": only(.researchOffice, .programmeOfficer, .platformAdmin),
        "GET /reports/:id": signedIn, "POST /reports/:id": signedIn, "POST /reports/:id/review": only(.programmeOfficer, .platformAdmin),
        "GET /reports": signedIn, "POST /reports/remind": only(.programmeOfficer, .platformAdmin),
        "POST /projects/:id/closure/acceptance": only(.programmeOfficer, .platformAdmin),
        "POST /projects/:id/closure/acceptance/panel": only(.programmeOfficer, .platformAdmin),
        "POST /projects/:id/closure/acceptance/decision": only(.programmeOfficer, .platformAdmin),
        "GET /acceptance-reviews": only(.reviewer, .platformAdmin), "GET /acceptance-reviews/:id": only(.reviewer, .platformAdmin),
        "POST /acceptance-reviews/:id": only(.reviewer, .platformAdmin), "GET /results": everyone,
        "GET /api/v1/projects/:id/reports": signedIn, "POST /api/v1/reports/:id/submit": signedIn,
        "POST /api/v1/reports/:id/review": only(.programmeOfficer, .platformAdmin), "GET /api/v1/reports/due": signedIn,
        "POST /api/v1/reports/reminders": only(.programmeOfficer, .platformAdmin),
        "GET /api/v1/projects/:id/outputs": signedIn, "POST /api/v1/projects/:id/outputs": signedIn, "GET /api/v1/results": everyone,
        "GET /api/v1/projects/:id/change-requests": signedIn, "POST /api/v1/projects/:id/change-requests": signedIn,
        "POST /api/v1/change-requests/:id/decision": only(.researchOffice, .programmeOfficer, .platformAdmin),
        "GET /api/v1/projects/:id/acceptance": signedIn, "POST /api/v1/projects/:id/acceptance": only(.programmeOfficer, .platformAdmin),
        "POST /api/v1/projects/:id/acceptance/panel": only(.programmeOfficer, .platformAdmin),
        "POST /api/v1/projects/:id/acceptance/decision": only(.programmeOfficer, .platformAdmin),
        "GET /api/v1/acceptance-reviews": only(.reviewer, .platformAdmin), "POST /api/v1/acceptance-reviews/:id": only(.reviewer, .platformAdmin),
        "GET /api/v1/programmes/:id/acceptance-schemes": only(.programmeOfficer, .platformAdmin),
        "PUT /api/v1/programmes/:id/acceptance-schemes": only(.programmeOfficer, .platformAdmin),
        // Review steps that were pages only (Art. 29, 60)
        "GET /api/v1/applications/:id/formal-check": only(.programmeOfficer, .platformAdmin),
        "POST /api/v1/applications/:id/duplicate-confirmation": only(.programmeOfficer, .platformAdmin),
        "GET /api/v1/experts": only(.programmeOfficer, .platformAdmin), "POST /api/v1/experts/invitations": only(.programmeOfficer, .platformAdmin),
        "POST /api/v1/experts/:id/active": only(.programmeOfficer, .platformAdmin), "GET /api/v1/reviews/:id": only(.reviewer, .platformAdmin),
        // Enterprises (Art. 23, 25, 26, 37, 51–54): which enterprise or provider is decided by EnterpriseAccess
        "GET /enterprises": everyone, "GET /api/v1/enterprises/criteria": everyone, "GET /api/v1/enterprises/finance": everyone,
        "GET /enterprises/mine": signedIn, "POST /enterprises/mine/profile": signedIn, "POST /enterprises/profiles/:id/submit": signedIn,
        "POST /enterprises/mine/redeem": signedIn, "GET /enterprises/provider": signedIn, "POST /enterprises/redemptions/:id/claim": signedIn,
        "GET /api/v1/enterprises/mine": signedIn, "POST /api/v1/enterprises/vouchers/:id/redemptions": signedIn,
        "GET /enterprises/office": only(.programmeOfficer, .departmentStaff, .platformAdmin),
        "POST /enterprises/profiles/:id/verify": only(.programmeOfficer, .departmentStaff, .platformAdmin),
        "POST /enterprises/office/matching": only(.programmeOfficer, .departmentStaff, .platformAdmin),
        "POST /enterprises/matches/:id/decide": only(.programmeOfficer, .departmentStaff, .platformAdmin),
        "POST /enterprises/redemptions/:id/settle": only(.programmeOfficer, .departmentStaff, .platformAdmin),
        "POST /enterprises/office/criteria": only(.programmeOfficer, .departmentStaff, .platformAdmin),
        "POST /api/v1/enterprises/matching": only(.programmeOfficer, .departmentStaff, .platformAdmin),
        "GET /enterprises/office/setup": only(.programmeOfficer, .departmentStaff, .platformAdmin),
        "GET /enterprises/office/setup/:kind/new": only(.programmeOfficer, .departmentStaff, .platformAdmin),
        "POST /enterprises/office/setup/:kind/new": only(.programmeOfficer, .departmentStaff, .platformAdmin),
        "GET /enterprises/office/setup/:kind/:id": only(.programmeOfficer, .departmentStaff, .platformAdmin),
        "POST /enterprises/office/setup/:kind/:id": only(.programmeOfficer, .departmentStaff, .platformAdmin),
        // Instruments (Art. 55): which instrument is decided by InstrumentAccess (managers, the research office)
        "GET /instruments": everyone, "GET /instruments/:id": everyone, "GET /instruments/:id/calendar.ics": everyone,
        "GET /instruments/statistics": everyone, "GET /api/v1/instruments": everyone, "GET /api/v1/instruments/:id": everyone,
        "GET /api/v1/instruments/:id/availability": everyone,
        "POST /instruments/:id/book": signedIn, "POST /instruments/:id/wait": signedIn, "GET /instruments/bookings": signedIn,
        "POST /instruments/bookings/:id/cancel": signedIn, "POST /instruments/bookings/:id/feedback": signedIn, "GET /instruments/manage": signedIn,
        "POST /instruments/bookings/:id/decide": signedIn, "POST /instruments/bookings/:id/usage": signedIn, "POST /instruments/:id/blackouts": signedIn,
        "POST /instruments/:id/trainings": signedIn, "GET /instruments/bills": signedIn, "GET /instruments/bills/:id": signedIn,
        "POST /api/v1/instruments/:id/bookings": signedIn, "GET /api/v1/instruments/bookings": signedIn, "GET /api/v1/instruments/bookings.ics": signedIn,
        "GET /api/v1/instruments/bookings/:id": signedIn, "POST /api/v1/instruments/bookings/:id/cancel": signedIn,
        "POST /api/v1/instruments/bookings/:id/usage": signedIn,
        "GET /api/v1/instruments/usage": signedIn, "GET /instruments/:id/photo": everyone, "POST /instruments/:id/photo": signedIn,
        "GET /instruments/register": only(.researchOffice, .platformAdmin), "POST /instruments/register": only(.researchOffice, .platformAdmin),
        "GET /instruments/:id/edit": only(.researchOffice, .platformAdmin), "POST /instruments/:id/edit": only(.researchOffice, .platformAdmin),
        "POST /instruments/:id/publish": only(.researchOffice, .platformAdmin), "POST /instruments/:id/managers": only(.researchOffice, .platformAdmin),
        // Talent (Art. 40, 41, 47, 72): which request and which organisation is decided by TalentAccess
        "GET /talent": everyone, "GET /talent/catalogue/:id": everyone, "GET /talent/openings": everyone, "GET /talent/openings/:id": everyone,
        "GET /talent/points": everyone, "GET /talent/compliance": everyone,
        "GET /api/v1/talent/catalogue": everyone, "GET /api/v1/talent/catalogue/:id": everyone, "GET /api/v1/talent/openings": everyone,
        "GET /api/v1/talent/compliance": everyone, "POST /api/v1/talent/points": everyone,
        "POST /talent/catalogue": only(.departmentStaff, .programmeOfficer, .platformAdmin),
        "POST /talent/catalogue/:id/adjust": only(.departmentStaff, .programmeOfficer, .platformAdmin),
        "POST /talent/catalogue/:id/withdraw": only(.departmentStaff, .programmeOfficer, .platformAdmin),
        "POST /api/v1/talent/catalogue": only(.departmentStaff, .programmeOfficer, .platformAdmin),
        "POST /api/v1/talent/catalogue/:id/adjust": only(.departmentStaff, .programmeOfficer, .platformAdmin),
        "POST /talent/openings": only(.researchOffice, .platformAdmin), "POST /talent/openings/:id/close": only(.researchOffice, .platformAdmin),
        "POST /api/v1/talent/openings": only(.researchOffice, .platformAdmin),
        "GET /talent/achievements": signedIn, "POST /talent/achievements": signedIn, "POST /talent/achievements/:id/remove": signedIn,
        "GET /talent/services": signedIn, "POST /talent/services": signedIn, "GET /talent/services/:id": signedIn, "POST /talent/services/:id/steps": signedIn,
        "GET /api/v1/talent/achievements": signedIn, "POST /api/v1/talent/achievements": signedIn, "GET /api/v1/talent/requests": signedIn,
        "POST /api/v1/talent/requests": signedIn, "GET /api/v1/talent/requests/:id": signedIn, "POST /api/v1/talent/requests/:id/steps": signedIn,
        "GET /talent/people/:id": only(.reviewer, .programmeOfficer, .platformAdmin),
        "GET /talent/desk": only(.departmentStaff, .platformAdmin), "POST /talent/desk/officers": only(.platformAdmin),
        // Monitoring indicators (Art. 13–16, 49, 63): releases, indicators and zones are public; MonitoringAccess decides the department
        "GET /monitoring/indicators": everyone, "GET /monitoring/releases": everyone, "GET /monitoring/releases/dictionary.csv": everyone,
        "GET /monitoring/releases/:id": everyone, "GET /monitoring/releases/:id/data.csv": everyone, "GET /monitoring/releases/:id/data.json": everyone,
        "GET /monitoring/zones": everyone, "GET /api/v1/monitoring/indicators": everyone, "GET /api/v1/monitoring/releases": everyone,
        "GET /api/v1/monitoring/releases/:id": everyone,
        "GET /monitoring": only(.departmentStaff, .programmeOfficer, .platformAdmin),
        "GET /monitoring/report": only(.departmentStaff, .platformAdmin), "POST /monitoring/report": only(.departmentStaff, .platformAdmin),
        "POST /monitoring/releases": only(.departmentStaff, .platformAdmin), "POST /monitoring/zones": only(.departmentStaff, .platformAdmin),
        // Key-task ledger (Art. 6, 8, 14) and risk warnings (Art. 65): LedgerAccess decides which task, WarningAccess who closes which warning
        "GET /monitoring/ledger": only(.departmentStaff, .programmeOfficer, .platformAdmin), "GET /monitoring/ledger/tasks/:id": only(.departmentStaff, .programmeOfficer, .platformAdmin),
        "GET /monitoring/ledger/assessment": only(.departmentStaff, .programmeOfficer, .platformAdmin),
        "POST /monitoring/ledger/plans": only(.departmentStaff, .platformAdmin), "POST /monitoring/ledger/tasks": only(.departmentStaff, .platformAdmin),
        "POST /monitoring/ledger/tasks/:id/progress": only(.departmentStaff, .platformAdmin),
        "GET /api/v1/monitoring/ledger/plans": only(.departmentStaff, .programmeOfficer, .platformAdmin), "GET /api/v1/monitoring/ledger/tasks": only(.departmentStaff, .programmeOfficer, .platformAdmin),
        "GET /api/v1/monitoring/ledger/tasks/:id": only(.departmentStaff, .programmeOfficer, .platformAdmin),
        "GET /api/v1/monitoring/ledger/assessment": only(.departmentStaff, .programmeOfficer, .platformAdmin),
        "POST /api/v1/monitoring/ledger/tasks/:id/progress": only(.departmentStaff, .platformAdmin),
        "GET /monitoring/warnings": only(.departmentStaff, .programmeOfficer, .integrityOfficer, .platformAdmin),
        "GET /monitoring/warnings/:id": only(.departmentStaff, .programmeOfficer, .integrityOfficer, .platformAdmin),
        "POST /monitoring/warnings/run": only(.departmentStaff, .platformAdmin), "POST /monitoring/warnings/:id/acknowledge": only(.departmentStaff, .platformAdmin),
        "POST /monitoring/warnings/:id/close": only(.departmentStaff, .platformAdmin),
        "GET /api/v1/monitoring/warning-rules": only(.departmentStaff, .programmeOfficer, .integrityOfficer, .platformAdmin),
        "GET /api/v1/monitoring/warnings": only(.departmentStaff, .programmeOfficer, .integrityOfficer, .platformAdmin),
        "GET /api/v1/monitoring/warnings/:id": only(.departmentStaff, .programmeOfficer, .integrityOfficer, .platformAdmin),
        "POST /api/v1/monitoring/warnings/run": only(.departmentStaff, .platformAdmin), "POST /api/v1/monitoring/warnings/:id/acknowledge": only(.departmentStaff, .platformAdmin),
        "POST /api/v1/monitoring/warnings/:id/close": only(.departmentStaff, .platformAdmin),
        // Ethics registry (Art. 61): committees are public; EthicsAccess decides the institution
        "GET /ethics": everyone, "GET /api/v1/ethics/committees": everyone,
        "GET /ethics/manage": only(.researchOffice, .integrityOfficer, .platformAdmin), "POST /ethics/committees": only(.researchOffice, .integrityOfficer, .platformAdmin),
        "POST /ethics/approvals": only(.researchOffice, .integrityOfficer, .platformAdmin), "POST /ethics/expert-reviews": only(.researchOffice, .integrityOfficer, .platformAdmin),
        "GET /api/v1/ethics/approvals": only(.researchOffice, .integrityOfficer, .platformAdmin),
        // Awards (Art. 12): winners are public; AwardsAccess decides the nominating unit
        "GET /awards": everyone, "GET /api/v1/awards/winners": everyone,
        "GET /awards/nominate": only(.researchOffice, .platformAdmin), "POST /awards/nominations": only(.researchOffice, .platformAdmin),
        "GET /awards/manage": only(.departmentStaff, .platformAdmin), "POST /awards/schemes": only(.departmentStaff, .platformAdmin),
        "POST /awards/decisions": only(.departmentStaff, .platformAdmin),
        // International cooperation (Art. 9, 66–71): published entries are public; InternationalAccess decides drafts
        "GET /international": everyone, "GET /international/projects.csv": everyone,
        "GET /international/manage": only(.departmentStaff, .platformAdmin), "POST /international/projects": only(.departmentStaff, .platformAdmin),
        "POST /international/organisations": only(.departmentStaff, .platformAdmin), "POST /international/big-science": only(.departmentStaff, .platformAdmin),
        "POST /international/publish": only(.departmentStaff, .platformAdmin),
        // Technology market and contract registration (Art. 36): which listing, inquiry and contract is decided by TradeAccess/ContractAccess
        "GET /market/trade": everyone, "GET /market/trade/demands": everyone, "GET /market/trade/supplies/:id": everyone, "GET /market/trade/demands/:id": everyone,
        "GET /market/contracts/statistics": everyone, "GET /market/contracts/statistics.csv": everyone, "GET /market/contracts/statistics.json": everyone,
        "GET /api/v1/market/supplies": everyone, "GET /api/v1/market/supplies/:id/matches": everyone, "GET /api/v1/market/demands": everyone,
        "GET /api/v1/market/demands/:id/matches": everyone, "GET /api/v1/market/contract-statistics": everyone, "GET /api/v1/market/contract-turnover": everyone,
        "POST /market/trade": signedIn, "POST /market/trade/demands": signedIn, "POST /market/trade/supplies/:id/withdraw": signedIn,
        "POST /market/trade/demands/:id/withdraw": signedIn, "POST /market/trade/supplies/:id/inquiries": signedIn, "GET /market/trade/inquiries": signedIn,
        "GET /market/trade/inquiries/:id": signedIn, "POST /market/trade/inquiries/:id/messages": signedIn, "POST /market/trade/inquiries/:id/deal": signedIn,
        "GET /market/contracts": signedIn, "GET /market/contracts/new": signedIn, "POST /market/contracts": signedIn, "GET /market/contracts/:id": signedIn,
        "POST /market/contracts/:id/correct": signedIn, "GET /market/contracts/:id/contract.pdf": signedIn,
        "POST /api/v1/market/supplies": signedIn, "POST /api/v1/market/demands": signedIn, "GET /api/v1/market/contracts": signedIn,
        "POST /api/v1/market/contracts": signedIn, "GET /api/v1/market/contracts/:id": signedIn,
        "POST /market/contracts/:id/register": only(.departmentStaff, .platformAdmin), "POST /market/contracts/:id/return": only(.departmentStaff, .platformAdmin),
        "POST /api/v1/market/contracts/:id/register": only(.departmentStaff, .platformAdmin),
        "POST /api/v1/market/contracts/:id/return": only(.departmentStaff, .platformAdmin),
        // Transfer offices, proof-of-concept centres and pilot bases (Art. 32): which platform and request is decided by PlatformAccess
        "GET /market/platforms": everyone, "GET /market/platforms/:id": everyone, "GET /api/v1/market/platforms": everyone, "GET /api/v1/market/platforms/:id": everyone,
        "POST /market/platforms": signedIn, "POST /market/platforms/:id/managers": signedIn, "POST /market/platforms/:id/close": signedIn,
        "POST /market/platforms/:id/requests": signedIn, "GET /market/platform-requests": signedIn, "GET /market/platform-requests/:id": signedIn,
        "POST /market/platform-requests/:id/answer": signedIn, "POST /api/v1/market/platforms": signedIn, "POST /api/v1/market/platforms/:id/managers": signedIn,
        "POST /api/v1/market/platforms/:id/requests": signedIn, "GET /api/v1/market/platform-requests": signedIn, "GET /api/v1/market/platform-requests/:id": signedIn,
        "POST /api/v1/market/platform-requests/:id/answer": signedIn,
        // Scenario lists' department and expert steps over the API (Art. 35): which list and solution is decided by MarketAccess
        "POST /api/v1/scenario-batches": only(.departmentStaff, .platformAdmin), "POST /api/v1/scenario-batches/:id/scenarios": only(.departmentStaff, .platformAdmin),
        "POST /api/v1/scenario-batches/:id/publish": only(.departmentStaff, .platformAdmin), "GET /api/v1/scenario-batches/:id/solutions": only(.departmentStaff, .platformAdmin),
        "POST /api/v1/scenario-solutions/:id/panel": only(.departmentStaff, .platformAdmin), "POST /api/v1/scenario-solutions/:id/decision": only(.departmentStaff, .platformAdmin),
        "POST /api/v1/scenario-solutions/:id/pilot": only(.departmentStaff, .platformAdmin),
        "POST /api/v1/scenario-solutions/:id/pilot/publish": only(.departmentStaff, .platformAdmin),
        "GET /api/v1/market-reviews": only(.reviewer, .platformAdmin), "POST /api/v1/market-reviews/:id": only(.reviewer, .platformAdmin),
        // Public consultation (Art. 58, 75): the service also requires an officer role for drafts and every officer step
        "GET /consultations": everyone, "GET /consultations/feed.atom": everyone, "GET /consultations/:id": everyone,
        "GET /funded": everyone, "GET /funded/:number": everyone, "GET /funded/institutions/:id": everyone, "GET /funded/investigators/:key": everyone,
        "GET /funded/feed.atom": everyone, "GET /funded/exports": everyone, "GET /funded/exports/:file": everyone,
        "GET /funded/exports/data-dictionary": everyone, "GET /sitemap.xml": everyone, "POST /api/v1/public/projects/search": everyone,
        "GET /api/v1/consultations": everyone, "GET /api/v1/consultations/:id": everyone,
        "POST /consultations/:id/comments": signedIn, "POST /api/v1/consultations/:id/comments": signedIn,
        "GET /admin/consultations": only(.programmeOfficer, .departmentStaff, .platformAdmin), "POST /admin/consultations": only(.programmeOfficer, .departmentStaff, .platformAdmin),
        "GET /admin/consultations/new": only(.programmeOfficer, .departmentStaff, .platformAdmin),
        "GET /admin/consultations/:id": only(.programmeOfficer, .departmentStaff, .platformAdmin), "POST /admin/consultations/:id": only(.programmeOfficer, .departmentStaff, .platformAdmin),
        "POST /admin/consultations/:id/publish": only(.programmeOfficer, .departmentStaff, .platformAdmin),
        "POST /admin/consultations/:id/report": only(.programmeOfficer, .departmentStaff, .platformAdmin),
        "POST /admin/consultations/:id/adopt": only(.programmeOfficer, .departmentStaff, .platformAdmin),
        "GET /admin/consultation-comments/:id": only(.programmeOfficer, .departmentStaff, .platformAdmin),
        "POST /admin/consultation-comments/:id/hide": only(.programmeOfficer, .departmentStaff, .platformAdmin),
        "POST /admin/consultation-comments/:id/response": only(.programmeOfficer, .departmentStaff, .platformAdmin),
        "POST /api/v1/consultations": only(.programmeOfficer, .departmentStaff, .platformAdmin), "PUT /api/v1/consultations/:id": only(.programmeOfficer, .departmentStaff, .platformAdmin),
        "POST /api/v1/consultations/:id/publish": only(.programmeOfficer, .departmentStaff, .platformAdmin),
        "GET /api/v1/consultations/:id/submissions": only(.programmeOfficer, .departmentStaff, .platformAdmin),
        "POST /api/v1/consultations/:id/report": only(.programmeOfficer, .departmentStaff, .platformAdmin),
        "POST /api/v1/consultations/:id/adopt": only(.programmeOfficer, .departmentStaff, .platformAdmin),
        "POST /api/v1/consultation-comments/:id/hide": only(.programmeOfficer, .departmentStaff, .platformAdmin),
        "POST /api/v1/consultation-comments/:id/response": only(.programmeOfficer, .departmentStaff, .platformAdmin),
        // Scenario demand lists and certification (Art. 34, 35): which list, solution and application is decided by MarketAccess
        "GET /scenarios": everyone, "GET /scenarios/feed.atom": everyone, "GET /scenarios/batches/:id": everyone, "GET /scenarios/pilots": everyone,
        "GET /certification": everyone, "GET /api/v1/scenario-batches": everyone, "GET /api/v1/scenario-batches/:id": everyone, "GET /api/v1/certificates": everyone,
        "GET /scenarios/items/:id/solution": signedIn, "POST /scenarios/items/:id/solution": signedIn, "GET /scenarios/mine": signedIn,
        "GET /scenarios/solutions/:id": signedIn, "POST /api/v1/scenarios/:id/solutions": signedIn,
        "GET /certification/apply": signedIn, "POST /certification/apply": signedIn, "GET /certification/applications/:id": signedIn,
        "POST /api/v1/certification/applications": signedIn,
        "GET /admin/scenarios": only(.departmentStaff, .platformAdmin), "POST /admin/scenarios": only(.departmentStaff, .platformAdmin),
        "GET /admin/scenarios/:id": only(.departmentStaff, .platformAdmin), "POST /admin/scenarios/:id/items": only(.departmentStaff, .platformAdmin),
        "POST /admin/scenarios/:id/publish": only(.departmentStaff, .platformAdmin), "GET /admin/scenario-solutions/:id": only(.departmentStaff, .platformAdmin),
        "POST /admin/scenario-solutions/:id/panel": only(.departmentStaff, .platformAdmin),
        "POST /admin/scenario-solutions/:id/decision": only(.departmentStaff, .platformAdmin),
        "POST /admin/scenario-solutions/:id/pilot": only(.departmentStaff, .platformAdmin),
        "POST /admin/scenario-solutions/:id/pilot/publish": only(.departmentStaff, .platformAdmin),
        "GET /expert/market-reviews": only(.reviewer, .platformAdmin), "GET /expert/market-reviews/:id": only(.reviewer, .platformAdmin),
        "POST /expert/market-reviews/:id": only(.reviewer, .platformAdmin),
        "GET /admin/certification": only(.departmentStaff, .programmeOfficer, .platformAdmin),
        "GET /admin/certification/:id": only(.departmentStaff, .programmeOfficer, .platformAdmin),
        "POST /admin/certification/:id/panel": only(.departmentStaff, .programmeOfficer, .platformAdmin),
        "POST /admin/certification/:id/decision": only(.departmentStaff, .programmeOfficer, .platformAdmin),
        "POST /admin/certification/:id/revoke": only(.departmentStaff, .programmeOfficer, .platformAdmin),
    ]

    static func key(_ route: Route) -> String {
        "\(route.method.rawValue) /" + route.path.map(\.description).joined(separator: "/")
    }

    @Test func test_everyRegisteredRouteIsInTheTable() async throws {
        try await withTestApp { t in
            let registered = Set(t.app.routes.all.map(Self.key))
            #expect(registered == Set(Self.expected.keys), "routes missing from the table: \(registered.subtracting(Self.expected.keys).sorted()); in the table but not registered: \(Set(Self.expected.keys).subtracting(registered).sorted())")
            for route in t.app.routes.all {
                #expect(route.action != nil, "\(Self.key(route)) was registered without an action")
            }
        }
    }

    @Test func test_tableAgreesWithAccessPolicy() async throws {
        try await withTestApp { t in
            for route in t.app.routes.all {
                let action = try #require(route.action)
                let allowed = Self.everyone.filter { who in
                    let roles: Set<Role>? = who == Self.anonymous ? nil : who == Self.noRole ? [] : [Role(rawValue: who)!]
                    return AccessPolicy.decide(action, roles: roles) == .allow
                }
                #expect(allowed == Self.expected[Self.key(route)], "\(Self.key(route)) (\(action))")
            }
        }
    }

    /// Sends every route as every kind of visitor and checks that the answer is an allow or a deny
    /// exactly as the table says: a denied visitor gets 403 (signed in) or is sent to sign in (401
    /// or a redirect to /login); an allowed one gets neither.
    @Test func test_everyRouteTimesEveryRole_allowsAndDeniesAsTheTableSays() async throws {
        try await withTestApp { t in
            let org = try await t.organisation()
            var sessions: [String: String] = [:]
            var tokens: [String: String] = [:]
            for who in Self.everyone where who != Self.anonymous {
                let roles = who == Self.noRole ? [] : [Role(rawValue: who)!]
                let person = try await t.person(roles, organisation: org.id)
                sessions[who] = try await t.sessionToken(for: person)
                tokens[who] = try await t.tokens.create(for: person.id, name: "matrix", scopes: [.read, .write], by: .system).secret
            }
            // Sign-out ends the session, so it goes last.
            let routes = t.app.routes.all.sorted { (Self.key($0) == "POST /logout" ? 1 : 0, Self.key($0)) < (Self.key($1) == "POST /logout" ? 1 : 0, Self.key($1)) }
            for route in routes {
                let key = Self.key(route)
                let path = "/" + route.path.map { $0.description == ":id" ? UUID().uuidString.lowercased() : $0.description }.joined(separator: "/")
                let isAPI = path.hasPrefix("/api/")
                for who in Self.everyone.sorted() {
                    let body: TestApp.Body? = route.method == .GET ? nil : isAPI ? .json(["x": "y"]) : .form([:])
                    let response = try await t.send(
                        route.method, path, session: isAPI ? nil : sessions[who], body: body, bearer: isAPI ? tokens[who] : nil)
                    let status = response.status
                    let location = response.headers.first(name: .location) ?? ""
                    let sentToSignIn = status == .unauthorized || (status == .seeOther && location.hasPrefix("/login"))
                    if Self.expected[key]?.contains(who) == true {
                        #expect(status != .forbidden && !sentToSignIn || (key == "POST /login" && status == .unauthorized),
                                "\(key) as \(who) should be allowed, got \(status.code) \(location)")
                    } else if who == Self.anonymous {
                        #expect(sentToSignIn, "\(key) as anonymous should ask to sign in, got \(status.code)")
                    } else {
                        #expect(status == .forbidden, "\(key) as \(who) should be forbidden, got \(status.code)")
                    }
                }
            }
        }
    }
}
