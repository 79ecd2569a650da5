import FluentKit
import Foundation
import KechuangCore

/// Monitoring (MON/Art. 6, 8, 10, 12–16, 28, 45, 49, 63, 65–71: the indicator system and statistical monitoring with data collection and dashboards, the key-task ledger and assessment, risk warning, and the registries of zones and parks, awards and international cooperation.)
/// Imports: KechuangCore, Storage, Identity, Policy, Projects, Integrity, Review, Grants, Instruments, Portal, Enterprise, Talent, Market, Search, Export. Never Vapor.
/// Tables: `mon_`; migrations `MON0001_…` in `Persistence/Migrations/`.
public enum Monitoring {
    /// Appended in order; never reordered.
    public static let migrations: [any Migration] = [
        // monitoring-indicators (MON0001–MON0019)
        MON0001_CreateZoneMembers(), MON0002_CreateReportedValues(), MON0003_CreateReleases(),
        // gov-ledger (MON0040–MON0059): key-task ledger (Art. 6, 8, 14), risk warnings (Art. 65)
        MON0040_CreateLedgerPlans(), MON0041_CreateLedgerTasks(), MON0042_CreateLedgerProgress(), MON0043_CreateWarnings(),
        // gov-ethics-awards (MON0060–MON0069): awards and commendations (Art. 12)
        MON0060_CreateAwardSchemes(), MON0061_CreateAwardNominations(),
        // gov-international (MON0070–MON0079): international cooperation (Art. 9, 66–71)
        MON0070_CreateIntlProjects(), MON0071_CreateIntlOrganisations(), MON0072_CreateBigSciencePrograms(),
    ]
}
