import Foundation

/// Amounts of money on the platform: whole yuan in an `Int`, bounded so that no sum the platform
/// forms can overflow, and every sum checked all the same.
///
/// - Every amount a person types (a call's total budget and typical award, a budget line) is in
///   `Money.range` (0 … 10¹³ yuan, ten trillion yuan, far above any science budget); a larger one
///   is a field error naming the field (`…limit` rules), never stored.
/// - A draft's budget total is in the same range (`application.budget.total_limit`).
/// - Sums go through `Money.sum`, which reports overflow instead of trapping, so a row written
///   before these bounds existed is read without crashing.
public enum Money {
    /// The largest amount of any single field or total, in yuan: 10,000,000,000,000.
    public static let maxYuan = 10_000_000_000_000
    public static let range = 0...maxYuan

    /// `500000`, ` 5,000 `, `5，000`: surrounding white space (spaces, tabs, new lines) and
    /// thousands separators are ignored; anything else that is not a whole number is nil. The
    /// result is not yet checked against `range`.
    public static func parse(_ text: String) -> Int? {
        let digits = text.trimmingCharacters(in: .whitespacesAndNewlines).filter { $0 != "," && $0 != "，" }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-" || $0 == "+") }) else { return nil }
        return Int(digits)
    }

    /// The sum, or nil when it leaves `Int`'s range (it never traps).
    public static func sum<S: Sequence>(_ amounts: S) -> Int? where S.Element == Int {
        var total = 0
        for amount in amounts {
            let (next, overflow) = total.addingReportingOverflow(amount)
            if overflow { return nil }
            total = next
        }
        return total
    }

    /// The sum, stopping at `Int.max` (or `Int.min`) at the first overflow instead of trapping: for
    /// display and comparisons of rows that predate the bounds (such a total is outside `range`).
    public static func clampedSum<S: Sequence>(_ amounts: S) -> Int where S.Element == Int {
        var total = 0
        for amount in amounts {
            let (next, overflow) = total.addingReportingOverflow(amount)
            if overflow { return amount > 0 ? Int.max : Int.min }
            total = next
        }
        return total
    }
}
