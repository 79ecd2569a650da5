import Foundation
import KechuangCore

/// How an instrument serves outside users (Art. 55 requires the mode to be published).
public enum ServiceMode: String, Sendable, Codable, CaseIterable {
    /// Trained users operate it themselves (自主上机).
    case selfOperated = "self_operated"
    /// The facility's staff operate it for the user (机组人员操作).
    case staffOperated = "staff_operated"
    /// The user sends samples in and receives results (送样检测).
    case sampleSentIn = "sample_sent_in"

    public var label: LocalizedText {
        switch self {
        case .selfOperated: LocalizedText(zh: "经培训的用户自主操作", en: "Self-operated by trained users")
        case .staffOperated: LocalizedText(zh: "由机组人员操作", en: "Operated by staff")
        case .sampleSentIn: LocalizedText(zh: "送样检测", en: "Sample sent in")
        }
    }

    /// Sample-sent-in instruments are booked by sample; the others by time.
    public var booksBy: FeeUnit { self == .sampleSentIn ? .sample : .hour }
}

/// What a fee is charged per.
public enum FeeUnit: String, Sendable, Codable, CaseIterable {
    case hour, sample

    public var label: LocalizedText {
        switch self {
        case .hour: LocalizedText(zh: "小时", en: "hour")
        case .sample: LocalizedText(zh: "样品", en: "sample")
        }
    }
}

/// The published fee schedule: rates in fen (0.01 yuan) per unit, for users of the managing
/// institution (internal) and everyone else (external), with a minimum number of units charged.
public struct FeeSchedule: Sendable, Equatable, Codable {
    public var unit: FeeUnit
    public var internalRateFen: Int
    public var externalRateFen: Int
    /// At least this many units are charged per booking (e.g. 1 hour).
    public var minimumUnits: Int

    public init(unit: FeeUnit, internalRateFen: Int, externalRateFen: Int, minimumUnits: Int = 1) {
        self.unit = unit
        self.internalRateFen = internalRateFen
        self.externalRateFen = externalRateFen
        self.minimumUnits = minimumUnits
    }

    /// The charge for `units` (hours may be fractional: charged per started half hour).
    public func charge(units: Double, external: Bool) -> Int {
        let rate = external ? externalRateFen : internalRateFen
        let billed = max(Double(minimumUnits), unit == .hour ? (units * 2).rounded(.up) / 2 : units.rounded(.up))
        let amount = (Double(rate) * billed).rounded()
        return amount < Double(Int.max / 2) ? Int(amount) : Int.max / 2
    }
}

/// The Art. 55 service information of an instrument: mode, content, process, fees, training and
/// contact, plus the booking terms (opening hours, approval, cancellation notice).
public struct ServiceTerms: Sendable, Equatable, Codable {
    public var mode: ServiceMode?
    public var content: String
    public var process: String
    public var fees: FeeSchedule?
    /// Users must have been trained on this instrument before booking it.
    public var trainingRequired: Bool
    public var trainingDescription: String
    public var contact: String
    /// Bookings wait for the manager's approval.
    public var approvalRequired: Bool
    /// Hours of notice a user needs to cancel (later cancellations are for the manager).
    public var cancellationNoticeHours: Int
    /// Daily opening hours in Beijing time, [openHour, closeHour).
    public var openHour: Int
    public var closeHour: Int

    public init(mode: ServiceMode?, content: String, process: String, fees: FeeSchedule?, trainingRequired: Bool = false,
                trainingDescription: String = "", contact: String, approvalRequired: Bool = false, cancellationNoticeHours: Int = 24,
                openHour: Int = 8, closeHour: Int = 20) {
        self.mode = mode
        self.content = content
        self.process = process
        self.fees = fees
        self.trainingRequired = trainingRequired
        self.trainingDescription = trainingDescription
        self.contact = contact
        self.approvalRequired = approvalRequired
        self.cancellationNoticeHours = cancellationNoticeHours
        self.openHour = openHour
        self.closeHour = closeHour
    }
}
