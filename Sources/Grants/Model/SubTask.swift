import Foundation
import KechuangCore

/// A sub-task (子课题) the chief scientist allocates inside a chief-scientist project (Art. 29),
/// with its leader and its share of the budget.
public struct SubTask: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<SubTask>
    public let id: ID
    public let projectID: Project.ID
    public var title: String
    public var leaderName: String
    public var leaderEmail: String
    /// In yuan; all sub-tasks together never above the award.
    public var budget: Int
    public var allocatedBy: String
    public var createdAt: Date
    public var updatedAt: Date
    public var version: Int

    public init(id: ID, projectID: Project.ID, title: String, leaderName: String, leaderEmail: String, budget: Int, allocatedBy: String,
                createdAt: Date, updatedAt: Date, version: Int) {
        self.id = id
        self.projectID = projectID
        self.title = title
        self.leaderName = leaderName
        self.leaderEmail = leaderEmail
        self.budget = budget
        self.allocatedBy = allocatedBy
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.version = version
    }
}

/// A sub-task as typed.
public struct SubTaskInput: Sendable, Equatable {
    public var title: String
    public var leaderName: String
    public var leaderEmail: String
    public var budget: Int?

    public init(title: String, leaderName: String, leaderEmail: String, budget: Int?) {
        self.title = title
        self.leaderName = leaderName
        self.leaderEmail = leaderEmail
        self.budget = budget
    }
}
