import FluentKit
import Foundation
import Grants
import Identity
import KechuangCore
import KechuangTestSupport
import Projects
import Testing
@testable import Portal

/// Funded projects for the public (Art. 56): the read model copies public fields only, keeps in
/// step with Grants, pages in constant memory; the search finds by bigrams and English words, with facets.
@Suite struct PublicProjectTests {
    struct World {
        let review: ReviewWorld
        let projects: [Project]
        var t: any TestFixtures { review.t }
        var readModel: PublicProjects { PublicProjects(db: t.db, now: review.now) }
    }

    /// Four accepted proposals (ReviewWorld's topics); the first three funded, with different amounts.
    static func world(_ t: some TestFixtures) async throws -> World {
        let review = try await ReviewWorld.make(t, experts: 0, budget: 2_000_000)
        let awards = Awards(db: t.db, now: review.now)
        let today = BeijingDay(containing: t.clock.now)
        let end = BeijingDay(year: today.year + 2, month: today.month, day: min(today.day, 28)) ?? today
        var projects: [Project] = []
        for (i, amount) in [80_000, 100_000, 60_000].enumerated() {
            projects.append(try await awards.fund(review.proposals[i].id, AwardInput(
                awardedAmount: String(amount), startDate: today.description, endDate: end.description,
                fundingKind: "competitive", researchType: "basic", reason: "专家组会商推荐"), by: review.officer))
        }
        return World(review: review, projects: projects)
    }

    @Test func test_Art56_synchroniseCopiesPublicFieldsOnly_andWritesNothingWhenNothingChanged() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            #expect(try await w.readModel.synchronise() == 3)
            let first = try #require(try await w.readModel.find(number: w.projects[0].number))
            #expect(first.titleZh == ReviewWorld.topics[0].title)
            #expect(first.abstract.contains("关键科学问题"), "the abstract is the application's summary")
            #expect(first.keywords == ["固态电池", "电解质", "界面"] && first.disciplineArea == "E02")
            #expect(first.awardedAmount == 80_000 && first.status == "agreement_draft" && first.district == "haidian")
            #expect(first.piName == w.review.pis[0].name && first.piKey == PublicProject.piKey(for: w.review.pis[0].id))
            let stored = try await PublicProjectRecord.query(on: t.db).all().map(\.payloadJSON).joined()
            for pi in w.review.pis {
                #expect(!stored.contains(pi.email), "no e-mail in the public copy")
                #expect(!stored.contains(pi.id.uuidString) && !stored.contains(pi.id.uuidString.lowercased()), "no person id either")
            }
            #expect(try await w.readModel.synchronise() == 0, "nothing changed, nothing written")
        }
    }

    @Test func test_Art56_aRegisteredOutputReachesThePublicCopy_andAllPagesAYearInNumberOrder() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            try await w.readModel.synchronise()
            t.clock.advance(by: 5)
            let thisYear = BeijingDay(containing: t.clock.now).year
            _ = try await Outputs(db: t.db, now: w.review.now).register(
                project: w.projects[1].id, OutputInput(kind: .paper, title: "图神经网络交通预测", identifier: "https://doi.org/10.1000/ABC.123", year: thisYear),
                by: w.review.pis[1])
            #expect(try await w.readModel.synchronise() == 1)
            let second = try #require(try await w.readModel.find(number: w.projects[1].number))
            #expect(second.outputs == [PublicOutput(kind: "paper", title: "图神经网络交通预测", identifier: "10.1000/abc.123", year: thisYear)])
            let year = w.projects[0].awardDate.year
            var numbers: [String] = []
            for try await p in w.readModel.all(year: year) { numbers.append(p.number) }
            #expect(numbers == w.projects.map(\.number).sorted())
            var none = 0
            for try await _ in w.readModel.all(year: year - 1) { none += 1 }
            #expect(none == 0)
            #expect(try await w.readModel.years() == [year])
        }
    }

    @Test func test_Art56_searchFindsByChineseBigrams_andEnglishThroughTheGlossary_withFacetsCountedWithoutTheirOwnFilter() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let search = try ProjectSearch(checkInterval: 0)
            try await search.refresh(on: t.db, now: w.review.now)
            let bigram = search.search(ProjectSearchCriteria(text: "神经网络"))
            #expect(bigram.projects.map(\.number) == [w.projects[1].number])
            let english = search.search(ProjectSearchCriteria(text: "quantum"))
            #expect(english.projects.map(\.number) == [w.projects[2].number] && english.expandedQuery?.contains("量子") == true)
            let all = search.search(ProjectSearchCriteria(sort: .amountDesc))
            #expect(all.total == 3 && all.projects.map(\.awardedAmount) == [100_000, 80_000, 60_000])
            let filtered = search.search(ProjectSearchCriteria(disciplines: ["E02"]))
            #expect(filtered.projects.map(\.number) == [w.projects[0].number])
            let disciplines = Dictionary(uniqueKeysWithValues: (filtered.facets[.discipline] ?? []).map { ($0.value, $0.count) })
            #expect(disciplines == ["E02": 1, "F06": 1, "B05": 1], "the chosen facet keeps its siblings' counts")
            #expect(filtered.facets[.band]?.map(\.count) == [1], "the other facets count the filtered set")
            let range = search.search(ProjectSearchCriteria(amountMin: 70_000, amountMax: 100_000))
            #expect(range.total == 2)
            let byPI = search.search(ProjectSearchCriteria(piKey: PublicProject.piKey(for: w.review.pis[0].id)))
            #expect(byPI.projects.map(\.number) == [w.projects[0].number])
            let paged = search.search(ProjectSearchCriteria(sort: .number, offset: 2, limit: 2))
            #expect(paged.total == 3 && paged.projects.count == 1)
        }
    }

    @Test func test_Art56_aPageBeyond500IsAFieldErrorNamingLimit() {
        #expect(ProjectSearchCriteria(limit: 500).problems().isEmpty)
        #expect(ProjectSearchCriteria(limit: 501).problems().map(\.field) == ["limit"])
        #expect(ProjectSearchCriteria(amountMin: 5, amountMax: 1, offset: -1).problems().map(\.field) == ["offset", "amountMax"])
    }

    @Test func test_exportsCarryTheDictionarysFieldsInOrder_andCSVGuardsFormulas() throws {
        let day = BeijingDay(year: 2026, month: 1, day: 5)!
        let p = PublicProject(number: "Z261100001", titleZh: "=量子", titleEn: "Quantum, \"dots\"", abstract: "摘要", keywords: ["量子"],
                              programmeID: UUID(), programmeZh: "自然科学基金", programmeEn: "NSF", year: 2026, institutionID: UUID(),
                              institutionZh: "测试大学", institutionEn: nil, district: "haidian", discipline: "B0501", piName: "王五",
                              piKey: "abc", awardedAmount: 100_000, awardDate: day, startDate: day, endDate: day, status: "running",
                              outputs: [PublicOutput(kind: "paper", title: "论文", identifier: "10.1/x", year: 2026)])
        #expect(ProjectExport.csvHeader() == "\u{FEFF}" + ProjectExport.columns.joined(separator: ",") + "\r\n")
        let record = ProjectExport.csvRecord(p)
        #expect(record.hasPrefix("Z261100001,'=量子,\"Quantum, \"\"dots\"\"\",摘要,量子,"))
        let line = try ProjectExport.jsonLine(p)
        #expect(line.hasSuffix("}\n") && !line.dropLast().contains("\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(Set(object.keys) == Set(ProjectExport.columns))
    }

    @Test func test_sitemapListsEachPathOnceEscaped() {
        let xml = Sitemap.xml(base: "https://k.example", paths: ["/", "/funded?a=1&b=2", "/"])
        #expect(xml.components(separatedBy: "<loc>").count == 3)
        #expect(xml.contains("<loc>https://k.example/funded?a=1&amp;b=2</loc>"))
    }
}
