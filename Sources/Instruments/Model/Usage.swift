import Foundation
import KechuangCore

public enum UsageOutcome: String, Sendable, Codable, CaseIterable {
    case completed, partial, failed, noShow = "no_show"

    public var label: LocalizedText {
        switch self {
        case .completed: LocalizedText(zh: "正常完成", en: "Completed")
        case .partial: LocalizedText(zh: "部分完成", en: "Partly completed")
        case .failed: LocalizedText(zh: "未完成（仪器故障等）", en: "Not completed (fault etc.)")
        case .noShow: LocalizedText(zh: "用户未到", en: "User did not come")
        }
    }

    /// Machine time that counts as effective use.
    public var countsAsEffective: Bool { self == .completed || self == .partial }
}

/// What actually happened: actual start and end (or samples), who operated, the outcome and the charge.
public struct UsageRecord: Sendable, Equatable, Codable, Identifiable {
    public typealias ID = Identifier<UsageRecord>
    public let id: ID
    public var bookingID: Booking.ID?
    public var instrumentID: Instrument.ID
    public var userID: UUID
    public var userName: String
    public var organisationID: UUID?
    public var operatorID: UUID
    public var startedAt: Date
    public var endedAt: Date
    public var samples: Int?
    public var outcome: UsageOutcome
    public var note: String
    public var external: Bool
    public var amountFen: Int
    public var recordedAt: Date

    public var hours: Double { max(0, endedAt.timeIntervalSince(startedAt) / 3600) }
}

public struct UsageInput: Sendable, Equatable {
    public var startedAt: Date?
    public var endedAt: Date?
    public var samples: Int?
    public var outcome: UsageOutcome?
    public var note: String

    public init(startedAt: Date?, endedAt: Date?, samples: Int? = nil, outcome: UsageOutcome?, note: String = "") {
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.samples = samples
        self.outcome = outcome
        self.note = note
    }
}

/// A user's rating (1–5) and comment after a booking, shown on the instrument page.
public struct Feedback: Sendable, Equatable, Codable, Identifiable {
    public typealias ID = Identifier<Feedback>
    public let id: ID
    public var bookingID: Booking.ID
    public var instrumentID: Instrument.ID
    public var personID: UUID
    public var rating: Int
    public var comment: String
    public var createdAt: Date
}

/// One line of a monthly bill for an external user's organisation.
public struct BillLine: Sendable, Equatable {
    public var usage: UsageRecord
    public var instrumentName: LocalizedText
}

/// A month's bill for one external user (or their organisation).
public struct Bill: Sendable, Equatable {
    public var month: String
    public var userID: UUID
    public var userName: String
    public var lines: [BillLine]
    public var totalFen: Int { lines.reduce(0) { $0 + $1.usage.amountFen } }
}
