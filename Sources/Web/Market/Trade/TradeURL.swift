import Foundation
import Vapor

/// The technology-market and contract-registration pages (Art. 36): the same value registers a
/// route and prints its links.
enum TradeURL: SiteRoute {
    case home, demands, inquiries
    case supply(UUID), demand(UUID), supplyInquiries(UUID), withdrawSupply(UUID), withdrawDemand(UUID)
    case inquiry(UUID), inquiryMessages(UUID), inquiryDeal(UUID)
    case contracts, newContract, contract(UUID), correctContract(UUID), registerContract(UUID), returnContract(UUID), contractPDF(UUID)
    case statistics, statisticsCSV, statisticsJSON

    static func id(_ id: UUID) -> String { id.uuidString.lowercased() }

    var path: String {
        switch self {
        case .home: "/market/trade"
        case .demands: "/market/trade/demands"
        case .inquiries: "/market/trade/inquiries"
        case .supply(let id): "/market/trade/supplies/\(Self.id(id))"
        case .demand(let id): "/market/trade/demands/\(Self.id(id))"
        case .supplyInquiries(let id): "/market/trade/supplies/\(Self.id(id))/inquiries"
        case .withdrawSupply(let id): "/market/trade/supplies/\(Self.id(id))/withdraw"
        case .withdrawDemand(let id): "/market/trade/demands/\(Self.id(id))/withdraw"
        case .inquiry(let id): "/market/trade/inquiries/\(Self.id(id))"
        case .inquiryMessages(let id): "/market/trade/inquiries/\(Self.id(id))/messages"
        case .inquiryDeal(let id): "/market/trade/inquiries/\(Self.id(id))/deal"
        case .contracts: "/market/contracts"
        case .newContract: "/market/contracts/new"
        case .contract(let id): "/market/contracts/\(Self.id(id))"
        case .correctContract(let id): "/market/contracts/\(Self.id(id))/correct"
        case .registerContract(let id): "/market/contracts/\(Self.id(id))/register"
        case .returnContract(let id): "/market/contracts/\(Self.id(id))/return"
        case .contractPDF(let id): "/market/contracts/\(Self.id(id))/contract.pdf"
        case .statistics: "/market/contracts/statistics"
        case .statisticsCSV: "/market/contracts/statistics.csv"
        case .statisticsJSON: "/market/contracts/statistics.json"
        }
    }
}
