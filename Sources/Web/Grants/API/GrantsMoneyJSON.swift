import Foundation
import Grants
import KechuangCore
import Vapor

/// JSON shapes of the money, sub-task and inspection-plan API (snake_case, amounts in whole yuan).
struct ExecutionJSON: Content {
    struct Category: Content {
        let category: String
        let budget: Int
        let spent: Int
    }
    struct Month: Content {
        let month: String
        let spent: Int
        let cumulative: Int
    }
    let project_id: UUID
    let number: String
    let budget: Int
    let released: Int
    let spent: Int
    let committed: Int
    let remaining: Int
    let spent_share: Double
    let elapsed_share: Double
    let burn_rate: Double?
    let as_of: String
    let by_category: [Category]
    let monthly: [Month]

    init(_ s: ExecutionSummary) {
        project_id = s.projectID.rawValue
        number = s.number
        budget = s.budget
        released = s.released
        spent = s.spent
        committed = s.committed
        remaining = s.remaining
        spent_share = (s.spentShare * 10_000).rounded() / 10_000
        elapsed_share = (s.elapsedShare * 10_000).rounded() / 10_000
        burn_rate = s.burnRate.map { ($0 * 10_000).rounded() / 10_000 }
        as_of = s.asOf.description
        by_category = s.byCategory.map { Category(category: $0.category, budget: $0.budget, spent: $0.spent) }
        monthly = s.monthly.map { Month(month: $0.month, spent: $0.spent, cumulative: $0.cumulative) }
    }
}

struct ProgrammeExecutionJSON: Content {
    let programme_id: UUID
    let budget: Int
    let released: Int
    let spent: Int
    let committed: Int
    let remaining: Int
    let projects: [ExecutionJSON]

    init(_ e: ProgrammeExecution) {
        programme_id = e.programmeID
        budget = e.budget
        released = e.released
        spent = e.spent
        committed = e.committed
        remaining = e.remaining
        projects = e.projects.map(ExecutionJSON.init)
    }
}

struct ExpenditureJSON: Content {
    let id: UUID
    let project_id: UUID
    let category: String
    let cross_border: Bool
    let amount: Int
    let date: String
    let payee_kind: String
    let payee: String
    let description: String
    let receipt_sha256: String?
    let receipt_name: String?
    let state: String
    let counts: Bool
    let decision_note: String
    let version: Int

    init(_ e: Expenditure) {
        id = e.id.rawValue
        project_id = e.projectID.rawValue
        category = e.category.rawValue
        cross_border = e.category.isCrossBorder
        amount = e.amount
        date = e.date.description
        payee_kind = e.payeeKind.rawValue
        payee = e.payee
        description = e.description
        receipt_sha256 = e.receipt?.sha256
        receipt_name = e.receipt?.name
        state = e.state.rawValue
        counts = e.state.counts
        decision_note = e.decisionNote
        version = e.version
    }
}

struct TrancheJSON: Content {
    let id: UUID
    let amount: Int
    let milestone_id: UUID?
    let milestone_title: String?
    let milestone_done: Bool
    let status: String
    let released_at: Date?

    init(_ t: TrancheView) {
        id = t.tranche.id
        amount = t.tranche.amount
        milestone_id = t.tranche.milestoneID
        milestone_title = t.milestone?.titleZh
        milestone_done = t.milestoneReport != nil
        status = t.status.rawValue
        released_at = t.release?.releasedAt
    }
}

struct BudgetAdjustmentJSON: Content {
    let id: UUID
    let project_id: UUID
    let kind: String
    let from_category: String?
    let to_category: String
    let amount: Int
    let reason: String
    let state: String
    let article: String
    let decision_note: String
    let version: Int

    init(_ a: BudgetAdjustment) {
        id = a.id.rawValue
        project_id = a.projectID.rawValue
        kind = a.kind.rawValue
        from_category = a.fromCategory
        to_category = a.toCategory
        amount = a.amount
        reason = a.reason
        state = a.state.rawValue
        article = a.basis.code
        decision_note = a.decisionNote
        version = a.version
    }
}

struct BudgetJSON: Content {
    struct Line: Content {
        let category: String
        let budget: Int
        let used: Int
    }
    let budget_mode: String
    let total: Int
    let lines: [Line]
    let adjustments: [BudgetAdjustmentJSON]
}

struct SubTaskJSON: Content {
    let id: UUID
    let project_id: UUID
    let title: String
    let leader_name: String
    let leader_email: String
    let budget: Int
    let version: Int

    init(_ s: SubTask) {
        id = s.id.rawValue
        project_id = s.projectID.rawValue
        title = s.title
        leader_name = s.leaderName
        leader_email = s.leaderEmail
        budget = s.budget
        version = s.version
    }
}

struct InspectionJSON: Content {
    let id: UUID
    let kind: String
    let body: String
    let body_name: String
    let target_kind: String
    let target_id: UUID
    let target_name: String
    let organisation_id: UUID
    let scopes: [String]
    let period_start: String
    let period_end: String
    let title: String
    let findings: String?
    let findings_recorded_at: Date?
    let version: Int

    init(_ i: Inspection) {
        id = i.id.rawValue
        kind = i.kind.rawValue
        body = i.body.rawValue
        body_name = i.bodyName
        target_kind = i.target.kind
        target_id = i.target.id
        target_name = i.targetName
        organisation_id = i.organisationID
        scopes = i.orderedScopes.map(\.rawValue)
        period_start = i.periodStart.description
        period_end = i.periodEnd.description
        title = i.title
        findings = i.hasFindings ? i.findings : nil
        findings_recorded_at = i.findingsRecordedAt
        version = i.version
    }
}
