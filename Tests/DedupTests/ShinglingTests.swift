/// Canonical shingling against the `dedup-bench/1` test vectors (FORMAT.md §6 /
/// test_vectors.json, copied here so that the tests need nothing outside the repository), and
/// the normalisation corner cases where the fast path must hand over to full NFKC + lowercase.
/// Expected values were produced by the kit's Python reference (`shingle.py`, Python 3.11).
import Foundation
import Testing
@testable import Dedup

struct FormatVector {
    let text: String
    let normalized: String
    let tokenHashes: [UInt64]
    let shinglesInOrder: [UInt64]
    let setSize: Int
}

let formatVectors: [FormatVector] = [
    FormatVector(
        text: "面向口岸服务的协同机制研究", normalized: "面向口岸服务的协同机制研究",
        tokenHashes: [0x7e704b1b9e30b89b, 0x19d45c1b6626e853, 0x19cfe61b662236fa, 0x1a47cf1b6688e94a, 0x3355771b747542f6,
                      0x19bfe81b66157a2d, 0x27d4c11b6d236f50, 0x19ca3a1b661e5a08, 0x19d4771b66271634, 0x33554a1b7474f67f,
                      0x19b8511b660e5aea, 0x271e351b6c892a12, 0x273ca51b6ca2e5f1],
        shinglesInOrder: [0xe7650a29d658250a, 0x080bbc72afaa0aff, 0x978e4c60a62831a7, 0xeb74ac161116be01, 0x7df373077be8d6c1,
                          0x419467d5dec2d58c, 0x847a9be2a69f5495, 0x559ad9d0fb011105, 0x17f9fb3099bf4b5c, 0x91878e98828b9968,
                          0x8f0ac1abcaeebfb1],
        setSize: 11),
    FormatVector(
        text: "面向口岸服务的协同机制若干问题研究", normalized: "面向口岸服务的协同机制若干问题研究",
        tokenHashes: [0x7e704b1b9e30b89b, 0x19d45c1b6626e853, 0x19cfe61b662236fa, 0x1a47cf1b6688e94a, 0x3355771b747542f6,
                      0x19bfe81b66157a2d, 0x27d4c11b6d236f50, 0x19ca3a1b661e5a08, 0x19d4771b66271634, 0x33554a1b7474f67f,
                      0x19b8511b660e5aea, 0x8a49651ba5cdac03, 0x1a5fcf1b669d7b2b, 0x7e5ba71b9e1ef8e5, 0x7dc3d31b9d9ee9de,
                      0x271e351b6c892a12, 0x273ca51b6ca2e5f1],
        shinglesInOrder: [0xe7650a29d658250a, 0x080bbc72afaa0aff, 0x978e4c60a62831a7, 0xeb74ac161116be01, 0x7df373077be8d6c1,
                          0x419467d5dec2d58c, 0x847a9be2a69f5495, 0x559ad9d0fb011105, 0x17f9fb3099bf4b5c, 0x9e4c250225e9e4a0,
                          0x63b01c520c8eb27e, 0x32942dee0d9d01a7, 0x091aa2ed7e926f13, 0x1f6917778f48cb9f, 0x67a59c344739d3b8],
        setSize: 15),
    FormatVector(
        text: "口岸服务协同机制研究：ＮＳＦＣ２０２３年度", normalized: "口岸服务协同机制研究:nsfc2023年度",
        tokenHashes: [0x19cfe61b662236fa, 0x1a47cf1b6688e94a, 0x3355771b747542f6, 0x19bfe81b66157a2d, 0x19ca3a1b661e5a08,
                      0x19d4771b66271634, 0x33554a1b7474f67f, 0x19b8511b660e5aea, 0x271e351b6c892a12, 0x273ca51b6ca2e5f1,
                      0x5777c7338a6fa080, 0x1a5fd51b669d855d, 0x1a62411b669ebfb8],
        shinglesInOrder: [0x978e4c60a62831a7, 0xeb74ac161116be01, 0x49447c2da8fa5b1f, 0x298012bccca70bfe, 0x559ad9d0fb011105,
                          0x17f9fb3099bf4b5c, 0x91878e98828b9968, 0x8f0ac1abcaeebfb1, 0x7becbc333092272b, 0x2c6efe68f8c12865,
                          0x67bde196ef91a1c9],
        setSize: 11),
    FormatVector(
        text: "Hello, NSFC-2023 grant #42 口岸", normalized: "hello, nsfc-2023 grant #42 口岸",
        tokenHashes: [0xa430d84680aabd0b, 0x498469ba480acb39, 0x18371f0b3585c44c, 0x32bc902977d5212d, 0x07ee7e07b4b19223,
                      0x19cfe61b662236fa, 0x1a47cf1b6688e94a],
        shinglesInOrder: [0x582051d19fb38592, 0x0719388b4be3a7a3, 0xddd6c22d9d2f0cd1, 0xd5d2fc1db2375257, 0xaa76fab6fb8f7cd2],
        setSize: 5),
]

/// FORMAT.md's pairwise table: (a, b, |A∩B|, |A∪B|).
let formatPairs: [(Int, Int, Int, Int)] = [(0, 1, 9, 17), (0, 2, 6, 16), (0, 3, 0, 16), (1, 2, 4, 22), (1, 3, 0, 20), (2, 3, 0, 16)]

@Test func test_fnv1a64_matchesFormatCheckValues() {
    #expect(FNV.hash(Array("a".utf8)) == 0xaf63dc4c8601ec8c)
    #expect(FNV.hash([UInt8]()) == 0xcbf29ce484222325)
}

@Test func test_canonicalShingling_matchesFormatVectors() {
    for v in formatVectors {
        #expect(Shingler.normalized(v.text) == v.normalized)
        #expect(Shingler.tokens(v.text).map(\.hash) == v.tokenHashes)
        #expect(Shingler.shinglesInOrder(v.text) == v.shinglesInOrder)
        let set = ShingleSet(text: v.text)
        #expect(set.count == v.setSize)
        #expect(set.hashes == Array(Set(v.shinglesInOrder)).sorted())
    }
}

@Test func test_exactJaccard_matchesFormatPairwiseTable() {
    let sets = formatVectors.map { ShingleSet(text: $0.text) }
    for (a, b, inter, union) in formatPairs {
        let o = overlap(sets[a].hashes, sets[b].hashes)
        #expect(o.intersection == inter && o.union == union)
        #expect(abs(jaccard(sets[a], sets[b]) - Double(inter) / Double(union)) < 1e-12)
    }
}

/// Cases the table-driven fast path must hand to full NFKC + Python-style lowercasing:
/// final sigma, İ → i + U+0307, ligatures, circled / Roman numerals, parenthesised ideographs,
/// composition with a following combining mark, half-width katakana voiced marks, full-width
/// ASCII and the ideographic space, Hangul jamo composing across what looks like two letters.
@Test func test_normalisation_isNFKCThenFullLowercase_likePython() {
    let cases: [(String, String)] = [
        ("ΣΑΣ abcΣ x'Σ'y", "\u{3c3}\u{3b1}\u{3c2} abc\u{3c2} x'\u{3c3}'y"),
        ("İstanbul ﬁne ① Ⅻ ㈱", "i\u{307}stanbul fine 1 xii (\u{682a})"),
        ("e\u{301}t ｶﾞ ＡＢＣ１２３\u{3000}ｘ", "\u{e9}t \u{30ac} abc123 x"),
        ("x中y_z", "x\u{4e2d}y_z"),
        ("a\u{323}\u{302}b", "\u{1ead}b"),
        ("\u{1100}\u{314f} \u{ac00}\u{11a8}", "\u{ac00} \u{ac01}"),
    ]
    for (text, expected) in cases {
        #expect(Array(Shingler.normalized(text).unicodeScalars) == Array(expected.unicodeScalars), "\(text)")
    }
    // token counts and Σ of the shingle set (mod 2⁶⁴) from shingle.py
    let digests: [(String, Int, UInt64)] = [
        ("ΣΑΣ abcΣ x'Σ'y", 8, 0xf2b5a6bd292020b4),
        ("İstanbul ﬁne ① Ⅻ ㈱", 6, 0xc65fc5ddc41f55c9),
        ("e\u{301}t ｶﾞ ＡＢＣ１２３\u{3000}ｘ", 5, 0x1cee788cb826336c),
        ("x中y_z", 4, 0x40d7a4cca656a67),
    ]
    for (text, tokens, sum) in digests {
        #expect(Shingler.tokens(text).count == tokens)
        #expect(ShingleSet(text: text).hashes.reduce(0, &+) == sum, "\(text)")
    }
}

@Test func test_tokensRememberTheirOriginalCharacters() {
    let text = "Ａb①中 x\u{301}y"
    let scalars = Array(text.unicodeScalars)
    let tokens = Shingler.tokens(text)
    // "ab1" is made from Ａ, b and ①; x + U+0301 has no precomposed form, so the mark only
    // separates x from y, but it was normalised together with the x and stays attached to it
    let pieces = tokens.map { String(String.UnicodeScalarView(scalars[$0.scalarRange])) }
    #expect(pieces == ["Ａb①", "中", "x\u{301}", "y"])
}

@Test func test_thresholdIsDecidedWithIntegers() {
    let t = JaccardThreshold(0.8)
    #expect(t.accepts(intersection: 4, union: 5))
    #expect(t.accepts(intersection: 800_000, union: 1_000_000))
    #expect(!t.accepts(intersection: 799_999, union: 1_000_000))
    #expect(!t.accepts(intersection: 0, union: 0))
    #expect(t.sizesCompatible(80, 100) && !t.sizesCompatible(79, 100) && !t.sizesCompatible(0, 0))
}
