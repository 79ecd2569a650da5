import Foundation
import KechuangCore

/// Cleans an official legal text as published so that its structure can be read.
///
/// What it does, in order:
/// 1. Width: full-width ASCII letters, digits and spaces become half-width; ideographic spaces,
///    no-break spaces and tabs become spaces; zero-width characters are dropped.
/// 2. Markdown heading marks (`#`, `###`) are stripped; such lines stay lines of their own.
/// 3. Lines broken in the middle of a sentence are joined (blank lines are no paragraph marks: the
///    published files also have blank lines inside sentences). A line continues onto the next one
///    unless it ends a sentence (`。；：！？` of either width, possibly followed by closing quotes or
///    brackets, or a bracketed note such as `（2010年12月23日删除）` after them, or a line wholly in
///    brackets), or it is a heading (`第一章 总则`, `目录`, `附件一`, a Markdown heading), or the next
///    line starts an article (`第五条 …`), a heading, an item (`（一）…`), an enumeration (`一、`,
///    `1.`, `（1）`) or a table row (`|`). Before the first heading or article (title, adoption
///    history) a line that starts with a date (`2024年1月25日 …`) and a short line without
///    punctuation (a title or heading) stand on their own too.
///    Texts whose paragraphs are marked by indentation (copied from a printed page: paragraphs start
///    indented, wrapped lines do not) are joined by indentation instead of punctuation.
/// 4. In Chinese context, half-width `, ; : ? ! ( )` become `， ； ： ？ ！ （ ）`, and a `.` that
///    ends a Chinese sentence becomes `。`. Dots in numbers and in ASCII text are kept; brackets
///    are converted by pair (`(2024年…通过)` → `（2024年…通过）`, `Art. 50(1)` stays).
/// 5. Spaces between two Chinese characters, next to Chinese punctuation, or between a Chinese
///    character and a digit are removed (`政 府` → `政府`, `自 2024年` → `自2024年`); spaces between
///    ASCII words, and between a Chinese character and a Latin letter, are kept (collapsed to one).
/// 6. A leading label loses its inner spaces and is separated from its text by one space:
///    `第 五 条  本市…` → `第五条 本市…`, `第一章 总 则` → `第一章 总则`.
///
/// The result has one paragraph (or heading, or item) per line, separated by a single `\n`,
/// with no blank lines.
enum LegalTextNormalizer {
    static func normalize(_ raw: String) -> String {
        var physical: [PhysicalLine] = []
        var line: [Unicode.Scalar] = []
        func flush() {
            if let parsed = PhysicalLine(line) { physical.append(parsed) }
            line.removeAll(keepingCapacity: true)
        }
        for u in raw.unicodeScalars {
            if u == "\n" || u == "\r" || u == "\u{2028}" || u == "\u{2029}" { flush() } else { line.append(u) }
        }
        flush()
        let firstStructural = physical.firstIndex { $0.kind == .division || $0.kind == .article || $0.kind == .toc } ?? physical.count
        let indentMode = usesIndentation(physical)

        var logical: [PhysicalLine] = []
        logical.reserveCapacity(physical.count)
        for (index, line) in physical.enumerated() {
            if let last = logical.last, shouldJoin(last, line, inPreamble: index < firstStructural, indentMode: indentMode) {
                logical[logical.count - 1].body = joined(last.body, line.fullText)
            } else {
                logical.append(line)
            }
        }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(raw.utf8.count / 2)
        for line in logical {
            let rendered = line.rendered
            guard !rendered.isEmpty else { continue }
            if !out.isEmpty { out.append("\n") }
            out.append(contentsOf: rendered)
        }
        return LegalText.string(out)
    }

    // MARK: - Joining

    /// Whether paragraphs are marked by indentation (text copied from a printed page: paragraphs start
    /// indented, wrapped lines do not). Then a line that is not indented continues the paragraph even
    /// after `。`, and an indented one starts a new paragraph even without it.
    private static func usesIndentation(_ lines: [PhysicalLine]) -> Bool {
        var indented = 0
        var wrappedFlush = 0
        var wrappedIndented = 0
        for (i, line) in lines.enumerated() where line.kind == .text || line.kind == .article || line.kind == .item {
            if line.indented { indented += 1 }
            guard i > 0, line.kind == .text else { continue }
            let previous = lines[i - 1]
            guard previous.kind == .text || previous.kind == .article || previous.kind == .item,
                  !LegalText.endsSentence(previous.body[...]) else { continue }
            if line.indented { wrappedIndented += 1 } else { wrappedFlush += 1 }
        }
        return indented >= 3 && wrappedFlush >= 1 && wrappedFlush >= 4 * wrappedIndented
    }

    private static func shouldJoin(_ previous: PhysicalLine, _ next: PhysicalLine, inPreamble: Bool, indentMode: Bool) -> Bool {
        switch previous.kind {
        case .division, .toc, .appendix, .markdownHeading: return false
        default: break
        }
        switch next.kind {
        case .division, .toc, .appendix, .markdownHeading, .article: return false
        case .item: if previous.body.last != "第" { return false }
        default: break
        }
        if previous.label != nil && previous.body.isEmpty { return false }   // `第五条` alone on a line
        // Enumerations (`一、`, `1.`, `（1）`) and table rows start lines of their own.
        if previous.body.last != "第" && LegalText.startsWithListMarker(next.body) { return false }
        if previous.body.first == "|" || next.body.first == "|" { return false }
        if indentMode && !inPreamble { return !next.indented }
        if LegalText.endsSentence(previous.body[...]) { return false }
        if inPreamble {
            // Title, adoption history, headings of texts without articles (`基本案情`).
            if LegalText.startsWithDate(next.fullText) || LegalText.startsWithDate(previous.fullText) { return false }
            if LegalText.isUnnumberedHeading(previous.body) { return false }
        }
        return true
    }

    /// Joins two pieces of one sentence: no separator, except one space between two ASCII words.
    private static func joined(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard let x = a.last, let y = b.first else { return a + b }
        let asciiEnd = LegalText.isASCIIAlnum(x) || ".,;:!?)%".unicodeScalars.contains(x)
        let asciiStart = LegalText.isASCIIAlnum(y) || y == "("
        return asciiEnd && asciiStart ? a + [" "] + b : a + b
    }

    // MARK: - One line

    enum Kind: Equatable { case markdownHeading, division, toc, appendix, article, item, text }

    struct PhysicalLine {
        var kind: Kind
        /// `第五条` for a labelled line (inner spaces removed), else nil.
        var label: [Unicode.Scalar]?
        /// The text after the label (or the whole line), width-folded, not yet compacted.
        var body: [Unicode.Scalar]
        /// Starts with an indent: an ideographic space, a tab or two spaces.
        var indented = false

        var fullText: [Unicode.Scalar] { label.map { $0 + (body.isEmpty ? [] : [" "]) + body } ?? body }

        init?(_ raw: [Unicode.Scalar]) {
            let lead = raw.prefix { $0 == " " || $0 == "\u{3000}" || $0 == "\t" || $0 == "\u{00A0}" }
            let indent = lead.contains { $0 != " " } || lead.count >= 2
            var chars = LegalText.foldWidth(raw)
            LegalText.trim(&chars)
            guard !chars.isEmpty else { return nil }
            var markdown = false
            if chars.first == "#" {
                let hashes = chars.prefix { $0 == "#" }.count
                chars.removeFirst(hashes)
                while chars.last == "#" { chars.removeLast() }
                LegalText.trim(&chars)
                markdown = true
                guard !chars.isEmpty else { return nil }
            }
            if let found = LegalText.leadingLabel(chars[...]), found.separated {
                let rest = Array(chars[found.restStart...])
                switch found.kind {
                case .article:
                    kind = .article; label = found.label; body = rest; indented = indent; return
                case .part, .subpart, .chapter, .section:
                    // A heading is short and is not a sentence.
                    if rest.count <= 60 && !LegalText.endsSentence(rest[...]) {
                        kind = .division; label = found.label; body = rest; indented = indent; return
                    }
                }
            }
            label = nil
            body = chars
            indented = indent
            if chars.filter({ $0 != " " }) == ["目", "录"] {
                kind = .toc; body = ["目", "录"]
            } else if LegalText.isAppendixHeading(chars) {
                kind = .appendix
            } else if markdown {
                kind = .markdownHeading
            } else if LegalText.leadingItemLabel(chars[...]) != nil {
                kind = .item
            } else {
                kind = .text
            }
        }

        var rendered: [Unicode.Scalar] {
            let text = LegalText.compactSpaces(LegalText.convertPunctuation(body))
            guard let label else { return text }
            return text.isEmpty ? label : label + [" "] + text
        }
    }
}

// MARK: - Shared character rules (normalizer and parser)

/// Character rules on Unicode scalars (the texts are CJK; scalars keep this fast on large corpora).
enum LegalText {
    typealias Scalars = [Unicode.Scalar]

    static let numeralScalars: Set<Unicode.Scalar> = Set("零〇一二三四五六七八九十百千两0123456789".unicodeScalars)
    static let itemNumeralScalars: Set<Unicode.Scalar> = Set("一二三四五六七八九十".unicodeScalars)
    static let sentenceFinal: Set<Unicode.Scalar> = Set("。；：！？…;:!?".unicodeScalars)
    static let closers: Set<Unicode.Scalar> = Set("”’」』）)】〕》〉\"'".unicodeScalars)
    static let headingBreakers: Set<Unicode.Scalar> = Set("。，；：、！？,;:!?（）()“”".unicodeScalars)

    static func isIdeograph(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0xF900...0xFAFF).contains(v)
            || (0x20000...0x3134F).contains(v) || v == 0x3007
    }

    /// Chinese punctuation: CJK symbols, full-width forms (not letters or digits), ellipsis, dashes.
    static func isCJKPunctuation(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x2014 { return v == 0x00B7 }
        if v == 0x3000 || v == 0x3007 { return false }
        return (0x3001...0x303F).contains(v) || (0xFF01...0xFF0F).contains(v) || (0xFF1A...0xFF20).contains(v)
            || (0xFF3B...0xFF40).contains(v) || (0xFF5B...0xFF65).contains(v) || (0xFE10...0xFE1F).contains(v)
            || (0xFE30...0xFE4F).contains(v) || v == 0x2026 || v == 0x2014 || v == 0x2015
    }

    static func isCurlyQuote(_ u: Unicode.Scalar) -> Bool { (0x2018...0x201F).contains(u.value) }

    /// Chinese context: an ideograph, Chinese punctuation or a curly quote.
    static func isWide(_ u: Unicode.Scalar) -> Bool { u.value >= 0x00B7 && (isIdeograph(u) || isCJKPunctuation(u) || isCurlyQuote(u)) }

    static func isASCIIDigit(_ u: Unicode.Scalar) -> Bool { (0x30...0x39).contains(u.value) }
    static func isASCIIAlnum(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
    }

    /// Full-width ASCII letters/digits → half-width; every kind of space → " "; zero-width dropped.
    static func foldWidth(_ s: [Unicode.Scalar]) -> Scalars {
        var out: Scalars = []
        out.reserveCapacity(s.count)
        for u in s {
            let v = u.value
            switch v {
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD:
                continue
            case 0x3000, 0x00A0, 0x0009, 0x000B, 0x000C, 0x2000...0x200A, 0x202F, 0x205F:
                out.append(" ")
            default:
                // Full-width punctuation is kept: step 4 decides it by context.
                out.append(FullWidth.asciiAlphanumeric(u) ?? u)
            }
        }
        return out
    }

    static func trim(_ chars: inout Scalars) {
        let lead = chars.prefix { $0 == " " }.count
        if lead > 0 { chars.removeFirst(lead) }
        while chars.last == " " { chars.removeLast() }
    }

    /// Whether a line ends a sentence: `。；：！？` (either width), possibly followed by closing quotes
    /// or brackets; a line wholly in brackets (`（2024年1月25日……通过）`) or ending in a bracketed note
    /// after a sentence (`……。（2010年12月23日删除）`) counts as ended too.
    static func endsSentence(_ chars: ArraySlice<Unicode.Scalar>) -> Bool {
        let first = chars.startIndex
        var end = chars.endIndex
        while end > first, chars[end - 1] == " " { end -= 1 }
        while end > first {
            let c = chars[end - 1]
            if sentenceFinal.contains(c) { return true }
            if c == "." { return end - 2 >= first && isWide(chars[end - 2]) }
            guard closers.contains(c) else { return false }
            if c == "）" || c == ")" {
                // The matching opening bracket: at the start of the line, or right after a sentence.
                var depth = 0
                var i = end - 1
                while i >= first {
                    if chars[i] == "）" || chars[i] == ")" { depth += 1 }
                    if chars[i] == "（" || chars[i] == "(" {
                        depth -= 1
                        if depth == 0 {
                            if i == first || sentenceFinal.contains(chars[i - 1]) { return true }
                            break
                        }
                    }
                    i -= 1
                }
            }
            end -= 1
        }
        return false
    }

    /// `2024年…`, `（2024年…`, `二〇二四年…`: a line of the adoption history.
    static func startsWithDate(_ chars: Scalars) -> Bool {
        var i = 0
        if i < chars.count, chars[i] == "（" || chars[i] == "(" { i += 1 }
        var digits = 0
        while i < chars.count, isASCIIDigit(chars[i]) || "〇零一二三四五六七八九".unicodeScalars.contains(chars[i]) { i += 1; digits += 1 }
        return digits >= 2 && digits <= 4 && i < chars.count && chars[i] == "年"
    }

    /// A short Chinese line without punctuation (`基本案情`, `二、加强对预算编制的监督工作`): a heading
    /// in a text without articles.
    static func isUnnumberedHeading(_ chars: Scalars) -> Bool {
        var body = chars[...]
        if startsWithListMarker(chars), let mark = chars.firstIndex(where: { $0 == "、" || $0 == "." || $0 == "．" || $0 == "）" || $0 == ")" }) {
            body = chars[(mark + 1)...]
        }
        return !body.isEmpty && body.count <= 24 && body.contains(where: isIdeograph) && !body.contains(where: headingBreakers.contains)
    }

    /// `附件`, `附件一`, `附件2：…名录`, `附录`, `附表`: the start of an appendix (a short line that is not
    /// a sentence).
    static func isAppendixHeading(_ chars: Scalars) -> Bool {
        guard chars.count >= 2, chars[0] == "附", chars[1] == "件" || chars[1] == "录" || chars[1] == "表" else { return false }
        var i = 2
        while i < chars.count, numeralScalars.contains(chars[i]) || chars[i] == " " { i += 1 }
        if i == chars.count { return true }
        guard chars[i] == "：" || chars[i] == ":" else { return false }
        return chars.count <= 40 && !endsSentence(chars[...])
            && !chars[(i + 1)...].contains { $0 == "，" || $0 == "," || $0 == "；" || $0 == ";" }
    }

    /// `一、`, `十二、`, `1.`, `1．`, `1、`, `（1）`, `(1)` at the start of a line (not `1.5`).
    static func startsWithListMarker(_ chars: Scalars) -> Bool {
        let n = chars.count
        var i = 0
        while i < n, i < 4, itemNumeralScalars.contains(chars[i]) { i += 1 }
        if i > 0 { return i < n && chars[i] == "、" }
        let paren = n > 0 && (chars[0] == "（" || chars[0] == "(")
        if paren { i = 1 }
        let start = i
        while i < n, i - start < 3, isASCIIDigit(chars[i]) { i += 1 }
        guard i > start, i < n else { return false }
        if paren { return chars[i] == "）" || chars[i] == ")" }
        if chars[i] == "、" || chars[i] == "．" { return true }
        return chars[i] == "." && !(i + 1 < n && isASCIIDigit(chars[i + 1]))
    }

    // MARK: Labels

    enum LabelKind: Equatable { case part, subpart, chapter, section, article }

    struct Label {
        let kind: LabelKind
        /// `第五条`, `第十条之一`, `第一章` without spaces.
        let label: Scalars
        let number: Scalars
        let suffix: Scalars?
        /// Whether the label is followed by a space (or ends the line).
        let separated: Bool
        /// Index (in the collection given) where the text after the label and its spaces starts.
        let restStart: Int
    }

    /// Reads `第 五 条`, `第十条之一`, `第一章`, `第二编`, `第一分编`, `第三节` at the start of a line.
    static func leadingLabel(_ chars: ArraySlice<Unicode.Scalar>) -> Label? {
        let n = chars.endIndex
        var i = chars.startIndex
        guard n - i >= 3, chars[i] == "第" else { return nil }
        i += 1
        func skipSpaces() { while i < n, chars[i] == " " { i += 1 } }
        func numeral() -> Scalars {
            var s: Scalars = []
            while i < n {
                if numeralScalars.contains(chars[i]) { s.append(chars[i]); i += 1; continue }
                if chars[i] == " ", !s.isEmpty {
                    var j = i
                    while j < n, chars[j] == " " { j += 1 }
                    if j < n, numeralScalars.contains(chars[j]) { i = j; continue }
                }
                break
            }
            return s
        }
        skipSpaces()
        let number = numeral()
        guard !number.isEmpty, number.count <= 12 else { return nil }
        skipSpaces()
        guard i < n else { return nil }
        let kind: LabelKind
        let kindText: Scalars
        switch chars[i] {
        case "条": kind = .article; kindText = ["条"]; i += 1
        case "章": kind = .chapter; kindText = ["章"]; i += 1
        case "节": kind = .section; kindText = ["节"]; i += 1
        case "编": kind = .part; kindText = ["编"]; i += 1
        case "分" where i + 1 < n && chars[i + 1] == "编": kind = .subpart; kindText = ["分", "编"]; i += 2
        default: return nil
        }
        var suffix: Scalars?
        if kind == .article {
            let save = i
            skipSpaces()
            if i < n, chars[i] == "之" {
                i += 1
                skipSpaces()
                let s = numeral()
                if s.isEmpty { i = save } else { suffix = s }
            } else {
                i = save
            }
        }
        let separated = i == n || chars[i] == " "
        skipSpaces()
        var label: Scalars = ["第"] + number + kindText
        if let suffix { label += ["之"] + suffix }
        return Label(kind: kind, label: label, number: number, suffix: suffix, separated: separated, restStart: i)
    }

    /// `（一）` / `(一)` at the start: (number, label length in scalars).
    static func leadingItemLabel(_ chars: ArraySlice<Unicode.Scalar>) -> (number: Int, length: Int)? {
        let start = chars.startIndex
        guard let first = chars.first, first == "（" || first == "(" else { return nil }
        var i = start + 1
        while i < chars.endIndex, i - start <= 5, itemNumeralScalars.contains(chars[i]) { i += 1 }
        guard i > start + 1, i < chars.endIndex, chars[i] == "）" || chars[i] == ")",
              let value = LegalStructureParser.number(chars[(start + 1)..<i]) else { return nil }
        return (value, i + 1 - start)
    }

    // MARK: Punctuation and spaces

    /// Half-width punctuation in Chinese context → full-width.
    static func convertPunctuation(_ chars: Scalars) -> Scalars {
        var out = chars
        let n = chars.count
        // Brackets, by pair: a pair is Chinese when its content or its outside neighbours are.
        var stack: [Int] = []
        var unmatched: [Int] = []
        var pairs: [(Int, Int)] = []
        var hasHalfWidth = false
        for i in 0..<n {
            switch chars[i] {
            case "(", "（": stack.append(i); hasHalfWidth = hasHalfWidth || chars[i] == "("
            case ")", "）": if let o = stack.popLast() { pairs.append((o, i)) } else { unmatched.append(i) }; hasHalfWidth = hasHalfWidth || chars[i] == ")"
            case ",", ";", ":", "?", "!", ".": hasHalfWidth = true
            default: break
            }
        }
        guard hasHalfWidth else { return out }
        unmatched += stack
        for (o, c) in pairs where chars[o] == "(" || chars[c] == ")" {
            let chinese = chars[o] == "（" || chars[c] == "）"
                || chars[(o + 1)..<c].contains(where: isWide)
                || (o > 0 && isWide(chars[o - 1])) || (c + 1 < n && isWide(chars[c + 1]))
            if chinese { out[o] = "（"; out[c] = "）" }
        }
        for u in unmatched where chars[u] == "(" || chars[u] == ")" {
            if (u > 0 && isWide(chars[u - 1])) || (u + 1 < n && isWide(chars[u + 1])) {
                out[u] = chars[u] == "(" ? "（" : "）"
            }
        }
        for i in 0..<n {
            let wide: Unicode.Scalar
            switch chars[i] {
            case ",": wide = "，"
            case ";": wide = "；"
            case ":": wide = "："
            case "?": wide = "？"
            case "!": wide = "！"
            case ".":
                // A dot that ends a Chinese sentence; not in numbers, not in ASCII text, not `...`.
                if i > 0, isIdeograph(out[i - 1]) || "）」』”".unicodeScalars.contains(out[i - 1]),
                   !(i + 1 < n && (isASCIIAlnum(out[i + 1]) || out[i + 1] == ".")) {
                    out[i] = "。"
                }
                continue
            default: continue
            }
            // , ; : ? ! next to Chinese text (spaces skipped).
            var l = i - 1
            while l >= 0, out[l] == " " { l -= 1 }
            var r = i + 1
            while r < n, out[r] == " " { r += 1 }
            if (l >= 0 && isWide(out[l])) || (r < n && isWide(out[r])) { out[i] = wide }
        }
        return out
    }

    /// Removes spaces between Chinese characters, next to Chinese punctuation and between a Chinese
    /// character and a digit; collapses other runs of spaces to one; trims.
    static func compactSpaces(_ chars: Scalars) -> Scalars {
        var out: Scalars = []
        out.reserveCapacity(chars.count)
        var i = 0
        let n = chars.count
        while i < n {
            if chars[i] == " " {
                var j = i
                while j < n, chars[j] == " " { j += 1 }
                if let a = out.last, j < n, !removableSpace(a, chars[j]) { out.append(" ") }
                i = j
                continue
            }
            out.append(chars[i])
            i += 1
        }
        return out
    }

    static func removableSpace(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        if isCJKPunctuation(a) || isCJKPunctuation(b) { return true }
        let ia = isIdeograph(a), ib = isIdeograph(b)
        if (ia || isCurlyQuote(a)) && (ib || isCurlyQuote(b)) && (ia || ib) { return true }
        if (ia && isASCIIDigit(b)) || (isASCIIDigit(a) && ib) { return true }
        return false
    }

    static func string<C: Sequence>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.underestimatedCount * 3)
        for u in scalars { UTF8.encode(u) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text without leading and trailing spaces.
    static func trimmedString(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var slice = scalars
        while slice.first == " " { slice.removeFirst() }
        while slice.last == " " { slice.removeLast() }
        return string(slice)
    }
}
