import Testing
@testable import Projects

/// The shape of the sixth held-out set of the call linter (issue #14). These tests check only how
/// the set is built — its size, its balance per script, its labels and that it shares no sentence
/// with the sets the linter was developed or measured on. They never run the linter: the set is
/// for one final evaluation, not for tuning.
@Suite("Call linter held-out set 6 shape (#14)")
struct CallLinterHeldOut6ShapeTests {
    static let articles: Set<String> = ["50(1)", "5", "72(2)"]

    @Test("240 sentences: 120 Simplified, 60 Traditional, 60 English")
    func test_Issue14_heldOut6_hasTheAgreedSizePerScript() {
        #expect(callLinterHeldOut6.count >= 240)
        let counts = Dictionary(grouping: callLinterHeldOut6, by: \.script).mapValues(\.count)
        #expect(counts[.simplified] == 120)
        #expect(counts[.traditional] == 60)
        #expect(counts[.english] == 60)
    }

    @Test("Exactly half of each script is forbidden, half legitimate near-misses")
    func test_Issue14_heldOut6_isHalfForbiddenPerScript() {
        for script in [CorpusScript.simplified, .traditional, .english] {
            let rows = callLinterHeldOut6.filter { $0.script == script }
            let forbidden = rows.filter { !$0.expectedArticles.isEmpty }.count
            #expect(forbidden * 2 == rows.count, "\(script): \(forbidden) forbidden of \(rows.count)")
        }
    }

    @Test("Labels name only Art. 50(1), Art. 5 and Art. 72(2)")
    func test_Issue14_heldOut6_labelsAreKnownArticles() {
        for row in callLinterHeldOut6 {
            #expect(row.expectedArticles.isSubset(of: Self.articles), "\(row.sentence): \(row.expectedArticles)")
        }
    }

    @Test("Every sentence is written in the script it is filed under")
    func test_Issue14_heldOut6_scriptMatchesDetection() {
        for row in callLinterHeldOut6 {
            #expect(LinterScore.script(of: row.sentence) == row.script, "\(row.sentence)")
        }
    }

    @Test("No sentence is repeated within the set")
    func test_Issue14_heldOut6_hasNoDuplicates() {
        let sentences = callLinterHeldOut6.map(\.sentence)
        let repeated = Dictionary(grouping: sentences, by: { $0 }).filter { $0.value.count > 1 }.keys
        #expect(repeated.isEmpty, "repeated: \(repeated.sorted())")
    }

    @Test("No sentence appears in the development sets or the earlier held-out sets")
    func test_Issue14_heldOut6_isDisjointFromEarlierSets() {
        var earlier = Set(callLinterCorpus.map(\.sentence))
        earlier.formUnion(callLinterDev2.map(\.sentence))
        earlier.formUnion(callLinterDev3.map(\.sentence))
        earlier.formUnion(callLinterHeldOut.map(\.sentence))
        earlier.formUnion(callLinterHeldOut2.map(\.sentence))
        earlier.formUnion(callLinterHeldOut3.map(\.sentence))
        earlier.formUnion(callLinterDev4.map(\.sentence))
        earlier.formUnion(callLinterHeldOut4.map(\.sentence))
        earlier.formUnion(callLinterDev5.map(\.sentence))
        earlier.formUnion(callLinterHeldOut5.map(\.sentence))
        let shared = Set(callLinterHeldOut6.map(\.sentence)).intersection(earlier)
        #expect(shared.isEmpty, "shared with earlier sets: \(shared.sorted())")
    }
}
