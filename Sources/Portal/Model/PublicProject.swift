import Foundation
import KechuangCore
import Projects

/// A funded project as the public sees it (Art. 56): what RePORTER or Gateway to Research show —
/// number, titles, abstract, programme, year, institution, the PI's name, the award, dates, status
/// and outputs. Nothing else about any person: no identity number, e-mail, phone, team list or
/// person id (`piKey` is a one-way key for the PI's page, not the person's id).
public struct PublicProject: Sendable, Equatable, Codable {
    /// `Z241100001`: the stable key of the project's public page.
    public var number: String
    public var titleZh: String
    public var titleEn: String
    /// The application's summary (摘要).
    public var abstract: String
    public var keywords: [String]
    public var programmeID: UUID
    public var programmeZh: String
    public var programmeEn: String
    /// The award year (Beijing time).
    public var year: Int
    public var institutionID: UUID
    public var institutionZh: String
    public var institutionEn: String?
    /// `District` raw value of the institution (`haidian`, `outside_beijing`, …).
    public var district: String
    /// The discipline code the project was filed under (申请代码), `F01` or `F0101`; may be empty.
    public var discipline: String
    public var piName: String
    /// 16 hex digits of SHA-256 over the PI's person id: the address of the PI's public page.
    public var piKey: String
    /// In yuan.
    public var awardedAmount: Int
    public var awardDate: BeijingDay
    public var startDate: BeijingDay
    public var endDate: BeijingDay
    /// `ProjectStatus` raw value.
    public var status: String
    public var outputs: [PublicOutput]

    public init(number: String, titleZh: String, titleEn: String, abstract: String, keywords: [String], programmeID: UUID,
                programmeZh: String, programmeEn: String, year: Int, institutionID: UUID, institutionZh: String, institutionEn: String?,
                district: String, discipline: String, piName: String, piKey: String, awardedAmount: Int, awardDate: BeijingDay,
                startDate: BeijingDay, endDate: BeijingDay, status: String, outputs: [PublicOutput]) {
        self.number = number
        self.titleZh = titleZh
        self.titleEn = titleEn
        self.abstract = abstract
        self.keywords = keywords
        self.programmeID = programmeID
        self.programmeZh = programmeZh
        self.programmeEn = programmeEn
        self.year = year
        self.institutionID = institutionID
        self.institutionZh = institutionZh
        self.institutionEn = institutionEn
        self.district = district
        self.discipline = discipline
        self.piName = piName
        self.piKey = piKey
        self.awardedAmount = awardedAmount
        self.awardDate = awardDate
        self.startDate = startDate
        self.endDate = endDate
        self.status = status
        self.outputs = outputs
    }

    /// The discipline's first level (`F01` of `F0101`), the facet value.
    public var disciplineArea: String { String(discipline.prefix(3)) }

    public var amountBand: AmountBand { AmountBand(amount: awardedAmount) }

    /// The PI's public key: one-way, so the page address does not reveal the person's id.
    public static func piKey(for person: UUID) -> String {
        String(SHA256Digest.hex(Data(person.uuidString.lowercased().utf8)).prefix(16))
    }
}

/// One reported output of a public project: kind, title, identifier (DOI, patent number, …), year.
public struct PublicOutput: Sendable, Equatable, Codable {
    /// `OutputKind` raw value: paper, patent, software, dataset, standard.
    public var kind: String
    public var title: String
    public var identifier: String
    public var year: Int

    public init(kind: String, title: String, identifier: String, year: Int) {
        self.kind = kind
        self.title = title
        self.identifier = identifier
        self.year = year
    }
}

/// Bands of the awarded amount, for the facet and the API's amount filter.
public enum AmountBand: String, Sendable, Codable, CaseIterable {
    case under500k = "lt500k"
    case from500kTo1m = "500k-1m"
    case from1mTo5m = "1m-5m"
    case from5mTo10m = "5m-10m"
    case from10m = "ge10m"

    public init(amount: Int) {
        switch amount {
        case ..<500_000: self = .under500k
        case ..<1_000_000: self = .from500kTo1m
        case ..<5_000_000: self = .from1mTo5m
        case ..<10_000_000: self = .from5mTo10m
        default: self = .from10m
        }
    }

    public var label: LocalizedText {
        switch self {
        case .under500k: LocalizedText(zh: "50 万元以下", en: "Under ¥0.5 million")
        case .from500kTo1m: LocalizedText(zh: "50 万–100 万元", en: "¥0.5–1 million")
        case .from1mTo5m: LocalizedText(zh: "100 万–500 万元", en: "¥1–5 million")
        case .from5mTo10m: LocalizedText(zh: "500 万–1000 万元", en: "¥5–10 million")
        case .from10m: LocalizedText(zh: "1000 万元及以上", en: "¥10 million and more")
        }
    }
}
