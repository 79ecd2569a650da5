import Foundation

/// Wall-clock time at a fixed offset from UTC: year, month, day, hour, minute, second in the
/// proleptic Gregorian calendar. Pure arithmetic — no `Calendar`, no `DateFormatter`, no locale —
/// so the result is the same on every machine and never nil.
public struct CivilTime: Sendable, Hashable {
    public var year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int

    /// Local years 0001...9999: the range `yyyy` can print and every date this platform stores.
    static let lowestSecond: Double = -62_135_596_800   // 0001-01-01T00:00:00 (local)
    static let highestSecond: Double = 253_402_300_799  // 9999-12-31T23:59:59 (local)

    /// The wall-clock time of `date` at `utcOffsetSeconds` east of UTC. Seconds are truncated
    /// (floored); the result is clamped to local years 0001...9999 so that extreme or non-finite
    /// dates (`.distantFuture`, infinity, NaN → 1970-01-01) cannot trap.
    public init(_ date: Date, utcOffsetSeconds: Int) {
        let interval = date.timeIntervalSince1970
        let local = interval.isNaN ? 0 : interval.rounded(.down) + Double(utcOffsetSeconds)
        let seconds = Int(min(max(local, Self.lowestSecond), Self.highestSecond))
        var days = seconds / 86_400
        var secondOfDay = seconds % 86_400
        if secondOfDay < 0 { secondOfDay += 86_400; days -= 1 }
        (year, month, day) = Self.civilDay(daysSince1970: days)
        hour = secondOfDay / 3600
        minute = secondOfDay % 3600 / 60
        second = secondOfDay % 60
    }

    /// Days since 1970-01-01 to a proleptic Gregorian date (era-based algorithm).
    static func civilDay(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// A proleptic Gregorian date to days since 1970-01-01 (the inverse of `civilDay`).
    static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func isLeapYear(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// `value` in decimal, zero-padded on the left to `width` digits.
    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// `yyyy-MM-dd`.
    public var dayText: String { "\(Self.padded(year, 4))-\(Self.padded(month, 2))-\(Self.padded(day, 2))" }

    /// `yyyy-MM-dd HH:mm`.
    public var minuteText: String { "\(dayText) \(Self.padded(hour, 2)):\(Self.padded(minute, 2))" }

    /// `yyyy-MM-dd'T'HH:mm:ss`.
    public var secondText: String { "\(dayText)T\(Self.padded(hour, 2)):\(Self.padded(minute, 2)):\(Self.padded(second, 2))" }

    /// `yyyyMMdd'T'HHmmss` (the basic format of iCalendar and ISO 8601).
    public var basicText: String {
        "\(Self.padded(year, 4))\(Self.padded(month, 2))\(Self.padded(day, 2))T\(Self.padded(hour, 2))\(Self.padded(minute, 2))\(Self.padded(second, 2))"
    }
}
