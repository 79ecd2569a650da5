import Foundation
import KechuangCore

/// A batch of application scenarios (应用场景建设需求清单) a department or district publishes to
/// solicit solutions from society (Art. 35). A draft until published; open from its publication
/// day through its closing day (Beijing days); closed after.
public struct ScenarioBatch: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<ScenarioBatch>
    public let id: ID
    /// The publishing department or district (an organisation).
    public var departmentID: UUID
    public var departmentName: String
    public var titleZh: String
    public var titleEn: String
    public var summary: String
    public var publishedOn: BeijingDay?
    public var closesOn: BeijingDay
    public var createdAt: Date
    public var version: Int

    public enum Phase: String, Sendable, CaseIterable {
        case draft, upcoming, open, closed

        public var label: LocalizedText {
            switch self {
            case .draft: LocalizedText(zh: "草稿", en: "Draft")
            case .upcoming: LocalizedText(zh: "待发布", en: "Not yet published")
            case .open: LocalizedText(zh: "征集中", en: "Open for solutions")
            case .closed: LocalizedText(zh: "已截止", en: "Closed")
            }
        }
    }

    public func phase(on day: BeijingDay) -> Phase {
        guard let publishedOn else { return .draft }
        if day < publishedOn { return .upcoming }
        return closesOn < day ? .closed : .open
    }

    /// Whether the public sees it: published on or before `day`.
    public func isPublic(on day: BeijingDay) -> Bool { publishedOn.map { !(day < $0) } ?? false }
}

/// What the department writes about one scenario.
public struct ScenarioDetails: Sendable, Equatable, Codable {
    public var problem: String
    public var site: String
    /// Data and resources the department offers (open data, test sites, equipment).
    public var resources: String
    public var expectedOutcome: String
    /// Whole yuan; nil when the scenario comes with no budget.
    public var budgetYuan: Int64?
    public var timeline: String
    public var contact: String

    public init(problem: String, site: String, resources: String, expectedOutcome: String, budgetYuan: Int64?, timeline: String, contact: String) {
        self.problem = problem
        self.site = site
        self.resources = resources
        self.expectedOutcome = expectedOutcome
        self.budgetYuan = budgetYuan
        self.timeline = timeline
        self.contact = contact
    }
}

public struct Scenario: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<Scenario>
    public let id: ID
    public let batchID: ScenarioBatch.ID
    public var position: Int
    public var titleZh: String
    public var titleEn: String
    /// A discipline code (`F01`, …) used for the experts' affinity; may be empty.
    public var discipline: String
    public var details: ScenarioDetails
}

public struct ScenarioBatchInput: Sendable, Equatable {
    public var departmentID: UUID?
    public var titleZh: String
    public var titleEn: String
    public var summary: String
    public var closesOn: BeijingDay?

    public init(departmentID: UUID?, titleZh: String, titleEn: String, summary: String, closesOn: BeijingDay?) {
        self.departmentID = departmentID
        self.titleZh = titleZh
        self.titleEn = titleEn
        self.summary = summary
        self.closesOn = closesOn
    }
}

public struct ScenarioInput: Sendable, Equatable {
    public var titleZh: String
    public var titleEn: String
    public var discipline: String
    public var details: ScenarioDetails

    public init(titleZh: String, titleEn: String, discipline: String, details: ScenarioDetails) {
        self.titleZh = titleZh
        self.titleEn = titleEn
        self.discipline = discipline
        self.details = details
    }
}

/// Someone on the team behind a solution.
public struct TeamMember: Sendable, Equatable, Codable {
    public var name: String
    public var email: String
    public var role: String

    public init(name: String, email: String, role: String) {
        self.name = name
        self.email = email
        self.role = role
    }
}

public enum SolutionState: String, Sendable, Codable, CaseIterable {
    case submitted, reviewing, selected
    case notSelected = "not_selected"

    public var label: LocalizedText {
        switch self {
        case .submitted: LocalizedText(zh: "已提交", en: "Submitted")
        case .reviewing: LocalizedText(zh: "专家评审中", en: "Under expert review")
        case .selected: LocalizedText(zh: "已入选", en: "Selected")
        case .notSelected: LocalizedText(zh: "未入选", en: "Not selected")
        }
    }
}

/// A solution an enterprise, institute or consortium (led by one organisation, partners on the
/// team) submits to one scenario (Art. 35).
public struct Solution: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<Solution>
    public let id: ID
    public let scenarioID: Scenario.ID
    public let organisationID: UUID
    public var organisationName: String
    public let submitterID: UUID
    public var title: String
    public var text: String
    public var team: [TeamMember]
    public var priorDeployments: String
    public var state: SolutionState
    public var decisionReason: String
    public var decidedAt: Date?
    public var submittedAt: Date
    public var version: Int
}

public struct SolutionInput: Sendable, Equatable {
    public var organisationID: UUID?
    public var title: String
    public var text: String
    public var team: [TeamMember]
    public var priorDeployments: String

    public init(organisationID: UUID?, title: String, text: String, team: [TeamMember], priorDeployments: String) {
        self.organisationID = organisationID
        self.title = title
        self.text = text
        self.team = team
        self.priorDeployments = priorDeployments
    }
}

/// A milestone of a selected pilot.
public struct PilotMilestone: Sendable, Equatable, Codable {
    public var title: String
    public var due: BeijingDay
    public var done: Bool

    public init(title: String, due: BeijingDay, done: Bool) {
        self.title = title
        self.due = due
        self.done = done
    }
}

/// The pilot of a selected solution: tracked (start, milestones, outcome), then published.
public struct Pilot: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<Pilot>
    public let id: ID
    public let solutionID: Solution.ID
    public var startOn: BeijingDay
    public var milestones: [PilotMilestone]
    public var outcome: String
    public var publishedAt: Date?
    public var version: Int
}
