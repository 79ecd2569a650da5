import FluentKit
import Foundation
import Projects

/// Grants' answer to "how many running projects does this PI lead" (`RunningProjectsCount`):
/// projects in `ProjectStatus.countsAsRunning` (agreement being signed, running, suspended,
/// under acceptance) with this PI, from `grt_projects`. Web injects it into `Applications`.
public struct GrantsRunningProjects: RunningProjectsCount {
    public init() {}

    public func runningProjects(ledBy principalInvestigator: UUID, on db: any Database) async throws -> Int {
        try await GrantProjects.runningCount(ledBy: principalInvestigator, on: db)
    }
}
