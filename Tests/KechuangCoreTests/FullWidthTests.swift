import Foundation
import Testing
@testable import KechuangCore

@Suite("Full-width forms read as ASCII")
struct FullWidthTests {
    @Test("every full-width form U+FF01…U+FF5E is its ASCII character, as NFKC says")
    func everyFormIsItsNFKCCharacter() throws {
        for value in FullWidth.forms {
            let scalar = try #require(Unicode.Scalar(value))
            let ascii = try #require(FullWidth.ascii(scalar))
            #expect(String(scalar).precomposedStringWithCompatibilityMapping == String(ascii), "U+\(String(value, radix: 16))")
            #expect(ascii.isASCII && (0x21...0x7E).contains(ascii.value))
        }
        #expect(FullWidth.ascii("\u{3000}") == " ", "the ideographic space is the full-width space")
    }

    @Test("ASCII, Chinese characters and Chinese punctuation outside the block are not full-width forms")
    func otherScalarsAreNotForms() {
        for scalar in ["A", "1", "!", "~", " ", "中", "。", "、", "\u{FF00}", "\u{FF5F}", "\u{FF61}", "\u{00A0}"] as [Unicode.Scalar] {
            #expect(FullWidth.ascii(scalar) == nil, "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test("only full-width letters and digits are alphanumeric: ＡＢＣ１２３ folds, full-width punctuation stays")
    func lettersAndDigitsAlone() {
        #expect(FullWidth.asciiAlphanumeric("Ａ") == "A")
        #expect(FullWidth.asciiAlphanumeric("ｚ") == "z")
        #expect(FullWidth.asciiAlphanumeric("９") == "9")
        for scalar in ["！", "（", "，", "：", "～", "\u{3000}", "A", "中"] as [Unicode.Scalar] {
            #expect(FullWidth.asciiAlphanumeric(scalar) == nil, "\(scalar)")
        }
    }

    @Test("a text typed with a Chinese input method reads as the ASCII one, other characters kept")
    func textToASCII() {
        #expect(FullWidth.toASCII("ＡＢＣ１２３　全角（ｘ）！") == "ABC123 全角(x)!")
        #expect(FullWidth.toASCII("已是半角 ASCII, 中文。") == "已是半角 ASCII, 中文。")
        #expect(FullWidth.toASCII("") == "")
    }
}
