import FluentKit
import Foundation

/// How many running projects a principal investigator leads, for the eligibility rule "PI leads
/// fewer than N running projects" (`Condition.runningProjectsOfPIBelow`). Projects are Grants'
/// (post-award), which depends on this module, so the count is injected: the composition root
/// (Web's `req.applications`) passes Grants' implementation, which counts `grt_projects`.
/// `Applications` without one counts 0, as the platform did before projects existed.
public protocol RunningProjectsCount: Sendable {
    func runningProjects(ledBy principalInvestigator: UUID, on db: any Database) async throws -> Int
}
