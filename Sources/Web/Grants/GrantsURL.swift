import Foundation
import Vapor

/// The pages of the funding decision, projects and task agreements: the same value registers a
/// route and prints its links. One id per path (`SiteURL.components` turns every UUID into `:id`).
enum GrantsURL: SiteRoute {
    /// The officer's funding decision for one application (the ranking links each row here).
    case fundingDecision(UUID)
    /// The signed-in person's projects: as PI or team member, as research office, as officer.
    case projects
    case project(UUID), agreement(UUID), agreementSign(UUID), agreementPDF(UUID)
    /// The young scientists' share per programme and year (Art. 45).
    case youngScientists
    /// Expert recommendation (Art. 29(1)): the applications an expert may recommend, and one of them.
    case expertNominations, nomination(UUID)
    /// Directed commissions (Art. 29(1)): the list and the officer's form.
    case commissions
    /// A programme's acceptance scheme per research type (Art. 31); `?type=` picks the one edited.
    case acceptanceSchemes(UUID)

    var path: String {
        switch self {
        case .fundingDecision(let id): "/admin/applications/\(Self.s(id))/funding"
        case .projects: "/projects"
        case .project(let id): "/projects/\(Self.s(id))"
        case .agreement(let id): "/projects/\(Self.s(id))/agreement"
        case .agreementSign(let id): "/projects/\(Self.s(id))/agreement/sign"
        case .agreementPDF(let id): "/projects/\(Self.s(id))/agreement.pdf"
        case .youngScientists: "/admin/projects/young-scientists"
        case .expertNominations: "/expert/nominations"
        case .nomination(let id): "/expert/nominations/\(Self.s(id))"
        case .commissions: "/admin/commissions"
        case .acceptanceSchemes(let id): "/admin/programmes/\(Self.s(id))/acceptance-schemes"
        }
    }

    static func s(_ id: UUID) -> String { id.uuidString.lowercased() }
}
