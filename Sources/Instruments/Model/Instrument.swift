import Foundation
import Identity
import KechuangCore

/// Whether an instrument can be used.
public enum InstrumentStatus: String, Sendable, Codable, CaseIterable {
    case inService = "in_service"
    case maintenance
    case retired

    public var label: LocalizedText {
        switch self {
        case .inService: LocalizedText(zh: "在用", en: "In service")
        case .maintenance: LocalizedText(zh: "维修保养中", en: "Under maintenance")
        case .retired: LocalizedText(zh: "已报废", en: "Retired")
        }
    }
}

/// A large instrument or facility in the city's registry (Art. 55; Art. 17 facilities, Art. 18 labs).
/// Published instruments are visible to everyone and can be booked; a publicly funded one is
/// published only with its service information (`InstrumentsRules.publication`).
public struct Instrument: Sendable, Equatable, Codable, Identifiable {
    public typealias ID = Identifier<Instrument>
    public let id: ID
    public var nameZh: String
    public var nameEn: String
    /// `InstrumentCategories` code.
    public var categoryCode: String
    public var maker: String
    public var model: String
    /// Original value in yuan (the national rule counts instruments of ≥ 500,000 yuan).
    public var originalValueYuan: Int
    public var purchaseDate: BeijingDay?
    /// Bought or built with public (fiscal) money: Art. 55 requires it to be open.
    public var publicFunding: Bool
    /// The managing institution (管理单位).
    public var organisationID: UUID
    public var labID: Lab.ID?
    public var location: String
    public var district: District
    public var specs: String
    public var status: InstrumentStatus
    /// The Art. 55 service information, once written.
    public var service: ServiceTerms?
    public var published: Bool
    public var publishedAt: Date?
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date
    /// The photo on its page, if the manager uploaded one (none is ever made up).
    public var photo: InstrumentPhoto? = nil

    public func name(in language: Language) -> String { language == .zh || nameEn.isEmpty ? nameZh : nameEn }

    public var category: InstrumentCategory? { InstrumentCategories.category(categoryCode) }

    /// Bookable now: published and in service.
    public var bookable: Bool { published && status == .inService }
}

/// What someone registering or changing an instrument sends.
public struct InstrumentInput: Sendable, Equatable, Codable {
    public var nameZh: String
    public var nameEn: String
    public var categoryCode: String
    public var maker: String
    public var model: String
    public var originalValueYuan: Int?
    public var purchaseDate: BeijingDay?
    public var publicFunding: Bool
    public var organisationID: UUID?
    public var labID: UUID?
    public var location: String
    public var district: District?
    public var specs: String
    public var status: InstrumentStatus
    public var service: ServiceTerms?

    public init(nameZh: String, nameEn: String = "", categoryCode: String, maker: String = "", model: String = "",
                originalValueYuan: Int?, purchaseDate: BeijingDay? = nil, publicFunding: Bool, organisationID: UUID?,
                labID: UUID? = nil, location: String = "", district: District?, specs: String = "",
                status: InstrumentStatus = .inService, service: ServiceTerms? = nil) {
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.categoryCode = categoryCode
        self.maker = maker
        self.model = model
        self.originalValueYuan = originalValueYuan
        self.purchaseDate = purchaseDate
        self.publicFunding = publicFunding
        self.organisationID = organisationID
        self.labID = labID
        self.location = location
        self.district = district
        self.specs = specs
        self.status = status
        self.service = service
    }

    public init(_ i: Instrument) {
        self.init(nameZh: i.nameZh, nameEn: i.nameEn, categoryCode: i.categoryCode, maker: i.maker, model: i.model,
                  originalValueYuan: i.originalValueYuan, purchaseDate: i.purchaseDate, publicFunding: i.publicFunding,
                  organisationID: i.organisationID, labID: i.labID?.rawValue, location: i.location, district: i.district,
                  specs: i.specs, status: i.status, service: i.service)
    }
}
