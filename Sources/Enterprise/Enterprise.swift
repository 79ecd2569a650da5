import FluentKit
import Foundation
import KechuangCore

/// Enterprise (ENT/Art. 23, 25, 26, 37, 51–54) — enterprise profiles by year, tiered cultivation, policy matching without application, innovation vouchers, institution registries, S&T finance.
/// Imports: KechuangCore, Storage, Identity, Policy, Integrity, Instruments, Search, Export. Never Vapor.
/// Tables: `ent_`; migrations `ENT0001_…` in `Persistence/Migrations/`.
public enum Enterprise {
    /// Appended in order; never reordered.
    public static let migrations: [any Migration] = [
        ENT0001_CreateProfiles(), ENT0002_CreateBenefits(), ENT0003_CreateBenefitMatches(), ENT0004_CreateVoucherProgrammes(),
        ENT0005_CreateProviders(), ENT0006_CreateVouchers(), ENT0007_CreateRedemptions(), ENT0008_CreateRegistryEntries(),
        ENT0009_CreateRegistryEvaluations(), ENT0010_CreateFinanceProducts(), ENT0011_CreateBenefitCriteria(),
    ]
}
