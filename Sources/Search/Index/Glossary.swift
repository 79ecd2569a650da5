import Foundation

/// The English → Chinese query glossary of the policy-library search.
///
/// The library holds Chinese laws and regulations and is indexed by character bigrams, so an
/// English query finds nothing until its English words are replaced by the Chinese terms the
/// texts use: `intellectual property pledge loan` becomes `知识产权质押贷款`, `technology transfer
/// law` becomes `科技成果转化法`, `young scientist funding` becomes `青年科技人才 经费 资助`.
///
/// Matching is greedy, longest first, over runs of English words (spaces and hyphens join a run;
/// Chinese text or punctuation ends it), case-insensitive and tolerant of simple inflection: plural
/// forms (`loans`, `technologies`, `enterprises`, `taxes`), possessives (`people's`) and British
/// spellings (`programme`, `centre`, `-isation`). An exact match of the written form is tried
/// before the inflection-tolerant one, so `measures` (办法) and `measure` (措施) can differ.
public struct Glossary: Sendable {
    /// One glossary line: an English phrase and the Chinese terms that replace it.
    struct Entry: Sendable, Equatable {
        /// Lowercase words separated by single spaces (hyphens read as spaces).
        let english: String
        /// Chinese terms, preferred first. `expand` emits all of them, so a term is listed only
        /// when it adds recall without adding noise.
        let chinese: [String]

        /// Normalises `english` to lowercase words separated by single spaces.
        init(english: String, chinese: [String]) {
            self.english = Glossary.words(of: english).joined(separator: " ")
            self.chinese = chinese
        }
    }

    /// The entries in the order given (for a repeated English key the first one counts).
    let entries: [Entry]
    /// Written form (lowercased) → index into `entries`.
    private let exactIndex: [String: Int]
    /// Inflection-tolerant form → index into `entries`.
    private let canonicalIndex: [String: Int]
    /// Words in the longest key.
    private let longestKey: Int

    /// Builds the lookup tables. An entry with an empty side is kept in `entries` but never matches;
    /// of two entries with the same English key the first one is used.
    init(entries: [Entry]) {
        var exact: [String: Int] = [:]
        var canonical: [String: Int] = [:]
        var longest = 0
        for (index, entry) in entries.enumerated() where !entry.english.isEmpty && !entry.chinese.isEmpty {
            let words = entry.english.split(separator: " ").map(String.init)
            longest = max(longest, words.count)
            if exact[entry.english] == nil { exact[entry.english] = index }
            let key = words.map(Glossary.canonical).joined(separator: " ")
            if let held = canonical[key] {
                // Two keys that differ only in inflection (`measures`, `measure`): the inflection-
                // tolerant form goes to the one already written in that form.
                if entries[held].english != key && entry.english == key { canonical[key] = index }
            } else {
                canonical[key] = index
            }
        }
        self.entries = entries
        self.exactIndex = exact
        self.canonicalIndex = canonical
        self.longestKey = longest
    }

    /// The number of entries.
    var count: Int { entries.count }

    /// The entry an English phrase resolves to (exact written form first, then inflection-tolerant).
    func entry(for english: String) -> Entry? {
        let words = Glossary.words(of: english)
        guard !words.isEmpty else { return nil }
        return lookup(words[...], canonical: words.map(Glossary.canonical)[...])
    }

    /// Translates the English parts of a query. Each longest-matching English phrase is replaced by
    /// its Chinese terms (space-separated); English words with no entry and all other text (Chinese,
    /// digits, punctuation) are kept as they are, in order, separated by single spaces. One
    /// exception: the name of a legal instrument (`law` 法, `regulation` 条例, `measures` 办法, …)
    /// right after a phrase translated to a single term is joined onto it, as Chinese titles write
    /// it: `technology transfer law` → `科技成果转化法`. Returns nil when no English word matched.
    public func expand(_ query: String) -> String? {
        var pieces: [String] = []
        var run: [String] = []
        var matched = false

        func flushRun() {
            guard !run.isEmpty else { return }
            let lower = run.map { $0.lowercased() }
            let canonical = lower.map(Glossary.canonical)
            // Whether the last piece is a single Chinese term translated from this run, so that a
            // following `law`/`regulation`/`measures` can be written onto it (科技成果转化法).
            var joinable = false
            var i = 0
            while i < run.count {
                var found = false
                for length in stride(from: min(longestKey, run.count - i), through: 1, by: -1) {
                    if let entry = lookup(lower[i..<(i + length)], canonical: canonical[i..<(i + length)]) {
                        if joinable, entry.chinese.count == 1, Glossary.titleSuffixes.contains(entry.chinese[0]) {
                            pieces[pieces.count - 1] += entry.chinese[0]
                        } else {
                            pieces.append(entry.chinese.joined(separator: " "))
                            joinable = entry.chinese.count == 1
                        }
                        matched = true
                        found = true
                        i += length
                        break
                    }
                }
                if !found {
                    pieces.append(run[i])
                    joinable = false
                    i += 1
                }
            }
            run.removeAll()
        }

        for token in Glossary.tokens(of: query) {
            switch token {
            case .word(let word): run.append(word)
            case .other(let text):
                flushRun()
                pieces.append(text)
            }
        }
        flushRun()
        return matched ? pieces.joined(separator: " ") : nil
    }

    /// Whether the query is mostly English: its letters a–z outweigh its CJK characters.
    static func isEnglish(_ query: String) -> Bool {
        var letters = 0
        var cjk = 0
        for scalar in query.unicodeScalars {
            if isASCIILetter(scalar) { letters += 1 } else if isCJK(scalar) { cjk += 1 }
        }
        return letters > cjk
    }

    // MARK: - Matching

    /// Chinese names of legal instruments. English puts them after the subject as a separate word
    /// (`technology transfer law`), Chinese writes them onto it (科技成果转化法), and the joined form
    /// is what a title contains, so after a single-term translation they are joined, not spaced.
    static let titleSuffixes: Set<String> = [
        "法", "条例", "办法", "规定", "规则", "细则", "实施细则", "管理办法", "暂行办法", "实施办法",
    ]

    private func lookup(_ lower: ArraySlice<String>, canonical: ArraySlice<String>) -> Entry? {
        if let index = exactIndex[lower.joined(separator: " ")] { return entries[index] }
        if let index = canonicalIndex[canonical.joined(separator: " ")] { return entries[index] }
        return nil
    }

    private static let irregular: [String: String] = [
        "children": "child", "women": "woman", "men": "man", "criteria": "criterion",
        "programme": "program", "labour": "labor", "centre": "center", "licence": "license",
        "organisation": "organization", "defence": "defense",
    ]

    /// The inflection-tolerant form of one lowercased word: `&` reads as `and`, possessives and
    /// apostrophes go, plurals become singular, a few British spellings become American.
    static func canonical(_ word: String) -> String {
        if word == "&" { return "and" }
        var w = word.replacingOccurrences(of: "\u{2019}", with: "'")
        if w.hasSuffix("'s") { w.removeLast(2) } else if w.hasSuffix("'") { w.removeLast() }
        w = w.replacingOccurrences(of: "'", with: "")
        if let mapped = irregular[w] { return mapped }
        w = singular(w)
        if let mapped = irregular[w] { return mapped }
        if w.hasSuffix("isation") { w = String(w.dropLast(7)) + "ization" }
        return w
    }

    /// Plural → singular by suffix: `-ies` → `-y`, `-sses/-xes/-ches/-shes` lose `-es`, otherwise a
    /// final `-s` goes unless the word ends in `-ss`, `-us` or `-is`.
    private static func singular(_ w: String) -> String {
        if w.count > 4 && w.hasSuffix("ies") { return String(w.dropLast(3)) + "y" }
        if w.hasSuffix("sses") || w.hasSuffix("xes") || w.hasSuffix("ches") || w.hasSuffix("shes") {
            return String(w.dropLast(2))
        }
        if w.count >= 3 && w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is") {
            return String(w.dropLast())
        }
        return w
    }

    // MARK: - Tokens

    enum Token: Equatable {
        /// A run of ASCII letters and digits (with `&` and inner apostrophes).
        case word(String)
        /// Anything else but spaces: Chinese text, punctuation, other scripts.
        case other(String)
    }

    /// Splits a query into words and other text. Spaces separate tokens and hyphens between two
    /// word characters separate words; neither is kept.
    static func tokens(of text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var word = String.UnicodeScalarView()
        var other = String.UnicodeScalarView()
        func flushWord() {
            if !word.isEmpty { tokens.append(.word(String(word))); word = String.UnicodeScalarView() }
        }
        func flushOther() {
            if !other.isEmpty { tokens.append(.other(String(other))); other = String.UnicodeScalarView() }
        }
        for (i, scalar) in scalars.enumerated() {
            let previous = i > 0 ? scalars[i - 1] : nil
            let next = i + 1 < scalars.count ? scalars[i + 1] : nil
            if isWordScalar(scalar) || (isApostrophe(scalar) && previous.map(isWordScalar) == true) {
                flushOther()
                word.append(scalar)
            } else if scalar.properties.isWhitespace {
                flushWord()
                flushOther()
            } else if isHyphen(scalar), previous.map(isWordScalar) == true, next.map(isWordScalar) == true {
                flushWord()
            } else {
                flushWord()
                other.append(scalar)
            }
        }
        flushWord()
        flushOther()
        return tokens
    }

    /// Lowercase words of an English phrase (for entry keys).
    static func words(of english: String) -> [String] {
        tokens(of: english).compactMap { token in
            if case .word(let w) = token { return w.lowercased() } else { return nil }
        }
    }

    private static func isASCIILetter(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A)
    }

    private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        isASCIILetter(s) || (s.value >= 0x30 && s.value <= 0x39) || s == "&"
    }

    private static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }

    private static func isHyphen(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "\u{2010}" || s == "\u{2011}" || s == "\u{2013}"
    }

    /// CJK unified ideographs (basic, extensions A–F) and compatibility ideographs.
    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2EBEF, 0xF900...0xFAFF, 0x2F800...0x2FA1F: return true
        default: return false
        }
    }
}

// MARK: - The standard glossary

/// Why a glossary table could not be loaded. Without its glossary the policy search would quietly
/// find nothing for English queries, so a node that cannot load it does not start.
public struct GlossaryLoadError: Error, CustomStringConvertible, Sendable {
    public let description: String
}

extension Glossary {
    /// The built-in glossary of Chinese science-and-technology law and policy: the table
    /// `Resources/glossary.txt` bundled with this module, read once. Throws `GlossaryLoadError`
    /// when the file is missing or unreadable, has no entries, or has a line that is not an entry,
    /// a comment or blank — never an empty or partial glossary.
    public static func standard() throws -> Glossary {
        try loadedStandard.get()
    }

    private static let loadedStandard: Result<Glossary, GlossaryLoadError> = {
        do {
            return .success(try Glossary(table: standardTable()))
        } catch let error as GlossaryLoadError {
            return .failure(error)
        } catch {
            return .failure(GlossaryLoadError(description: "the glossary could not be loaded: \(error)"))
        }
    }()

    /// The text of the bundled table.
    static func standardTable() throws -> String {
        guard let url = Bundle.module.url(forResource: "glossary", withExtension: "txt", subdirectory: "Resources") else {
            throw GlossaryLoadError(description: "the glossary table Resources/glossary.txt is missing from \(Bundle.module.bundlePath)")
        }
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw GlossaryLoadError(description: "the glossary table \(url.path) could not be read: \(error)")
        }
    }

    /// A glossary from a table in the format `parse` reads, refusing a table with a malformed line
    /// or without any entry.
    init(table: String) throws {
        let parsed = Glossary.parse(table)
        guard parsed.malformed.isEmpty else {
            throw GlossaryLoadError(description: "the glossary table has lines that are not `english = 中文`: \(parsed.malformed.prefix(5))")
        }
        guard !parsed.entries.isEmpty else {
            throw GlossaryLoadError(description: "the glossary table has no entries")
        }
        self.init(entries: parsed.entries)
    }

    /// Reads a glossary table: one entry a line, `english phrase = 中文 中文…` (Chinese terms separated
    /// by spaces, preferred first); blank lines and lines starting with `#` are skipped. Lines that do
    /// not have both sides are returned as `malformed`.
    static func parse(_ table: String) -> (entries: [Entry], malformed: [String]) {
        var entries: [Entry] = []
        var malformed: [String] = []
        for line in table.split(whereSeparator: \.isNewline) {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.isEmpty || text.hasPrefix("#") { continue }
            let sides = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard sides.count == 2 else { malformed.append(text); continue }
            let entry = Entry(english: String(sides[0]), chinese: sides[1].split(separator: " ").map(String.init))
            guard !entry.english.isEmpty, !entry.chinese.isEmpty else { malformed.append(text); continue }
            entries.append(entry)
        }
        return (entries, malformed)
    }
}
