import Foundation
import Vapor

/// Every page and endpoint of the site. The same value registers the route (`components`) and
/// prints links (`path`), so no URL is written twice.
enum SiteURL {
    case home, login, logout, dashboard, profile, profilePassword, tokens, tokenRevoke(UUID)
    case organisations, organisationNew, organisation(UUID)
    case people, personNew, person(UUID), personRoles(UUID), personRolesRemove(UUID), personStatus(UUID)
    case audit, health, metrics, openAPI, stylesheet
    case policies, policy(String), policyArticle(String, String)
    case callLint, calls, call(UUID), callsCalendar, callsFeed
    case applicationAttachments(UUID), applicationAttachment(UUID, String), teamConfirmations, teamConfirm(UUID)
    case adminCalls, adminCallNew, adminCall(UUID), adminCallPublish(UUID), adminProgrammes
    case callApply(UUID), applications, applicationPage(UUID, ApplicationStep), applicationSubmit(UUID), applicationWithdraw(UUID)
    case institutionApplications, institutionDecision(UUID)
    case adminCallApplications(UUID), adminCallApplicationsCSV(UUID), adminCallApplicationsXLSX(UUID)
    // Integrity
    case integrity, integrityMine, integrityAppeal(UUID), integrityRepair(UUID), institutionIntegrity
    case adminIntegrity, adminIntegrityNew, adminIntegrityRecord(UUID), adminIntegrityDecide(UUID), adminIntegrityPublish(UUID)
    case adminIntegrityAppeal(UUID), adminIntegrityRepair(UUID)
    // Formal check and review
    case formalCheck(UUID), formalCheckDecision(UUID), applicationCompare(UUID, UUID), applicationCompareConfirm(UUID, UUID)
    case expertProfile, adminExperts, adminExpertInvite, adminExpertActive(UUID)
    case adminReview(UUID), adminReviewRun(UUID), adminReviewSwap(UUID), adminReviewConflict(UUID), adminReviewPublish(UUID), adminReviewRemind(UUID)
    case adminRanking(UUID), fundingDecision(UUID)
    case reviewReport(UUID), reviewReportFile(UUID, String)
    case reviews, review(UUID), reviewAccept(UUID), reviewDecline(UUID)

    var path: String {
        switch self {
        case .home: "/"
        case .login: "/login"
        case .logout: "/logout"
        case .dashboard: "/dashboard"
        case .profile: "/profile"
        case .profilePassword: "/profile/password"
        case .tokens: "/tokens"
        case .tokenRevoke(let id): "/tokens/\(id.uuidString.lowercased())/revoke"
        case .organisations: "/admin/organisations"
        case .organisationNew: "/admin/organisations/new"
        case .organisation(let id): "/admin/organisations/\(id.uuidString.lowercased())"
        case .people: "/admin/people"
        case .personNew: "/admin/people/new"
        case .person(let id): "/admin/people/\(id.uuidString.lowercased())"
        case .personRoles(let id): "/admin/people/\(id.uuidString.lowercased())/roles"
        case .personRolesRemove(let id): "/admin/people/\(id.uuidString.lowercased())/roles/remove"
        case .personStatus(let id): "/admin/people/\(id.uuidString.lowercased())/status"
        case .audit: "/admin/audit"
        case .health: "/health"
        case .metrics: "/metrics"
        case .openAPI: "/openapi.json"
        case .stylesheet: "/assets/site.css"
        case .callLint: "/calls/lint"
        case .calls: "/calls"
        case .call(let id): "/calls/\(id.uuidString.lowercased())"
        case .callsCalendar: "/calls/deadlines.ics"
        case .callsFeed: "/calls/feed.atom"
        case .teamConfirmations: "/team-invitations"
        case .teamConfirm(let id): "/team-invitations/\(id.uuidString.lowercased())/confirm"
        case .applicationAttachments(let id): "/applications/\(id.uuidString.lowercased())/attachments"
        case .applicationAttachment(let id, let key): "/applications/\(id.uuidString.lowercased())/attachments/\(key)"
        case .adminCalls: "/admin/calls"
        case .adminCallNew: "/admin/calls/new"
        case .adminCall(let id): "/admin/calls/\(id.uuidString.lowercased())"
        case .adminCallPublish(let id): "/admin/calls/\(id.uuidString.lowercased())/publish"
        case .adminProgrammes: "/admin/programmes"
        case .callApply(let id): "/calls/\(id.uuidString.lowercased())/apply"
        case .applications: "/applications"
        case .applicationPage(let id, let step): "/applications/\(id.uuidString.lowercased())/\(step.rawValue)"
        case .applicationSubmit(let id): "/applications/\(id.uuidString.lowercased())/submit"
        case .applicationWithdraw(let id): "/applications/\(id.uuidString.lowercased())/withdraw"
        case .institutionApplications: "/institution/applications"
        case .institutionDecision(let id): "/institution/applications/\(id.uuidString.lowercased())/decision"
        case .adminCallApplications(let id): "/admin/calls/\(id.uuidString.lowercased())/applications"
        case .adminCallApplicationsCSV(let id): "/admin/calls/\(id.uuidString.lowercased())/applications.csv"
        case .adminCallApplicationsXLSX(let id): "/admin/calls/\(id.uuidString.lowercased())/applications.xlsx"
        // Integrity
        case .integrity: "/integrity"
        case .integrityMine: "/integrity/mine"
        case .integrityAppeal(let id): "/integrity/mine/\(id.uuidString.lowercased())/appeal"
        case .integrityRepair(let id): "/integrity/mine/\(id.uuidString.lowercased())/repair"
        case .institutionIntegrity: "/institution/integrity"
        case .adminIntegrity: "/admin/integrity"
        case .adminIntegrityNew: "/admin/integrity/new"
        case .adminIntegrityRecord(let id): "/admin/integrity/\(id.uuidString.lowercased())"
        case .adminIntegrityDecide(let id): "/admin/integrity/\(id.uuidString.lowercased())/decide"
        case .adminIntegrityPublish(let id): "/admin/integrity/\(id.uuidString.lowercased())/publish"
        case .adminIntegrityAppeal(let id): "/admin/integrity/\(id.uuidString.lowercased())/appeal"
        case .adminIntegrityRepair(let id): "/admin/integrity/\(id.uuidString.lowercased())/repair"
        case .formalCheck(let id): "/admin/applications/\(id.uuidString.lowercased())/check"
        case .formalCheckDecision(let id): "/admin/applications/\(id.uuidString.lowercased())/check/decision"
        case .applicationCompare(let id, let other): "/admin/applications/\(id.uuidString.lowercased())/compare/\(other.uuidString.lowercased())"
        case .applicationCompareConfirm(let id, let other): "/admin/applications/\(id.uuidString.lowercased())/compare/\(other.uuidString.lowercased())/confirm"
        case .expertProfile: "/expert/profile"
        case .adminExperts: "/admin/experts"
        case .adminExpertInvite: "/admin/experts/invite"
        case .adminExpertActive(let id): "/admin/experts/\(id.uuidString.lowercased())/active"
        case .adminReview(let id): "/admin/calls/\(id.uuidString.lowercased())/review"
        case .adminReviewRun(let id): "/admin/calls/\(id.uuidString.lowercased())/review/run"
        case .adminReviewSwap(let id): "/admin/calls/\(id.uuidString.lowercased())/review/swap"
        case .adminReviewConflict(let id): "/admin/calls/\(id.uuidString.lowercased())/review/conflicts"
        case .adminReviewPublish(let id): "/admin/calls/\(id.uuidString.lowercased())/review/publish"
        case .adminReviewRemind(let id): "/admin/calls/\(id.uuidString.lowercased())/review/remind"
        case .adminRanking(let id): "/admin/calls/\(id.uuidString.lowercased())/ranking"
        case .fundingDecision(let id): "/admin/applications/\(id.uuidString.lowercased())/funding"
        case .reviewReport(let id): "/calls/\(id.uuidString.lowercased())/review-report"
        case .reviewReportFile(let id, let file): "/calls/\(id.uuidString.lowercased())/review-report/\(Self.escape(file))"
        case .reviews: "/reviews"
        case .review(let id): "/reviews/\(id.uuidString.lowercased())"
        case .reviewAccept(let id): "/reviews/\(id.uuidString.lowercased())/accept"
        case .reviewDecline(let id): "/reviews/\(id.uuidString.lowercased())/decline"
        case .policies: "/policies"
        case .policy(let id): "/policies/\(Self.escape(id))"
        case .policyArticle(let id, let label): "/policies/\(Self.escape(id))/articles/\(Self.escape(label))"
        }
    }

    static func login(next: String) -> SiteURL.Link { Link(path: "/login", query: ["next": next]) }

    /// A path with query items, for redirects and links that carry state.
    struct Link {
        let path: String
        let query: [String: String]

        var string: String {
            var c = URLComponents()
            c.path = path
            c.queryItems = query.sorted { $0.key < $1.key }.map { URLQueryItem(name: $0.key, value: $0.value) }
            return c.string ?? path
        }
    }

    /// Route components: `:id` where a link has an id, `:label` for an article label.
    var components: [PathComponent] {
        switch self {
        case .policy: return ["policies", ":id"]
        case .policyArticle: return ["policies", ":id", "articles", ":label"]
        case .applicationAttachment: return ["applications", ":id", "attachments", ":key"]
        case .applicationPage: return ["applications", ":id", ":page"]
        case .applicationCompare: return ["admin", "applications", ":id", "compare", ":other"]
        case .applicationCompareConfirm: return ["admin", "applications", ":id", "compare", ":other", "confirm"]
        case .reviewReportFile: return ["calls", ":id", "review-report", ":file"]
        default:
            return path.split(separator: "/").map { part in
                UUID(uuidString: String(part)) != nil ? ":id" : PathComponent(stringLiteral: String(part))
            }
        }
    }

    static func escape(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? segment
    }

    /// Placeholder for registering parameterised routes.
    static let anyID = UUID(uuidString: "00000000-0000-0000-0000-000000000000")!

    /// Only local paths are followed after sign-in, so `?next=` cannot send anyone elsewhere.
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\") else { return SiteURL.dashboard.path }
        return next
    }
}

extension Request {
    func redirect(to link: SiteURL.Link) -> Response { redirect(to: link.string, redirectType: .normal) }
    func redirect(to url: SiteURL, notice: Msg? = nil) -> Response {
        redirect(to: notice.map { SiteURL.Link(path: url.path, query: ["notice": $0.rawValue]).string } ?? url.path, redirectType: .normal)
    }
    func redirect<C: Catalogue>(to url: SiteURL, notice: C) -> Response {
        redirect(to: SiteURL.Link(path: url.path, query: ["notice": notice.rawValue]).string, redirectType: .normal)
    }
}
