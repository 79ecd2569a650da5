import Foundation

/// The one tokenizer of the policy search, used for indexing and for queries alike.
///
/// Rules: NFKC, then lowercase; a run of CJK ideographs becomes its overlapping character
/// bigrams (a run of one character becomes that character, a unigram); a run of ASCII letters
/// and digits becomes one word; every other character separates tokens.
///
/// `PolicySearchIndex` additionally indexes every CJK character as a unigram (see
/// `TokenScanner.scan(_:unigrams:_:)`), so that a query of a single character finds every
/// article containing it, not only those where it stands alone.
public enum PolicyTokenizer {
    /// Tokens of `text` in order of appearance (duplicates kept).
    public static func tokens(_ text: String) -> [String] {
        let scalars = TextNormalizer.normalizedScalars(text)
        var out: [String] = []
        scalars.withUnsafeBufferPointer { buf in
            TokenScanner.scan(buf, unigrams: false) { _, start, end in
                out.append(TokenScanner.string(buf, start, end))
            }
        }
        return out
    }

    /// Tokens of a query, grouped by the whitespace-separated words the user typed (for
    /// phrase/proximity logic). Words without any token are dropped.
    static func queryGroups(_ query: String) -> [[String]] {
        queryKeyGroups(query).map { $0.map(\.text) }
    }

    /// A query token: its text and the key the index knows it by.
    struct QueryToken: Hashable, Sendable {
        let text: String
        let key: UInt64
    }

    /// Like `queryGroups`, with the index keys.
    static func queryKeyGroups(_ query: String) -> [[QueryToken]] {
        let scalars = TextNormalizer.normalizedScalars(query)
        var groups: [[QueryToken]] = []
        scalars.withUnsafeBufferPointer { buf in
            var start = 0
            let n = buf.count
            while start < n {
                while start < n && TokenScanner.isWhitespace(buf[start]) { start += 1 }
                var end = start
                while end < n && !TokenScanner.isWhitespace(buf[end]) { end += 1 }
                if end > start {
                    var group: [QueryToken] = []
                    let word = UnsafeBufferPointer(rebasing: buf[start..<end])
                    TokenScanner.scan(word, unigrams: false) { key, s, e in
                        group.append(QueryToken(text: TokenScanner.string(word, s, e), key: key))
                    }
                    if !group.isEmpty { groups.append(group) }
                }
                start = end
            }
        }
        return groups
    }
}

// MARK: - Token keys

/// Every token is a 64-bit key: the top three bits say what it is.
/// unigram: the code point; bigram: two 21-bit code points; a word of at most 10 ASCII
/// letters/digits: 6 bits per character; a longer word: a 61-bit hash of it.
enum TokenKey {
    static let unigramTag: UInt64 = 1 << 61
    static let bigramTag: UInt64 = 2 << 61
    static let shortWordTag: UInt64 = 3 << 61
    static let longWordTag: UInt64 = 4 << 61
    static let tagMask: UInt64 = 7 << 61

    @inline(__always) static func unigram(_ c: UInt32) -> UInt64 { unigramTag | UInt64(c) }
    @inline(__always) static func bigram(_ a: UInt32, _ b: UInt32) -> UInt64 {
        bigramTag | (UInt64(a) << 21) | UInt64(b)
    }
    @inline(__always) static func isUnigram(_ k: UInt64) -> Bool { k & tagMask == unigramTag }

    @inline(__always) static func word(_ buf: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> UInt64 {
        if end - start <= 10 {
            var v: UInt64 = 0
            for i in start..<end {
                let c = buf[i]
                // a-z -> 1...26, 0-9 -> 27...36
                let code: UInt64 = c >= 0x61 ? UInt64(c - 0x61 + 1) : UInt64(c - 0x30 + 27)
                v = (v << 6) | code
            }
            return shortWordTag | v
        }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325   // FNV-1a, then a final avalanche
        for i in start..<end {
            h ^= UInt64(buf[i])
            h = h &* 0x0000_0100_0000_01B3
        }
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        return longWordTag | (h & ~tagMask)
    }
}

// MARK: - Normalisation

enum TextNormalizer {
    /// NFKC + lowercase, as Unicode scalar values. Text made only of ASCII, CJK ideographs and
    /// common CJK punctuation (almost all of the corpus) takes a fast path that gives the same
    /// result without calling into Foundation.
    static func normalizedScalars(_ text: String) -> [UInt32] {
        var out: [UInt32] = []
        normalize(text, into: &out)
        return out
    }

    /// `normalizedScalars` into a reused buffer (replacing its contents).
    static func normalize(_ text: String, into out: inout [UInt32]) {
        out.removeAll(keepingCapacity: true)
        out.reserveCapacity(text.utf8.count)
        if appendFast(text, into: &out) { return }
        out.removeAll(keepingCapacity: true)
        for s in text.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
            out.append(s.value)
        }
    }

    /// Decodes UTF-8 directly; returns false (leaving a partial result in `out`) at the first
    /// scalar that normalisation could turn into (or out of) a token character.
    private static func appendFast(_ text: String, into out: inout [UInt32]) -> Bool {
        var text = text
        return text.withUTF8 { bytes -> Bool in
            var i = 0
            let n = bytes.count
            while i < n {
                let b0 = UInt32(bytes[i])
                if b0 < 0x80 {
                    out.append(b0 >= 0x41 && b0 <= 0x5A ? b0 | 0x20 : b0)
                    i += 1
                    continue
                }
                var c: UInt32
                if b0 < 0xE0 {
                    c = ((b0 & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F)
                    i += 2
                } else if b0 < 0xF0 {
                    c = ((b0 & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6) | (UInt32(bytes[i + 2]) & 0x3F)
                    i += 3
                } else {
                    c = ((b0 & 0x07) << 18) | ((UInt32(bytes[i + 1]) & 0x3F) << 12)
                        | ((UInt32(bytes[i + 2]) & 0x3F) << 6) | (UInt32(bytes[i + 3]) & 0x3F)
                    i += 4
                }
                if !isStable(c) { return false }
                out.append(c)
            }
            return true
        }
    }

    /// The first `limit` Unicode scalars of `text` as they are (not normalised); `stable` when
    /// all of them pass `isStable` (then NFKC + lowercase only lowercases ASCII letters).
    static func decodePrefix(_ text: String, limit: Int, into out: inout [UInt32]) -> (stable: Bool, truncated: Bool) {
        out.removeAll(keepingCapacity: true)
        var text = text
        return text.withUTF8 { bytes -> (Bool, Bool) in
            var i = 0
            var stable = true
            let n = bytes.count
            while i < n {
                if out.count == limit { return (stable, true) }
                let b0 = UInt32(bytes[i])
                var c: UInt32
                if b0 < 0x80 {
                    c = b0
                    i += 1
                } else if b0 < 0xE0 {
                    c = ((b0 & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F)
                    i += 2
                } else if b0 < 0xF0 {
                    c = ((b0 & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6) | (UInt32(bytes[i + 2]) & 0x3F)
                    i += 3
                } else {
                    c = ((b0 & 0x07) << 18) | ((UInt32(bytes[i + 1]) & 0x3F) << 12)
                        | ((UInt32(bytes[i + 2]) & 0x3F) << 6) | (UInt32(bytes[i + 3]) & 0x3F)
                    i += 4
                }
                if stable && c >= 0x80 && !isStable(c) { stable = false }
                out.append(c)
            }
            return (stable, false)
        }
    }

    /// NFKC + lowercase of one scalar (for snippets, which need offsets into the original).
    static func normalizeScalar(_ c: UInt32, into out: inout [UInt32]) {
        if c < 0x80 {
            out.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
        } else if isStable(c) {
            out.append(c)
        } else if let u = Unicode.Scalar(c) {
            for s in String(Character(u)).precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
                out.append(s.value)
            }
        }
    }

    /// True when NFKC + lowercase leaves `c` unchanged, or changes it only into another
    /// separator (so tokenisation is unaffected).
    @inline(__always) static func isStable(_ c: UInt32) -> Bool {
        switch c {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF: return true          // CJK unified ideographs
        case 0x20000...0x2F7FF, 0x2FA20...0x2FFFF: return true      // extensions B… (not compat)
        case 0x2000...0x206F: return true                           // general punctuation
        case 0x3000...0x3037, 0x303B...0x303F: return true          // CJK punctuation (not 〸〹〺)
        case 0xFF00...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65: return true
        case 0xFFE0...0xFFEE: return true
        case 0x00A0, 0x00A7, 0x00AB, 0x00B0, 0x00B1, 0x00B7, 0x00BB, 0x00D7, 0x00F7: return true
        case 0x2190...0x21FF, 0x2500...0x25FF, 0x2605, 0x2606: return true  // arrows, boxes, shapes
        default: return false
        }
    }
}

// MARK: - Scanning

enum TokenScanner {
    @inline(__always) static func isCJK(_ c: UInt32) -> Bool {
        (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)
            || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF)
    }

    @inline(__always) static func isWordChar(_ c: UInt32) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39)
    }

    @inline(__always) static func isWhitespace(_ c: UInt32) -> Bool {
        c == 0x20 || (c >= 0x09 && c <= 0x0D) || c == 0x85 || c == 0xA0 || c == 0x1680
            || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F
            || c == 0x205F || c == 0x3000
    }

    /// Calls `emit(key, start, end)` for every token, `start..<end` in scalar offsets.
    /// With `unigrams`, every CJK character inside a run of two or more is also emitted as a
    /// unigram (a run of one is a unigram either way), after the run's bigrams.
    @inline(__always)
    static func scan(_ buf: UnsafeBufferPointer<UInt32>, unigrams: Bool,
                     _ emit: (UInt64, Int, Int) -> Void) {
        let n = buf.count
        var i = 0
        while i < n {
            let c = buf[i]
            if isCJK(c) {
                var j = i + 1
                while j < n && isCJK(buf[j]) { j += 1 }
                if j - i == 1 {
                    emit(TokenKey.unigram(c), i, j)
                } else {
                    var prev = c
                    for k in (i + 1)..<j {
                        let cur = buf[k]
                        emit(TokenKey.bigram(prev, cur), k - 1, k + 1)
                        prev = cur
                    }
                    if unigrams {
                        for k in i..<j { emit(TokenKey.unigram(buf[k]), k, k + 1) }
                    }
                }
                i = j
            } else if isWordChar(c) {
                var j = i + 1
                while j < n && isWordChar(buf[j]) { j += 1 }
                emit(TokenKey.word(buf, i, j), i, j)
                i = j
            } else {
                i += 1
            }
        }
    }

    static func string(_ buf: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> String {
        var s = String.UnicodeScalarView()
        for i in start..<end {
            if let u = Unicode.Scalar(buf[i]) { s.append(u) }
        }
        return String(s)
    }
}
