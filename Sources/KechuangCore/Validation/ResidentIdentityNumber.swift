import Foundation

/// 公民身份号码 — Citizen identification number (GB 11643-1999), 18 characters:
/// - 1–6: address code (digits),
/// - 7–14: date of birth `YYYYMMDD`,
/// - 15–17: sequence code (digits),
/// - 18: check character (ISO 7064 MOD 11-2 style: `0`–`9` or `X`).
public enum ResidentIdentityNumber {
    public enum Problem: String, Sendable, Equatable {
        /// Not exactly 18 characters after trimming.
        case length
        /// Positions 1–17 not all digits, or position 18 neither a digit nor X.
        case character
        /// Not a real calendar date, before 1900, or after `today`.
        case birthDate
        /// The check character does not match.
        case checkCharacter
    }

    static let weights: [Int] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    static let checkCharacters: [Character] = Array("10X98765432")

    /// Trimmed (whitespace and newlines) with `x` uppercased.
    public static func normalized(_ value: String) -> String {
        value.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
    }

    /// nil when valid. Problems are reported in the order
    /// length → character → birthDate → checkCharacter.
    ///
    /// "Not in the future" is judged against the calendar date of `today` in China Standard
    /// Time (UTC+8); a birth date equal to that day is accepted.
    public static func problem(in value: String, today: Date = Date()) -> Problem? {
        let chars = Array(normalized(value))
        guard chars.count == 18 else { return .length }
        var digits: [Int] = []
        digits.reserveCapacity(17)
        for ch in chars[0..<17] {
            guard let d = asciiDigit(ch) else { return .character }
            digits.append(d)
        }
        guard asciiDigit(chars[17]) != nil || chars[17] == "X" else { return .character }

        let year = number(digits[6..<10])
        let month = number(digits[10..<12])
        let day = number(digits[12..<14])
        guard isValidBirthDate(year: year, month: month, day: day, today: today) else { return .birthDate }

        guard chars[17] == checkCharacter(digits: digits[...]) else { return .checkCharacter }
        return nil
    }

    /// The check character for exactly 17 ASCII digits (surrounding whitespace trimmed), else nil.
    public static func checkCharacter(for first17: String) -> Character? {
        let chars = Array(first17.trimmingCharacters(in: .whitespacesAndNewlines))
        guard chars.count == 17 else { return nil }
        var digits: [Int] = []
        digits.reserveCapacity(17)
        for ch in chars {
            guard let d = asciiDigit(ch) else { return nil }
            digits.append(d)
        }
        return checkCharacter(digits: digits[...])
    }

    /// Keeps the first 6 and last 4 characters of the normalised value and replaces the rest
    /// with `*` (`11010519491231002X` → `110105********002X`). Values of 10 characters or
    /// fewer are masked entirely, so nothing is revealed by a short or truncated input.
    public static func masked(_ value: String) -> String {
        let chars = Array(normalized(value))
        guard chars.count > 10 else { return String(repeating: "*", count: chars.count) }
        return String(chars.prefix(6)) + String(repeating: "*", count: chars.count - 10) + String(chars.suffix(4))
    }

    // MARK: - Internals

    private static func asciiDigit(_ ch: Character) -> Int? {
        guard let a = ch.asciiValue, a >= 0x30, a <= 0x39 else { return nil }
        return Int(a - 0x30)
    }

    private static func number(_ digits: ArraySlice<Int>) -> Int {
        digits.reduce(0) { $0 * 10 + $1 }
    }

    private static func checkCharacter(digits: ArraySlice<Int>) -> Character {
        var sum = 0
        for (d, w) in zip(digits, weights) { sum += d * w }
        return checkCharacters[sum % 11]
    }

    /// A day of the Gregorian calendar from 1900 up to today (Beijing time).
    private static func isValidBirthDate(year: Int, month: Int, day: Int, today: Date) -> Bool {
        guard year >= 1900, let birth = BeijingDay(year: year, month: month, day: day) else { return false }
        return birth <= BeijingDay(containing: today)
    }
}
