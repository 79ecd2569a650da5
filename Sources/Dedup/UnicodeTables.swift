/// Per-code-point tables for the Basic Multilingual Plane, built once per process (≈ 65,536
/// property look-ups, a few milliseconds), so that shingling a text is table look-ups for nearly
/// every character:
///
/// - `fastTarget[c]`: what NFKC + lowercase make of `c` when `c` can be handled on its own
///   (`noFast` otherwise). A code point is fast when it is a normalisation *boundary* (see
///   `isBoundary`) and either NFKC-case-folding and lowercasing leave it unchanged (ASCII, all CJK
///   ideographs, CJK punctuation such as 、。“” …) or it is one of the simple one-to-one
///   compatibility mappings spelled out below (full-width ASCII `！`…`～` → `!`…`~`, U+3000 → space,
///   upper-case ASCII → lower case). Everything else — Roman numerals, circled digits, ligatures,
///   combining marks, Greek capitals (final sigma), … — goes through Foundation's NFKC.
/// - `tokenClass[c]`: the class of an already-normalised code point: 0 separator, 1 part of an
///   ASCII `[0-9a-z]` run, 2 a single-character token (non-ASCII letter or number, `L*`/`N*`).
/// - `tokenHash[c]`: FNV-1a-64 of the UTF-8 bytes of `c`; `tokenPrefixState[c]`: the FNV-1a state
///   after absorbing the 8 little-endian bytes of that hash, i.e. the first third of every shingle
///   hash that starts with this token.
import Foundation

enum FNV {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// FNV-1a-64 of a byte sequence.
    @inline(__always)
    static func hash<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h = offset
        for b in bytes { h = (h ^ UInt64(b)) &* prime }
        return h
    }

    /// Continues FNV-1a over the 8 little-endian bytes of `v`.
    @inline(__always)
    static func absorb(_ state: UInt64, _ v: UInt64) -> UInt64 {
        var h = state
        h = (h ^ (v & 0xff)) &* prime
        h = (h ^ ((v >> 8) & 0xff)) &* prime
        h = (h ^ ((v >> 16) & 0xff)) &* prime
        h = (h ^ ((v >> 24) & 0xff)) &* prime
        h = (h ^ ((v >> 32) & 0xff)) &* prime
        h = (h ^ ((v >> 40) & 0xff)) &* prime
        h = (h ^ ((v >> 48) & 0xff)) &* prime
        h = (h ^ (v >> 56)) &* prime
        return h
    }

    /// FNV-1a-64 of the UTF-8 encoding of one code point.
    @inline(__always)
    static func hash(scalar c: UInt32) -> UInt64 {
        var h = offset
        if c < 0x80 {
            h = (h ^ UInt64(c)) &* prime
        } else if c < 0x800 {
            h = (h ^ UInt64(0xC0 | (c >> 6))) &* prime
            h = (h ^ UInt64(0x80 | (c & 0x3F))) &* prime
        } else if c < 0x10000 {
            h = (h ^ UInt64(0xE0 | (c >> 12))) &* prime
            h = (h ^ UInt64(0x80 | ((c >> 6) & 0x3F))) &* prime
            h = (h ^ UInt64(0x80 | (c & 0x3F))) &* prime
        } else {
            h = (h ^ UInt64(0xF0 | (c >> 18))) &* prime
            h = (h ^ UInt64(0x80 | ((c >> 12) & 0x3F))) &* prime
            h = (h ^ UInt64(0x80 | ((c >> 6) & 0x3F))) &* prime
            h = (h ^ UInt64(0x80 | (c & 0x3F))) &* prime
        }
        return h
    }
}

struct UnicodeTables: Sendable {
    static let noFast: UInt32 = 0xFFFF_FFFF
    static let shared = UnicodeTables()

    let fastTarget: [UInt32]
    let boundary: [Bool]
    let tokenClass: [UInt8]
    let tokenHash: [UInt64]
    let tokenPrefixState: [UInt64]

    private init() {
        var fast = [UInt32](repeating: Self.noFast, count: 0x10000)
        var bnd = [Bool](repeating: true, count: 0x10000)
        var cls = [UInt8](repeating: 0, count: 0x10000)
        var th = [UInt64](repeating: 0, count: 0x10000)
        var ps = [UInt64](repeating: 0, count: 0x10000)
        for c in UInt32(0)..<0x10000 {
            guard let s = Unicode.Scalar(c) else { continue }  // surrogates
            bnd[Int(c)] = Self.isBoundary(s)
            cls[Int(c)] = Self.computeTokenClass(s)
            let h = FNV.hash(scalar: c)
            th[Int(c)] = h
            ps[Int(c)] = FNV.absorb(FNV.offset, h)
            if c < 0x80 {
                fast[Int(c)] = (c >= 0x41 && c <= 0x5A) ? c + 0x20 : c
            } else if c >= 0xFF01 && c <= 0xFF5E {
                // Full-width ASCII: NFKC is exactly the ASCII character. Deliberately not
                // KechuangCore's `FullWidth`: this table is the NFKC + lowercase fast path of the
                // canonical `dedup-bench/1` shingling (FORMAT.md §2), which Dedup must compute on its
                // own, with no dependency, so that the benchmark format is self-contained.
                let a = c - 0xFEE0
                fast[Int(c)] = (a >= 0x41 && a <= 0x5A) ? a + 0x20 : a
            } else if c == 0x3000 {
                fast[Int(c)] = 0x20
            } else if bnd[Int(c)] {
                let p = s.properties
                if !p.changesWhenNFKCCaseFolded && !p.changesWhenLowercased { fast[Int(c)] = c }
            }
        }
        fastTarget = fast
        boundary = bnd
        tokenClass = cls
        tokenHash = th
        tokenPrefixState = ps
    }

    static func computeTokenClass(_ s: Unicode.Scalar) -> UInt8 {
        let v = s.value
        if v < 0x80 {
            if (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) { return 1 }
            return 0
        }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return 2
        default:
            return 0
        }
    }

    /// A code point before which NFKC of a text splits: NFKC(x + y) = NFKC(x) + NFKC(y) when y
    /// starts with a boundary. It must be a starter (combining class 0), not a mark (the
    /// combining starters that compose with a preceding character — Indic vowel signs and the
    /// like — are all `M*`), not a conjoining Hangul vowel/trailing jamo or a compatibility /
    /// half-width jamo that decomposes to one, and not one of the half-width katakana sound marks
    /// whose decomposition begins with a combining mark.
    static func isBoundary(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x300 { return true }
        if (v >= 0x1160 && v <= 0x11FF) || (v >= 0x3130 && v <= 0x318F) || (v >= 0xFFA0 && v <= 0xFFDF)
            || v == 0xFF9E || v == 0xFF9F || (v >= 0xD7B0 && v <= 0xD7FF) {
            return false
        }
        let p = s.properties
        if p.canonicalCombiningClass != .notReordered { return false }
        switch p.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return false
        default: return true
        }
    }

    @inline(__always)
    func tokenClass(_ c: UInt32) -> UInt8 {
        if c < 0x10000 { return tokenClass[Int(c)] }
        guard let s = Unicode.Scalar(c) else { return 0 }
        return Self.computeTokenClass(s)
    }

    @inline(__always)
    func isBoundary(_ c: UInt32) -> Bool {
        if c < 0x10000 { return boundary[Int(c)] }
        guard let s = Unicode.Scalar(c) else { return true }
        return Self.isBoundary(s)
    }
}
