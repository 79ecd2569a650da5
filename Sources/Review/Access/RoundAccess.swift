import Foundation
import Identity
import KechuangCore

/// Who may do what with a call's review round (object-level access, behind the route's `Action`).
/// Pure: `(viewer facts, round facts) -> Bool` per action. `Rounds` applies it
/// (`publishedReport(call:)`, `round(call:as:)`), and a round outside the viewer's reach does not
/// exist for them (404), exactly like a missing one.
///
/// The platform does not record which programme an officer works for, so every programme officer
/// counts as an officer of every call's programme; the rule takes the roles only.
public enum RoundAccess {
    public enum Action: String, Sendable, CaseIterable {
        /// The officer's view: parameters, assignments, exclusions, progress, ranking.
        case view
        /// Configure, run, swap, add conflicts, publish, remind (the round's state says when).
        case change
        /// The published assignment report and its input files (Art. 29): anyone, once published.
        case viewReport
    }

    /// What the rule needs to know about the viewer: their roles (none when anonymous).
    public struct Viewer: Sendable, Equatable {
        public var roles: Set<Role>
        public init(roles: Set<Role>) { self.roles = roles }
        public init(_ person: Person?) { self.init(roles: person?.roles ?? []) }
        public static let anonymous = Viewer(roles: [])
    }

    /// What the rule needs to know about the round.
    public struct Facts: Sendable, Equatable {
        public var state: RoundState
        /// Whether the assignment ran and left a report.
        public var hasReport: Bool
        public init(state: RoundState, hasReport: Bool) {
            self.state = state
            self.hasReport = hasReport
        }
        public init(_ round: ReviewRound) { self.init(state: round.state, hasReport: round.report != nil) }
    }

    /// Roles that manage review rounds.
    public static let officerRoles: Set<Role> = [.programmeOfficer, .platformAdmin]

    /// The rule: officers view and change the round in every state; its report is public once the
    /// round is published, and not before (not even to officers, who see the assignment itself).
    public static func may(_ action: Action, _ viewer: Viewer, _ round: Facts) -> Bool {
        switch action {
        case .view, .change: !viewer.roles.isDisjoint(with: officerRoles)
        case .viewReport: round.state == .published && round.hasReport
        }
    }
}

extension Rounds {
    /// The call's round, if `viewer` may do `action` with it; otherwise (or when the call has no
    /// round) it does not exist for them.
    public func round(call callID: UUID, as viewer: Person?, for action: RoundAccess.Action) async throws -> ReviewRound {
        guard let round = try await round(call: callID), RoundAccess.may(action, RoundAccess.Viewer(viewer), RoundAccess.Facts(round)) else {
            throw DomainError.notFound(entity: action == .viewReport ? "assignment report" : "review round")
        }
        return round
    }

    /// The call's published round and its report, for anyone (`RoundAccess.may(.viewReport, …)`);
    /// before publication there is no report (404).
    public func publishedReport(call callID: UUID) async throws -> (round: ReviewRound, report: AssignmentReport) {
        let round = try await round(call: callID, as: nil, for: .viewReport)
        guard let report = round.report else { throw DomainError.notFound(entity: "assignment report") }
        return (round, report)
    }
}
