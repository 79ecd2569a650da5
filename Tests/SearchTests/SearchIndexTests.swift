import Foundation
import Testing
@testable import Search

/// Small hand-made documents for the search index.
enum SearchFixtures {
    static func doc(_ id: String, _ title: String, level: String = "地方性法规", issuer: String = "市人大常委会",
                    region: String = "北京", year: Int? = 2020, status: String = "in_force",
                    _ articles: [(String, String)]) -> IndexedDocument {
        IndexedDocument(id: id, title: title, level: level, issuer: issuer, region: region, year: year,
                        status: status, articles: articles.map { IndexedArticle(label: $0.0, text: $0.1) })
    }

    static func index(_ docs: [IndexedDocument]) -> PolicySearchIndex {
        let index = PolicySearchIndex()
        index.replaceAll(docs)
        return index
    }

    /// The characters of `snippet` covered by its highlights.
    static func highlighted(_ snippet: Snippet) -> [String] {
        let chars = Array(snippet.text)
        return snippet.highlights.map { String(chars[$0]) }
    }
}

@Suite("Policy search index: matching and ranking")
struct SearchIndexRankingTests {
    typealias F = SearchFixtures

    @Test func test_query_ANDmatchesComeBeforeORfill() {
        // "many" mentions 专利 far more often, but never 赔偿: it only matches some tokens.
        let many = F.doc("many", "甲条例", [("第一条", String(repeating: "专利申请和专利审查。", count: 30))])
        let both = F.doc("both", "乙条例", [("第一条", "第一条 侵犯专利的，应当赔偿损失。")])
        let index = F.index([many, both])
        let r = index.search("专利 赔偿", limit: 10)
        #expect(r.hits.map(\.documentID) == ["both", "many"])
        #expect(r.hits.map(\.matchedAll) == [true, false])
        #expect(r.totalDocuments == 2)
    }

    @Test func test_query_ORfillIsSkippedWhenTenDocumentsMatchAll() {
        var docs = (0..<10).map { F.doc("all\($0)", "条例\($0)", [("第一条", "第一条 专利赔偿。")]) }
        docs.append(F.doc("some", "其他", [("第一条", "第一条 专利专利专利。")]))
        let r = F.index(docs).search("专利 赔偿", limit: 20)
        #expect(r.totalDocuments == 10)
        #expect(!r.hits.map(\.documentID).contains("some"))
        #expect(r.hits.allSatisfy { $0.matchedAll })
    }

    @Test func test_ranking_titleMatchWeighsMoreThanBodyMatch() {
        let inTitle = F.doc("title", "实验动物管理条例", [("第一条", "第一条 为了加强管理，制定本条例。")])
        let inBody = F.doc("body", "卫生管理条例", [("第一条", "第一条 为了加强实验动物管理，制定本条例。")])
        let r = F.index([inBody, inTitle]).search("实验动物", limit: 10)
        #expect(r.hits.map(\.documentID) == ["title", "body"])
        #expect(r.hits.allSatisfy { $0.matchedAll })
    }

    @Test func test_query_titleAndArticleTogetherSatisfyAND() {
        // 动物 only in the title, 饲养 only in the article: the article row still matches all.
        let d = F.doc("d", "动物保护条例", [("第一条", "第一条 饲养单位应当登记。")])
        let r = F.index([d]).search("动物 饲养", limit: 10)
        #expect(r.hits.first?.matchedAll == true)
        #expect(r.hits.first?.articleLabel == "第一条")
    }

    @Test func test_query_singleCharacterMatchesInsideWords() {
        let a = F.doc("a", "专利法", [("第一条", "第一条 为了保护专利权人的合法权益，制定本法。")])
        let b = F.doc("b", "条例", [("第一条", "第一条 为了规范管理，制定本条例。")])
        let c = F.doc("c", "办理规定", [("第一条", "第一条 依法管理。")])
        let index = F.index([a, b, c])
        #expect(index.search("权", limit: 10).hits.map(\.documentID) == ["a"])
        #expect(Set(index.search("法", limit: 10).hits.map(\.documentID)) == ["a", "c"])
        // A lone character next to a word is one more AND token.
        let mixed = index.search("管理 法", limit: 10).hits
        #expect(mixed.first?.documentID == "c")
        #expect(mixed.map(\.matchedAll) == [true, false, false])
    }

    @Test func test_grouping_eachDocumentOnceWithItsBestArticle() {
        let d = F.doc("d", "科学技术进步条例", [
            ("", "2020年1月1日通过"),
            ("第一条", "第一条 为了促进科学技术进步，制定本条例。"),
            ("第二条", "第二条 科研诚信建设，科研诚信监督，科研诚信评价。"),
            ("第三条", "第三条 加强科研诚信。"),
        ])
        let other = F.doc("o", "其他条例", [("第一条", "第一条 科研诚信。")])
        let r = F.index([d, other]).search("科研诚信", limit: 10)
        #expect(r.hits.map(\.documentID).sorted() == ["d", "o"])
        #expect(r.hits.first { $0.documentID == "d" }?.articleLabel == "第二条")
        #expect(r.totalDocuments == 2)
    }

    @Test func test_preambleIsItsOwnRowWithEmptyLabel() {
        let d = F.doc("d", "条例", [("", "2020年1月1日 人民代表大会常务委员会通过"), ("第一条", "第一条 总则。")])
        let r = F.index([d]).search("常务委员会", limit: 10)
        #expect(r.hits.first?.articleLabel == "")
    }

    @Test func test_search_unknownTokensMatchNothing() {
        let index = F.index([F.doc("d", "条例", [("第一条", "第一条 总则。")])])
        let r = index.search("区块链", limit: 10)
        #expect(r.hits.isEmpty)
        #expect(r.totalDocuments == 0)
    }

    @Test func test_search_offsetPagesThroughTheSameOrder() {
        let docs = (0..<15).map { i in
            F.doc("d\(i)", "条例\(i)", [("第一条", "第一条 " + String(repeating: "专利", count: i + 1) + String(repeating: "。其他内容", count: 15 - i))])
        }
        let index = F.index(docs)
        let all = index.search("专利", limit: 15).hits.map(\.documentID)
        let page1 = index.search("专利", limit: 5, offset: 0).hits.map(\.documentID)
        let page2 = index.search("专利", limit: 5, offset: 5).hits.map(\.documentID)
        #expect(all.count == 15)
        #expect(page1 + page2 == Array(all.prefix(10)))
        #expect(index.search("专利", limit: 5, offset: 20).hits.isEmpty)
    }

    /// Issue #11: `page=922337203685477581` made `offset + limit` and `k * 8` overflow and trap.
    @Test func test_pageBeyondInt64Overflow_isEmptyPage_notCrash() {
        let docs = (0..<15).map { i in F.doc("d\(i)", "条例\(i)", [("第一条", "第一条 科技创新" + String(repeating: "。其他", count: i))]) }
        let index = F.index(docs)
        for (limit, offset) in [(10, 9_223_372_036_854_775_800), (10, Int.max), (Int.max, Int.max), (Int.max, 0), (922_337_203_685_477_581, 5)] {
            let r = index.search("科技", limit: limit, offset: offset)
            #expect(r.totalDocuments == 15, "limit \(limit), offset \(offset)")
            #expect(r.hits.count == (offset >= 15 ? 0 : 15 - offset), "limit \(limit), offset \(offset)")
        }
        #expect(index.search("", limit: 10, offset: Int.max).hits.isEmpty, "browsing past the end is empty too")
    }
}

@Suite("Policy search index: filters and facets")
struct SearchIndexFacetTests {
    typealias F = SearchFixtures

    static let docs = [
        F.doc("bj1", "北京市专利条例", region: "北京", year: 2020, [("第一条", "第一条 专利保护。")]),
        F.doc("bj2", "北京市专利办法", level: "地方政府规章", region: "北京", year: 2021, [("第一条", "第一条 专利管理。")]),
        F.doc("sh1", "上海市专利条例", region: "上海", year: 2021, status: "repealed", [("第一条", "第一条 专利促进。")]),
        F.doc("none", "上海市住房条例", region: "上海", [("第一条", "第一条 住房保障。")]),
    ]

    @Test func test_filter_restrictsHitsAndTotal() {
        let r = F.index(Self.docs).search("专利", limit: 10, filter: SearchFilter(regions: ["北京"]))
        #expect(Set(r.hits.map(\.documentID)) == ["bj1", "bj2"])
        #expect(r.totalDocuments == 2)
        let y = F.index(Self.docs).search("专利", limit: 10, filter: SearchFilter(years: [2021], statuses: ["in_force"]))
        #expect(y.hits.map(\.documentID) == ["bj2"])
    }

    @Test func test_facets_countMatchingDocumentsOnly() {
        let r = F.index(Self.docs).search("专利", limit: 10)
        #expect(r.facets["region"] == ["北京": 2, "上海": 1])
        #expect(r.facets["level"] == ["地方性法规": 2, "地方政府规章": 1])
        #expect(r.facets["year"] == ["2020": 1, "2021": 2])
        #expect(r.facets["status"] == ["in_force": 2, "repealed": 1])
        #expect(r.facets["issuer"] == ["市人大常委会": 3])
    }

    @Test func test_facets_ignoreTheirOwnFilterButApplyTheOthers() {
        // Filtering on region keeps the other regions' counts in the region facet, while the
        // level facet only counts documents in the selected region.
        let r = F.index(Self.docs).search("专利", limit: 10, filter: SearchFilter(regions: ["北京"]))
        #expect(r.facets["region"] == ["北京": 2, "上海": 1])
        #expect(r.facets["level"] == ["地方性法规": 1, "地方政府规章": 1])
        #expect(r.facets["status"] == ["in_force": 2])
    }

    @Test func test_emptyQuery_listsFilteredDocumentsNewestFirst() {
        let r = F.index(Self.docs).search("  ", limit: 10, filter: SearchFilter(regions: ["北京"]))
        #expect(r.hits.map(\.documentID) == ["bj2", "bj1"])
        #expect(r.totalDocuments == 2)
    }
}

@Suite("Policy search index: snippets")
struct SearchIndexSnippetTests {
    typealias F = SearchFixtures

    @Test func test_snippet_highlightsTheMatchedTerms() {
        let d = F.doc("d", "条例", [("第四十五条", "第四十五条 科技成果完成单位应当对完成职务科技成果做出重要贡献的人员给予奖励和报酬。")])
        let hit = F.index([d]).search("奖励和报酬 职务科技成果", limit: 1).hits[0]
        #expect(hit.snippet.text == "第四十五条 科技成果完成单位应当对完成职务科技成果做出重要贡献的人员给予奖励和报酬。")
        // Overlapping and adjacent bigram spans merge into one highlight per phrase; 科技成果
        // alone also matches the query's bigrams.
        #expect(F.highlighted(hit.snippet) == ["科技成果", "职务科技成果", "奖励和报酬"])
        #expect(hit.snippet.html { $0 }.contains("<mark>奖励和报酬</mark>"))
    }

    @Test func test_snippet_longArticleIsCutAroundTheMatchesWithEllipses() {
        let filler = String(repeating: "本条例所称的有关事项，依照国家规定执行。", count: 20)
        let text = "第一条 " + filler + "实验动物的饲养应当符合标准。" + filler
        let d = F.doc("d", "条例", [("第一条", text)])
        let snippet = F.index([d]).search("实验动物", limit: 1).hits[0].snippet
        #expect(snippet.text.hasPrefix("…"))
        #expect(snippet.text.hasSuffix("…"))
        #expect(snippet.text.count <= 122)
        #expect(F.highlighted(snippet) == ["实验动物"])
    }

    @Test func test_snippet_highlightsUseCharacterOffsets() {
        // An emoji is one Character but two UTF-16 units; offsets must count Characters.
        let d = F.doc("d", "条例", [("第一条", "👍🏽好 专利保护")])
        let snippet = F.index([d]).search("专利", limit: 1).hits[0].snippet
        #expect(F.highlighted(snippet) == ["专利"])
        #expect(snippet.highlights == [3..<5])
    }

    @Test func test_snippet_fullWidthTextIsHighlightedInTheOriginal() {
        let d = F.doc("d", "条例", [("第一条", "第一条 支持ＡＩ产业。")])
        let snippet = F.index([d]).search("ai", limit: 1).hits[0].snippet
        #expect(F.highlighted(snippet) == ["ＡＩ"])
    }

    @Test func test_snippet_htmlEscapesTextAndWrapsHighlights() {
        let s = Snippet(text: "a<b>专利&c", highlights: [4..<6])
        let html = s.html { $0.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;") }
        #expect(html == "a&lt;b&gt;<mark>专利</mark>&amp;c")
    }
}

@Suite("Policy search index: updates")
struct SearchIndexUpdateTests {
    typealias F = SearchFixtures

    @Test func test_upsert_addsANewDocument() {
        let index = F.index([F.doc("a", "条例", [("第一条", "第一条 专利。")])])
        index.upsert(F.doc("b", "办法", [("第一条", "第一条 商标。"), ("第二条", "第二条 专利。")]))
        #expect(index.documentCount == 2)
        #expect(index.articleCount == 3)
        #expect(index.search("商标", limit: 10).hits.map(\.documentID) == ["b"])
        #expect(Set(index.search("专利", limit: 10).hits.map(\.documentID)) == ["a", "b"])
    }

    @Test func test_upsert_replacesTheDocumentWithTheSameID() {
        let index = F.index([F.doc("a", "条例", [("第一条", "第一条 专利。")]), F.doc("b", "办法", [("第一条", "第一条 专利。")])])
        index.upsert(F.doc("a", "新条例", [("第一条", "第一条 商标。")]))
        #expect(index.documentCount == 2)
        #expect(index.search("专利", limit: 10).hits.map(\.documentID) == ["b"])
        #expect(index.search("商标", limit: 10).hits.map(\.title) == ["新条例"])
    }

    @Test func test_remove_dropsTheDocument() {
        let index = F.index([F.doc("a", "条例", [("第一条", "第一条 专利。")]), F.doc("b", "办法", [("第一条", "第一条 专利。")])])
        index.remove(id: "a")
        index.remove(id: "missing")
        #expect(index.documentCount == 1)
        #expect(index.search("专利", limit: 10).hits.map(\.documentID) == ["b"])
        #expect(index.search("专利", limit: 10).facets["region"] == ["北京": 1])
        index.remove(id: "b")
        #expect(index.documentCount == 0)
        #expect(index.search("专利", limit: 10).hits.isEmpty)
    }

    @Test func test_upsert_oneAtATimeMatchesABulkBuild() {
        let docs = (0..<60).map { i in
            F.doc("d\(i)", "条例\(i)", region: i % 2 == 0 ? "北京" : "上海",
                  [("第一条", "第一条 " + String(repeating: "专利", count: i % 7 + 1) + "保护。"),
                   ("第二条", "第二条 编号\(i)。")])
        }
        let bulk = F.index(docs)
        let incremental = PolicySearchIndex()
        for d in docs { incremental.upsert(d) }
        for i in stride(from: 0, to: 60, by: 3) { incremental.upsert(docs[i]) }  // replace some
        #expect(incremental.documentCount == 60)
        #expect(incremental.articleCount == 120)
        let a = bulk.search("专利", limit: 60), b = incremental.search("专利", limit: 60)
        #expect(a.totalDocuments == 60 && b.totalDocuments == 60)
        #expect(Set(a.hits.map(\.documentID)) == Set(b.hits.map(\.documentID)))
        #expect(b.facets["region"] == ["北京": 30, "上海": 30])
        #expect(incremental.search("编号17", limit: 5).hits.first?.documentID == "d17")
    }

    @Test func test_concurrentSearchesWhileUpserting() async {
        let index = F.index((0..<20).map { F.doc("d\($0)", "条例", [("第一条", "第一条 专利保护。")]) })
        await withTaskGroup(of: Int.self) { group in
            group.addTask {
                for i in 20..<60 { index.upsert(F.doc("d\(i)", "条例", [("第一条", "第一条 专利保护。")])) }
                return 0
            }
            for _ in 0..<4 {
                group.addTask {
                    var seen = 0
                    for _ in 0..<50 { seen = max(seen, index.search("专利", limit: 100).totalDocuments) }
                    return seen
                }
            }
            for await n in group { #expect(n == 0 || (20...60).contains(n)) }
        }
        #expect(index.search("专利", limit: 100).totalDocuments == 60)
    }
}

@Suite("Policy search index: built in batches at start")
struct SearchIndexBatchLoadTests {
    typealias F = SearchFixtures

    /// Issue #18: at start the node reads the articles in batches and builds one segment per batch
    /// while it reads the next. The index must answer exactly as one built from all of them at once:
    /// same documents, same order, same scores, same best article and snippet, same totals.
    @Test func test_batchedReplaceAll_answersExactlyAsOneBuildOfAllDocuments() async throws {
        let docs = Self.documents()
        let whole = F.index(docs)
        let batched = PolicySearchIndex()
        let batches = stride(from: 0, to: docs.count, by: 7).map { Array(docs[$0..<min($0 + 7, docs.count)]) }
        try await batched.replaceAll { add in for batch in batches { add(batch) } }
        #expect(batched.documentCount == whole.documentCount)
        #expect(batched.articleCount == whole.articleCount)
        for query in ["科技成果 转化", "仪器 开放", "收益分配", "专利", "人才评价 资金", "条例"] {
            let a = batched.search(query, limit: 20), b = whole.search(query, limit: 20)
            #expect(a.totalDocuments == b.totalDocuments, "\(query)")
            #expect(!a.hits.isEmpty, "\(query)")
            #expect(a.hits.map(\.documentID) == b.hits.map(\.documentID), "\(query)")
            #expect(zip(a.hits, b.hits).allSatisfy { abs($0.score - $1.score) < 1e-9 && $0.articleLabel == $1.articleLabel && $0.snippet == $1.snippet }, "\(query)")
        }
    }

    /// A document that comes again in a later batch is the later one, as with `replaceAll`.
    @Test func test_batchedReplaceAll_aDocumentInTwoBatchesIsTheLaterOne() async throws {
        let replaced = F.doc("d7", "修订后的条例", [("第一条", "第一条 仪器开放共享，收益分配。")])
        let index = PolicySearchIndex()
        let docs = Self.documents()
        try await index.replaceAll { add in
            add(Array(docs[0..<30]))
            add(Array(docs[30...]) + [replaced])
        }
        #expect(index.documentCount == docs.count)
        #expect(index.search("修订", limit: 5).hits.map(\.documentID) == ["d7"])
        #expect(index.search("条例7", limit: 60).hits.filter { $0.documentID == "d7" }.count <= 1)
    }

    static func documents() -> [IndexedDocument] {
        let words = ["科技成果", "转化", "收益", "分配", "知识产权", "专利", "实验动物", "管理", "资金", "奖励", "人才", "评价", "开放", "共享", "仪器"]
        return (0..<60).map { i in
            F.doc("d\(i)", "条例\(words[i % words.count])\(i)", level: i % 3 == 0 ? "地方性法规" : "部门规章", year: 2000 + i % 20,
                  (0..<(1 + i % 5)).map { a in
                      ("第\(a + 1)条", (0..<(3 + (i * 7 + a) % 9)).map { words[($0 * 5 + i + a) % words.count] }.joined(separator: "，") + "。")
                  })
        }
    }
}
