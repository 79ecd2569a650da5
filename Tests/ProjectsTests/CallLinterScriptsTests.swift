import Foundation
import Testing
@testable import Projects

/// The call linter on the structure of a condition, whatever the script: Traditional Chinese read
/// through OpenCC's table, English read with its own lexicon; identity documents and household
/// registration as nationality conditions (Art. 72(2)); sentences that name an attribute without
/// making it a condition left alone.
@Suite("Call linter: scripts and structure (PRJ)")
struct CallLinterScriptsTests {
    static func expectFinding(
        _ text: String, rule: String, severity: LintFinding.Severity = .block, article: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let findings = CallLinter.lint(text)
        #expect(
            findings.contains { $0.rule == rule && $0.severity == severity && $0.article == article },
            "\(text) → \(findings.map { "\($0.rule)/\($0.severity.rawValue)" })",
            sourceLocation: sourceLocation)
    }

    static func expectClean(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let findings = CallLinter.lint(text)
        #expect(findings.isEmpty, "\(text) → \(findings.map { "\($0.rule) «\($0.text)»" })", sourceLocation: sourceLocation)
    }

    // MARK: Traditional Chinese

    @Test func test_Art50_1_blocksTraditionalTitleCondition() {
        Self.expectFinding("計畫主持人須具備副教授以上職稱。", rule: "title.required", article: "50(1)")
        Self.expectFinding("申請人應以第一作者發表SCI論文五篇以上。", rule: "paper.required", article: "50(1)")
        Self.expectFinding("項目負責人須為「傑青」獲得者。", rule: "honour.required", article: "50(1)")
        Self.expectFinding("獲得省部級科技獎勵者優先。", rule: "award.preferred", severity: .warn, article: "50(1)")
    }

    @Test func test_Art5_blocksTraditionalOwnershipCondition() {
        Self.expectFinding("本計畫僅限國有企業申請。", rule: "ownership.restricted", article: "5")
        Self.expectFinding("申請人須為國營企業。", rule: "ownership.restricted", article: "5")
        Self.expectFinding("外資企業不得申報。", rule: "ownership.restricted", article: "5")
    }

    @Test func test_Art72_2_blocksTraditionalNationalityCondition() {
        Self.expectFinding("項目負責人須具有中國國籍。", rule: "nationality.restricted", article: "72(2)")
        Self.expectFinding("申請人應為中華民國國民。", rule: "nationality.restricted", article: "72(2)")
        Self.expectFinding("外籍人員不得擔任項目負責人。", rule: "nationality.restricted", article: "72(2)")
    }

    @Test func test_Art50_1_allowsTraditionalSentencesThatDoNotRestrict() {
        Self.expectClean("不得將職稱、論文、獎項作為申報的限制性條件。")
        Self.expectClean("國有企業、民營企業、外資企業均可申報。")
        Self.expectClean("外籍科學家可以牽頭申報。")
        Self.expectClean("申請人應檢附身分證影本。")
    }

    /// The conversion is character for character, so offsets are into the text as written.
    @Test func test_traditionalTextKeepsOffsetsIntoTheOriginal() {
        let text = "說明：本計畫支持基礎研究。\n計畫主持人須具備「副教授」以上職稱，外資企業不得申請。"
        let characters = Array(text)
        let findings = CallLinter.lint(text)
        #expect(findings.map(\.rule) == ["title.required", "ownership.restricted"])
        for f in findings { #expect(String(characters[f.start..<f.end]) == f.text) }
        #expect(findings.first?.text == "計畫主持人須具備「副教授」以上職稱")
    }

    @Test func test_openCCTableIsLoadedAndShippedWithItsLicence() {
        #expect(ChineseScript.characterTable.count > 4000)
        #expect(ChineseScript.simplified("職稱論文獎項國籍護照戶籍") == "职称论文奖项国籍护照户籍")
        #expect(ChineseScript.simplified("乾隆年間") == "乾隆年间")
        #expect(ChineseScript.traditionalCount("项目负责人须具有高级职称。") == 0)
        #expect(ChineseScript.tableNotice.contains("OpenCC") && ChineseScript.tableNotice.contains("Apache"))
        #expect(ChineseScript.tableLicence.contains("Apache License") && ChineseScript.tableLicence.contains("Version 2.0"))
    }

    // MARK: English

    @Test func test_Art50_1_blocksEnglishTitlePaperAwardAndHonourConditions() {
        Self.expectFinding("The principal investigator must be a full professor.", rule: "title.required", article: "50(1)")
        Self.expectFinding("Applicants shall hold a senior professional title.", rule: "title.required", article: "50(1)")
        Self.expectFinding("Applicants must have published at least 5 SCI papers in the past three years.", rule: "paper.required", article: "50(1)")
        Self.expectFinding("Applicants must have received a national science and technology award.", rule: "award.required", article: "50(1)")
        Self.expectFinding("Only academicians may lead a project.", rule: "honour.required", article: "50(1)")
    }

    @Test func test_Art50_1_warnsEnglishPreference() {
        Self.expectFinding("Applicants with papers in Nature or Science are preferred.", rule: "paper.preferred", severity: .warn, article: "50(1)")
        Self.expectFinding("Holders of a talent programme title will receive 5 extra points.", rule: "honour.preferred", severity: .warn, article: "50(1)")
    }

    @Test func test_Art5_blocksEnglishOwnershipCondition() {
        Self.expectFinding("Only state-owned enterprises may apply.", rule: "ownership.restricted", article: "5")
        Self.expectFinding("Foreign-invested companies are not eligible.", rule: "ownership.restricted", article: "5")
        Self.expectFinding("Private enterprises will be given priority.", rule: "ownership.preferred", severity: .warn, article: "5")
    }

    @Test func test_Art72_2_blocksEnglishCitizenshipPassportAndHukouCondition() {
        Self.expectFinding("The principal investigator must be a Chinese citizen.", rule: "nationality.restricted", article: "72(2)")
        Self.expectFinding("Foreign nationals may not serve as principal investigator.", rule: "nationality.restricted", article: "72(2)")
        Self.expectFinding("Applicants must hold a Chinese passport.", rule: "nationality.restricted", article: "72(2)")
        Self.expectFinding("Only applicants with Beijing hukou are eligible.", rule: "nationality.restricted", article: "72(2)")
    }

    /// Negation, equal treatment, outputs, reviewers and mentions are no conditions.
    @Test func test_Art50_1_allowsEnglishSentencesThatNameWithoutRestricting() {
        for text in [
            "Titles, papers and awards are not conditions of application.",
            "There is no requirement on the applicant's professional title.",
            "Reviewers should hold senior professional titles.",
            "The project should publish at least five papers by the end of the project.",
            "Applicants may list up to five representative papers.",
            "State-owned, private and foreign-invested enterprises may all apply.",
            "Foreign scientists may lead projects.",
            "Foreign nationals must hold a valid work permit.",
            "The award amount is up to 500,000 yuan.",
        ] {
            Self.expectClean(text)
        }
    }

    /// The English lexicon reads full-width letters too (KechuangCore `FullWidth`).
    @Test func test_Art72_2_readsFullWidthEnglish() {
        Self.expectFinding("Ｔｈｅ ＰＩ ｍｕｓｔ ｂｅ ａ Ｃｈｉｎｅｓｅ ｃｉｔｉｚｅｎ.", rule: "nationality.restricted", article: "72(2)")
    }

    /// A text in both languages is read clause by clause, each clause in its own language.
    @Test func test_bilingualTextIsReadClauseByClause() {
        let text = "申请人须具有高级职称。The principal investigator must be a Chinese citizen. 鼓励民营企业牵头。"
        let findings = CallLinter.lint(text)
        #expect(findings.map(\.rule) == ["title.required", "nationality.restricted"])
        let characters = Array(text)
        for f in findings { #expect(String(characters[f.start..<f.end]) == f.text) }
    }

    // MARK: Identity documents and household registration (Art. 72(2))

    @Test func test_Art72_2_blocksIdentityDocumentAndHouseholdRegistrationCondition() {
        Self.expectFinding("项目负责人须持有中华人民共和国居民身份证。", rule: "nationality.restricted", article: "72(2)")
        Self.expectFinding("申请人须具有北京市户籍。", rule: "nationality.restricted", article: "72(2)")
        Self.expectFinding("具有本市户口的申请人优先。", rule: "nationality.preferred", severity: .warn, article: "72(2)")
        Self.expectClean("申请人应提供有效身份证件复印件。")
    }

    // MARK: Mentions are no conditions

    /// A sentence that names papers without making them a condition (an expense, a report, a
    /// representative work, background) is legitimate.
    @Test func test_Art50_1_allowsSentenceThatNamesPapersWithoutMakingThemACondition() {
        for text in [
            "项目经费可用于论文版面费、出版费等支出。",
            "申请人应按要求填写近五年代表性论文情况。",
            "近年来，本市科研人员在国际顶级期刊发表了一批高水平论文。",
            "项目实施过程中发表的论文，应注明项目编号。",
        ] {
            Self.expectClean(text)
        }
    }

    // MARK: Data

    /// Every pattern of both lexicons compiles: a pattern that would not is dropped rather than
    /// trapping on a request, and this test is what notices.
    @Test func test_everyLexiconPatternCompiles() {
        for lexicon in CallLinter.Compiled.lexicons {
            #expect(lexicon.patternCount > 100)
            #expect(lexicon.compiledCount == lexicon.patternCount, "\(lexicon.lexicon.language): \(lexicon.patternCount - lexicon.compiledCount) patterns do not compile")
            #expect(lexicon.link != nil && lexicon.qualifierLead != nil && lexicon.leadingConjunction != nil)
        }
        #expect(CallLinter.Compiled.enumerator != nil && CallLinter.Compiled.listItem != nil && CallLinter.Compiled.sectionNumber != nil)
    }

    /// Each restricted attribute cites its article, in both lexicons.
    @Test func test_eachAttributeCitesItsArticle() {
        let articles: [CallLinter.LintTopic: String] = [
            .title: "50(1)", .paper: "50(1)", .award: "50(1)", .honour: "50(1)", .ownership: "5", .nationality: "72(2)",
        ]
        for topic in CallLinter.LintTopic.allCases {
            #expect(CallLinter.rule(topic, .block).article == articles[topic])
            #expect(CallLinter.rule(topic, .warn).article == articles[topic])
            #expect(CallLinter.rule(topic, .block).severity == .block && CallLinter.rule(topic, .warn).severity == .warn)
        }
    }
}
