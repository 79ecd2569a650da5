import FluentKit
import Foundation
import KechuangCore

/// Market (MKT/Art. 32, 34–36: the innovation market — scenario demand lists with solicited solutions, technology supply and demand with matching, technology-contract registration and statistics, new-product and first-set certification, transfer offices, proof-of-concept centres and pilot bases.)
/// Imports: KechuangCore, Storage, Identity, Policy, Projects, Integrity, Review, Grants, Portal, Enterprise, Search, Export, Assignment. Never Vapor.
/// Tables: `mkt_`; migrations `MKT0001_…` in `Persistence/Migrations/`.
public enum Market {
    /// Appended in order; never reordered.
    public static let migrations: [any Migration] = [
        MKT0020_CreateSupplies(), MKT0021_CreateDemands(), MKT0022_CreateInquiries(), MKT0023_CreateContracts(),
    ]
}
