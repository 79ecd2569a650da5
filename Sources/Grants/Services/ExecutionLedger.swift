import FluentKit
import Foundation
import KechuangCore
import Projects

/// A project's money as stored, read in one place for the money services: its lines, its budget
/// adjustments, its plan by category, its releases, its agreement's tranches and milestones.
struct ExecutionLedger: Sendable {
    let project: Project
    let expenditures: [Expenditure]
    let adjustments: [BudgetAdjustment]
    let plan: BudgetPlan
    let releases: [TrancheRelease]
    let milestoneReports: [TrancheMilestoneReport]
    let agreement: TaskAgreement?
    let negativeList: [String]

    static func load(_ project: Project, on db: any Database) async throws -> ExecutionLedger {
        let id = project.id.rawValue
        let expenditures = try await ExpenditureRecord.query(on: db).filter(\.$projectID == id).sort(\.$date).sort(\.$createdAt).all()
            .map { try $0.toDomain() }
        let adjustments = try await BudgetAdjustmentRecord.query(on: db).filter(\.$projectID == id).sort(\.$createdAt).all()
            .map { try $0.toDomain() }
        let releases = try await TrancheReleaseRecord.query(on: db).filter(\.$projectID == id).sort(\.$releasedAt).all().map { $0.toDomain() }
        let reports = try await TrancheMilestoneRecord.query(on: db).filter(\.$projectID == id).sort(\.$reportedAt).all().map { $0.toDomain() }
        let agreement = try await TaskAgreementRecord.query(on: db).filter(\.$projectID == id).first()?.toDomain()
        let application = try await Applications(db: db).find(project.applicationID)
        let call = try await Calls(db: db).find(Call.ID(project.callID))
        let plan = BudgetPlan.initial(requested: application.budget, award: project.awardedAmount).applying(adjustments)
        return ExecutionLedger(project: project, expenditures: expenditures, adjustments: adjustments, plan: plan, releases: releases,
                               milestoneReports: reports, agreement: agreement, negativeList: call.negativeList)
    }

    /// Spent: lines that count.
    var spent: Int { Money.clampedSum(expenditures.filter { $0.state.counts }.map(\.amount)) }
    /// Committed: cross-border lines awaiting approval.
    var committed: Int { Money.clampedSum(expenditures.filter { $0.state == .awaitingApproval }.map(\.amount)) }
    var released: Int { Money.clampedSum(releases.map(\.amount)) }

    /// Spent and committed per budget category.
    var usedByCategory: [String: Int] {
        var used: [String: Int] = [:]
        for line in expenditures where line.state.counts || line.state == .awaitingApproval {
            used[line.category.budgetCategory] = Money.clampedSum([used[line.category.budgetCategory] ?? 0, line.amount])
        }
        return used
    }

    var context: ExpenditureRules.Context {
        ExpenditureRules.Context(budgetMode: project.budgetMode, negativeList: negativeList, plan: plan, usedByCategory: usedByCategory,
                                 used: Money.clampedSum([spent, committed]), start: project.startDate, end: project.endDate)
    }

    /// The agreement's tranches with their milestones and where they are.
    var tranches: [TrancheView] {
        guard let agreement else { return [] }
        return agreement.tranches.map { tranche in
            TrancheView(tranche: tranche, milestone: tranche.milestoneID.flatMap { m in agreement.milestones.first { $0.id == m } },
                        milestoneReport: tranche.milestoneID.flatMap { m in milestoneReports.first { $0.milestoneID == m } },
                        release: releases.first { $0.trancheID == tranche.id })
        }
    }

    func summary(at day: BeijingDay) -> ExecutionSummary {
        let counted = expenditures.filter { $0.state.counts }
        let byCategory = ExpenditureCategory.allCases.compactMap { category -> ExecutionSummary.CategoryExecution? in
            let spent = Money.clampedSum(counted.filter { $0.category == category }.map(\.amount))
            let budget = category.isCrossBorder ? 0 : plan.amount(of: category.rawValue)
            return spent == 0 && budget == 0 ? nil : .init(category: category.rawValue, budget: budget, spent: spent)
        }
        var monthly: [ExecutionSummary.MonthPoint] = []
        var cumulative = 0
        let months = Dictionary(grouping: counted) { String($0.date.description.prefix(7)) }
        for month in months.keys.sorted() {
            let amount = Money.clampedSum(months[month]?.map(\.amount) ?? [])
            cumulative = Money.clampedSum([cumulative, amount])
            monthly.append(.init(month: month, spent: amount, cumulative: cumulative))
        }
        return ExecutionSummary(projectID: project.id, number: project.number, titleZh: project.titleZh, titleEn: project.titleEn,
                                budget: plan.total, released: released, spent: spent, committed: committed, asOf: day,
                                start: project.startDate, end: project.endDate, byCategory: byCategory, monthly: monthly)
    }
}
