import FluentKit
import Foundation
import Identity
import KechuangCore
import Projects
import Storage

/// Budget adjustments (预算调剂). The research office of the project's institution enters them:
/// inside a lump sum, and between categories up to `BudgetRules.institutionReallocationPercent` in
/// budget modes, they are the institution's own decision and only recorded (Art. 22); a change of
/// the total, or a larger reallocation in budget modes, waits for the programme officer (Art. 50(2)).
/// Object `budget_adjustment`, audited.
public struct BudgetAdjustments: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    static let objectType = "budget_adjustment"

    public func enter(_ projectID: Project.ID, _ input: BudgetAdjustmentInput, by person: Person) async throws -> BudgetAdjustment {
        let project = try await GrantProjects(db: db, now: now).find(projectID, as: person, for: .approve)
        try Expenditures.requireRunning(project)
        let at = now()
        try BudgetRules.input.validate(input, at: at)
        guard let kind = input.kind, let to = input.toCategory, let amount = input.amount else { throw DomainError.validation([]) }
        let from = kind == .reallocation ? input.fromCategory : nil
        let ledger = try await ExecutionLedger.load(project, on: db)
        if let from, let problem = BudgetRules.available(from: from, amount: amount, plan: ledger.plan, used: ledger.usedByCategory[from] ?? 0),
           project.budgetMode != .lumpSum {
            throw DomainError.validation([problem])
        }
        let approvalReason = BudgetRules.needsApproval(kind, from: from, amount: amount, mode: project.budgetMode, plan: ledger.plan)
        let state: BudgetAdjustmentState = approvalReason == nil ? .recorded : .awaitingApproval
        let basis: LegalBasis = approvalReason == nil ? .art(22) : .art(50, 2)
        return try await withWriteTransaction(on: db) { tx in
            let row = BudgetAdjustmentRecord()
            row.id = UUID()
            row.projectID = projectID.rawValue
            row.kind = kind.rawValue
            row.fromCategory = from
            row.toCategory = to
            row.amount = amount
            row.reason = input.reason.trimmingCharacters(in: .whitespacesAndNewlines)
            row.state = state.rawValue
            row.basis = basis.code
            row.requestedBy = person.name
            row.decisionNote = ""
            row.version = 1
            row.createdAt = at
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: person, action: state == .recorded ? "budget.adjustment_recorded" : "budget.adjustment_requested",
                objectType: Self.objectType, objectID: (try row.requireID()).uuidString,
                summary: "project \(project.number) (\(project.budgetMode.rawValue)): \(kind.rawValue) \(from ?? "—") → \(to) \(amount) yuan"
                    + (approvalReason.map { "; needs approval: \($0.en)" } ?? "; the institution's decision"),
                basis: basis), on: tx, at: at)
            return try row.toDomain()
        }
    }

    /// The programme officer approves or rejects an adjustment awaiting approval.
    public func decide(_ id: BudgetAdjustment.ID, approve: Bool, note: String, expectedVersion: Int, by person: Person) async throws -> BudgetAdjustment {
        guard let row = try await BudgetAdjustmentRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: "budget_adjustment") }
        let adjustment = try row.toDomain()
        let project = try await GrantProjects(db: db, now: now).find(adjustment.projectID, as: person, for: .manage)
        let at = now()
        guard adjustment.state == .awaitingApproval else {
            throw DomainError.forbidden(LocalizedText(zh: "该调剂不在待审批状态", en: "This adjustment is not awaiting approval"), basis: .art(50, 2))
        }
        if !approve { try BudgetRules.decisionNote.validate(note, at: at) }
        let trimmed = note.trimmingCharacters(in: .whitespacesAndNewlines)
        let state: BudgetAdjustmentState = approve ? .approved : .rejected
        return try await withWriteTransaction(on: db) { tx in
            try await OptimisticLock.update(BudgetAdjustmentRecord.schema, id: id.rawValue, expectedVersion: expectedVersion, entity: "budget_adjustment", on: tx) {
                $0.set("state", to: state.rawValue).set("decision_note", to: trimmed).set("decided_by", to: person.name).set("decided_at", to: at)
            }
            try await AuditChain.append(AuditEvent(
                actor: person, action: approve ? "budget.adjustment_approved" : "budget.adjustment_rejected", objectType: Self.objectType,
                objectID: id.uuidString, summary: "project \(project.number): \(adjustment.kind.rawValue) \(adjustment.amount) yuan"
                    + (trimmed.isEmpty ? "" : ": \(trimmed)"), basis: .art(50, 2)), on: tx, at: at)
            guard let updated = try await BudgetAdjustmentRecord.find(id.rawValue, on: tx) else { throw DomainError.notFound(entity: "budget_adjustment") }
            return try updated.toDomain()
        }
    }

    /// A project's adjustments, oldest first, and its plan by category after those in force.
    public func list(_ projectID: Project.ID, as person: Person) async throws -> (adjustments: [BudgetAdjustment], plan: BudgetPlan, used: [String: Int]) {
        let project = try await GrantProjects(db: db, now: now).find(projectID, as: person)
        let ledger = try await ExecutionLedger.load(project, on: db)
        return (ledger.adjustments, ledger.plan, ledger.usedByCategory)
    }

    /// Adjustments awaiting approval in every project (programme officers).
    public func awaitingApproval(as person: Person) async throws -> [BudgetAdjustment] {
        guard !person.roles.isDisjoint(with: ProjectAccess.officerRoles) else { return [] }
        return try await BudgetAdjustmentRecord.query(on: db).filter(\.$state == BudgetAdjustmentState.awaitingApproval.rawValue)
            .sort(\.$createdAt).all().map { try $0.toDomain() }
    }
}
