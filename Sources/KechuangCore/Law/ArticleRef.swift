import Foundation

/// A citation of the regulation (北京国际科技创新中心建设条例): article, optional paragraph (款)
/// and item (项). Printed as `Art. 50(1)` in English and `第五十条第一款` in Chinese.
///
/// Numbers are bounded (`ArticleRef.numbers`, 1…999): a citation read from input or storage
/// (`init?(code:)`, `init(validating:…)`, decoding) outside the bounds is refused there with
/// `ArticleRef.Invalid`, so that no saved value can make a later reader fail.
public struct ArticleRef: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public let article: Int
    public let paragraph: Int?
    public let item: Int?

    /// Every article, paragraph and item number a citation may carry.
    public static let numbers = 1...999

    /// A citation that is not one: a number outside `ArticleRef.numbers`.
    public struct Invalid: Error, Sendable, Equatable, CustomStringConvertible {
        public let text: String
        public var description: String {
            "“\(text)” is not an article of the regulation: article, paragraph and item are numbers from \(ArticleRef.numbers.lowerBound) to \(ArticleRef.numbers.upperBound)"
        }
    }

    /// For citations written in the source (`ArticleRef(50, paragraph: 1)`). Values that come
    /// from input or storage go through `init(validating:paragraph:item:)` or `init?(code:)`.
    public init(_ article: Int, paragraph: Int? = nil, item: Int? = nil) {
        self.article = article
        self.paragraph = paragraph
        self.item = item
    }

    /// A checked citation: throws `Invalid` when a number is outside `ArticleRef.numbers`.
    public init(validating article: Int, paragraph: Int? = nil, item: Int? = nil) throws {
        let valid = Self.numbers.contains(article) && (paragraph.map(Self.numbers.contains) ?? true)
            && (item.map(Self.numbers.contains) ?? true) && !(paragraph == nil && item != nil)
        guard valid else {
            throw Invalid(text: String(article) + [paragraph, item].compactMap { $0.map { "(\($0))" } }.joined())
        }
        self.init(article, paragraph: paragraph, item: item)
    }

    enum CodingKeys: String, CodingKey { case article, paragraph, item }

    /// Decoding checks the bounds: a stored citation out of bounds is a decoding error, not a value.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let article = try c.decode(Int.self, forKey: .article)
        let paragraph = try c.decodeIfPresent(Int.self, forKey: .paragraph)
        let item = try c.decodeIfPresent(Int.self, forKey: .item)
        do {
            try self.init(validating: article, paragraph: paragraph, item: item)
        } catch let invalid as Invalid {
            throw DecodingError.dataCorruptedError(forKey: .article, in: c, debugDescription: invalid.description)
        }
    }

    /// Short machine form used in APIs: `50`, `50(1)`, `50(1)(2)`.
    public var code: String {
        var s = String(article)
        if let paragraph { s += "(\(paragraph))" }
        if let item { s += "(\(item))" }
        return s
    }

    /// `Art. 50(1)`
    public var english: String { "Art. " + code }

    /// `第五十条第一款第二项`
    public var chinese: String {
        var s = "第\(ChineseNumeral.string(article))条"
        if let paragraph { s += "第\(ChineseNumeral.string(paragraph))款" }
        if let item { s += "第\(ChineseNumeral.string(item))项" }
        return s
    }

    public func text(in language: Language) -> String {
        language == .zh ? chinese : english
    }

    public var description: String { english }

    /// Parses `50`, `50(1)`, `Art. 50(1)(2)`.
    public init?(code: String) {
        var rest = Substring(code.trimmingCharacters(in: .whitespaces))
        if rest.hasPrefix("Art.") { rest = rest.dropFirst(4).drop(while: { $0 == " " }) }
        let digits = rest.prefix(while: \.isASCII).prefix(while: \.isNumber)
        guard let article = Int(digits), Self.numbers.contains(article) else { return nil }
        rest = rest.dropFirst(digits.count)
        var parts: [Int] = []
        while rest.first == "(" {
            guard let close = rest.firstIndex(of: ")"),
                  let n = Int(rest[rest.index(after: rest.startIndex)..<close]), Self.numbers.contains(n) else { return nil }
            parts.append(n)
            rest = rest[rest.index(after: close)...]
        }
        guard rest.isEmpty, parts.count <= 2 else { return nil }
        self.init(article, paragraph: parts.first, item: parts.count > 1 ? parts[1] : nil)
    }

    public static func < (a: ArticleRef, b: ArticleRef) -> Bool {
        (a.article, a.paragraph ?? 0, a.item ?? 0) < (b.article, b.paragraph ?? 0, b.item ?? 0)
    }
}

/// Chinese numerals as used in legal citations (第七十六条, 第一百零一条).
public enum ChineseNumeral {
    private static let digits: [Character] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// 0 … 9,999 in Chinese numerals; any other number (never a valid citation, see
    /// `ArticleRef.numbers`) in Arabic digits rather than a trap.
    public static func string(_ n: Int) -> String {
        guard n >= 0 && n < 10_000 else { return String(n) }
        if n < 10 { return String(digits[n]) }
        if n < 20 { return "十" + (n == 10 ? "" : String(digits[n % 10])) }
        let units: [(Int, String)] = [(1000, "千"), (100, "百"), (10, "十"), (1, "")]
        var out = ""
        var pendingZero = false
        for (value, name) in units {
            let d = (n / value) % 10
            if d == 0 {
                if !out.isEmpty { pendingZero = true }
                continue
            }
            if pendingZero { out.append("零"); pendingZero = false }
            out.append(digits[d])
            out += name
        }
        return out
    }
}
