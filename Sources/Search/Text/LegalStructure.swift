import Foundation

/// An item (项) of a paragraph: `（二）…`.
struct LegalItem: Sendable, Equatable {
    let number: Int
    /// `（二）`
    let label: String
    /// The item's text without its label (`（二）`); sub-items (`1．…`) on their own lines stay in it.
    let text: String

    init(number: Int, label: String, text: String) {
        self.number = number
        self.label = label
        self.text = text
    }
}

/// A paragraph (款) of an article.
struct LegalParagraph: Sendable, Equatable {
    let number: Int
    /// The full paragraph: its lead-in and its items. Items that stood on lines of their own in the
    /// official text stay on lines of their own (`\n`); inline items stay inline.
    let text: String
    let items: [LegalItem]

    init(number: Int, text: String, items: [LegalItem]) {
        self.number = number
        self.text = text
        self.items = items
    }
}

/// An article (条).
public struct LegalArticle: Sendable, Equatable {
    /// 50 for `第五十条`
    public let number: Int
    /// 1 for `第十条之一`, nil for `第十条`
    public let suffix: Int?
    /// `第五十条`, `第十条之一` (no spaces)
    public let label: String
    /// Index into `LegalDocumentStructure.chapters` of the chapter the article stands in; nil when
    /// it stands in none (a text without chapters, or directly under a part `第一编`).
    public let chapter: Int?
    let paragraphs: [LegalParagraph]

    /// The paragraphs joined with `\n`, without the label.
    public var text: String { paragraphs.map(\.text).joined(separator: "\n") }

    init(number: Int, suffix: Int?, label: String, chapter: Int?, paragraphs: [LegalParagraph]) {
        self.number = number
        self.suffix = suffix
        self.label = label
        self.chapter = chapter
        self.paragraphs = paragraphs
    }
}

/// A chapter (章).
public struct LegalChapter: Sendable, Equatable {
    public let number: Int
    /// `第一章`
    public let label: String
    /// `总则`
    public let title: String

    init(number: Int, label: String, title: String) {
        self.number = number
        self.label = label
        self.title = title
    }
}

/// An official text split into chapters, articles, paragraphs and items.
public struct LegalDocumentStructure: Sendable, Equatable {
    /// Text before the first chapter or article (title, adoption notes, preface), one line per
    /// paragraph; the table of contents (目录) is left out.
    public let preamble: String
    public let chapters: [LegalChapter]
    public let articles: [LegalArticle]
    /// Text after the articles that starts with an appendix heading (`附件一`, `附录`, `附表`), one line
    /// per paragraph; empty when there is none. It belongs to no article.
    public let appendix: String

    init(preamble: String, chapters: [LegalChapter], articles: [LegalArticle], appendix: String = "") {
        self.preamble = preamble
        self.chapters = chapters
        self.articles = articles
        self.appendix = appendix
    }

    func article(number: Int, suffix: Int? = nil) -> LegalArticle? {
        articles.first { $0.number == number && $0.suffix == suffix }
    }

    /// Resolves `第五十条第一款第二项`, `第五十条`, `第十条之一第二款`, `Art. 50(1)(2)`, `50(1)`;
    /// nil when it does not exist.
    ///
    /// Returns the article's text (without its label), the paragraph's text, or the item's text
    /// (without its label `（二）`). `第X条第二项` without a paragraph is read in the one paragraph
    /// of the article that has items.
    func resolve(_ citation: String) -> String? {
        guard let ref = LegalCitation(citation),
              let article = article(number: ref.article, suffix: ref.suffix) else { return nil }
        let paragraph: LegalParagraph
        if let p = ref.paragraph {
            guard p >= 1, p <= article.paragraphs.count else { return nil }
            paragraph = article.paragraphs[p - 1]
        } else {
            guard ref.item != nil else { return article.text }
            let withItems = article.paragraphs.filter { !$0.items.isEmpty }
            guard withItems.count == 1 else { return nil }
            paragraph = withItems[0]
        }
        guard let item = ref.item else { return paragraph.text }
        return paragraph.items.first { $0.number == item }?.text
    }
}

/// A citation read from `第五十条第一款第二项` or `Art. 50(1)(2)`.
struct LegalCitation: Equatable {
    var article: Int
    var suffix: Int?
    var paragraph: Int?
    var item: Int?

    init(article: Int, suffix: Int? = nil, paragraph: Int? = nil, item: Int? = nil) {
        self.article = article
        self.suffix = suffix
        self.paragraph = paragraph
        self.item = item
    }

    init?(_ citation: String) {
        let chars = LegalText.foldWidth(Array(citation.unicodeScalars)).filter { !$0.properties.isWhitespace }
        guard let first = chars.first else { return nil }
        guard let parsed = first == "第" ? Self.chinese(chars) : Self.english(chars) else { return nil }
        self = parsed
    }

    /// `第五十条`, `第十条之一`, `第五十条第一款`, `第五十条第一款第二项`, `第五十条第一款第（二）项`.
    private static func chinese(_ chars: [Unicode.Scalar]) -> LegalCitation? {
        var i = 0
        let n = chars.count
        func number(allowParens: Bool) -> Int? {
            var paren = false
            if allowParens, i < n, chars[i] == "（" || chars[i] == "(" { paren = true; i += 1 }
            let start = i
            while i < n, LegalText.numeralScalars.contains(chars[i]) { i += 1 }
            let digits = chars[start..<i]
            if paren {
                guard i < n, chars[i] == "）" || chars[i] == ")" else { return nil }
                i += 1
            }
            return LegalStructureParser.number(digits)
        }
        func expect(_ c: Unicode.Scalar) -> Bool {
            guard i < n, chars[i] == c else { return false }
            i += 1
            return true
        }
        guard expect("第"), let article = number(allowParens: false), article > 0, expect("条") else { return nil }
        var ref = LegalCitation(article: article)
        if expect("之") {
            guard let s = number(allowParens: false), s > 0 else { return nil }
            ref.suffix = s
        }
        while i < n {
            // `第二款`, `第二项`, `第（二）项`, or `（二）` at the end.
            let hadOrdinal = expect("第")
            guard let value = number(allowParens: true), value > 0 else { return nil }
            if i < n, chars[i] == "款", hadOrdinal, ref.paragraph == nil, ref.item == nil {
                ref.paragraph = value
                i += 1
            } else if i < n, chars[i] == "项", ref.item == nil {
                ref.item = value
                i += 1
            } else if i == n, !hadOrdinal, ref.item == nil {
                ref.item = value   // `第五十条第一款（二）`
            } else {
                return nil
            }
        }
        return ref
    }

    /// `Art. 50(1)(2)`, `Article 50(1)`, `art 50`, `§ 50`, `50(1)`, `10-1(2)` (= 第十条之一第二款).
    private static func english(_ chars: [Unicode.Scalar]) -> LegalCitation? {
        var s = LegalText.string(chars).lowercased()[...]
        for prefix in ["article", "art.", "art", "§"] where s.hasPrefix(prefix) {
            s = s.dropFirst(prefix.count)
            break
        }
        let digits = s.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 6, let article = Int(digits), article > 0 else { return nil }
        s = s.dropFirst(digits.count)
        var ref = LegalCitation(article: article)
        if s.first == "-" {
            s = s.dropFirst()
            let suffix = s.prefix { $0.isASCII && $0.isNumber }
            guard suffix.count <= 3, let value = Int(suffix), value > 0 else { return nil }
            ref.suffix = value
            s = s.dropFirst(suffix.count)
        }
        var parts: [Int] = []
        while let open = s.first, open == "(" || open == "（" {
            s = s.dropFirst()
            let inner = s.prefix { $0 != ")" && $0 != "）" }
            s = s.dropFirst(inner.count)
            guard s.first == ")" || s.first == "）", inner.count <= 4, let value = Int(inner), value > 0 else { return nil }
            s = s.dropFirst()
            parts.append(value)
        }
        guard s.isEmpty, parts.count <= 2 else { return nil }
        ref.paragraph = parts.first
        ref.item = parts.count > 1 ? parts[1] : nil
        return ref
    }
}

/// Recovers the structure of an official legal text.
///
/// - Chapters: lines `第一章 总则`. Parts (`第一编`, `第一分编`) and sections (`第一节`) are recognised
///   as headings (they never end up in an article's text) but are not recorded; articles belong to
///   the chapter they stand in.
/// - The table of contents: after a `目录` line, the heading lines up to the repetition of its first
///   entry; without a `目录` line, headings that repeat before the first article.
/// - Articles: lines `第五条 …`, `第十条之一 …`, numbered in increasing order (a line that would go
///   back in the numbering is text of the current article).
/// - Paragraphs: one per line of the normalised text. Items: lines `（一）…` following a lead-in
///   (they belong to the paragraph of the lead-in), or `（一）…；（二）…` inline in a paragraph.
/// - An appendix heading after the articles (`附件一`, `附录`) starts the appendix: the rest of the
///   text goes to `appendix`, not into the last article.
/// - A short line without punctuation standing right before an article or heading (`法律责任` in
///   texts with unnumbered section titles) is a heading and is left out of the article before it.
public enum LegalStructureParser {
    public static func parse(_ raw: String) -> LegalDocumentStructure {
        var lines: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        for u in LegalTextNormalizer.normalize(raw).unicodeScalars {
            if u == "\n" {
                if !current.isEmpty { lines.append(current) }
                current.removeAll(keepingCapacity: true)
            } else {
                current.append(u)
            }
        }
        if !current.isEmpty { lines.append(current) }
        let labels = lines.map { LegalText.leadingLabel($0[...]) }
        let divisions = lines.indices.map { index -> Bool in
            guard let label = labels[index], label.separated, label.kind != .article else { return false }
            let rest = lines[index][label.restStart...]
            return rest.count <= 60 && !LegalText.endsSentence(rest)
        }

        var preamble: [String] = []
        var appendix: [String] = []
        var chapters: [LegalChapter] = []
        var drafts: [ArticleDraft] = []
        var currentChapter: Int?
        var inTOC = false
        var tocFirst: [Unicode.Scalar]?
        var firstDivision: [Unicode.Scalar]?
        var afterHeading: LegalText.LabelKind?   // the kind of the heading on the line before

        func articleStart(_ index: Int) -> (number: Int, suffix: Int?, label: [Unicode.Scalar], restStart: Int)? {
            guard let label = labels[index], label.kind == .article,
                  let number = number(label.number), number > 0 else { return nil }
            var suffix: Int?
            if let s = label.suffix {
                guard let value = Self.number(s), value > 0 else { return nil }
                suffix = value
            }
            if let last = drafts.last {
                guard (number, suffix ?? 0) > (last.number, last.suffix ?? 0) else { return nil }
                // Without a space after the label (`第七十五 条体育…`), only the very next article counts.
                if !label.separated && !(number == last.number + 1 || (number == last.number && suffix != nil)) { return nil }
            } else if !label.separated && number != 1 {
                return nil
            }
            return (number, suffix, label.label, label.restStart)
        }
        func headingLike(_ line: [Unicode.Scalar]) -> Bool {
            line.count <= 20 && !line.contains { LegalText.headingBreakers.contains($0) }
        }

        for index in lines.indices {
            let line = lines[index]
            if !appendix.isEmpty || (!drafts.isEmpty && LegalText.isAppendixHeading(line)) {
                appendix.append(LegalText.string(line))
                continue
            }
            if let heading = afterHeading {
                afterHeading = nil
                // A heading's title on the next line (`第五章` / `法律责任`) or broken over two lines.
                let beforeStructure = index + 1 < lines.count && (divisions[index + 1] || articleStart(index + 1) != nil)
                let titleEmpty = heading == .chapter ? chapters.last?.title.isEmpty == true : false
                if labels[index] == nil,
                   (titleEmpty && headingLike(line)) || (beforeStructure && line.count <= 40 && !LegalText.endsSentence(line[...])) {
                    if heading == .chapter, let chapter = chapters.last {
                        chapters[chapters.count - 1] = LegalChapter(number: chapter.number, label: chapter.label, title: chapter.title + LegalText.string(line))
                    }
                    continue
                }
            }
            if line == ["目", "录"] && drafts.isEmpty {
                inTOC = true
                tocFirst = nil
                continue
            }
            if divisions[index], let label = labels[index] {
                if inTOC {
                    if tocFirst == nil { tocFirst = label.label; continue }
                    if label.label != tocFirst { continue }
                    inTOC = false
                } else if drafts.isEmpty {
                    if firstDivision == nil {
                        firstDivision = label.label
                    } else if firstDivision == label.label {
                        // The headings so far were a table of contents without a `目录` line.
                        chapters.removeAll()
                        currentChapter = nil
                    }
                }
                afterHeading = label.kind
                switch label.kind {
                case .chapter:
                    let title = LegalText.string(line[label.restStart...])
                    chapters.append(LegalChapter(number: number(label.number) ?? 0, label: LegalText.string(label.label), title: title))
                    currentChapter = chapters.count - 1
                case .part, .subpart:
                    currentChapter = nil
                case .section, .article:
                    break
                }
                continue
            }
            if inTOC {
                if labels[index]?.kind != .article && headingLike(line) { continue }   // an entry without number
                inTOC = false
            }
            if let start = articleStart(index) {
                var draft = ArticleDraft(number: start.number, suffix: start.suffix, label: LegalText.string(start.label), chapter: currentChapter)
                if start.restStart < line.count { draft.lines.append(Array(line[start.restStart...])) }
                drafts.append(draft)
                continue
            }
            if drafts.isEmpty {
                preamble.append(LegalText.string(line))
                continue
            }
            if headingLike(line), LegalText.leadingItemLabel(line[...]) == nil, index + 1 < lines.count,
               divisions[index + 1] || articleStart(index + 1) != nil {
                continue   // an unnumbered section title (`法律责任`) before the next article or heading
            }
            // Text of the current article (also text between a heading and the next article).
            drafts[drafts.count - 1].lines.append(line)
        }
        return LegalDocumentStructure(
            preamble: preamble.joined(separator: "\n"),
            chapters: chapters,
            articles: drafts.map { $0.build() },
            appendix: appendix.joined(separator: "\n"))
    }

    /// Chinese numerals `一`…`九十九`, `一百`…`九千九百九十九` (with `零`/`〇`, `两`), or Arabic digits.
    /// `十一` = 11, `一百零一` = 101, `一百一十` = 110. Nil when the text is not a well-formed number.
    public static func chineseNumber(_ s: Substring) -> Int? {
        number(Array(s.trimmingCharacters(in: .whitespaces).unicodeScalars))
    }

    static func number<C: Collection>(_ s: C) -> Int? where C.Element == Unicode.Scalar {
        guard !s.isEmpty else { return nil }
        if s.allSatisfy(LegalText.isASCIIDigit) {
            guard s.count <= 9 else { return nil }
            return s.reduce(0) { $0 * 10 + Int($1.value - 0x30) }
        }
        var total = 0
        var digit: Int?
        var lastUnit = Int.max
        var afterZero = false
        for c in s {
            let d: Int?
            switch c {
            case "零", "〇": d = 0
            case "一": d = 1
            case "二", "两": d = 2
            case "三": d = 3
            case "四": d = 4
            case "五": d = 5
            case "六": d = 6
            case "七": d = 7
            case "八": d = 8
            case "九": d = 9
            default: d = nil
            }
            if let d {
                if d == 0 {
                    // `零` only between a unit and a digit: 一百零一, 一千零十.
                    guard digit == nil, lastUnit != Int.max, !afterZero else { return nil }
                    afterZero = true
                    continue
                }
                guard digit == nil else { return nil }
                digit = d
                continue
            }
            let u: Int
            switch c {
            case "十": u = 10
            case "百": u = 100
            case "千": u = 1000
            default: return nil
            }
            guard u < lastUnit else { return nil }
            if afterZero, lastUnit != Int.max, u >= lastUnit / 10 { return nil }   // 一百零十 is not a number
            let factor: Int
            if let digit { factor = digit } else if u == 10 { factor = 1 } else { return nil }   // 十 = 一十
            total += factor * u
            lastUnit = u
            digit = nil
            afterZero = false
        }
        if let digit {
            // A final digit is units: alone, after 十, or after 零.
            guard lastUnit == Int.max || lastUnit == 10 || afterZero else { return nil }
            total += digit
        } else if afterZero {
            return nil
        }
        return total
    }

    // MARK: - Articles

    struct ArticleDraft {
        let number: Int
        let suffix: Int?
        let label: String
        let chapter: Int?
        var lines: [[Unicode.Scalar]] = []

        init(number: Int, suffix: Int?, label: String, chapter: Int?) {
            self.number = number
            self.suffix = suffix
            self.label = label
            self.chapter = chapter
        }

        func build() -> LegalArticle {
            var paragraphs: [ParagraphDraft] = []
            for line in lines {
                let text = LegalText.string(line)
                if let found = LegalText.leadingItemLabel(line[...]) {
                    let item = LegalItem(number: found.number,
                                         label: "（" + LegalText.string(line[1..<(found.length - 1)]) + "）",
                                         text: LegalText.trimmedString(line[found.length...]))
                    if !paragraphs.isEmpty, !paragraphs[paragraphs.count - 1].items.isEmpty || found.number == 1 {
                        paragraphs[paragraphs.count - 1].lines.append(text)
                        paragraphs[paragraphs.count - 1].items.append(item)
                    } else {
                        paragraphs.append(ParagraphDraft(lines: [text], items: [item]))
                    }
                } else if let last = paragraphs.last, let item = last.items.last, Self.isSubItem(line) {
                    // `1．…` under an item stays with the item.
                    let p = paragraphs.count - 1
                    paragraphs[p].items[last.items.count - 1] = LegalItem(number: item.number, label: item.label, text: item.text + "\n" + text)
                    paragraphs[p].lines.append(text)
                } else {
                    paragraphs.append(ParagraphDraft(lines: [text], items: []))
                }
            }
            let built = paragraphs.enumerated().map { index, draft -> LegalParagraph in
                let text = draft.lines.joined(separator: "\n")
                let items = draft.items.isEmpty ? LegalStructureParser.inlineItems(text) : draft.items
                return LegalParagraph(number: index + 1, text: text, items: items)
            }
            return LegalArticle(number: number, suffix: suffix, label: label, chapter: chapter, paragraphs: built)
        }

        /// `1．`, `1.`, `1、`, `（1）`, `(1)` at the start of a line.
        static func isSubItem(_ line: [Unicode.Scalar]) -> Bool {
            var i = 0
            let paren = line.first == "（" || line.first == "("
            if paren { i = 1 }
            let start = i
            while i < line.count, LegalText.isASCIIDigit(line[i]) { i += 1 }
            guard i > start, i < line.count else { return false }
            return paren ? (line[i] == "）" || line[i] == ")") : (line[i] == "．" || line[i] == "." || line[i] == "、")
        }
    }

    struct ParagraphDraft {
        var lines: [String]
        var items: [LegalItem]
    }

    /// Items written inline: `……下列情形之一的：（一）……；（二）……。` (at least two, numbered from 一,
    /// each after `：；。，` or a line break, never `第（一）项`).
    static func inlineItems(_ text: String) -> [LegalItem] {
        let chars = Array(text.unicodeScalars)
        guard chars.contains("（") else { return [] }
        var starts: [(start: Int, bodyStart: Int, number: Int)] = []
        var i = 0
        while i < chars.count {
            if chars[i] == "（", i == 0 || "：；。，:;\n".unicodeScalars.contains(chars[i - 1]),
               let found = LegalText.leadingItemLabel(chars[i..<min(chars.count, i + 7)]),
               found.number == starts.count + 1 {
                starts.append((i, i + found.length, found.number))
                i += found.length
                continue
            }
            i += 1
        }
        guard starts.count >= 2 else { return [] }
        return starts.enumerated().map { k, s in
            let end = k + 1 < starts.count ? starts[k + 1].start : chars.count
            return LegalItem(number: s.number, label: LegalText.string(chars[s.start..<s.bodyStart]),
                             text: LegalText.trimmedString(chars[s.bodyStart..<end]))
        }
    }
}
