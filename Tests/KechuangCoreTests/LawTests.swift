import Foundation
import Testing
@testable import KechuangCore

@Suite("Citations of the regulation")
struct ArticleRefTests {
    @Test func test_citationPrintsInEnglishAndChinese() {
        let ref = ArticleRef(50, paragraph: 1)
        #expect(ref.english == "Art. 50(1)")
        #expect(ref.chinese == "第五十条第一款")
        #expect(ref.code == "50(1)")
        #expect(ArticleRef(72, paragraph: 2, item: 3).chinese == "第七十二条第二款第三项")
        #expect(ArticleRef(5).english == "Art. 5")
    }

    @Test(arguments: [
        (1, "一"), (10, "十"), (11, "十一"), (20, "二十"), (45, "四十五"), (50, "五十"), (76, "七十六"),
        (100, "一百"), (101, "一百零一"), (110, "一百一十"), (1005, "一千零五"),
    ])
    func test_chineseNumeralsFollowLegalUsage(n: Int, expected: String) {
        #expect(ChineseNumeral.string(n) == expected)
    }

    @Test func test_codeRoundTrips() {
        for ref in [ArticleRef(5), ArticleRef(50, paragraph: 1), ArticleRef(72, paragraph: 2, item: 1)] {
            #expect(ArticleRef(code: ref.code) == ref)
            #expect(ArticleRef(code: ref.english) == ref)
        }
        #expect(ArticleRef(code: "fifty") == nil)
        #expect(ArticleRef(code: "50(") == nil)
        #expect(ArticleRef(code: "0") == nil)
    }

    /// Issue #11: an eligibility rule citing "45(99999)" was stored and then trapped every reader
    /// (`ChineseNumeral` precondition). Out-of-bounds citations are unrepresentable from input.
    @Test func test_citationOutOfBounds_isRefusedWhenReadNeverTrapsWhenPrinted() throws {
        for code in ["45(99999)", "1000", "45(1)(1000)", "9223372036854775807", "45(9223372036854775808)", "45(-1)"] {
            #expect(ArticleRef(code: code) == nil, "\(code)")
        }
        #expect(ArticleRef(code: "999(999)(999)")?.chinese == "第九百九十九条第九百九十九款第九百九十九项")
        #expect(throws: ArticleRef.Invalid.self) { try ArticleRef(validating: 45, paragraph: 99_999) }
        #expect(throws: ArticleRef.Invalid.self) { try ArticleRef(validating: 0) }
        #expect(throws: ArticleRef.Invalid.self) { try ArticleRef(validating: 45, item: 1) }
        #expect(try ArticleRef(validating: 45, paragraph: 2) == ArticleRef(45, paragraph: 2))
        // Decoding (the object form, as stored JSON) checks the same bounds.
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(ArticleRef.self, from: Data(#"{"article": 45, "paragraph": 99999}"#.utf8))
        }
        #expect(try JSONDecoder().decode(ArticleRef.self, from: Data(#"{"article": 45, "paragraph": 2}"#.utf8)) == ArticleRef(45, paragraph: 2))
        #expect(try JSONDecoder().decode(LegalBasis.self, from: JSONEncoder().encode(LegalBasis.art(50, 1))) == .art(50, 1))
        // The numeral printer is total: a number no citation can carry prints in digits, never traps.
        #expect(ChineseNumeral.string(99_999) == "99999")
        #expect(ChineseNumeral.string(-1) == "-1")
        #expect(ChineseNumeral.string(Int.max) == String(Int.max))
    }

    @Test func test_legalBasisNamesArticleOrStandard() {
        #expect(LegalBasis.art(50, 1).text(in: .zh) == "第五十条第一款")
        #expect(LegalBasis.standard("GB 32100-2015").text(in: .en) == "GB 32100-2015")
        #expect(LegalBasis.art(60).code == "60")
    }
}

@Suite("Rules are data with an effective date")
struct RuleBookTests {
    static let day: TimeInterval = 86_400

    static let book = RuleBook<Int>([
        Rule(id: "positive", basis: .art(50, 1), field: "n", message: LocalizedText(zh: "须为正数", en: "Must be positive")) { $0 <= 0 },
        Rule(id: "small", basis: nil, field: "n", effectiveFrom: .regulationInForce.addingTimeInterval(10 * day),
             effectiveUntil: .regulationInForce.addingTimeInterval(20 * day),
             message: LocalizedText(zh: "不得超过 10", en: "At most 10")) { $0 > 10 },
    ])

    @Test func test_Art76_regulationIsInForceFrom1March2024() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour], from: .regulationInForce)
        #expect(parts.year == 2024 && parts.month == 3 && parts.day == 1 && parts.hour == 0)
    }

    @Test func test_violationNamesFieldRuleAndArticle() {
        let errors = Self.book.violations(of: -1, at: .regulationInForce)
        #expect(errors.count == 1)
        #expect(errors.first?.field == "n")
        #expect(errors.first?.rule == "positive")
        #expect(errors.first?.basis == .art(50, 1))
    }

    @Test func test_ruleAppliesOnlyWhileInForce() {
        let before = Date.regulationInForce.addingTimeInterval(5 * Self.day)
        let during = Date.regulationInForce.addingTimeInterval(15 * Self.day)
        let after = Date.regulationInForce.addingTimeInterval(25 * Self.day)
        #expect(Self.book.violations(of: 11, at: before).isEmpty)
        #expect(Self.book.violations(of: 11, at: during).map(\.rule) == ["small"])
        #expect(Self.book.violations(of: 11, at: after).isEmpty)
        // A rule is never in force before the regulation.
        #expect(Self.book.violations(of: -1, at: Date.regulationInForce.addingTimeInterval(-1)).isEmpty)
    }

    @Test func test_validateThrowsEveryViolationAtOnce() {
        let during = Date.regulationInForce.addingTimeInterval(15 * Self.day)
        #expect(throws: DomainError.self) { try Self.book.validate(-1, at: during) }
        #expect(throws: Never.self) { try Self.book.validate(5, at: during) }
    }
}
