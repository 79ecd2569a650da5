import Foundation
import Integrity
import KechuangCore

/// A category of an award scheme (e.g. 自然科学奖, 技术发明奖).
public struct AwardCategory: Sendable, Equatable, Codable {
    public var code: String
    public var nameZh: String
    public var nameEn: String

    public init(code: String, nameZh: String, nameEn: String) {
        self.code = code
        self.nameZh = nameZh
        self.nameEn = nameEn
    }
}

/// An award or commendation scheme for contributions to the innovation center (Art. 12), one per year.
public struct AwardScheme: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<AwardScheme>
    public let id: ID
    public let nameZh: String
    public let nameEn: String
    public let year: Int
    public let categories: [AwardCategory]
    public let createdAt: Date

    public func category(_ code: String) -> AwardCategory? { categories.first { $0.code == code } }
}

/// Where a nomination is: nominated, then awarded or not awarded by the officer.
public enum AwardNominationState: String, Sendable, Codable, CaseIterable {
    case nominated
    case awarded
    case notAwarded = "not_awarded"

    public var label: LocalizedText {
        switch self {
        case .nominated: LocalizedText(zh: "已提名", en: "Nominated")
        case .awarded: LocalizedText(zh: "获奖", en: "Awarded")
        case .notAwarded: LocalizedText(zh: "未获奖", en: "Not awarded")
        }
    }
}

/// A nomination: a person or an organisation, nominated by a unit for an achievement. The nominee
/// is an integrity subject: a record restricting awards (评优评奖, Art. 60) refuses the nomination.
public struct AwardNomination: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<AwardNomination>
    public let id: ID
    public let schemeID: AwardScheme.ID
    public let categoryCode: String
    public let nominee: IntegritySubject
    /// The nominee's name when nominated (a person's name, an organisation's Chinese name).
    public let nomineeName: String
    public let nominatingUnitID: UUID
    public let achievementZh: String
    public let achievementEn: String
    public let state: AwardNominationState
    public let decisionNote: String?
    public let decidedAt: Date?
    public let createdAt: Date
    public let version: Int
}

/// A nomination as typed into the form or sent to the API.
public struct AwardNominationInput: Sendable, Equatable {
    public var schemeID: UUID?
    public var categoryCode: String
    public var nominee: IntegritySubject?
    public var nominatingUnitID: UUID?
    public var achievementZh: String
    public var achievementEn: String
    /// Filled by the service from the scheme: the codes it offers.
    public var schemeCategories: Set<String> = []

    public init(schemeID: UUID?, categoryCode: String, nominee: IntegritySubject?, nominatingUnitID: UUID?, achievementZh: String, achievementEn: String) {
        self.schemeID = schemeID
        self.categoryCode = categoryCode
        self.nominee = nominee
        self.nominatingUnitID = nominatingUnitID
        self.achievementZh = achievementZh
        self.achievementEn = achievementEn
    }
}

/// A scheme as typed in; categories one a line `code|中文|English`.
public struct AwardSchemeInput: Sendable, Equatable {
    public var nameZh: String
    public var nameEn: String
    public var year: Int?
    public var categories: [AwardCategory]

    public init(nameZh: String, nameEn: String, year: Int?, categories: [AwardCategory]) {
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.year = year
        self.categories = categories
    }
}
