import Foundation
import KechuangCore

/// What a booking holds: a time slot, a number of samples, or a maintenance blackout (which
/// occupies the instrument like a booking, so the same database guarantee keeps both apart).
public enum BookingKind: String, Sendable, Codable, CaseIterable {
    case time, sample, blackout

    /// Occupies an interval of the instrument's time.
    public var occupiesTime: Bool { self != .sample }
}

public enum BookingState: String, Sendable, Codable, CaseIterable {
    /// Waiting for the manager's approval; holds the slot.
    case requested
    case confirmed
    case rejected
    case cancelled
    /// Usage was recorded.
    case completed

    /// Holds its slot: no other active booking may overlap it.
    public var isActive: Bool { self == .requested || self == .confirmed }
    public static let active: [BookingState] = [.requested, .confirmed]

    public var label: LocalizedText {
        switch self {
        case .requested: LocalizedText(zh: "待审批", en: "Awaiting approval")
        case .confirmed: LocalizedText(zh: "已确认", en: "Confirmed")
        case .rejected: LocalizedText(zh: "未批准", en: "Not approved")
        case .cancelled: LocalizedText(zh: "已取消", en: "Cancelled")
        case .completed: LocalizedText(zh: "已完成", en: "Completed")
        }
    }
}

/// One booking of an instrument. Times are instants; they are shown in Beijing time.
public struct Booking: Sendable, Equatable, Codable, Identifiable {
    public typealias ID = Identifier<Booking>
    public let id: ID
    public var instrumentID: Instrument.ID
    public var personID: UUID
    public var personName: String
    /// The organisation the user books for (and that pays), if any.
    public var organisationID: UUID?
    public var kind: BookingKind
    public var startsAt: Date
    public var endsAt: Date
    public var samples: Int?
    public var purpose: String
    public var state: BookingState
    /// The user is not of the managing institution: external rates apply and the hours count as external.
    public var external: Bool
    public var decidedBy: UUID?
    public var decisionNote: String
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    public var hours: Double { endsAt.timeIntervalSince(startsAt) / 3600 }

    /// `2026-12-03 09:00–11:00`.
    public var slotText: String {
        let a = BeijingTime.civil(startsAt), b = BeijingTime.civil(endsAt)
        let endText = (a.year, a.month, a.day) == (b.year, b.month, b.day) ? String(BeijingTime.format(endsAt).suffix(5)) : BeijingTime.format(endsAt)
        return "\(BeijingTime.format(startsAt))–\(endText)"
    }
}

/// A booking request.
public struct BookingRequest: Sendable, Equatable {
    public var kind: BookingKind
    public var startsAt: Date?
    public var endsAt: Date?
    public var samples: Int?
    public var purpose: String
    public var organisationID: UUID?

    public init(kind: BookingKind = .time, startsAt: Date?, endsAt: Date?, samples: Int? = nil, purpose: String = "", organisationID: UUID? = nil) {
        self.kind = kind
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.samples = samples
        self.purpose = purpose
        self.organisationID = organisationID
    }
}

/// A free interval of an instrument (the calendar of free slots).
public struct FreeInterval: Sendable, Equatable, Codable {
    public var startsAt: Date
    public var endsAt: Date

    public init(startsAt: Date, endsAt: Date) {
        self.startsAt = startsAt
        self.endsAt = endsAt
    }
}

/// Someone waiting for a taken slot; when it frees, the first waiting person is offered it.
public struct WaitlistEntry: Sendable, Equatable, Codable, Identifiable {
    public typealias ID = Identifier<WaitlistEntry>
    public enum State: String, Sendable, Codable, CaseIterable {
        case waiting, offered, booked, withdrawn
        public var label: LocalizedText {
            switch self {
            case .waiting: LocalizedText(zh: "排队中", en: "Waiting")
            case .offered: LocalizedText(zh: "已为您保留空出的时段", en: "A freed slot is held for you")
            case .booked: LocalizedText(zh: "已预约", en: "Booked")
            case .withdrawn: LocalizedText(zh: "已退出", en: "Withdrawn")
            }
        }
    }
    public let id: ID
    public var instrumentID: Instrument.ID
    public var personID: UUID
    public var startsAt: Date
    public var endsAt: Date
    public var state: State
    /// Until when the freed slot is held for this person.
    public var offeredUntil: Date?
    public var createdAt: Date
}
