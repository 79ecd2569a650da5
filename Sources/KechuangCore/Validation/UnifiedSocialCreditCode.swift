import Foundation

/// 统一社会信用代码 — Unified Social Credit Code (GB 32100-2015).
///
/// Layout (18 characters):
/// - 1: registration authority code, 2: organisation category code,
/// - 3–8: administrative division code (digits, GB/T 2260),
/// - 9–17: organisation code body, 18: check character.
///
/// Characters come from the 31-character alphabet `0123456789ABCDEFGHJKLMNPQRTUWXY`
/// (no I, O, Z, S, V). Only the structure checked here (alphabet, division digits,
/// check character) is enforced; the meaning of positions 1–2 is not.
public enum UnifiedSocialCreditCode {
    public enum Problem: String, Sendable, Equatable {
        /// Not exactly 18 characters after trimming.
        case length
        /// A character outside the 31-character alphabet.
        case character
        /// Positions 3–8 are not all digits.
        case divisionCode
        /// The 18th character does not match the computed check character.
        case checkCharacter
    }

    /// The code alphabet; a character's value is its index here.
    public static let alphabet: [Character] = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")

    /// Weights for positions 1–17 (3^(i) mod 31).
    static let weights: [Int] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    /// Trimmed (whitespace and newlines) and uppercased.
    public static func normalized(_ code: String) -> String {
        code.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
    }

    /// nil when valid. Problems are reported in the order
    /// length → character → divisionCode → checkCharacter.
    public static func problem(in code: String) -> Problem? {
        let chars = Array(normalized(code))
        guard chars.count == 18 else { return .length }
        var values: [Int] = []
        values.reserveCapacity(18)
        for ch in chars {
            guard let v = value(of: ch) else { return .character }
            values.append(v)
        }
        for ch in chars[2..<8] where !isASCIIDigit(ch) {
            return .divisionCode
        }
        guard values[17] == checkValue(values[0..<17]) else { return .checkCharacter }
        return nil
    }

    /// The check character for the first 17 characters (normalised first), or nil when the
    /// input is not 17 characters of the alphabet.
    public static func checkCharacter(for first17: String) -> Character? {
        let chars = Array(normalized(first17))
        guard chars.count == 17 else { return nil }
        var values: [Int] = []
        values.reserveCapacity(17)
        for ch in chars {
            guard let v = value(of: ch) else { return nil }
            values.append(v)
        }
        return alphabet[checkValue(values[...])]
    }

    // MARK: - Internals

    private static func value(of ch: Character) -> Int? {
        alphabet.firstIndex(of: ch)
    }

    private static func isASCIIDigit(_ ch: Character) -> Bool {
        guard let a = ch.asciiValue else { return false }
        return a >= 0x30 && a <= 0x39
    }

    /// c = 31 − (Σ value·weight mod 31); 31 maps to 0.
    private static func checkValue(_ values: ArraySlice<Int>) -> Int {
        var sum = 0
        for (v, w) in zip(values, weights) { sum += v * w }
        let c = 31 - sum % 31
        return c == 31 ? 0 : c
    }
}
