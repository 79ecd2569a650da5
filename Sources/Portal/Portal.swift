import FluentKit
import Foundation
import KechuangCore

/// Portal (POR/Art. 56–58, 68, 75) — the public S&T information portal — funded projects and results for the public, the open data catalogue with its CKAN-compatible API and DCAT-AP, data access requests, public consultation.
/// Imports: KechuangCore, Storage, Identity, Policy, Projects, Integrity, Grants, Search, Export. Never Vapor.
/// Tables: `por_`; migrations `POR0001_…` in `Persistence/Migrations/`.
public enum Portal {
    /// Appended in order; never reordered.
    public static let migrations: [any Migration] = [
        POR0001_CreatePublicProjects(),
        POR0010_CreateDatasets(), POR0011_CreateDatasetVersions(), POR0012_CreateDatasetFiles(), POR0013_CreateDataAccessRequests(), POR0014_CreateDataDownloads(),
        POR0020_CreateConsultations(),
        POR0021_CreateConsultationComments(),
        POR0002_IndexProjectSynchronisation(),
    ]
}
