import Foundation
import KechuangCore

// Internal, and nested in `CallLinter` so that it cannot clash with other types of the Projects
// module or of the modules it imports.
extension CallLinter {
    /// The text as the rules see it — full-width forms folded, quotes dropped, Traditional characters
    /// turned Simplified, stray spaces between Chinese characters dropped — with a map back to the
    /// original `Character` offsets.
    struct NormalizedText {
        let original: [Character]
        let chars: [Character]
        let origin: [Int]
        let string: String
        /// UTF-16 offset in `string` -> index in `chars` (one extra entry for the end).
        let utf16ToChar: [Int]
        /// Index in `chars` -> UTF-16 offset in `string` (one extra entry for the end).
        let charToUTF16: [Int]

        static let quotes: Set<Character> = [
            "\"", "'", "`", "“", "”", "‘", "’", "「", "」", "『", "』", "〝", "〞", "〟", "‟", "„", "«", "»", "‹", "›", "＂", "＇", "｀",
        ]
        static let openingQuotes: Set<Character> = ["\"", "'", "“", "‘", "「", "『", "〝", "„", "‟", "«", "‹", "＂", "＇"]
        static let closingQuotes: Set<Character> = ["\"", "'", "”", "’", "」", "』", "〞", "〟", "»", "›", "＂", "＇"]

        init(_ text: String) {
            original = Array(text)
            var staged: [(Character, Int)] = []
            staged.reserveCapacity(original.count)
            for (i, c) in original.enumerated() {
                if Self.quotes.contains(c) { continue }
                if c == "\r\n" || c == "\r" || c == "\u{2028}" || c == "\u{2029}" { staged.append(("\n", i)); continue }
                let scalars = c.unicodeScalars
                if scalars.count == 1, let s = scalars.first {
                    if let ascii = FullWidth.ascii(s) { staged.append((Character(ascii), i)); continue }
                    switch s.value {
                    case 0x200B, 0x200C, 0x200D, 0xFEFF: continue
                    case 0x00A0, 0x0009: staged.append((" ", i)); continue
                    default: break
                    }
                }
                staged.append((c, i))
            }
            // Traditional → Simplified, character for character (OpenCC's table, `ChineseScript`).
            let simplified = ChineseScript.simplified(staged.map(\.0))
            for index in staged.indices { staged[index].0 = simplified[index] }
            // Drop spaces unless they separate two ASCII words (stray spaces between Chinese characters).
            var outChars: [Character] = []
            var outOrigin: [Int] = []
            func isASCIIWord(_ c: Character?) -> Bool {
                guard let c, c.isASCII else { return false }
                return c.isLetter || c.isNumber
            }
            var k = 0
            while k < staged.count {
                let (c, i) = staged[k]
                if c == " " {
                    var j = k
                    while j < staged.count, staged[j].0 == " " { j += 1 }
                    let prev = outChars.last
                    let next = j < staged.count ? staged[j].0 : nil
                    if isASCIIWord(prev) && isASCIIWord(next) { outChars.append(" "); outOrigin.append(i) }
                    k = j
                    continue
                }
                outChars.append(c)
                outOrigin.append(i)
                k += 1
            }
            chars = outChars
            origin = outOrigin
            string = String(outChars)
            var u2c: [Int] = []
            var c2u: [Int] = []
            var offset = 0
            for (idx, c) in outChars.enumerated() {
                c2u.append(offset)
                let n = c.utf16.count
                for _ in 0..<n { u2c.append(idx) }
                offset += n
            }
            c2u.append(offset)
            u2c.append(outChars.count)
            utf16ToChar = u2c
            charToUTF16 = c2u
        }

        func nsRange(_ r: Range<Int>) -> NSRange {
            NSRange(location: charToUTF16[r.lowerBound], length: charToUTF16[r.upperBound] - charToUTF16[r.lowerBound])
        }

        func charRange(_ r: NSRange) -> Range<Int> {
            utf16ToChar[r.location]..<utf16ToChar[r.location + r.length]
        }

        /// Original offsets for a normalised range, widened over quotes that open or close it.
        func originalRange(_ r: Range<Int>) -> Range<Int> {
            var start = origin[r.lowerBound]
            var end = origin[r.upperBound - 1] + 1
            while start > 0, Self.openingQuotes.contains(original[start - 1]) { start -= 1 }
            while end < original.count, Self.closingQuotes.contains(original[end]) { end += 1 }
            return start..<end
        }
    }
}
