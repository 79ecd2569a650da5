import Foundation

/// ORCID iD: 16 characters, 15 digits plus an ISO 7064 MOD 11-2 check character
/// (`0`–`9` or `X` for 10), written `0000-0002-1825-0097`.
///
/// Accepted input (surrounding whitespace ignored):
/// - hyphenated `0000-0002-1825-0097` (hyphens exactly between groups of four),
/// - 16 characters without hyphens `0000000218250097`,
/// - either form prefixed by `https://orcid.org/`, `http://orcid.org/` or `orcid.org/`
///   (prefix matched case-insensitively).
/// A lowercase `x` check character is accepted and uppercased.
public enum ORCID {
    public enum Problem: String, Sendable, Equatable {
        /// Not recognisable as 16 ORCID characters.
        case format
        /// Well formed, but the check character is wrong.
        case checksum
    }

    private static let prefixes = ["https://orcid.org/", "http://orcid.org/", "orcid.org/"]

    /// nil when valid.
    public static func problem(in value: String) -> Problem? {
        guard let hyphenated = normalized(value) else { return .format }
        let chars = hyphenated.filter { $0 != "-" }
        guard let expected = checkDigit(for: String(chars.prefix(15))) else { return .format }
        return chars.last == expected ? nil : .checksum
    }

    /// The hyphenated 16-character form (`0000-0002-1825-0097`), or nil when the format is bad.
    /// Does not verify the checksum.
    public static func normalized(_ value: String) -> String? {
        var s = Substring(value.trimmingCharacters(in: .whitespacesAndNewlines))
        for prefix in prefixes where s.lowercased().hasPrefix(prefix) {
            s = s.dropFirst(prefix.count)
            break
        }
        var chars = Array(s)
        if chars.count == 19 {
            guard chars[4] == "-", chars[9] == "-", chars[14] == "-" else { return nil }
            chars.removeAll { $0 == "-" }
        }
        guard chars.count == 16 else { return nil }
        for ch in chars.prefix(15) where !isASCIIDigit(ch) { return nil }
        if chars[15] == "x" { chars[15] = "X" }
        guard isASCIIDigit(chars[15]) || chars[15] == "X" else { return nil }

        var out = ""
        out.reserveCapacity(19)
        for (i, ch) in chars.enumerated() {
            if i > 0 && i % 4 == 0 { out.append("-") }
            out.append(ch)
        }
        return out
    }

    /// ISO 7064 MOD 11-2 check character for exactly 15 ASCII digits (no hyphens), else nil.
    public static func checkDigit(for first15Digits: String) -> Character? {
        let chars = Array(first15Digits)
        guard chars.count == 15 else { return nil }
        var total = 0
        for ch in chars {
            guard isASCIIDigit(ch), let d = ch.wholeNumberValue else { return nil }
            total = (total + d) * 2 % 11
        }
        let result = (12 - total % 11) % 11
        return result == 10 ? "X" : Character(String(result))
    }

    private static func isASCIIDigit(_ ch: Character) -> Bool {
        guard let a = ch.asciiValue else { return false }
        return a >= 0x30 && a <= 0x39
    }
}
