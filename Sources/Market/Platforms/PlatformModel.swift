import Foundation
import Identity
import KechuangCore

/// What kind of platform serves the transformation of results (Art. 32): technology-transfer
/// offices (paragraph 1) and proof-of-concept centres and pilot bases (paragraph 2).
public enum PlatformKind: String, Sendable, Codable, CaseIterable {
    case transferOffice = "transfer_office", proofOfConcept = "proof_of_concept", pilotBase = "pilot_base"

    public var label: LocalizedText {
        switch self {
        case .transferOffice: LocalizedText(zh: "技术转移机构", en: "Technology-transfer office")
        case .proofOfConcept: LocalizedText(zh: "概念验证中心", en: "Proof-of-concept centre")
        case .pilotBase: LocalizedText(zh: "中试基地", en: "Pilot (scale-up) base")
        }
    }

    /// The paragraph of Art. 32 the kind is built under.
    public var basis: LegalBasis { self == .transferOffice ? .art(32, 1) : .art(32, 2) }
}

/// A service a platform offers. The first four are those Art. 32(2) names for proof-of-concept
/// centres and pilot bases; the others are a transfer office's (Art. 32(1)).
public enum PlatformService: String, Sendable, Codable, CaseIterable {
    case conceptValidation = "concept_validation", preProductionTest = "pre_production_test", pilotProduction = "pilot_production", engineering
    case brokerage, ipManagement = "ip_management", valuation, contractAgency = "contract_agency"

    public var label: LocalizedText {
        switch self {
        case .conceptValidation: LocalizedText(zh: "概念验证", en: "Proof of concept")
        case .preProductionTest: LocalizedText(zh: "投产前试验", en: "Pre-production testing")
        case .pilotProduction: LocalizedText(zh: "中试生产", en: "Pilot production")
        case .engineering: LocalizedText(zh: "工程化", en: "Engineering")
        case .brokerage: LocalizedText(zh: "技术转移撮合", en: "Technology brokerage")
        case .ipManagement: LocalizedText(zh: "知识产权运营", en: "IP management")
        case .valuation: LocalizedText(zh: "评估作价", en: "Valuation")
        case .contractAgency: LocalizedText(zh: "技术合同与登记代理", en: "Contracts and registration agency")
        }
    }

    /// True for the services Art. 32(2) names (proof-of-concept centres and pilot bases).
    public var isScaleUp: Bool { [.conceptValidation, .preProductionTest, .pilotProduction, .engineering].contains(self) }

    /// The services a platform of `kind` may offer.
    public static func offered(by kind: PlatformKind) -> [PlatformService] { allCases.filter { $0.isScaleUp == (kind != .transferOffice) } }
}

public enum PlatformStatus: String, Sendable, Codable, CaseIterable {
    case active, closed

    public var label: LocalizedText {
        switch self {
        case .active: LocalizedText(zh: "服务中", en: "Serving")
        case .closed: LocalizedText(zh: "已停止服务", en: "Closed")
        }
    }
}

/// A technology-transfer office, proof-of-concept centre or pilot base in the registry (Art. 32),
/// kept by its organisation: what it offers, in which fields, its capacity and fees.
public struct TransferPlatform: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<TransferPlatform>
    public let id: ID
    public var kind: PlatformKind
    public var organisationID: UUID
    public var name: String
    public var summary: String
    public var fields: [TechField]
    public var services: [PlatformService]
    /// What it can take on (lines, equipment, projects a year), as the platform states it.
    public var capacity: String
    /// Fees or how they are set, as the platform states them.
    public var fees: String
    public var district: District
    public var contact: String
    public var status: PlatformStatus
    public var createdBy: UUID
    public var createdAt: Date
    public var updatedAt: Date
}

public struct PlatformInput: Sendable, Equatable {
    public var kind: PlatformKind?
    public var organisationID: UUID?
    public var name: String
    public var summary: String
    public var fields: [TechField]
    public var services: [PlatformService]
    public var capacity: String
    public var fees: String
    public var district: District?
    public var contact: String

    public init(kind: PlatformKind?, organisationID: UUID?, name: String, summary: String, fields: [TechField], services: [PlatformService],
                capacity: String, fees: String, district: District?, contact: String) {
        self.kind = kind
        self.organisationID = organisationID
        self.name = name
        self.summary = summary
        self.fields = fields
        self.services = services
        self.capacity = capacity
        self.fees = fees
        self.district = district
        self.contact = contact
    }
}

/// A licensed technology manager (技术经理人) of a transfer office (Art. 32(1): the
/// technology-transfer talent the city builds up), with the number and validity of the licence.
public struct TechnologyManager: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<TechnologyManager>
    public let id: ID
    public var platformID: TransferPlatform.ID
    public var name: String
    public var licenceNumber: String
    public var licensedUntil: BeijingDay
    public var fields: [TechField]
    public var createdAt: Date

    /// Whether the licence is valid on `day`.
    public func isLicensed(on day: BeijingDay) -> Bool { licensedUntil >= day }
}

public struct ManagerInput: Sendable, Equatable {
    public var name: String
    public var licenceNumber: String
    public var licensedUntil: BeijingDay?
    public var fields: [TechField]

    public init(name: String, licenceNumber: String, licensedUntil: BeijingDay?, fields: [TechField]) {
        self.name = name
        self.licenceNumber = licenceNumber
        self.licensedUntil = licensedUntil
        self.fields = fields
    }
}

public enum ServiceRequestStatus: String, Sendable, Codable, CaseIterable {
    case requested, accepted, declined, completed

    public var label: LocalizedText {
        switch self {
        case .requested: LocalizedText(zh: "待答复", en: "Awaiting answer")
        case .accepted: LocalizedText(zh: "已接受", en: "Accepted")
        case .declined: LocalizedText(zh: "已婉拒", en: "Declined")
        case .completed: LocalizedText(zh: "已完成", en: "Completed")
        }
    }
}

/// A request for one service of a platform by an organisation (Art. 32): the provider accepts or
/// declines it with a reason, and records it completed; every step is audited.
public struct PlatformServiceRequest: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<PlatformServiceRequest>
    public let id: ID
    public var platformID: TransferPlatform.ID
    public var service: PlatformService
    public var requesterOrganisationID: UUID
    public var requestedBy: UUID
    public var description: String
    public var status: ServiceRequestStatus
    /// The provider's reason for declining, or its note on accepting or completing.
    public var providerNote: String
    public var decidedBy: UUID?
    public var createdAt: Date
    public var updatedAt: Date
}

public struct ServiceRequestInput: Sendable, Equatable {
    public var organisationID: UUID?
    public var service: PlatformService?
    public var description: String

    public init(organisationID: UUID?, service: PlatformService?, description: String) {
        self.organisationID = organisationID
        self.service = service
        self.description = description
    }
}
