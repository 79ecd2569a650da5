/// The near-duplicate engine: the batch join (`kechuang dedup`), the platform index and the
/// shared-passage highlighting, on a seeded synthetic corpus compared against brute force.
import Foundation
import Testing
@testable import Dedup

/// Deterministic generator (SplitMix64).
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

/// Families of Chinese-like texts: a random base of 300–500 ideographs with a little ASCII,
/// and copies with 0…60 character edits, which spreads the copy-vs-base Jaccard over ≈ 0.4–1.
func syntheticCorpus(seed: UInt64, families: Int, singletons: Int) -> [(id: String, text: String)] {
    var rng = SeededRandom(state: seed)
    func randomText(_ length: Int) -> [Character] {
        (0..<length).map { _ in
            let r = Int.random(in: 0..<100, using: &rng)
            if r < 3 { return "，" }
            if r < 5 { return Character(String(Int.random(in: 0..<10, using: &rng))) }
            return Character(Unicode.Scalar(UInt32(0x4E00 + Int.random(in: 0..<3000, using: &rng)))!)
        }
    }
    var docs: [(id: String, text: String)] = []
    var n = 0
    func add(_ chars: [Character]) {
        docs.append((id: String(format: "D%05d", (n * 7919) % 100_000), text: String(chars)))
        n += 1
    }
    for _ in 0..<families {
        let base = randomText(Int.random(in: 300...500, using: &rng))
        add(base)
        for _ in 0..<Int.random(in: 1...3, using: &rng) {
            var copy = base
            for _ in 0..<Int.random(in: 0...60, using: &rng) {
                let i = Int.random(in: 0..<copy.count, using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: copy[i] = randomText(1)[0]
                case 1: copy.insert(randomText(1)[0], at: i)
                default: if copy.count > 10 { copy.remove(at: i) }
                }
            }
            add(copy)
        }
    }
    for _ in 0..<singletons { add(randomText(Int.random(in: 300...500, using: &rng))) }
    docs.shuffle(using: &rng)
    return docs
}

func bruteForcePairs(_ docs: [(id: String, text: String)], threshold: Double) -> [String] {
    let sets = docs.map { ShingleSet(text: $0.text) }
    let t = JaccardThreshold(threshold)
    var out: [String] = []
    for i in 0..<docs.count {
        for j in (i + 1)..<docs.count where t.sizesCompatible(sets[i].count, sets[j].count) {
            let o = overlap(sets[i].hashes, sets[j].hashes)
            if t.accepts(intersection: o.intersection, union: o.union) {
                let (a, b) = utf8Less(docs[i].id, docs[j].id) ? (docs[i].id, docs[j].id) : (docs[j].id, docs[i].id)
                out.append(a + "," + b)
            }
        }
    }
    return out.sorted()
}

func writeJSONL(_ docs: [(id: String, text: String)], extraField: Bool = true) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("dedup-\(UUID().uuidString).jsonl").path
    var out = ""
    for d in docs {
        var object: [String: String] = ["id": d.id, "text": d.text]
        if extraField { object["title"] = "标题 \"\(d.id)\"" }
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        out += String(decoding: data, as: UTF8.self) + "\n"
    }
    try out.write(toFile: path, atomically: true, encoding: .utf8)
    return path
}

func runBatch(_ docs: [(id: String, text: String)], threshold: Double = 0.8) throws -> BatchDedupResult {
    let path = try writeJSONL(docs)
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try BatchDedup.run(path: path, options: BatchDedupOptions(threshold: JaccardThreshold(threshold), threads: 2, chunkBytes: 1 << 16))
}

@Test func test_lshOutputEqualsBruteForceAllPairs_onSeededCorpus() throws {
    let docs = syntheticCorpus(seed: 20230, families: 50, singletons: 30)
    let truth = bruteForcePairs(docs, threshold: 0.8)
    #expect(truth.count > 20)
    let result = try runBatch(docs, threshold: 0.8)
    #expect(result.pairs.map { $0.0 + "," + $0.1 } == truth)
    #expect(result.stats.documents == docs.count)
}

@Test func test_reportedPairsAreNeverBelowThreshold() throws {
    let docs = syntheticCorpus(seed: 7, families: 30, singletons: 10)
    let byID = Dictionary(uniqueKeysWithValues: docs.map { ($0.id, ShingleSet(text: $0.text)) })
    // a coarse banding makes many low-similarity candidates: verification must drop them all
    let path = try writeJSONL(docs)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let result = try BatchDedup.run(path: path, options: BatchDedupOptions(threshold: JaccardThreshold(0.8), lsh: LSHParameters(bands: 30, rows: 1), threads: 2))
    #expect(result.stats.candidates > result.stats.verifiedPairs)
    for (a, b) in result.pairs {
        let o = overlap(byID[a]!.hashes, byID[b]!.hashes)
        #expect(o.intersection * 5 >= o.union * 4)
        #expect(utf8Less(a, b))
    }
}

@Test func test_exactDuplicatesAreFound() throws {
    let text = "本项目研究口岸服务的协同机制，申请金额120万元，研究期限2024年1月至2027年12月。"
    let docs: [(id: String, text: String)] = [
        ("B2", text), ("A1", text), ("C3", text + " "), ("D4", "完全不同的另一份申请书内容，讨论生态环境监测与预警。"),
    ]
    let result = try runBatch(docs)
    #expect(result.pairs.map { $0.0 + "," + $0.1 } == ["A1,B2", "A1,C3", "B2,C3"])
    let index = NearDuplicateIndex(documents: docs)
    #expect(index.matches(for: text).map(\.id) == ["A1", "B2", "C3"])
    #expect(index.matches(for: text).allSatisfy { $0.jaccard == 1 })
}

@Test func test_documentWithFewerThanThreeTokensMatchesNothing() throws {
    let docs: [(id: String, text: String)] = [
        ("e1", ""), ("e2", ""), ("t1", "两个"), ("t2", "两个"), ("p1", "，。！"), ("p2", "，。！"), ("w1", "grant nsfc"), ("w2", "grant nsfc"),
    ]
    for d in docs { #expect(ShingleSet(text: d.text).isEmpty) }
    let result = try runBatch(docs, threshold: 0.01)
    #expect(result.pairs.isEmpty)
    #expect(result.stats.emptyDocuments == docs.count)
    let index = NearDuplicateIndex(documents: docs)
    for d in docs { #expect(index.matches(for: d.text, threshold: 0.01).isEmpty) }
    #expect(jaccard(ShingleSet(text: ""), ShingleSet(text: "")) == 0)
}

@Test func test_nearDuplicateIndex_answersLikeBruteForce_throughLSH() {
    let docs = syntheticCorpus(seed: 99, families: 30, singletons: 20)
    let index = NearDuplicateIndex(documents: docs, exhaustiveLimit: 0)  // force the LSH path
    let sets = docs.map { ShingleSet(text: $0.text) }
    for (k, d) in docs.enumerated().prefix(40) {
        var expected: [String] = []
        for (j, other) in docs.enumerated() {
            let o = overlap(sets[k].hashes, sets[j].hashes)
            if JaccardThreshold(0.8).accepts(intersection: o.intersection, union: o.union) { expected.append(other.id) }
        }
        let got = index.matches(for: d.text, threshold: 0.8)
        #expect(got.map(\.id).sorted() == expected.sorted())
        #expect(got.allSatisfy { $0.jaccard >= 0.8 && $0.jaccard == Double($0.intersection) / Double($0.union) })
        #expect(zip(got, got.dropFirst()).allSatisfy { $0.jaccard >= $1.jaccard })
    }
}

@Test func test_sharedPassagesCoverExactlyTheCommonShingles() {
    let common = "国家自然科学基金委员会资助基础研究"
    let a = "甲方独有的开头。" + common + "，ＡＢ甲尾巴"
    let b = "乙方另起炉灶：" + common + "！乙结束"
    let (sa, sb) = sharedPassages(a: a, b: b)
    // the segments rebuild the texts and alternate
    #expect(sa.map(\.text).joined() == a && sb.map(\.text).joined() == b)
    #expect(zip(sa, sa.dropFirst()).allSatisfy { $0.shared != $1.shared })
    for s in sa { #expect(String(a[s.range]) == s.text) }
    // exactly the common passage is flagged, in both texts
    #expect(sa.filter(\.shared).map(\.text) == [common])
    #expect(sb.filter(\.shared).map(\.text) == [common])

    // character-level rule: shared characters are exactly the tokens of common shingles
    let x = "研究 ｎｓｆｃ２０２３ 口岸 服务 协同 x"
    let y = "研究 NSFC2023 口岸 服务 其他"
    let (sx, _) = sharedPassages(a: x, b: y)
    // shingles (研,究,nsfc2023) (究,nsfc2023,口) (nsfc2023,口,岸) (口,岸,服) (岸,服,务) are common
    // (the spaces are in no token, so they are not shared)
    #expect(sx.filter(\.shared).map(\.text) == ["研究", "ｎｓｆｃ２０２３", "口岸", "服务"])
    #expect(sharedPassages(a: "完全不同的内容", b: "毫无关系的文字").a.allSatisfy { !$0.shared })
}

@Test func test_jsonLines_decodesEscapesSurrogatesAndSkipsOtherFields() throws {
    let line = #"{"title": {"nested": ["x", 1, "}"]}, "n": -1.5e3, "text": "A\"b\\c\/d\n\t\u4e2d\u6587\ud83d\ude00 é中", "id": "A\u0031", "ok": true}"#
    let ws = ShingleWorkspace()
    var decoder = JSONLineDecoder()
    try line.utf8CString.withUnsafeBytes { raw in
        try decoder.decode(UnsafeRawBufferPointer(rebasing: raw[0..<(raw.count - 1)]), into: ws, lineNumber: 1)
    }
    #expect(decoder.id == "A1")
    let text = String(String.UnicodeScalarView(ws.src[0..<ws.srcCount].map { Unicode.Scalar($0)! }))
    #expect(text == "A\"b\\c/d\n\t中文😀 é中")

    let bad = #"{"id": "x", "text": "unterminated"#
    #expect(throws: JSONLinesError.self) {
        try bad.utf8CString.withUnsafeBytes { raw in
            try decoder.decode(UnsafeRawBufferPointer(rebasing: raw[0..<(raw.count - 1)]), into: ws, lineNumber: 3)
        }
    }
}

@Test func test_minHashBandKeys_areEqualForEqualSetsWhateverTheOrderAndRepeats() {
    var h = MinHasher(.default)
    let set = ShingleSet(text: "国家自然科学基金委员会资助基础研究与应用基础研究").hashes
    var k1 = [UInt64](repeating: 0, count: LSHParameters.default.bands)
    var k2 = k1
    let shuffled = (set + set.prefix(5)).reversed().map { $0 }
    _ = set.withUnsafeBufferPointer { s in k1.withUnsafeMutableBufferPointer { h.bandKeys(s, $0.baseAddress!) } }
    _ = shuffled.withUnsafeBufferPointer { s in k2.withUnsafeMutableBufferPointer { h.bandKeys(s, $0.baseAddress!) } }
    #expect(k1 == k2)
    #expect(LSHParameters.default.candidateProbability(0.8) > 0.9999)
}
