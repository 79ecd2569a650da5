import Foundation

/// A calendar day in Beijing time: a decision date, the first or last day of a period.
///
/// A day stands for the instant it starts, 00:00 Beijing time: a period "until 2027-06-30" ends at
/// 2027-06-30 00:00 Beijing time (`start`), and the day after a day starts at `startOfNextDay`.
/// Written and read as `yyyy-MM-dd`, also in JSON. Years 0001...9999, proleptic Gregorian calendar.
public struct BeijingDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The years a day may have: those `yyyy` can write.
    public static let years = 1...9999

    /// Nil when there is no such day (`2027-02-30`) or the year is outside 0001...9999.
    public init?(year: Int, month: Int, day: Int) {
        guard Self.years.contains(year), (1...12).contains(month),
              (1...CivilTime.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The Beijing calendar day in which `date` falls (clamped to 0001-01-01...9999-12-31).
    public init(containing date: Date) {
        let t = BeijingTime.civil(date)
        year = t.year
        month = t.month
        day = t.day
    }

    /// Exactly `yyyy-MM-dd` (spaces around it ignored) naming a day that exists; nil otherwise.
    public init?(parsing raw: String) {
        let digits = Array(raw.trimmingCharacters(in: .whitespaces).utf8)
        guard digits.count == 10, digits[4] == UInt8(ascii: "-"), digits[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in digits[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// 00:00 Beijing time on this day.
    public var start: Date {
        let days = CivilTime.daysSince1970(year: year, month: month, day: day)
        return Date(timeIntervalSince1970: Double(days) * 86_400 - Double(BeijingTime.utcOffsetSeconds))
    }

    /// 00:00 Beijing time on the next day (24 hours after `start`: Beijing time has no DST).
    public var startOfNextDay: Date { start.addingTimeInterval(86_400) }

    /// `yyyy-MM-dd`.
    public var description: String {
        "\(CivilTime.padded(year, 4))-\(CivilTime.padded(month, 2))-\(CivilTime.padded(day, 2))"
    }

    public static func < (a: BeijingDay, b: BeijingDay) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = BeijingDay(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container,
                debugDescription: "“\(text)” is not a day: write e.g. \"2027-06-30\"")
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

// Dates stored as instants that stand for a day (the day's 00:00 Beijing time).
extension BeijingDay {
    /// `2027-06-30` → 2027-06-30 00:00 Beijing time; nil when it is not such a day.
    public static func parse(_ raw: String) -> Date? { BeijingDay(parsing: raw)?.start }

    /// The Beijing day of `date` as `yyyy-MM-dd`.
    public static func format(_ date: Date) -> String { BeijingDay(containing: date).description }

    /// The Beijing day of `date` as `yyyy-MM-dd`, or "" for no date.
    public static func format(_ date: Date?) -> String { date.map(format) ?? "" }
}
