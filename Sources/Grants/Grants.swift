import FluentKit
import Foundation
import KechuangCore

/// Grants (PRJ, after the funding decision) — a funded application becomes a project: award and
/// project number, task agreement (任务书), money under lump-sum and negative-list budgets
/// (Art. 50(2)), reports, changes, one inspection plan (Art. 50(3)), acceptance by category
/// (Art. 31) and closure, including diligent failure (Art. 48, 64).
/// Imports: KechuangCore, Storage, Identity, Integrity, Projects, Review, Search, Export. Never Vapor.
/// Tables: `grt_`; migrations `GRT0001_…` in `Persistence/Migrations/`.
public enum Grants {
    /// Appended in order; never reordered.
    public static let migrations: [any Migration] = [
        GRT0001_CreateProjects(),
        GRT0002_CreateTaskAgreements(),
        GRT0003_CreateNumberSequences(),
        GRT0010_CreateExpenditures(), GRT0011_CreateBudgetAdjustments(), GRT0012_CreateTrancheMilestones(), GRT0013_CreateTrancheReleases(),
        GRT0014_CreateInspections(), GRT0015_CreateSubTasks(),
        GRT0020_CreateReports(), GRT0021_CreateReportReminders(), GRT0022_CreateOutputs(), GRT0023_CreateChangeRequests(),
        GRT0024_CreateAcceptanceSchemes(), GRT0025_CreateAcceptances(), GRT0026_CreateAcceptanceReviews(),
        GRT0030_CreateNominations(), GRT0031_CreateCommissions(),
    ]
}
