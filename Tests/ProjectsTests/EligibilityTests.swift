import Foundation
import Testing
@testable import Projects
import KechuangCore

/// Eligibility rules of calls: a stored condition language that refuses the conditions the
/// regulation forbids and explains every outcome with its article.
@Suite("Eligibility rules (PRJ)")
struct EligibilityTests {
    // MARK: Helpers

    static func beijing(_ year: Int, _ month: Int, _ day: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        return calendar.date(from: DateComponents(year: year, month: month, day: day))!
    }

    /// The call closes on 30 June 2025 (Beijing time).
    static let closing = beijing(2025, 6, 30)

    static func rule(
        _ id: String, _ condition: Condition, _ article: ArticleRef,
        from: Date = .regulationInForce, until: Date? = nil
    ) -> EligibilityRule {
        EligibilityRule(id: id, condition: condition, article: article, effectiveFrom: from, effectiveUntil: until,
                        description: LocalizedText(zh: "规则 \(id)", en: "Rule \(id)"))
    }

    static func facts(
        type: String? = "university", district: String? = "haidian", integrityRestricted: Bool? = false,
        running: Int? = 0, born: Int? = 1992, phd: Int? = 2019, team: [String] = [],
        sensitive: Set<String> = [], ethics: Bool = false
    ) -> ApplicationFacts {
        ApplicationFacts(organisationType: type, organisationDistrict: district, integrityRestricted: integrityRestricted,
                         runningProjectsOfPI: running, piBirthYear: born, piPhDYear: phd, teamOrganisationTypes: team,
                         sensitiveAreas: sensitive, hasEthicsApproval: ethics, referenceDate: closing)
    }

    /// The field errors `validate` throws; records an issue when it throws anything else or nothing.
    static func refusal(_ rules: [EligibilityRule], sourceLocation: SourceLocation = #_sourceLocation) -> [FieldError] {
        do {
            try Eligibility.validate(rules)
            Issue.record("validate accepted rules it should have refused", sourceLocation: sourceLocation)
            return []
        } catch let DomainError.validation(errors) {
            return errors
        } catch {
            Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
            return []
        }
    }

    static func one(_ rule: EligibilityRule, _ facts: ApplicationFacts) throws -> RuleOutcome {
        let outcomes = Eligibility.evaluate([rule], facts: facts, at: closing)
        try #require(outcomes.count == 1)
        return outcomes[0]
    }

    static let art50_1 = ArticleRef(50, paragraph: 1)
    static let wording50_1 = "不得将职称、论文、奖项等作为申报的限制性条件"

    // MARK: Art. 50(1): no titles, papers or awards as conditions

    @Test func test_Art50_1_refusesProfessionalTitleCondition() throws {
        let allowed = Self.rule("age", .piAgeAtMost(35), ArticleRef(45))
        try Eligibility.validate([allowed]) // an age limit is fine

        let errors = Self.refusal([allowed, Self.rule("title", .professionalTitleAtLeast("正高级"), ArticleRef(50, paragraph: 1))])
        try #require(errors.count == 1)
        let error = errors[0]
        #expect(error.field == "rules[1].condition")
        #expect(error.rule == "eligibility.forbidden.title")
        #expect(error.basis == .art(50, 1))
        #expect(error.message.zh.contains("不得将职称作为申报条件"))
        #expect(error.message.zh.contains("正高级"), "the message says which title the rule asked for")
        #expect(error.message.zh.contains(Self.wording50_1), "the message quotes the article")
        #expect(error.message.en.contains("professional title may not be a condition"))
        #expect(error.message.en.contains("Art. 50(1)"))
        #expect(error.message.en.contains("professional titles, papers, awards and the like restrictive conditions"))
    }

    @Test func test_Art50_1_refusesPaperCountCondition() {
        let errors = Self.refusal([Self.rule("papers", .papersAtLeast(5), ArticleRef(29))])
        #expect(errors.count == 1)
        #expect(errors.first?.field == "rules[0].condition")
        #expect(errors.first?.rule == "eligibility.forbidden.papers")
        #expect(errors.first?.basis == .art(50, 1))
        #expect(errors.first?.message.zh.contains("论文不少于5篇") == true)
        #expect(errors.first?.message.zh.contains(Self.wording50_1) == true)
        #expect(errors.first?.message.en.contains("at least 5 papers") == true)
    }

    @Test func test_Art50_1_refusesAwardCondition() {
        let errors = Self.refusal([Self.rule("award", .awardRequired("国家杰出青年科学基金"), ArticleRef(45))])
        #expect(errors.count == 1)
        #expect(errors.first?.rule == "eligibility.forbidden.award")
        #expect(errors.first?.basis == .art(50, 1))
        #expect(errors.first?.message.zh.contains("不得将奖项或人才称号作为申报条件") == true)
        #expect(errors.first?.message.zh.contains("国家杰出青年科学基金") == true)
        #expect(errors.first?.message.en.contains("award or honour title may not be a condition") == true)
    }

    @Test func test_Art50_1_refusesForbiddenConditionNestedInsideAny() throws {
        // An alternative route in via "any", and one hidden under "not" inside "all": both are
        // still conditions on awards and papers, and each is reported.
        let condition = Condition.all([
            .registeredInBeijing,
            .any([.piAgeAtMost(35), .papersAtLeast(10)]),
            .not(.awardRequired("长江学者")),
        ])
        let errors = Self.refusal([
            Self.rule("ok", .integrityClear, ArticleRef(60)),
            Self.rule("young", .piAgeAtMost(40), ArticleRef(45)),
            Self.rule("nested", condition, ArticleRef(45)),
        ])
        try #require(errors.count == 2)
        #expect(errors.map(\.field) == ["rules[2].condition", "rules[2].condition"])
        #expect(errors.map(\.rule) == ["eligibility.forbidden.papers", "eligibility.forbidden.award"])
        #expect(errors.allSatisfy { $0.basis == .art(50, 1) })
        #expect(errors[1].message.zh.contains("长江学者"))
    }

    // MARK: Art. 5: equal access whatever the ownership

    @Test func test_Art5_refusesOwnershipCondition() throws {
        let errors = Self.refusal([Self.rule("soe", .ownershipIn(["state", "mixed"]), ArticleRef(3))])
        try #require(errors.count == 1)
        #expect(errors[0].field == "rules[0].condition")
        #expect(errors[0].rule == "eligibility.forbidden.ownership")
        #expect(errors[0].basis == .art(5))
        #expect(errors[0].message.zh.contains("不得按所有制类型"))
        #expect(errors[0].message.zh.contains("国有、混合所有制"), "the message names the ownership the rule asked for")
        #expect(errors[0].message.zh.contains("依法保障创新主体平等获取创新资源"))
        #expect(errors[0].message.en.contains("Art. 5"))
        #expect(errors[0].message.en.contains("state-owned, mixed"))
    }

    // MARK: Art. 72(2): foreign nationals may lead projects

    @Test func test_Art72_2_refusesNationalityCondition() throws {
        let errors = Self.refusal([Self.rule("nationals", .all([.integrityClear, .nationalityIn(["CN"])]), ArticleRef(44))])
        try #require(errors.count == 1)
        #expect(errors[0].rule == "eligibility.forbidden.nationality")
        #expect(errors[0].basis == .art(72, 2))
        #expect(errors[0].message.zh.contains("不得按国籍限定项目负责人"))
        #expect(errors[0].message.zh.contains("外籍创新人才可以按照规定担任本市重大科研项目主持人或者首席科学家"))
        #expect(errors[0].message.en.contains("Art. 72(2)"))
        #expect(errors[0].message.en.contains("foreign nationals may lead projects"))
    }

    @Test func test_everyForbiddenKindIsRefusedWithItsArticle() {
        let forbidden: [(Condition, String, LegalBasis)] = [
            (.professionalTitleAtLeast("副高级"), "eligibility.forbidden.title", .art(50, 1)),
            (.papersAtLeast(1), "eligibility.forbidden.papers", .art(50, 1)),
            (.awardRequired("杰青"), "eligibility.forbidden.award", .art(50, 1)),
            (.ownershipIn(["private"]), "eligibility.forbidden.ownership", .art(5)),
            (.nationalityIn(["CN"]), "eligibility.forbidden.nationality", .art(72, 2)),
        ]
        let errors = Self.refusal(forbidden.enumerated().map { Self.rule("r\($0.offset)", $0.element.0, ArticleRef(45)) })
        #expect(errors.map(\.rule) == forbidden.map(\.1))
        #expect(errors.map(\.basis) == forbidden.map(\.2))
        #expect(errors.map(\.field) == (0..<5).map { "rules[\($0)].condition" })
    }

    @Test func test_rulesThatCannotMeanAnythingAreRefused() {
        let errors = Self.refusal([
            Self.rule("a", .any([]), ArticleRef(45)),
            Self.rule("a", .organisationTypeIn(["enterprize"]), ArticleRef(3)),
            Self.rule("c", .runningProjectsOfPIBelow(0), ArticleRef(50, paragraph: 1)),
            Self.rule("d", .integrityClear, ArticleRef(60), from: Self.beijing(2025, 1, 1), until: Self.beijing(2024, 1, 1)),
            Self.rule("e", .integrityClear, ArticleRef(99)),
        ])
        #expect(errors.map(\.rule) == [
            "eligibility.invalid.empty",
            "eligibility.invalid.duplicate_id", "eligibility.invalid.organisation_type",
            "eligibility.invalid.threshold",
            "eligibility.invalid.dates",
            "eligibility.invalid.article",
        ])
        #expect(errors.map(\.field) == [
            "rules[0].condition", "rules[1].id", "rules[1].condition", "rules[2].condition",
            "rules[3].effectiveUntil", "rules[4].article",
        ])
        #expect(errors.allSatisfy { $0.basis == nil }, "mistakes are not refusals under an article")
        #expect(errors[2].message.en.contains("enterprize"))
    }

    // MARK: Art. 45: young scientists

    @Test func test_Art45_ageLimitPassesAndFailsWithTheFactsInTheSentence() throws {
        let rule = Self.rule("young", .piAgeAtMost(35), ArticleRef(45))

        // Born 1990: 35 in the closing year 2025, which is still within the limit.
        let atLimit = try Self.one(rule, Self.facts(born: 1990))
        #expect(atLimit.passed)
        #expect(atLimit.ruleID == "young")
        #expect(atLimit.article == ArticleRef(45))
        #expect(atLimit.sentence.zh == "项目负责人年龄不超过35周岁（第四十五条）：符合，项目负责人2025年为35周岁（1990年出生）。")
        #expect(atLimit.sentence.en == "The principal investigator is at most 35 years old (Art. 45): met — the principal investigator is 35 in 2025 (born in 1990).")

        let tooOld = try Self.one(rule, Self.facts(born: 1987))
        #expect(!tooOld.passed)
        #expect(tooOld.sentence.zh == "项目负责人年龄不超过35周岁（第四十五条）：不符合，项目负责人2025年为38周岁（1987年出生）。")
        #expect(tooOld.sentence.en.contains("(Art. 45): not met — the principal investigator is 38 in 2025"))

        let unknown = try Self.one(rule, Self.facts(born: nil))
        #expect(!unknown.passed, "an age that cannot be checked does not pass")
        #expect(unknown.sentence.en.contains("not met — the principal investigator's year of birth is not known, so the age could not be checked"))
        #expect(unknown.sentence.zh.contains("不符合，项目负责人出生年份未知，无法核验年龄"))
    }

    @Test func test_Art45_yearsSincePhDCountedToTheClosingYear() throws {
        let rule = Self.rule("postdoc", .yearsSincePhDAtMost(5), ArticleRef(45))
        let recent = try Self.one(rule, Self.facts(phd: 2020))
        #expect(recent.passed)
        #expect(recent.sentence.en.contains("received the PhD in 2020, 5 years before 2025"))
        let earlier = try Self.one(rule, Self.facts(phd: 2018))
        #expect(!earlier.passed)
        #expect(earlier.sentence.zh.contains("项目负责人于2018年获得博士学位，至2025年为7年"))
    }

    @Test func test_unknownFactDoesNotPassUnderNot() throws {
        // Three-valued logic: "not (age ≤ 35)" with no year of birth is unknown, not met.
        let outcome = try Self.one(Self.rule("senior", .not(.piAgeAtMost(35)), ArticleRef(45)), Self.facts(born: nil))
        #expect(!outcome.passed)
        #expect(outcome.sentence.en.contains("could not be checked"))
        let known = try Self.one(Self.rule("senior", .not(.piAgeAtMost(35)), ArticleRef(45)), Self.facts(born: 1980))
        #expect(known.passed)
        #expect(known.sentence.en.hasPrefix("Not the case that the principal investigator is at most 35 years old (Art. 45): met — the principal investigator is 45 in 2025"))
    }

    // MARK: Art. 3: 政产学研用 consortia

    @Test func test_Art3_consortiumMustIncludeAnEnterprise() throws {
        let rule = Self.rule("consortium", .teamIncludesOrganisationType("enterprise"), ArticleRef(3))

        let academicOnly = try Self.one(rule, Self.facts(type: "university", team: ["research_institute"]))
        #expect(!academicOnly.passed)
        #expect(academicOnly.sentence.zh == "联合体至少包括一家企业（第三条）：不符合，联合体成员为高等学校（牵头）、科研机构，不包括企业。")
        #expect(academicOnly.sentence.en == "The consortium includes at least one enterprise (Art. 3): not met — the consortium consists of university (lead), research institute, with no enterprise.")

        let withPartner = try Self.one(rule, Self.facts(type: "university", team: ["research_institute", "enterprise"]))
        #expect(withPartner.passed)
        #expect(withPartner.sentence.en.contains("met — the consortium consists of university (lead), research institute, enterprise"))

        let enterpriseLeads = try Self.one(rule, Self.facts(type: "enterprise", team: ["university"]))
        #expect(enterpriseLeads.passed, "the applicant organisation is a member of its own consortium")

        let unknownLead = try Self.one(rule, Self.facts(type: nil, team: ["university"]))
        #expect(!unknownLead.passed)
        #expect(unknownLead.sentence.en.contains("could not be checked"))
    }

    // MARK: Art. 60: integrity restrictions

    @Test func test_Art60_integrityRestrictionFails_unknownStatusFailsClearly() throws {
        let rule = Self.rule("integrity", .integrityClear, ArticleRef(60))

        let restricted = try Self.one(rule, Self.facts(integrityRestricted: true))
        #expect(!restricted.passed)
        #expect(restricted.article == ArticleRef(60))
        #expect(restricted.sentence.zh == "申报主体未因科研失信被限制申报科技项目（第六十条）：不符合，申报主体因科研失信行为被限制申报科技项目。")
        #expect(restricted.sentence.en.contains("(Art. 60): not met — the applicant is restricted from applying for projects because of research misconduct"))

        let unknown = try Self.one(rule, Self.facts(integrityRestricted: nil))
        #expect(!unknown.passed)
        #expect(unknown.sentence.en.hasSuffix("(Art. 60): not met — the integrity status could not be checked."))
        #expect(unknown.sentence.zh.hasSuffix("（第六十条）：不符合，无法核验科研诚信状况。"))

        let clear = try Self.one(rule, Self.facts(integrityRestricted: false))
        #expect(clear.passed)
        #expect(clear.sentence.en.contains("(Art. 60): met — the research integrity system records no restriction"))
    }

    // MARK: Art. 61: ethics review

    @Test func test_Art61_ethicsApprovalRequiredOnlyForSensitiveResearch() throws {
        let rule = Self.rule("ethics", .ethicsApprovalIfSensitive, ArticleRef(61))

        let notSensitive = try Self.one(rule, Self.facts(sensitive: [], ethics: false))
        #expect(notSensitive.passed, "no approval is needed when nothing sensitive is involved")
        #expect(notSensitive.sentence.zh.contains("（第六十一条）：符合，研究不涉及科技伦理敏感领域，无需伦理审查"))

        let sensitiveWithout = try Self.one(rule, Self.facts(sensitive: ["ai", "human"], ethics: false))
        #expect(!sensitiveWithout.passed)
        #expect(sensitiveWithout.sentence.zh.contains("不符合，研究涉及人类受试者、人工智能，但未通过伦理审查"))
        #expect(sensitiveWithout.sentence.en.contains("(Art. 61): not met — the research involves human subjects and artificial intelligence but has no ethics approval"))

        let sensitiveWith = try Self.one(rule, Self.facts(sensitive: ["animal"], ethics: true))
        #expect(sensitiveWith.passed)
        #expect(sensitiveWith.sentence.en.contains("met — the research involves animals and has ethics approval"))
    }

    // MARK: Effective dates

    @Test func test_Art76_onlyRulesInForceAtTheDateAreEvaluated() {
        let rules = [
            Self.rule("future", .piAgeAtMost(35), ArticleRef(45), from: Self.beijing(2025, 7, 1)),
            Self.rule("expired", .registeredInBeijing, ArticleRef(3), from: .regulationInForce, until: Self.beijing(2025, 1, 1)),
            Self.rule("current", .integrityClear, ArticleRef(60)),
            Self.rule("window", .ethicsApprovalIfSensitive, ArticleRef(61), from: Self.beijing(2025, 1, 1), until: Self.beijing(2025, 7, 1)),
        ]
        let facts = Self.facts()
        #expect(Eligibility.evaluate(rules, facts: facts, at: Self.closing).map(\.ruleID) == ["current", "window"])
        // effectiveFrom is inclusive, effectiveUntil exclusive.
        #expect(Eligibility.evaluate(rules, facts: facts, at: Self.beijing(2025, 7, 1)).map(\.ruleID) == ["future", "current"])
        #expect(Eligibility.evaluate(rules, facts: facts, at: Self.beijing(2024, 12, 31)).map(\.ruleID) == ["expired", "current"])
        #expect(Eligibility.evaluate(rules, facts: facts, at: Self.beijing(2024, 1, 1)).isEmpty, "nothing is in force before the regulation")
    }

    // MARK: Sentences

    @Test func test_everyOutcomeSentenceCitesItsArticleInBothLanguages() throws {
        let rules = [
            Self.rule("types", .organisationTypeIn(["university", "research_institute", "enterprise"]), ArticleRef(5)),
            Self.rule("beijing", .registeredInBeijing, ArticleRef(10)),
            Self.rule("integrity", .integrityClear, ArticleRef(60)),
            Self.rule("load", .runningProjectsOfPIBelow(2), ArticleRef(50, paragraph: 3)),
            Self.rule("young", .piAgeAtMost(35), ArticleRef(45)),
            Self.rule("phd", .yearsSincePhDAtMost(8), ArticleRef(45)),
            Self.rule("team", .teamIncludesOrganisationType("enterprise"), ArticleRef(3)),
            Self.rule("ethics", .ethicsApprovalIfSensitive, ArticleRef(61)),
            Self.rule("either", .any([.piAgeAtMost(30), .yearsSincePhDAtMost(3)]), ArticleRef(45)),
            Self.rule("both", .all([.registeredInBeijing, .not(.organisationTypeIn(["government_department"]))]), ArticleRef(5)),
        ]
        let passing = Self.facts(type: "enterprise", district: "chaoyang", running: 1, born: 1996, phd: 2023)
        let failing = Self.facts(type: "government_department", district: "outside_beijing", integrityRestricted: nil,
                                 running: 3, born: 1970, phd: 1998, sensitive: ["human"])
        let passed = Eligibility.evaluate(rules, facts: passing, at: Self.closing)
        let failed = Eligibility.evaluate(rules, facts: failing, at: Self.closing)
        #expect(passed.map(\.ruleID) == rules.map(\.id), "one outcome per rule, in order")
        #expect(passed.allSatisfy { $0.passed })
        #expect(failed.allSatisfy { !$0.passed })
        for (outcome, rule) in zip(passed + failed, rules + rules) {
            #expect(outcome.article == rule.article)
            #expect(outcome.sentence.zh.contains("（\(rule.article?.chinese ?? "")）："), "\(outcome.sentence.zh)")
            #expect(outcome.sentence.en.contains("(\(rule.article?.english ?? "")): "), "\(outcome.sentence.en)")
            #expect(outcome.sentence.zh.contains(outcome.passed ? "）：符合，" : "）：不符合，"))
            #expect(outcome.sentence.en.contains(outcome.passed ? "): met — " : "): not met — "))
            #expect(outcome.sentence.zh.hasSuffix("。") && outcome.sentence.en.hasSuffix("."))
        }
        // Compound conditions name the facts that decided them.
        let both = try #require(failed.last)
        #expect(both.sentence.zh == "同时满足：申报单位注册地在北京市；（不属于以下情形：申报单位类型为政府部门）（第五条）：不符合，申报单位注册地在北京市外；申报单位类型为政府部门。")
        let load = try #require(passed.first { $0.ruleID == "load" })
        #expect(load.sentence.zh.hasPrefix("项目负责人主持的在研项目少于2项（第五十条第三款）：符合，项目负责人现主持1项在研项目"))
    }

    @Test func test_Art50_1_forbiddenRuleStoredBeforeValidationExcludesNoOne() throws {
        let outcome = try Self.one(Self.rule("legacy", .all([.integrityClear, .papersAtLeast(3)]), ArticleRef(45)), Self.facts())
        #expect(outcome.passed, "a forbidden condition is never applied against an applicant")
        #expect(outcome.sentence.zh.contains("（第四十五条）：不予适用，该规则含有第五十条第一款禁止的条件（论文不少于3篇）"))
        #expect(outcome.sentence.en.contains("(Art. 45): not applied — the rule contains a condition that Art. 50(1) forbids (at least 3 papers)"))
    }

    // MARK: JSON storage form

    static let sampleRules: [EligibilityRule] = [
        EligibilityRule(
            id: "young.age", condition: .piAgeAtMost(35), article: ArticleRef(45), effectiveFrom: beijing(2025, 1, 1),
            description: LocalizedText(zh: "项目负责人年龄不超过35周岁", en: "The principal investigator is at most 35")),
        EligibilityRule(
            id: "applicant",
            condition: .all([
                .organisationTypeIn(["university", "research_institute", "enterprise", "new_rd_institution"]),
                .registeredInBeijing, .integrityClear, .runningProjectsOfPIBelow(2),
                .not(.organisationTypeIn(["government_department"])),
            ]),
            article: ArticleRef(60), effectiveUntil: beijing(2026, 1, 1),
            description: LocalizedText(zh: "北京市注册、无失信限制", en: "Registered in Beijing, no integrity restriction")),
        EligibilityRule(
            id: "consortium", condition: .any([.teamIncludesOrganisationType("enterprise"), .yearsSincePhDAtMost(5)]),
            article: ArticleRef(3), description: LocalizedText(zh: "联合体", en: "Consortium")),
        EligibilityRule(
            id: "ethics", condition: .ethicsApprovalIfSensitive, article: ArticleRef(61),
            description: LocalizedText(zh: "伦理审查", en: "Ethics review")),
        // Forbidden kinds must survive storage too, so that they can be refused with their article.
        EligibilityRule(
            id: "forbidden",
            condition: .any([.professionalTitleAtLeast("正高级"), .papersAtLeast(5), .awardRequired("杰青"),
                             .ownershipIn(["state"]), .nationalityIn(["CN"])]),
            article: ArticleRef(50, paragraph: 1),
            description: LocalizedText(zh: "禁止", en: "Forbidden")),
    ]

    @Test func test_codableRoundTripKeepsEveryRuleAndReadableJSON() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(Self.sampleRules)
        let decoded = try JSONDecoder().decode([EligibilityRule].self, from: data)
        #expect(decoded == Self.sampleRules)

        let json = try #require(String(data: data, encoding: .utf8))
        #expect(json.contains(#""condition":{"piAgeAtMost":35}"#))
        #expect(json.contains(#"{"all":[{"organisationTypeIn":["university","research_institute","enterprise","new_rd_institution"]},"registeredInBeijing","integrityClear",{"runningProjectsOfPIBelow":2},{"not":{"organisationTypeIn":["government_department"]}}]}"#))
        #expect(json.contains(#""condition":"ethicsApprovalIfSensitive""#))
        #expect(json.contains(#""article":"45""#) && json.contains(#""article":"50(1)""#))
        #expect(json.contains(#""effectiveFrom":"2025-01-01T00:00:00+08:00""#))
        #expect(json.contains(#""effectiveUntil":"2026-01-01T00:00:00+08:00""#))
        #expect(!json.contains(#""id":"ethics","effectiveUntil""#), "an open-ended rule has no end date key")
        // The same bytes whatever the encoder's date strategy: the stored form does not depend on configuration.
        let other = JSONEncoder()
        other.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        other.dateEncodingStrategy = .secondsSince1970
        #expect(try other.encode(Self.sampleRules) == data)
    }

    @Test func test_handWrittenJSONRuleDecodesAndEvaluates() throws {
        let json = """
        [
          {
            "id": "2025-young-scientists",
            "article": "45",
            "effectiveFrom": "2025-03-01",
            "effectiveUntil": "2025-09-01T00:00:00+08:00",
            "description": {"zh": "青年项目：北京市注册单位，负责人不超过35周岁或博士毕业不超过3年",
                            "en": "Young scientists: Beijing organisation; PI at most 35 or PhD at most 3 years ago"},
            "condition": {"all": [
              "registeredInBeijing",
              {"integrityClear": true},
              {"any": [{"piAgeAtMost": 35}, {"yearsSincePhDAtMost": 3}]},
              {"not": {"organisationTypeIn": ["government_department"]}}
            ]}
          }
        ]
        """
        let rules = try JSONDecoder().decode([EligibilityRule].self, from: Data(json.utf8))
        let expected = EligibilityRule(
            id: "2025-young-scientists",
            condition: .all([
                .registeredInBeijing, .integrityClear,
                .any([.piAgeAtMost(35), .yearsSincePhDAtMost(3)]),
                .not(.organisationTypeIn(["government_department"])),
            ]),
            article: ArticleRef(45), effectiveFrom: Self.beijing(2025, 3, 1), effectiveUntil: Self.beijing(2025, 9, 1),
            description: LocalizedText(
                zh: "青年项目：北京市注册单位，负责人不超过35周岁或博士毕业不超过3年",
                en: "Young scientists: Beijing organisation; PI at most 35 or PhD at most 3 years ago"))
        #expect(rules == [expected])
        try Eligibility.validate(rules)

        // Born 1988 (37 in 2025) but a PhD in 2023: the "any" passes on the PhD.
        let outcomes = Eligibility.evaluate(rules, facts: Self.facts(born: 1988, phd: 2023), at: Self.closing)
        #expect(outcomes.map(\.passed) == [true])
        #expect(outcomes.first?.sentence.en.contains("the principal investigator received the PhD in 2023, 2 years before 2025") == true)
        #expect(outcomes.first?.sentence.en.contains("is 37") == false, "only the facts that decided a passed alternative are given")
        #expect(Eligibility.evaluate(rules, facts: Self.facts(), at: Self.beijing(2025, 9, 1)).isEmpty)
    }

    @Test(arguments: [
        #"{"piAgeAtMost": 35, "registeredInBeijing": true}"#,   // two keys
        #"{"hIndexAtLeast": 20}"#,                              // unknown kind
        #""papersAtLeast""#,                                    // needs a value
        #"{"integrityClear": false}"#,                          // negation is written with "not"
        #"{"piAgeAtMost": "35"}"#,                              // wrong value type
        #"{}"#,
    ])
    func test_malformedConditionJSONIsRejected(json: String) {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Condition.self, from: Data(json.utf8))
        }
    }

    @Test func test_articleAndDateFormsAcceptedWhenDecoding() throws {
        let objectArticle = #"{"id":"x","condition":"integrityClear","article":{"article":50,"paragraph":1},"effectiveFrom":"2024-03-01","description":{"zh":"甲","en":"A"}}"#
        let rule = try JSONDecoder().decode(EligibilityRule.self, from: Data(objectArticle.utf8))
        #expect(rule.article == ArticleRef(50, paragraph: 1))
        #expect(rule.effectiveFrom == .regulationInForce, "a bare date is Beijing midnight")
        #expect(rule.effectiveUntil == nil)

        let badArticle = #"{"id":"x","condition":"integrityClear","article":"fifty","effectiveFrom":"2024-03-01","description":{"zh":"甲","en":"A"}}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(EligibilityRule.self, from: Data(badArticle.utf8)) }
        let badDate = #"{"id":"x","condition":"integrityClear","article":"60","effectiveFrom":"1 March 2024","description":{"zh":"甲","en":"A"}}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(EligibilityRule.self, from: Data(badDate.utf8)) }
    }
}
