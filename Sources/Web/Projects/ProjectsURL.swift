import Foundation
import Vapor

/// The pages of calls, the call linter, applications and their exports: the same value registers a route and prints its links.
enum ProjectsURL: SiteRoute {
    case callLint, calls, call(UUID), callsCalendar
    case callsFeed, applicationAttachments(UUID), applicationAttachment(UUID, String), teamConfirmations
    case teamConfirm(UUID), adminCalls, adminCallNew, adminCall(UUID)
    case adminCallPublish(UUID), adminProgrammes, callApply(UUID), applications
    case applicationPage(UUID, ApplicationStep), applicationSubmit(UUID), applicationWithdraw(UUID), institutionApplications
    case institutionDecision(UUID), adminCallApplications(UUID), adminCallApplicationsCSV(UUID), adminCallApplicationsXLSX(UUID)

    var path: String {
        switch self {
        case .callLint: "/calls/lint"
        case .calls: "/calls"
        case .call(let id): "/calls/\(id.uuidString.lowercased())"
        case .callsCalendar: "/calls/deadlines.ics"
        case .callsFeed: "/calls/feed.atom"
        case .applicationAttachments(let id): "/applications/\(id.uuidString.lowercased())/attachments"
        case .applicationAttachment(let id, let key): "/applications/\(id.uuidString.lowercased())/attachments/\(key)"
        case .teamConfirmations: "/team-invitations"
        case .teamConfirm(let id): "/team-invitations/\(id.uuidString.lowercased())/confirm"
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
        }
    }

    var components: [PathComponent] {
        switch self {
        case .applicationAttachment: return ["applications", ":id", "attachments", ":key"]
        case .applicationPage: return ["applications", ":id", ":page"]
        default: return SiteURL.components(of: path)
        }
    }
}
