import Foundation
import Testing
@testable import Search

@Suite("Policy search tokenizer")
struct TokenizerTests {
    @Test func test_tokens_fullWidthLettersAndDigitsBecomeHalfWidth() {
        // NFKC: Ｓ → S, ２ → 2; then lowercase.
        #expect(PolicyTokenizer.tokens("ＳＴ２０２５") == ["st2025"])
        #expect(PolicyTokenizer.tokens("（ＡＩ）") == ["ai"])
    }

    @Test func test_tokens_compatibilityCharactersAreNormalised() {
        // KANGXI RADICAL MAN (U+2F08) is NFKC-equivalent to 人; a circled digit to the digit.
        #expect(PolicyTokenizer.tokens("\u{2F08}") == ["人"])
        #expect(PolicyTokenizer.tokens("①") == ["1"])
    }

    @Test func test_tokens_asciiWordsAreLowercased() {
        #expect(PolicyTokenizer.tokens("Hello WORLD 5G") == ["hello", "world", "5g"])
    }

    @Test func test_tokens_cjkRunsBecomeOverlappingBigrams() {
        #expect(PolicyTokenizer.tokens("科技成果") == ["科技", "技成", "成果"])
        #expect(PolicyTokenizer.tokens("专利") == ["专利"])
    }

    @Test func test_tokens_loneCJKCharacterIsAUnigram() {
        #expect(PolicyTokenizer.tokens("法") == ["法"])
        #expect(PolicyTokenizer.tokens("A股") == ["a", "股"])
    }

    @Test func test_tokens_punctuationAndScriptChangesSeparate() {
        #expect(PolicyTokenizer.tokens("科研，诚信。") == ["科研", "诚信"])
        #expect(PolicyTokenizer.tokens("5G基站") == ["5g", "基站"])
        #expect(PolicyTokenizer.tokens("第45条") == ["第", "45", "条"])
    }

    @Test func test_tokens_emptyAndSeparatorOnlyTextGiveNothing() {
        #expect(PolicyTokenizer.tokens("").isEmpty)
        #expect(PolicyTokenizer.tokens(" ，。、——…").isEmpty)
    }

    @Test func test_queryGroups_groupTokensByTypedWords() {
        #expect(PolicyTokenizer.queryGroups("科研诚信 学术不端")
            == [["科研", "研诚", "诚信"], ["学术", "术不", "不端"]])
    }

    @Test func test_queryGroups_ideographicSpaceSeparatesWords() {
        #expect(PolicyTokenizer.queryGroups("科研\u{3000}诚信") == [["科研"], ["诚信"]])
    }

    @Test func test_queryGroups_wordsWithoutTokensAreDropped() {
        #expect(PolicyTokenizer.queryGroups("  ，  专利  ") == [["专利"]])
        #expect(PolicyTokenizer.queryGroups("").isEmpty)
    }

    @Test func test_queryGroups_punctuationInsideAWordStaysInItsGroup() {
        #expect(PolicyTokenizer.queryGroups("科研，诚信 法") == [["科研", "诚信"], ["法"]])
    }
}
