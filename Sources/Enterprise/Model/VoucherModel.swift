import Foundation
import Identity
import KechuangCore

/// What a provider does for a voucher.
public enum VoucherService: String, Sendable, Codable, CaseIterable {
    case testing, instrumentUse = "instrument_use", design, consulting

    public var label: LocalizedText {
        switch self {
        case .testing: LocalizedText(zh: "检验检测", en: "Testing")
        case .instrumentUse: LocalizedText(zh: "仪器设备使用", en: "Instrument use")
        case .design: LocalizedText(zh: "研发设计", en: "Design")
        case .consulting: LocalizedText(zh: "技术咨询", en: "Consulting")
        }
    }
}

/// A year's innovation voucher programme (科技创新券, Art. 23(3)): the value of one voucher, the cap
/// per enterprise, the year's budget (the cap per year), the expiry and who is eligible.
public struct VoucherProgramme: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<VoucherProgramme>
    public let id: ID
    public var year: Int
    public var nameZh: String
    public var nameEn: String
    public var faceValueFen: Int
    public var capPerEnterpriseFen: Int
    public var budgetFen: Int
    public var issuedFen: Int
    public var expiresOn: BeijingDay
    /// Eligible SMEs and start-ups: every criterion met.
    public var eligibility: [Criterion]
    public var createdAt: Date
}

public struct Voucher: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<Voucher>
    public let id: ID
    public let programmeID: VoucherProgramme.ID
    public let organisationID: UUID
    public let faceValueFen: Int
    public let issuedOn: BeijingDay
    public let expiresOn: BeijingDay
    public var createdAt: Date
}

/// A service provider registered to accept vouchers, with the names the related-party check reads.
public struct VoucherProvider: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<VoucherProvider>
    public let id: ID
    public let organisationID: UUID
    public var services: [VoucherService]
    public var legalRepresentative: String
    public var shareholders: [String]
    public var active: Bool
    public var createdAt: Date
}

public enum RedemptionState: String, Sendable, Codable, CaseIterable {
    case redeemed, claimed, settled

    public var label: LocalizedText {
        switch self {
        case .redeemed: LocalizedText(zh: "已使用，待服务机构申请结算", en: "Redeemed, awaiting the provider's claim")
        case .claimed: LocalizedText(zh: "已申请结算，待主管部门结算", en: "Settlement claimed, awaiting the department")
        case .settled: LocalizedText(zh: "已结算", en: "Settled")
        }
    }
}

/// A voucher spent at a provider: at most one per voucher, on or before its expiry (the database
/// refuses anything else, ENT0007).
public struct Redemption: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<Redemption>
    public let id: ID
    public let voucherID: Voucher.ID
    public let providerID: VoucherProvider.ID
    public let organisationID: UUID
    public var service: VoucherService
    public var amountFen: Int
    public var redeemedOn: BeijingDay
    public var instrumentID: UUID?
    public var description: String
    public var state: RedemptionState
    public var serviceRecord: String
    public var claimedAt: Date?
    public var settledAt: Date?
    public var settledBy: UUID?
    public var version: Int
    public var createdAt: Date
}
