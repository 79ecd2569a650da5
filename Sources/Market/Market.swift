import FluentKit
import Foundation
import KechuangCore

/// Market (MKT/Art. 32, 34–36: the innovation market — scenario demand lists with solicited solutions, technology supply and demand with matching, technology-contract registration and statistics, new-product and first-set certification, transfer offices, proof-of-concept centres and pilot bases.)
/// Imports: KechuangCore, Storage, Identity, Policy, Projects, Integrity, Review, Grants, Portal, Enterprise, Search, Export, Assignment. Never Vapor.
/// Tables: `mkt_`; migrations `MKT0001_…` in `Persistence/Migrations/`.
public enum Market {
    /// Appended in order; never reordered.
    public static let migrations: [any Migration] = [
        // Scenarios, panels, pilots, certification (MKT0001–MKT0019)
        MKT0001_CreateScenarioBatches(), MKT0002_CreateScenarios(), MKT0003_CreateSolutions(), MKT0004_CreatePanels(),
        MKT0005_CreatePanelReviews(), MKT0006_CreatePilots(), MKT0007_CreateCertificationApplications(),
        MKT0020_CreateSupplies(), MKT0021_CreateDemands(), MKT0022_CreateInquiries(), MKT0023_CreateContracts(),
        // Transfer offices, proof-of-concept centres, pilot bases (MKT0030–)
        MKT0030_CreatePlatforms(), MKT0031_CreateTechManagers(), MKT0032_CreatePlatformRequests(),
    ]
}
