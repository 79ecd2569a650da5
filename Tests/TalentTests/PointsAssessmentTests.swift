import Foundation
import KechuangCore
import Testing
@testable import Talent

@Suite struct PointsAssessmentTests {
    static let day = BeijingDay(year: 2026, month: 12, day: 2) ?? BeijingDay(containing: Date())

    @Test func test_Art72_everyPointIsExplainedWithItsSourceAndTheTotalAddsUp() {
        let facts: PointsAssessment.Facts = [.salary: 60, .yearsInBeijing: 2, .degree: 3, .catalogueMatch: 1, .innovationEmployer: 1,
                                             .chinese: 3, .age: 38, .achievementInUse: 0]
        let r = PointsAssessment.assess(facts, on: Self.day)
        let points = Dictionary(uniqueKeysWithValues: r.lines.map { ($0.criterion.measure, $0.points) })
        #expect(points == [.salary: 20, .yearsInBeijing: 10, .degree: 15, .catalogueMatch: 15, .innovationEmployer: 10, .chinese: 0, .age: 10, .achievementInUse: 0])
        #expect(r.total == 80 && r.eligible && r.shortfall == 0)
        #expect(r.lines.count == r.table.criteria.count)
        #expect(r.lines.allSatisfy { $0.criterion.basis == .art(72) && !$0.criterion.source.zh.isEmpty && !$0.criterion.source.en.isEmpty })
    }

    @Test func test_Art72_theCalculatorSaysWhatWouldRaiseTheTotalAndNeverSuggestsAge() {
        let r = PointsAssessment.assess([.salary: 40, .yearsInBeijing: 1, .degree: 2, .age: 50], on: Self.day)
        #expect(r.total == 10 + 5 + 10 + 5)
        #expect(!r.eligible && r.shortfall == 40)
        let raises = Dictionary(uniqueKeysWithValues: r.raises.map { ($0.criterion.measure, $0.next?.gain ?? 0) })
        #expect(raises[.salary] == 10, "the next salary band, 500,000 yuan, gives 20 instead of 10")
        #expect(raises[.yearsInBeijing] == 5 && raises[.degree] == 5 && raises[.catalogueMatch] == 15 && raises[.chinese] == 5)
        #expect(raises[.age] == nil, "age cannot be raised")
        #expect(r.raises.first?.criterion.measure == .catalogueMatch, "the largest gain first")
        // At the top band nothing more is suggested.
        #expect(PointsAssessment.assess([.salary: 120], on: Self.day).lines.first { $0.criterion.measure == .salary }?.next == nil)
    }

    @Test func test_Art72_everyCriterionSaysWhatItIsModelledOn_andTheTableStaysLabelledAsDemonstration() {
        for c in PointsAssessment.tables.flatMap(\.criteria) {
            let p = PointsAssessment.provenance[c.id]
            #expect(p != nil, "\(c.id) names what it is modelled on")
            #expect(c.source.zh.contains("示例") && c.source.en.contains("demo"), "no official permanent-residence points table is in the corpus")
            if p?.verifiedInCorpus == false { #expect(p?.modelledOn.zh.contains("未与") == true || p?.modelledOn.zh.contains("无官方") == true) }
        }
        #expect(PointsAssessment.statutoryBasis.map(\.article) == ["第七十二条第一款", "第四十七条", "第八十四条第三款"])
        #expect(PointsAssessment.statutoryBasis[0].text.contains("在华永久居留积分评估制度"))
    }
}
