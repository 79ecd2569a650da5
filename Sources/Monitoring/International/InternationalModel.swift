import Foundation
import KechuangCore

/// The kind of a foreign partner of an international cooperation project.
public enum PartnerKind: String, Sendable, Codable, CaseIterable {
    case university, institute, enterprise
    case internationalOrganisation = "international_organisation"

    public var label: LocalizedText {
        switch self {
        case .university: LocalizedText(zh: "高等学校", en: "University")
        case .institute: LocalizedText(zh: "科研机构", en: "Research institute")
        case .enterprise: LocalizedText(zh: "企业", en: "Enterprise")
        case .internationalOrganisation: LocalizedText(zh: "国际组织", en: "International organisation")
        }
    }
}

/// The article a cooperation project is registered under (Chapter 6 of the regulation).
public enum CooperationBasis: String, Sendable, Codable, CaseIterable {
    /// Exchange and cooperation with international organisations and foreign local governments.
    case art66
    /// Exchange, showcase and trading activities of the Zhongguancun Forum.
    case art67
    /// International exchange and cooperation of organisations and people, overseas R&D.
    case art69
    /// International cooperation projects undertaken by foreign-invested R&D centres.
    case art70

    public var article: Int {
        switch self {
        case .art66: 66
        case .art67: 67
        case .art69: 69
        case .art70: 70
        }
    }

    public var label: LocalizedText {
        switch self {
        case .art66: LocalizedText(zh: "第六十六条 与国际组织、外国地方政府的科技交流合作", en: "Art. 66: cooperation with international organisations and foreign local governments")
        case .art67: LocalizedText(zh: "第六十七条 中关村论坛国际科技交流合作", en: "Art. 67: international exchange at the Zhongguancun Forum")
        case .art69: LocalizedText(zh: "第六十九条 组织和个人开展国际科技交流合作", en: "Art. 69: international cooperation of organisations and people")
        case .art70: LocalizedText(zh: "第七十条 外资研发中心承担国际科技合作项目", en: "Art. 70: projects of foreign-invested R&D centres")
        }
    }
}

/// Whether an entry of the international registry is visible to the public.
public enum RegistryState: String, Sendable, Codable, CaseIterable {
    case draft, published

    public var label: LocalizedText {
        switch self {
        case .draft: LocalizedText(zh: "草稿", en: "Draft")
        case .published: LocalizedText(zh: "已公布", en: "Published")
        }
    }
}

/// A foreign partner (or one from Hong Kong, Macao or Taiwan) of a cooperation project.
public struct ForeignPartner: Sendable, Equatable, Codable {
    public var nameZh: String
    public var nameEn: String
    /// ISO 3166-1 alpha-2 (`CountryCodes`).
    public var country: String
    public var kind: PartnerKind

    public init(nameZh: String, nameEn: String, country: String, kind: PartnerKind) {
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.country = country
        self.kind = kind
    }
}

/// An international S&T cooperation project led by a Beijing organisation (Art. 9, 66, 67, 69, 70).
public struct CooperationProject: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<CooperationProject>
    public let id: ID
    public let titleZh: String
    public let titleEn: String
    public let leadOrganisationID: UUID
    /// The Grants project it is funded as, if any (its number, e.g. `京科2026-0001`).
    public let grantProjectID: UUID?
    public let grantProjectNumber: String?
    public let fieldZh: String
    public let fieldEn: String
    public let startsOn: BeijingDay
    public let endsOn: BeijingDay?
    public let basis: CooperationBasis
    public let partners: [ForeignPartner]
    public let state: RegistryState
    public let publishedAt: Date?
    public let version: Int

    /// Whether the project runs during any day of `year`.
    public func isUnderWay(in year: Int) -> Bool { startsOn.year <= year && (endsOn.map { $0.year >= year } ?? true) }
}

/// A project as typed into the form.
public struct CooperationProjectInput: Sendable, Equatable {
    public var titleZh: String
    public var titleEn: String
    public var leadOrganisationID: UUID?
    public var grantProjectNumber: String
    public var fieldZh: String
    public var fieldEn: String
    public var startsOn: String
    public var endsOn: String
    public var basis: String
    public var partners: [ForeignPartner]

    public init(titleZh: String, titleEn: String, leadOrganisationID: UUID?, grantProjectNumber: String = "", fieldZh: String, fieldEn: String,
                startsOn: String, endsOn: String = "", basis: String, partners: [ForeignPartner]) {
        (self.titleZh, self.titleEn, self.leadOrganisationID, self.grantProjectNumber) = (titleZh, titleEn, leadOrganisationID, grantProjectNumber)
        (self.fieldZh, self.fieldEn, self.startsOn, self.endsOn, self.basis, self.partners) = (fieldZh, fieldEn, startsOn, endsOn, basis, partners)
    }
}

/// The kind of an international S&T organisation in Beijing (Art. 71(1)).
public enum IntlOrganisationKind: String, Sendable, Codable, CaseIterable {
    /// An international S&T organisation founded in Beijing (在京发起设立).
    case founded
    /// The representative office in Beijing of an international S&T organisation (代表机构).
    case representativeOffice = "representative_office"
    /// An international industry or standards organisation related to S&T innovation.
    case industryStandards = "industry_standards"

    public var label: LocalizedText {
        switch self {
        case .founded: LocalizedText(zh: "在京发起设立的国际科技组织", en: "International S&T organisation founded in Beijing")
        case .representativeOffice: LocalizedText(zh: "国际科技组织驻京代表机构", en: "Representative office in Beijing")
        case .industryStandards: LocalizedText(zh: "国际产业与标准组织", en: "International industry or standards organisation")
        }
    }
}

/// An international S&T organisation based in Beijing (Art. 71).
public struct IntlOrganisation: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<IntlOrganisation>
    public let id: ID
    public let nameZh: String
    public let nameEn: String
    public let kind: IntlOrganisationKind
    /// The day it was founded or registered in Beijing.
    public let registeredOn: BeijingDay
    /// The Beijing organisation hosting it (挂靠/支撑单位), if any.
    public let hostOrganisationID: UUID?
    public let fieldsZh: String
    public let fieldsEn: String
    public let website: String
    public let state: RegistryState
    public let publishedAt: Date?
    public let version: Int
}

public struct IntlOrganisationInput: Sendable, Equatable {
    public var nameZh: String
    public var nameEn: String
    public var kind: String
    public var registeredOn: String
    public var hostOrganisationID: UUID?
    public var fieldsZh: String
    public var fieldsEn: String
    public var website: String

    public init(nameZh: String, nameEn: String, kind: String, registeredOn: String, hostOrganisationID: UUID?, fieldsZh: String, fieldsEn: String, website: String) {
        (self.nameZh, self.nameEn, self.kind, self.registeredOn) = (nameZh, nameEn, kind, registeredOn)
        (self.hostOrganisationID, self.fieldsZh, self.fieldsEn, self.website) = (hostOrganisationID, fieldsZh, fieldsEn, website)
    }
}

/// Whether Beijing leads or joins a big-science programme.
public enum BigScienceRole: String, Sendable, Codable, CaseIterable {
    case led, joined

    public var label: LocalizedText {
        switch self {
        case .led: LocalizedText(zh: "牵头发起", en: "Led")
        case .joined: LocalizedText(zh: "参与", en: "Joined")
        }
    }
}

/// An international big-science programme or project (国际大科学计划和大科学工程) that Beijing
/// organisations lead or join (Art. 69(1)).
public struct BigScienceProgramme: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<BigScienceProgramme>
    public let id: ID
    public let nameZh: String
    public let nameEn: String
    public let role: BigScienceRole
    /// The Beijing organisations taking part (Identity's organisations).
    public let participantIDs: [UUID]
    public let startYear: Int
    public let state: RegistryState
    public let publishedAt: Date?
    public let version: Int
}

public struct BigScienceInput: Sendable, Equatable {
    public var nameZh: String
    public var nameEn: String
    public var role: String
    public var participantIDs: [UUID]
    public var startYear: Int?

    public init(nameZh: String, nameEn: String, role: String, participantIDs: [UUID], startYear: Int?) {
        (self.nameZh, self.nameEn, self.role, self.participantIDs, self.startYear) = (nameZh, nameEn, role, participantIDs, startYear)
    }
}
