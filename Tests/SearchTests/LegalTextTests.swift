import Foundation
import Testing
@testable import Search

/// Official texts as published → chapters, articles, paragraphs (款), items (项), and citations that
/// resolve to exactly that text. The regulation is read from the copy shipped with the app
/// (`Sources/KechuangApp/Demo/regulation-zh.md`, verbatim, with the flaws of the published file).
@Suite struct LegalTextTests {
    // MARK: - The regulation (北京国际科技创新中心建设条例)

    static let regulationURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()   // PolicyTests
        .deletingLastPathComponent()   // Tests
        .deletingLastPathComponent()   // package root
        .appendingPathComponent("Sources/KechuangApp/Demo/regulation-zh.md")

    static func regulationText() throws -> String {
        try String(contentsOf: regulationURL, encoding: .utf8)
    }

    static func regulation() throws -> LegalDocumentStructure {
        LegalStructureParser.parse(try regulationText())
    }

    @Test func test_Art76_regulationParsesAsSevenChaptersAndSeventySixArticles() throws {
        let structure = try Self.regulation()
        #expect(structure.chapters.count == 7)
        #expect(structure.chapters.map(\.label) == ["第一章", "第二章", "第三章", "第四章", "第五章", "第六章", "第七章"])
        #expect(structure.chapters.map(\.number) == Array(1...7))
        #expect(structure.chapters.map(\.title) == ["总则", "战略规划与建设布局", "创新主体与创新活动", "创新人才", "创新生态", "国际开放合作", "附则"])
        #expect(structure.articles.count == 76)
        #expect(structure.articles.map(\.number) == Array(1...76))
        #expect(structure.articles.allSatisfy { $0.suffix == nil })
        // Articles per chapter, in order.
        let perChapter = structure.chapters.indices.map { index in structure.articles.filter { $0.chapter == index }.count }
        #expect(perChapter == [12, 9, 16, 10, 18, 9, 2])
        #expect(structure.article(number: 1)?.chapter == 0)
        #expect(structure.article(number: 50)?.chapter == 4)
        #expect(structure.article(number: 76)?.chapter == 6)
        #expect(structure.articles.reduce(0) { $0 + $1.paragraphs.count } == 123)
        #expect(structure.appendix.isEmpty)
    }

    @Test func test_Art76_entryIntoForceIsTheLastArticle() throws {
        let structure = try Self.regulation()
        #expect(structure.articles.last?.label == "第七十六条")
        #expect(structure.resolve("第七十六条") == "本条例自2024年3月1日起施行。")
    }

    @Test func test_tocIsNotTakenForChapters() throws {
        let structure = try Self.regulation()
        // The 目录 lists the seven chapters once more before the text: they are neither chapters nor preamble.
        #expect(Set(structure.chapters.map(\.label)).count == structure.chapters.count)
        #expect(!structure.preamble.contains("目录"))
        #expect(!structure.preamble.contains("第一章"))
        #expect(structure.articles.allSatisfy { $0.chapter != nil })
        for (index, chapter) in structure.chapters.enumerated() {
            #expect(structure.articles.contains { $0.chapter == index }, "\(chapter.label) has no article")
        }
    }

    @Test func test_tocWithoutHeadingLineIsNotTakenForChapters() {
        let text = "某某条例\n第一章 总则\n第二章 附则\n第一章 总则\n第一条 为了测试，制定本条例。\n第二章 附则\n第二条 本条例自公布之日起施行。"
        let structure = LegalStructureParser.parse(text)
        #expect(structure.chapters.map(\.title) == ["总则", "附则"])
        #expect(structure.articles.map(\.chapter) == [0, 1])
        #expect(structure.preamble == "某某条例")
    }

    @Test func test_preambleHoldsTitleAndAdoptionNote() throws {
        let structure = try Self.regulation()
        #expect(structure.preamble == "北京国际科技创新中心建设条例\n（2024年1月25日北京市第十六届人民代表大会第二次会议通过）")
    }

    @Test func test_everySentenceOfTheOfficialTextSurvives() throws {
        let raw = try Self.regulationText()
        let structure = LegalStructureParser.parse(raw)
        // The Chinese characters of the body as published (after the table of contents), without
        // chapter headings and article labels, in order …
        let lines = raw.components(separatedBy: "\n")
        let bodyStart = try #require(lines.firstIndex { $0.hasPrefix("# 第一章") })
        var expected: [Character] = []
        for line in lines[bodyStart...] {
            let text = line.drop { $0 == "#" || $0 == " " }
            if text.hasPrefix("第"), let kind = text.firstIndex(where: { $0 == "章" || $0 == "条" }),
               text.distance(from: text.startIndex, to: kind) <= 6 {
                if text[kind] == "章" { continue }                                      // chapter heading
                expected += text[text.index(after: kind)...].filter(Self.isChinese)   // article label dropped
            } else {
                expected += text.filter(Self.isChinese)
            }
        }
        // … are exactly those of the parsed articles: no character lost, none added, none moved.
        let parsed = structure.articles.flatMap { Array($0.text.filter(Self.isChinese)) }
        #expect(parsed.count == expected.count)
        #expect(parsed == expected)
        for article in structure.articles {
            #expect(!article.text.contains(" "), "\(article.label) keeps a stray space")
            #expect(!article.text.contains { ",;:()?!".contains($0) }, "\(article.label) keeps half-width punctuation")
            for paragraph in article.paragraphs {
                #expect(paragraph.text.hasSuffix("。"), "\(article.label) paragraph \(paragraph.number) is cut")
            }
        }
    }

    static func isChinese(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v)
    }

    // MARK: - Citations

    static let article50Paragraph1 = "市科学技术部门会同有关部门建立科技项目综合管理平台，对财政性资金设立的科技项目加强统筹管理；合理设置科技项目申报条件，不得将职称、论文、奖项等作为申报的限制性条件。"

    @Test func test_citation_Art50_1_resolvesToFirstParagraph() throws {
        let structure = try Self.regulation()
        #expect(structure.resolve("Art. 50(1)") == Self.article50Paragraph1)
        #expect(structure.resolve("第五十条第一款") == Self.article50Paragraph1)
        #expect(structure.resolve("50(1)") == Self.article50Paragraph1)
        #expect(structure.article(number: 50)?.paragraphs.first?.text == Self.article50Paragraph1)
    }

    @Test func test_citation_Art50_paragraphsTwoAndThree() throws {
        let structure = try Self.regulation()
        let article = try #require(structure.article(number: 50))
        #expect(article.label == "第五十条")
        #expect(article.paragraphs.count == 3)
        #expect(article.paragraphs.map(\.number) == [1, 2, 3])
        #expect(article.paragraphs.allSatisfy { $0.items.isEmpty })
        #expect(structure.resolve("Art. 50(2)") == "市科学技术、财政等部门应当健全财政性资金设立的科技项目经费管理使用制度，推行经费包干制、预算加负面清单等方式，扩大经费管理使用自主权，完善经费跨境使用和管理机制。")
        #expect(structure.resolve("第五十条第三款") == "对市财政性资金设立的科技项目，市财政部门、审计机关以及项目管理部门、单位主管部门应当创新经费管理和审计监督方式，避免重复性检查和评估。")
        #expect(structure.resolve("第五十条") == article.paragraphs.map(\.text).joined(separator: "\n"))
        #expect(structure.resolve("第五十条第四款") == nil)
        #expect(structure.resolve("Art. 50(1)(2)") == nil)   // the paragraph has no items
    }

    @Test func test_citation_Art60_paragraphJoinedAcrossABlankLine() throws {
        let structure = try Self.regulation()
        let article = try #require(structure.article(number: 60))
        #expect(article.paragraphs.count == 2)
        #expect(article.paragraphs.allSatisfy { $0.items.isEmpty })
        #expect(article.paragraphs[0].text.hasSuffix("奖励表彰等方面依法予以限制。"))
        // Published as "…应当履行" / blank line / "科研诚信建设主体责任…": one paragraph.
        #expect(structure.resolve("Art. 60(2)") == "企业、科研机构、高等学校、医疗卫生机构等单位应当履行科研诚信建设主体责任，将科研诚信工作纳入常态化管理，健全单位内部科研诚信管理制度，明确单位人员遵守科研诚信要求及责任追究办法。")
    }

    @Test func test_citation_Art72_twoParagraphs() throws {
        let structure = try Self.regulation()
        let article = try #require(structure.article(number: 72))
        #expect(article.paragraphs.count == 2)
        #expect(article.paragraphs.allSatisfy { $0.items.isEmpty })
        #expect(structure.resolve("第七十二条第一款") == "本市完善海外科技人才服务政策，提供签证、工作许可、居留许可等方面的便利服务；实行在华永久居留积分评估制度，吸引优秀外籍创新人才创新创业。")
        #expect(structure.resolve("Art. 72(2)") == "本市探索海外高层次人才职称直接认定制度，推动职业资格互认。外籍创新人才可以按照规定担任本市重大科研项目主持人或者首席科学家。")
    }

    @Test(arguments: ["第五十条第一款", "第 五十 条 第 一 款", "Art. 50(1)", "Art.50(1)", "Article 50(1)", "art 50(1)", "50(1)", "50（1）", "§ 50(1)"])
    func test_citation_formsOfTheSameReference(citation: String) throws {
        let structure = try Self.regulation()
        #expect(structure.resolve(citation) == Self.article50Paragraph1)
    }

    @Test(arguments: ["第七十七条", "Art. 77", "第零条", "Art. 0", "第五十条第零款", "第五十条第一款第", "第五十条第一项第一款", "Art. 50(1)(1)(1)", "Art. 50(x)", "五十条", "", "hello"])
    func test_citation_unknownOrMalformedResolvesToNil(citation: String) throws {
        let structure = try Self.regulation()
        #expect(structure.resolve(citation) == nil)
    }

    // MARK: - Normalizer

    @Test func test_normalizer_joinsLinesBrokenMidSentence() throws {
        // Broken after a comma and after a character, with blank lines in between.
        #expect(LegalTextNormalizer.normalize("第一条 为了推进建设,\n\n结合本市实际，建设高精\n\n尖产业集群。") == "第一条 为了推进建设，结合本市实际，建设高精尖产业集群。")
        // A line that ends a sentence ends the paragraph; the next line is a new one.
        #expect(LegalTextNormalizer.normalize("第二条 第一款。\n\n第二款。") == "第二条 第一款。\n第二款。")
        #expect(LegalTextNormalizer.normalize("第三条 他说：“好。”\n另起一款。") == "第三条 他说：“好。”\n另起一款。")
        let structure = try Self.regulation()
        #expect(structure.article(number: 20)?.text.contains("培育具有全球竞争力的高精尖产业集群。推动农业科技创新") == true)
        #expect(structure.article(number: 1)?.text.contains("建设科技强国提供战略支撑") == true)
        #expect(structure.article(number: 51)?.paragraphs.count == 1)
    }

    @Test func test_normalizer_removesStraySpacesBetweenChineseCharacters() throws {
        #expect(LegalTextNormalizer.normalize("坚持政 府、市场") == "坚持政府、市场")
        #expect(LegalTextNormalizer.normalize("协同、 开放的创新体系") == "协同、开放的创新体系")
        #expect(LegalTextNormalizer.normalize("本条例自 2024年3月1日起施行。") == "本条例自2024年3月1日起施行。")
        let structure = try Self.regulation()
        #expect(structure.article(number: 3)?.text.contains("坚持政府、市场、社会有机结合") == true)
        #expect(structure.article(number: 18)?.text.contains("全国重点实验室建设") == true)
    }

    @Test func test_normalizer_keepsSpacesBetweenASCIIWords() {
        #expect(LegalTextNormalizer.normalize("see Art. 50(1) of the   regulation") == "see Art. 50(1) of the regulation")
        #expect(LegalTextNormalizer.normalize("the quick\nbrown fox") == "the quick brown fox")
        #expect(LegalTextNormalizer.normalize("版本 1.5 的 Swift Package Manager") == "版本1.5的 Swift Package Manager")
    }

    @Test func test_normalizer_unifiesFullAndHalfWidthForms() {
        #expect(LegalTextNormalizer.normalize("中国(北京)自由贸易试验区;支持创新,鼓励探索:是否?是!") == "中国（北京）自由贸易试验区；支持创新，鼓励探索：是否？是！")
        #expect(LegalTextNormalizer.normalize("制定本条例.") == "制定本条例。")
        #expect(LegalTextNormalizer.normalize("ＡＢＣ１２３　全角") == "ABC123全角")
        #expect(LegalTextNormalizer.normalize("12:30, 1,000 and 3.14") == "12:30, 1,000 and 3.14")
        #expect(LegalTextNormalizer.normalize("(2024年1月25日通过)") == "（2024年1月25日通过）")
    }

    @Test func test_normalizer_stripsHeadingMarksAndNormalisesLabels() {
        #expect(LegalTextNormalizer.normalize("# 第一章 总 则\n\n第 五 条  本市 支持") == "第一章 总则\n第五条 本市支持")
        #expect(LegalTextNormalizer.normalize("#### 第三章 创新主体与创新活动") == "第三章 创新主体与创新活动")
        #expect(LegalTextNormalizer.normalize("目 录") == "目录")
    }

    @Test func test_articleLabelsAreNormalisedWithoutSpaces() {
        let structure = LegalStructureParser.parse("第 一 条 甲。\n第 十 条 之 一 乙。")
        #expect(structure.articles.map(\.label) == ["第一条", "第十条之一"])
        #expect(structure.article(number: 10, suffix: 1)?.text == "乙。")
    }

    // MARK: - Items, 之一, parts and sections

    static let lawWithItems = """
    第一章 总则
    第一条 为了测试，制定本法。
    第二条 有下列情形之一的，
    依法处理：
    (一)第一种情形;
    (二)第二种
    情形；
    （三）第三种情形。
    前款第（一）项规定的情形，从轻处理。
    第二条之一 本条有两款。
    第二款内容。
    第三条 有下列行为之一的：（一）甲；（二）乙；（三）丙。
    第二章 附则
    第四条 本法自公布之日起施行。
    """

    @Test func test_items_onSeparateLinesBelongToTheParagraphOfTheirLeadIn() throws {
        let structure = LegalStructureParser.parse(Self.lawWithItems)
        let article = try #require(structure.article(number: 2))
        #expect(article.paragraphs.count == 2)
        let first = article.paragraphs[0]
        #expect(first.items.map(\.number) == [1, 2, 3])
        #expect(first.items.map(\.label) == ["（一）", "（二）", "（三）"])
        #expect(first.items.map(\.text) == ["第一种情形；", "第二种情形；", "第三种情形。"])
        #expect(first.text == "有下列情形之一的，依法处理：\n（一）第一种情形；\n（二）第二种情形；\n（三）第三种情形。")
        #expect(article.paragraphs[1].items.isEmpty)
        #expect(structure.resolve("第二条第一款第二项") == "第二种情形；")
        #expect(structure.resolve("Art. 2(1)(3)") == "第三种情形。")
        #expect(structure.resolve("2(1)(2)") == "第二种情形；")
        #expect(structure.resolve("第二条第二项") == "第二种情形；")   // the one paragraph with items
        #expect(structure.resolve("第二条第二款") == "前款第（一）项规定的情形，从轻处理。")
        #expect(structure.resolve("第二条第一款第四项") == nil)
    }

    @Test func test_items_inlineInAParagraph() throws {
        let structure = LegalStructureParser.parse(Self.lawWithItems)
        let paragraph = try #require(structure.article(number: 3)?.paragraphs.first)
        #expect(paragraph.items.map(\.text) == ["甲；", "乙；", "丙。"])
        #expect(paragraph.text == "有下列行为之一的：（一）甲；（二）乙；（三）丙。")
        // A reference `第（一）项` is not an item.
        let reference = LegalStructureParser.parse("第一条 依照第二条第（一）项、第（二）项处理。")
        #expect(reference.articles.first?.paragraphs.first?.items.isEmpty == true)
    }

    @Test func test_articleWithZhiyiSuffix() throws {
        let structure = LegalStructureParser.parse(Self.lawWithItems)
        #expect(structure.articles.map(\.label) == ["第一条", "第二条", "第二条之一", "第三条", "第四条"])
        let article = try #require(structure.article(number: 2, suffix: 1))
        #expect(article.suffix == 1)
        #expect(article.chapter == 0)
        #expect(article.paragraphs.map(\.text) == ["本条有两款。", "第二款内容。"])
        #expect(structure.resolve("第二条之一第二款") == "第二款内容。")
        #expect(structure.resolve("Art. 2-1(1)") == "本条有两款。")
        #expect(structure.article(number: 2)?.suffix == nil)
        #expect(structure.article(number: 4)?.chapter == 1)
    }

    @Test func test_partsAndSectionsAreHeadingsNotText() {
        let text = """
        第一编 总则
        第一章 基本规定
        第一节 一般规定
        第一条 甲。
        第二节 特别规定
        第二条 乙。
        第二编 分则
        第一章 专门规定
        第三条 丙。
        附件一
        名录
        """
        let structure = LegalStructureParser.parse(text)
        #expect(structure.chapters.map(\.title) == ["基本规定", "专门规定"])
        #expect(structure.articles.map(\.text) == ["甲。", "乙。", "丙。"])
        #expect(structure.articles.map(\.chapter) == [0, 0, 1])
        #expect(structure.appendix == "附件一\n名录")
    }

    @Test func test_backReferenceAtTheStartOfALineIsNotAnArticle() {
        let structure = LegalStructureParser.parse("第一条 甲。\n第二条 乙。\n第一条 规定的情形除外。\n第三条 丙。")
        #expect(structure.articles.map(\.number) == [1, 2, 3])
        #expect(structure.article(number: 2)?.paragraphs.count == 2)
    }

    @Test func test_corpusStylePreambleKeepsAdoptionHistoryLines() {
        let text = "1993年7月2日 第八届全国人民代表大会常务委员会第二次会议通过\n2021年12月24日 第十三届全国人民代表大会常务委员会第三十二次会议第二次修订\n第一章 总 则\n第一条 为了全面促进科学技术进步，制定本法。"
        let structure = LegalStructureParser.parse(text)
        #expect(structure.preamble == "1993年7月2日第八届全国人民代表大会常务委员会第二次会议通过\n2021年12月24日第十三届全国人民代表大会常务委员会第三十二次会议第二次修订")
        #expect(structure.chapters.first?.title == "总则")
        #expect(structure.articles.count == 1)
    }

    @Test func test_indentedTextMarksParagraphsByIndent() {
        let text = "　　第一条　为了规范管理，根据有关法律的规定。\n结合本市实际，制定本条例。\n　　第二条　本条例适用于本市行政区域内的\n管理活动。\n　　市人民政府负责组织实施。\n　　第三条　本条例自公布之日起施行。"
        let structure = LegalStructureParser.parse(text)
        #expect(structure.articles.map(\.paragraphs.count) == [1, 2, 1])
        #expect(structure.resolve("第一条") == "为了规范管理，根据有关法律的规定。结合本市实际，制定本条例。")
        #expect(structure.resolve("第二条第一款") == "本条例适用于本市行政区域内的管理活动。")
    }

    // MARK: - Chinese numerals

    @Test(arguments: [
        ("一", 1), ("十", 10), ("十一", 11), ("二十", 20), ("二十五", 25), ("七十六", 76), ("九十九", 99),
        ("一百", 100), ("一百零一", 101), ("一百一十", 110), ("一百一十一", 111), ("二百零五", 205),
        ("四百五十二", 452), ("九百九十九", 999), ("一千零一", 1001), ("两百", 200), ("76", 76), ("〇", nil),
    ] as [(String, Int?)])
    func test_chineseNumerals(text: String, value: Int?) {
        #expect(LegalStructureParser.chineseNumber(Substring(text)) == value)
    }

    @Test(arguments: ["", "零", "十十", "一二", "一百五", "一百零", "百", "一百零十", "abc", "五条"])
    func test_chineseNumerals_malformedAreNil(text: String) {
        #expect(LegalStructureParser.chineseNumber(Substring(text)) == nil)
    }
}
