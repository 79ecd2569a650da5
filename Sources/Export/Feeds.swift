import Foundation
import KechuangCore

/// One item of a feed: a call, a deadline, a notice.
public struct FeedItem: Sendable, Equatable {
    /// Stable identifier; becomes the iCalendar UID (`id@kechuang`) and the Atom entry id.
    public var id: String
    public var title: String
    public var summary: String
    /// Absolute URL of the item's page.
    public var link: String
    public var updated: Date
    /// When applications open, if known.
    public var starts: Date?
    /// The deadline (applications close), if any.
    public var ends: Date?

    public init(id: String, title: String, summary: String, link: String, updated: Date,
                starts: Date? = nil, ends: Date? = nil) {
        self.id = id
        self.title = title
        self.summary = summary
        self.link = link
        self.updated = updated
        self.starts = starts
        self.ends = ends
    }
}

// MARK: - iCalendar

/// An iCalendar (RFC 5545) feed of deadlines, to subscribe to from a calendar application.
///
/// Each item with a date becomes one VEVENT at its deadline: `DTSTART;TZID=Asia/Shanghai` at
/// `ends` (or at `starts` when there is no deadline), with no DTEND — RFC 5545 §3.6.1 reads a
/// DATE-TIME DTSTART without DTEND/DURATION as an event that ends when it starts, i.e. a point in
/// time (DTEND equal to DTSTART would be invalid: it MUST be later). Items with neither date
/// are left out: there is nothing to put in a calendar. The events are TRANSP:TRANSPARENT
/// (a deadline does not make anyone busy). A VTIMEZONE for Asia/Shanghai (+0800, no DST)
/// is included.
///
/// Lines end with CRLF and are folded at 75 octets without splitting a UTF-8 sequence;
/// TEXT values escape `\`, `;`, `,` and newlines.
public enum ICalendar {
    public static func calendar(name: String, items: [FeedItem], now: Date) -> String {
        var lines: [String] = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Kechuang//Projects//ZH",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "NAME:" + escapedText(name),
            "X-WR-CALNAME:" + escapedText(name),
            "X-WR-TIMEZONE:Asia/Shanghai",
            "BEGIN:VTIMEZONE",
            "TZID:Asia/Shanghai",
            "BEGIN:STANDARD",
            "DTSTART:19700101T000000",
            "TZOFFSETFROM:+0800",
            "TZOFFSETTO:+0800",
            "TZNAME:CST",
            "END:STANDARD",
            "END:VTIMEZONE",
        ]
        let stamp = utcDateTime(now)
        for item in items {
            guard let at = item.ends ?? item.starts else { continue }
            lines += [
                "BEGIN:VEVENT",
                "UID:" + escapedText(item.id + "@kechuang"),
                "DTSTAMP:" + stamp,
                "LAST-MODIFIED:" + utcDateTime(item.updated),
                "DTSTART;TZID=Asia/Shanghai:" + beijingDateTime(at),
                "SUMMARY:" + escapedText(item.title),
                "DESCRIPTION:" + escapedText(item.summary),
                "URL:" + uriValue(item.link),
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(folded).joined()
    }

    /// TEXT value escaping (RFC 5545 §3.3.11): `\` → `\\`, `;` → `\;`, `,` → `\,`, CRLF, CR or
    /// LF → `\n`. Other control characters (not allowed in TEXT) are dropped; tab is kept.
    static func escapedText(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case ";": out.append(contentsOf: "\\;".unicodeScalars)
            case ",": out.append(contentsOf: "\\,".unicodeScalars)
            case "\r": out.append(contentsOf: "\\n".unicodeScalars)
            case "\n": if !previousWasCR { out.append(contentsOf: "\\n".unicodeScalars) }
            case "\t": out.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// A URI value is not escaped, but control characters (which would break the line
    /// structure) and spaces are removed.
    static func uriValue(_ uri: String) -> String {
        String(String.UnicodeScalarView(uri.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }))
    }

    /// One content line with its CRLF, folded (RFC 5545 §3.1): no physical line longer than
    /// 75 octets; continuation lines start with one space (which counts toward the 75).
    /// Breaks fall between Unicode scalars, never inside a UTF-8 sequence.
    static func folded(_ line: String) -> String {
        var out = String.UnicodeScalarView()
        var octets = 0
        for scalar in line.unicodeScalars {
            let width = UTF8.width(scalar)
            if octets + width > 75 {
                out.append(contentsOf: "\r\n ".unicodeScalars)
                octets = 1
            }
            out.append(scalar)
            octets += width
        }
        out.append(contentsOf: "\r\n".unicodeScalars)
        return String(out)
    }

    /// `yyyyMMdd'T'HHmmss'Z'`.
    static func utcDateTime(_ date: Date) -> String {
        CivilTime(date, utcOffsetSeconds: 0).basicText + "Z"
    }

    /// Local Beijing time `yyyyMMdd'T'HHmmss`, to be used with TZID=Asia/Shanghai.
    static func beijingDateTime(_ date: Date) -> String {
        BeijingTime.civil(date).basicText
    }
}

// MARK: - Atom

/// An Atom 1.0 feed (RFC 4287).
///
/// The feed's id is `selfURL`; its `updated` is the latest item's (1970-01-01T00:00:00Z for an
/// empty feed, so the output stays deterministic); it names Kechuang as author (required unless
/// every entry has one). Each entry's id is a tag URI (RFC 4151) minted from the host of
/// `selfURL`: `tag:HOST,2025:ITEM-ID` (item id percent-encoded), stable as long as the host is.
/// Entries carry title, updated, an alternate link and a text summary. All text is XML-escaped
/// and characters invalid in XML 1.0 are dropped.
public enum AtomFeed {
    public static func feed(title: String, selfURL: String, items: [FeedItem]) -> String {
        let esc = { (text: String) in ExportFormat.xmlEscaped(text) }
        let attr = { (text: String) in ExportFormat.xmlEscaped(text, attribute: true) }
        let newest = items.map(\.updated).max() ?? Date(timeIntervalSince1970: 0)
        let authority = tagAuthority(selfURL)

        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        xml += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n"
        xml += "  <id>\(esc(selfURL))</id>\n"
        xml += "  <title type=\"text\">\(esc(title))</title>\n"
        xml += "  <updated>\(timestamp(newest))</updated>\n"
        xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(attr(selfURL))\"/>\n"
        xml += "  <author><name>Kechuang</name></author>\n"
        xml += "  <generator>Kechuang</generator>\n"
        for item in items {
            xml += "  <entry>\n"
            xml += "    <id>\(esc(entryID(item.id, authority: authority)))</id>\n"
            xml += "    <title type=\"text\">\(esc(item.title))</title>\n"
            xml += "    <updated>\(timestamp(item.updated))</updated>\n"
            xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(attr(item.link))\"/>\n"
            xml += "    <summary type=\"text\">\(esc(item.summary))</summary>\n"
            xml += "  </entry>\n"
        }
        xml += "</feed>\n"
        return xml
    }

    /// RFC 3339 date-time in UTC: `2025-06-30T09:00:00Z`.
    static func timestamp(_ date: Date) -> String {
        CivilTime(date, utcOffsetSeconds: 0).secondText + "Z"
    }

    /// `tag:HOST,2025:ID`.
    static func entryID(_ id: String, authority: String) -> String {
        "tag:\(authority),2025:\(percentEncodedTagSpecific(id))"
    }

    /// The host of `selfURL` when it is a DNS name (letters, digits, hyphens, dots), lowercased;
    /// otherwise "kechuang".
    static func tagAuthority(_ selfURL: String) -> String {
        guard let schemeEnd = selfURL.firstRange(of: "://") else { return "kechuang" }
        var host = selfURL[schemeEnd.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        if let colon = host.firstIndex(of: ":") { host = host[..<colon] }
        let name = host.lowercased()
        let labels = name.split(separator: ".", omittingEmptySubsequences: false)
        let valid = !name.isEmpty && labels.allSatisfy { label in
            !label.isEmpty && label.first != "-" && label.last != "-"
                && label.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        }
        return valid ? name : "kechuang"
    }

    /// Keeps RFC 3986 pchar characters plus "/" and "?" (the tag "specific" part);
    /// percent-encodes every other UTF-8 byte.
    static func percentEncodedTagSpecific(_ text: String) -> String {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/?".utf8)
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        for byte in text.utf8 {
            if allowed.contains(byte) {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
