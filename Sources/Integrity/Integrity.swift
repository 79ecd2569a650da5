import FluentKit
import Foundation
import KechuangCore

/// Integrity (INT) — the research integrity information system (科研诚信信息系统, Art. 60).
///
/// Integrity officers record findings against a person or an organisation; restrictions apply to
/// the activities in a record's scope during its period. `IntegrityService.check(_:_:at:)` is the
/// one place every module asks "may this subject do this now?"; it cites Art. 60 and the records.
/// Diligent-failure closures (容错免责, Art. 48, 64) are recorded outcomes, never misconduct.
/// Imports: KechuangCore, Storage, Identity. Never Vapor.
public enum Integrity {
    public static let migrations: [any Migration] = [
        INT0001_CreateRecords(), INT0002_CreateAppeals(), INT0003_CreateRepairs(), INT0004_CreateInstitutionEntries(),
        // ethics registry (Art. 61)
        INT0005_CreateEthicsCommittees(), INT0006_CreateEthicsApprovals(),
    ]
}

/// Who a record is about.
public enum IntegritySubject: Sendable, Hashable {
    case person(UUID)
    case organisation(UUID)
}

/// The activities Art. 60 lets a restriction cover (项目申报、政府采购、财政资金支持、融资授信、评优评奖),
/// plus review duty (an expert with a review restriction is not assigned).
public enum RestrictedAction: String, Sendable, Codable, CaseIterable {
    case projectApplication = "project_application"
    case reviewDuty = "review_duty"
    case procurement
    case fiscalFunding = "fiscal_funding"
    case financing
    case awards

    public var label: LocalizedText {
        switch self {
        case .projectApplication: LocalizedText(zh: "项目申报", en: "Project applications")
        case .reviewDuty: LocalizedText(zh: "评审活动", en: "Review duty")
        case .procurement: LocalizedText(zh: "政府采购", en: "Government procurement")
        case .fiscalFunding: LocalizedText(zh: "财政资金支持", en: "Fiscal funding")
        case .financing: LocalizedText(zh: "融资授信", en: "Financing and credit")
        case .awards: LocalizedText(zh: "评优评奖", en: "Awards and honours")
        }
    }
}
