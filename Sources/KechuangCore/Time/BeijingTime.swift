import Foundation

/// Every time on the platform is Beijing time (Asia/Shanghai): calls open and close, reviews are
/// due and integrity periods end at Beijing wall-clock times, shown with the zone.
///
/// Asia/Shanghai is modelled as a fixed UTC+08:00: China has kept no daylight saving time since
/// 1991, and every date this platform handles is later. The 1986–1991 summer time and the local
/// mean time before 1901 are deliberately not modelled, so that a stored instant reads back as the
/// same wall-clock time on every machine, with or without a time-zone database.
public enum BeijingTime {
    /// UTC+08:00.
    public static let utcOffsetSeconds = 8 * 3600

    /// The fixed UTC+08:00 zone, for the few places that need a Foundation `TimeZone`.
    public static let zone: TimeZone = TimeZone(secondsFromGMT: utcOffsetSeconds) ?? .gmt

    /// Beijing wall-clock time of an instant, clamped to years 0001...9999 (never traps, never nil).
    public static func civil(_ date: Date) -> CivilTime { CivilTime(date, utcOffsetSeconds: utcOffsetSeconds) }

    /// `2026-12-31 17:00`, `2026-12-31T17:00` or `2026-12-31` (Beijing time), or ISO 8601 with an
    /// explicit offset (`2026-12-31T09:00:00Z`); nil for anything else.
    public static func parse(_ raw: String) -> Date? {
        let s = raw.trimmingCharacters(in: .whitespaces)
        if let iso = try? Date(s, strategy: .iso8601) { return iso }
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = zone
        for format in ["yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd"] {
            f.dateFormat = format
            if let d = f.date(from: s) { return d }
        }
        return nil
    }

    /// `yyyy-MM-dd HH:mm` in Beijing time; seconds are truncated.
    public static func format(_ date: Date) -> String { civil(date).minuteText }

    /// `2026-12-31 17:00（北京时间）` / `2026-12-31 17:00 (Beijing time, UTC+8)`.
    public static func display(_ date: Date, _ language: Language) -> String {
        language == .zh ? "\(format(date))（北京时间）" : "\(format(date)) (Beijing time, UTC+8)"
    }

    /// RFC 3339 with the Beijing offset: `2025-01-01T00:00:00+08:00`.
    public static func rfc3339(_ date: Date) -> String { civil(date).secondText + "+08:00" }
}
