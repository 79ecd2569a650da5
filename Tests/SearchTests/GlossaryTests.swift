import Foundation
import Testing
@testable import Search

/// The English → Chinese query glossary (POL search): its table and `expand`.
@Suite struct GlossaryTests {
    let glossary: Glossary

    init() throws {
        glossary = try Glossary.standard()
    }

    // MARK: The table

    @Test func test_glossary_hasAtLeast300Entries() {
        #expect(glossary.count >= 300)
        #expect(glossary.count == glossary.entries.count)
    }

    @Test func test_standardTable_hasNoMalformedLines() throws {
        let parsed = Glossary.parse(try Glossary.standardTable())
        #expect(parsed.malformed.isEmpty, "malformed lines: \(parsed.malformed)")
        #expect(parsed.entries.count == glossary.count)
    }

    /// A table with a line that is not `english = 中文` fails to load instead of losing the line.
    @Test func test_glossaryTable_withAMalformedLine_failsToLoad() {
        #expect(throws: GlossaryLoadError.self) { try Glossary(table: "science = 科学\ntechnology 技术\n") }
        #expect(throws: GlossaryLoadError.self) { try Glossary(table: "science = \n") }
    }

    /// A table without entries fails to load instead of giving an empty glossary.
    @Test func test_glossaryTable_withoutEntries_failsToLoad() {
        #expect(throws: GlossaryLoadError.self) { try Glossary(table: "# only a comment\n\n") }
        #expect(throws: GlossaryLoadError.self) { try Glossary(table: "") }
    }

    @Test func test_entries_haveNonEmptyEnglishAndChinese() {
        for entry in glossary.entries {
            #expect(!entry.english.isEmpty)
            #expect(!entry.chinese.isEmpty, "\(entry.english) has no Chinese term")
            let emptyTerms = entry.chinese.filter { $0.isEmpty }
            #expect(emptyTerms.isEmpty, "\(entry.english) has an empty Chinese term")
        }
    }

    @Test func test_entries_haveNoDuplicateEnglishKeys() {
        var seen: Set<String> = []
        var duplicates: [String] = []
        for entry in glossary.entries where !seen.insert(entry.english).inserted {
            duplicates.append(entry.english)
        }
        #expect(duplicates.isEmpty, "duplicate keys: \(duplicates)")
    }

    @Test func test_entries_englishIsLowercaseWordsSeparatedBySingleSpaces() {
        for entry in glossary.entries {
            let emptyWords = entry.english.split(separator: " ", omittingEmptySubsequences: false).filter { $0.isEmpty }
            #expect(entry.english == entry.english.lowercased(), "\(entry.english)")
            #expect(emptyWords.isEmpty, "\(entry.english) has extra spaces")
        }
    }

    @Test func test_entries_chineseTermsContainOnlyCJKOrDigits() {
        for entry in glossary.entries {
            for term in entry.chinese {
                let ok = term.unicodeScalars.allSatisfy { Glossary.isCJK($0) || ("0"..."9").contains($0) }
                #expect(ok, "\(entry.english) → \(term)")
            }
        }
    }

    @Test func test_entries_everyTermOfTheBriefIsPresent() {
        let required: [(String, String)] = [
            ("natural science foundation", "自然科学基金"), ("key r&d program", "重点研发计划"),
            ("lump-sum funding", "经费包干制"), ("negative list", "负面清单"), ("peer review", "同行评议"),
            ("principal investigator", "项目负责人"), ("chief scientist", "首席科学家"),
            ("technology transfer", "科技成果转化"), ("proof of concept", "概念验证"), ("patent", "专利"),
            ("intellectual property", "知识产权"), ("pledge", "质押"), ("licensing", "许可"),
            ("technology contract", "技术合同"), ("technology market", "技术市场"),
            ("venture capital", "创业投资"), ("loan", "贷款"), ("guarantee", "担保"), ("insurance", "保险"),
            ("listing", "上市"), ("guidance fund", "引导基金"), ("tax incentive", "税收优惠"),
            ("r&d expense deduction", "研发费用加计扣除"), ("talent", "人才"), ("postdoctoral", "博士后"),
            ("foreign talent", "外籍人才"), ("work permit", "工作许可"), ("permanent residence", "永久居留"),
            ("housing", "住房"), ("new r&d institution", "新型研发机构"), ("national laboratory", "国家实验室"),
            ("key laboratory", "重点实验室"), ("incubator", "孵化器"), ("science park", "科技园"),
            ("high-tech enterprise", "高新技术企业"), ("sme", "中小企业"),
            ("specialized and sophisticated", "专精特新"), ("unicorn", "独角兽"),
            ("innovation consortium", "创新联合体"), ("zhongguancun", "中关村"),
            ("huairou science city", "怀柔科学城"), ("research integrity", "科研诚信"),
            ("academic misconduct", "学术不端"), ("plagiarism", "抄袭"), ("fabrication", "伪造"),
            ("ethics review", "伦理审查"), ("dishonesty", "失信"), ("credit repair", "信用修复"),
            ("fault tolerance", "容错"), ("due diligence", "尽职免责"),
            ("large scientific instruments", "大型科学仪器"), ("open sharing", "开放共享"),
            ("research infrastructure", "科技基础设施"), ("scientific data", "科学数据"),
            ("open data", "数据开放"), ("law", "法"), ("regulation", "条例"), ("measures", "办法"),
            ("provisions", "规定"), ("implementation", "实施"), ("promotion", "促进"),
            ("administration", "管理"), ("penalty", "处罚"), ("legal liability", "法律责任"),
            ("science and technology", "科学技术"), ("innovation", "创新"),
            ("research and development", "研究开发"), ("basic research", "基础研究"),
            ("applied research", "应用研究"), ("artificial intelligence", "人工智能"),
            ("biomedicine", "生物医药"), ("integrated circuit", "集成电路"),
            ("international cooperation", "国际合作"), ("foreign-invested", "外商投资"),
            ("beijing-tianjin-hebei", "京津冀"),
        ]
        for (english, chinese) in required {
            let entry = glossary.entry(for: english)
            #expect(entry?.chinese.contains(chinese) == true, "\(english) → \(entry?.chinese ?? [])")
        }
    }

    // MARK: expand

    @Test func test_expand_intellectualPropertyPledgeLoan_givesZhiShiChanQuanZhiYaDaiKuan() throws {
        let expanded = try #require(glossary.expand("intellectual property pledge loan"))
        #expect(expanded.contains("知识产权"))
        #expect(expanded.contains("质押"))
        #expect(expanded.contains("贷款"))
    }

    @Test func test_expand_technologyTransfer_longestMatchWinsOverTechnologyPlusTransfer() {
        let expanded = glossary.expand("technology transfer")
        #expect(expanded == "科技成果转化")
        #expect(expanded?.contains("技术") == false)
        #expect(expanded?.contains("转移") == false)
    }

    @Test func test_expand_technologyTransferLaw_writesLawOntoTheTerm() {
        #expect(glossary.expand("technology transfer law") == "科技成果转化法")
        #expect(glossary.expand("technology contract administrative measures") == "技术合同管理办法")
    }

    @Test func test_expand_lawAfterUnknownWordOrChinese_staysSeparate() {
        #expect(glossary.expand("quux law") == "quux 法")
        #expect(glossary.expand("科技成果转化 law") == "科技成果转化 法")
        #expect(glossary.expand("venture capital law") == "创业投资 风险投资 法")
    }

    @Test func test_expand_plurals_matchTheSingularEntry() {
        #expect(glossary.expand("loans") == glossary.expand("loan"))
        #expect(glossary.expand("loans") == "贷款")
        #expect(glossary.expand("technologies") == "技术")
        #expect(glossary.expand("enterprises") == "企业")
        #expect(glossary.expand("High-Tech Enterprises") == "高新技术企业")
        #expect(glossary.expand("SMEs") == "中小企业")
        #expect(glossary.expand("taxes") == "税收")
        #expect(glossary.expand("state key laboratories") == "全国重点实验室 国家重点实验室")
        #expect(glossary.expand("intellectual property pledge loans") == glossary.expand("intellectual property pledge loan"))
    }

    @Test func test_expand_writtenFormWinsOverInflection_measuresVersusMeasure() {
        #expect(glossary.expand("measures") == "办法")
        #expect(glossary.expand("measure") == "措施")
        #expect(glossary.expand("Administrative Measures") == "管理办法")
    }

    @Test func test_expand_isCaseInsensitive() {
        #expect(glossary.expand("Intellectual Property") == "知识产权")
        #expect(glossary.expand("R&D EXPENSE DEDUCTION") == "研发费用加计扣除")
    }

    @Test func test_expand_possessivesAmpersandsHyphensAndBritishSpelling() {
        #expect(glossary.expand("people's government") == "人民政府")
        #expect(glossary.expand("people\u{2019}s government") == "人民政府")
        #expect(glossary.expand("science & technology") == "科学技术 科技")
        #expect(glossary.expand("Beijing-Tianjin-Hebei") == "京津冀")
        #expect(glossary.expand("key R&D programme") == "重点研发计划")
        #expect(glossary.expand("post-doctoral") == "博士后")
    }

    @Test func test_expand_mixedChineseAndEnglish_keepsTheChineseUnchanged() {
        #expect(glossary.expand("北京 technology transfer 条例") == "北京 科技成果转化 条例")
        #expect(glossary.expand("知识产权pledge loan") == "知识产权 质押贷款")
        #expect(glossary.expand("中关村，venture capital") == "中关村， 创业投资 风险投资")
    }

    @Test func test_expand_unknownWords_areKeptAsWritten() {
        #expect(glossary.expand("Quux technology") == "Quux 技术")
        #expect(glossary.expand("tax incentives for high-tech enterprises") == "税收优惠 for 高新技术企业")
        #expect(glossary.expand("technology transfer law 2015") == "科技成果转化法 2015")
    }

    @Test func test_expand_punctuationEndsAPhrase() {
        #expect(glossary.expand("technology, transfer") == "技术 , 转让")
    }

    @Test func test_expand_pureChinese_isNil() {
        #expect(glossary.expand("知识产权质押贷款") == nil)
        #expect(glossary.expand("科研诚信 学术不端 处理") == nil)
    }

    @Test func test_expand_noEnglishWordMatched_isNil() {
        #expect(glossary.expand("") == nil)
        #expect(glossary.expand("quux zorp") == nil)
        #expect(glossary.expand("知识产权 2024") == nil)
    }

    @Test func test_expand_sampleQueries_giveTheirChineseTerms() {
        let cases: [(String, String)] = [
            ("intellectual property pledge loan", "知识产权质押贷款"),
            ("technology transfer law", "科技成果转化法"),
            ("research integrity misconduct", "科研诚信 学术不端 科研失信"),
            ("young scientist funding", "青年科技人才 经费 资助"),
            ("large instrument sharing", "大型科学仪器 共享"),
            ("foreign talent work permit", "外籍人才 工作许可"),
            ("lump-sum funding negative list", "经费包干制 负面清单"),
            ("Huairou Science City", "怀柔科学城"),
        ]
        for (query, expected) in cases {
            #expect(glossary.expand(query) == expected, "\(query)")
        }
    }

    @Test func test_init_customEntries_matchLongestFirstAndFirstDuplicateWins() {
        let custom = Glossary(entries: [
            .init(english: "Open  Data", chinese: ["数据开放"]),
            .init(english: "open", chinese: ["开放"]),
            .init(english: "data", chinese: ["数据"]),
            .init(english: "data", chinese: ["资料"]),
        ])
        #expect(custom.count == 4)
        #expect(custom.entries[0].english == "open data")
        #expect(custom.expand("open data open") == "数据开放 开放")
        #expect(custom.expand("data") == "数据")
    }

    // MARK: isEnglish

    @Test func test_isEnglish_lettersMustOutweighCJK() {
        #expect(Glossary.isEnglish("technology transfer law"))
        #expect(Glossary.isEnglish("AI 人"))
        #expect(!Glossary.isEnglish("知识产权 质押 贷款"))
        #expect(!Glossary.isEnglish("AI 人工智能"))
        #expect(!Glossary.isEnglish("R&D 研发"))
        #expect(!Glossary.isEnglish(""))
        #expect(!Glossary.isEnglish("2024"))
    }
}
