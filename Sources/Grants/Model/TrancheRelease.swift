import Foundation
import KechuangCore

/// A milestone of the task agreement reported done (里程碑完成报告): what releases a tranche tied to it.
public struct TrancheMilestoneReport: Sendable, Equatable {
    public let projectID: Project.ID
    public let milestoneID: UUID
    public var note: String
    public var reportedBy: String
    public var reportedAt: Date

    public init(projectID: Project.ID, milestoneID: UUID, note: String, reportedBy: String, reportedAt: Date) {
        self.projectID = projectID
        self.milestoneID = milestoneID
        self.note = note
        self.reportedBy = reportedBy
        self.reportedAt = reportedAt
    }
}

/// A tranche paid out (拨付) by the programme officer.
public struct TrancheRelease: Sendable, Equatable {
    public let projectID: Project.ID
    public let trancheID: UUID
    public var amount: Int
    public var milestoneID: UUID?
    public var releasedBy: String
    public var releasedAt: Date

    public init(projectID: Project.ID, trancheID: UUID, amount: Int, milestoneID: UUID?, releasedBy: String, releasedAt: Date) {
        self.projectID = projectID
        self.trancheID = trancheID
        self.amount = amount
        self.milestoneID = milestoneID
        self.releasedBy = releasedBy
        self.releasedAt = releasedAt
    }
}

/// Where a tranche of the agreement is, for the tranche page.
public enum TrancheStatus: String, Sendable, Equatable, CaseIterable {
    /// Released.
    case released
    /// May be released now: no milestone, or its milestone is reported done.
    case releasable
    /// Its milestone is not yet reported done.
    case waitingForMilestone = "waiting_for_milestone"

    public var label: LocalizedText {
        switch self {
        case .released: LocalizedText(zh: "已拨付", en: "Released")
        case .releasable: LocalizedText(zh: "可拨付", en: "Ready to release")
        case .waitingForMilestone: LocalizedText(zh: "待里程碑完成", en: "Waiting for its milestone")
        }
    }
}

/// One tranche of the agreement with its milestone and where it is.
public struct TrancheView: Sendable, Equatable {
    public var tranche: Tranche
    public var milestone: Milestone?
    public var milestoneReport: TrancheMilestoneReport?
    public var release: TrancheRelease?
    public var status: TrancheStatus

    public init(tranche: Tranche, milestone: Milestone?, milestoneReport: TrancheMilestoneReport?, release: TrancheRelease?) {
        self.tranche = tranche
        self.milestone = milestone
        self.milestoneReport = milestoneReport
        self.release = release
        if release != nil { status = .released } else if tranche.milestoneID == nil || milestoneReport != nil { status = .releasable } else { status = .waitingForMilestone }
    }
}
