import FluentKit
import Foundation
import KechuangCore

/// Enterprise (ENT/Art. 23, 25, 26, 37, 51–54) — enterprise profiles by year, tiered cultivation, policy matching without application, innovation vouchers, institution registries, S&T finance.
/// Imports: KechuangCore, Storage, Identity, Policy, Integrity, Instruments, Search, Export. Never Vapor.
/// Tables: `ent_`; migrations `ENT0001_…` in `Persistence/Migrations/`.
public enum Enterprise {
    /// Appended in order; never reordered.
    public static let migrations: [any Migration] = []
}
