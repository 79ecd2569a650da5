import Foundation
import Identity
import KechuangCore

/// What a zone is in the spatial layout of the innovation center (Art. 13–16).
public enum ZoneKind: String, Sendable, Codable, CaseIterable {
    /// 中关村国家自主创新示范区 as a whole (Art. 13, 15).
    case demonstrationZone = "demonstration_zone"
    /// One of its sub-parks (分园, Art. 15(2): each park's direction and layout).
    case subPark = "sub_park"
    /// 三城一区: the three science cities and the innovative industrial cluster area (Art. 13, 16).
    case scienceCity = "science_city"

    public var label: LocalizedText {
        switch self {
        case .demonstrationZone: LocalizedText(zh: "国家自主创新示范区", en: "National innovation demonstration zone")
        case .subPark: LocalizedText(zh: "中关村分园", en: "Zhongguancun sub-park")
        case .scienceCity: LocalizedText(zh: "三城一区", en: "Three science cities and one area")
        }
    }
}

/// A zone or park that carries the innovation center, with the districts it lies in.
public struct Zone: Sendable, Equatable, Identifiable {
    public var id: String { code }
    public let code: String
    public let name: LocalizedText
    public let kind: ZoneKind
    public let districts: [District]
    public let basis: ArticleRef
    /// The zone this one is part of (a sub-park's demonstration zone).
    public let parent: String?
}

/// The registry of zones and parks (Art. 13–16), as data. Data table.
public enum Zones {
    private static func park(_ code: String, _ zh: String, _ en: String, _ d: [District]) -> Zone {
        Zone(code: "zgc-" + code, name: LocalizedText(zh: "中关村" + zh, en: "Zhongguancun " + en), kind: .subPark, districts: d,
             basis: ArticleRef(15, paragraph: 2), parent: "zgc")
    }

    public static let all: [Zone] = [
        Zone(code: "zgc", name: LocalizedText(zh: "中关村国家自主创新示范区", en: "Zhongguancun National Innovation Demonstration Zone"),
             kind: .demonstrationZone, districts: District.allCases.filter { $0 != .outsideBeijing }, basis: ArticleRef(15), parent: nil),
        Zone(code: "zgc-science-city", name: LocalizedText(zh: "中关村科学城", en: "Zhongguancun Science City"), kind: .scienceCity,
             districts: [.haidian], basis: ArticleRef(16, paragraph: 1), parent: nil),
        Zone(code: "huairou-science-city", name: LocalizedText(zh: "怀柔科学城", en: "Huairou Science City"), kind: .scienceCity,
             districts: [.huairou, .miyun], basis: ArticleRef(16, paragraph: 2), parent: nil),
        Zone(code: "future-science-city", name: LocalizedText(zh: "未来科学城", en: "Future Science City"), kind: .scienceCity,
             districts: [.changping], basis: ArticleRef(16, paragraph: 3), parent: nil),
        Zone(code: "industrial-cluster", name: LocalizedText(zh: "创新型产业集群示范区", en: "Innovative Industrial Cluster Demonstration Area"),
             kind: .scienceCity, districts: [.daxing, .tongzhou, .shunyi], basis: ArticleRef(16, paragraph: 4), parent: nil),
        park("haidian", "海淀园", "Haidian Park", [.haidian]),
        park("changping", "昌平园", "Changping Park", [.changping]),
        park("shunyi", "顺义园", "Shunyi Park", [.shunyi]),
        park("daxing-yizhuang", "大兴—亦庄园", "Daxing-Yizhuang Park", [.daxing, .tongzhou]),
        park("fangshan", "房山园", "Fangshan Park", [.fangshan]),
        park("tongzhou", "通州园", "Tongzhou Park", [.tongzhou]),
        park("dongcheng", "东城园", "Dongcheng Park", [.dongcheng]),
        park("xicheng", "西城园", "Xicheng Park", [.xicheng]),
        park("chaoyang", "朝阳园", "Chaoyang Park", [.chaoyang]),
        park("fengtai", "丰台园", "Fengtai Park", [.fengtai]),
        park("shijingshan", "石景山园", "Shijingshan Park", [.shijingshan]),
        park("mentougou", "门头沟园", "Mentougou Park", [.mentougou]),
        park("pinggu", "平谷园", "Pinggu Park", [.pinggu]),
        park("huairou", "怀柔园", "Huairou Park", [.huairou]),
        park("miyun", "密云园", "Miyun Park", [.miyun]),
        park("yanqing", "延庆园", "Yanqing Park", [.yanqing]),
    ]

    public static func zone(_ code: String) -> Zone? { all.first { $0.code == code } }

    /// A schematic grid of Beijing's sixteen districts (column, row), roughly where each lies
    /// relative to the others — not to scale, for the district cartogram.
    public static let districtGrid: [District: (column: Int, row: Int)] = [
        .yanqing: (0, 0), .huairou: (2, 0), .miyun: (3, 0),
        .mentougou: (0, 1), .changping: (1, 1), .shunyi: (2, 1), .pinggu: (3, 1),
        .shijingshan: (0, 2), .haidian: (1, 2), .xicheng: (2, 2), .dongcheng: (3, 2), .chaoyang: (4, 2),
        .fangshan: (0, 3), .fengtai: (1, 3), .daxing: (2, 3), .tongzhou: (3, 3),
    ]
}

/// An organisation located in a zone.
public struct ZoneMember: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<ZoneMember>
    public let id: ID
    public let zoneCode: String
    public let organisationID: UUID
    public let addedBy: UUID?
    public let addedAt: Date
}
