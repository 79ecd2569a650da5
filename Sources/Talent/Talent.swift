import FluentKit
import Foundation
import KechuangCore

/// Talent (TAL/Art. 40, 41, 47, 72) — the urgently-needed talent catalogue and openings, representative achievements, one-stop services, foreign talent and the points-based residence assessment.
/// Imports: KechuangCore, Storage, Identity, Policy, Integrity, Search, Export. Never Vapor.
/// Tables: `tal_`; migrations `TAL0001_…` in `Persistence/Migrations/`.
public enum Talent {
    /// Appended in order; never reordered.
    public static let migrations: [any Migration] = [
        TAL0001_CreateCatalogueEntries(), TAL0002_CreateOpenings(), TAL0003_CreateAchievements(), TAL0004_CreateServiceRequests(),
        TAL0005_CreateServiceEvents(), TAL0006_CreateDeskOfficers(),
    ]
}
