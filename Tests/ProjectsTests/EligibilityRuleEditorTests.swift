import Foundation
import KechuangCore
import Testing
@testable import Projects

/// The guided rule editor's fields: each permitted kind read from form fields into a rule, the
/// sentence and article shown back, errors on the field to correct, forbidden kinds impossible.
@Suite("Eligibility rule editor (PRJ)")
struct EligibilityRuleEditorTests {
    static func fields(_ kind: GuidedConditionKind, id: String, number: String = "", types: [String] = [], article: String = "") -> EligibilityRuleFields {
        EligibilityRuleFields(kind: kind.rawValue, id: id, number: number, types: types, article: article, effectiveFrom: "2025-01-01")
    }

    @Test func test_Art45_ageLimitFieldsMakeTheRuleAndItsSentenceCitingTheArticle() throws {
        let read = EligibilityRuleEditor.rules(from: [Self.fields(.piAgeAtMost, id: "young", number: " 35 ", article: "45")])
        #expect(read.errors.isEmpty)
        let rule = try #require(read.rules.first)
        #expect(rule.condition == .piAgeAtMost(35))
        #expect(rule.article == ArticleRef(45))
        #expect(rule.effectiveFrom == BeijingDay(year: 2025, month: 1, day: 1)?.start)
        #expect(rule.statement == LocalizedText(zh: "项目负责人年龄不超过35周岁（第四十五条）",
                                                en: "The principal investigator is at most 35 years old (Art. 45)"))
        // A description left blank is the rule's own sentence, for applicants.
        #expect(rule.description == LocalizedText(zh: "项目负责人年龄不超过35周岁", en: "The principal investigator is at most 35 years old"))
    }

    @Test func test_conditionOfTheCallsOwn_citesNoArticleAndSaysSo() throws {
        let rule = try #require(EligibilityRuleEditor.rules(from: [Self.fields(.registeredInBeijing, id: "beijing")]).rules.first)
        #expect(rule.article == nil)
        #expect(rule.statement.zh == "申报单位注册地在北京市（本指南的条件）")
        #expect(rule.statement.en == "The applicant organisation is registered in Beijing (a condition of this call)")
    }

    @Test func test_organisationTypeCheckboxesAndConsortiumSelect_becomeTheirConditions() throws {
        let read = EligibilityRuleEditor.rules(from: [
            Self.fields(.organisationTypeIn, id: "types", types: ["university", "research_institute"]),
            Self.fields(.teamIncludesOrganisationType, id: "team", types: ["enterprise"], article: "3"),
        ])
        #expect(read.errors.isEmpty)
        #expect(read.rules.map(\.condition) == [.organisationTypeIn(["university", "research_institute"]), .teamIncludesOrganisationType("enterprise")])
        #expect(read.rules[0].statement.zh == "申报单位类型为高等学校、科研机构之一（本指南的条件）")
        #expect(read.rules[1].statement.en == "The consortium includes at least one enterprise (Art. 3)")
    }

    @Test func test_storedRulesSurviveTheFormUnchanged_includingCombinedConditions() throws {
        let description = LocalizedText(zh: "自定义说明", en: "Own description")
        let day = try #require(BeijingDay(year: 2025, month: 1, day: 1)?.start)
        let until = try #require(BeijingDay(year: 2027, month: 1, day: 1)?.start)
        let rules = [
            EligibilityRule(id: "a", condition: .piAgeAtMost(40), article: ArticleRef(45), effectiveFrom: day, effectiveUntil: until, description: description),
            EligibilityRule(id: "b", condition: .organisationTypeIn(["enterprise"]), article: nil, effectiveFrom: day, description: description),
            EligibilityRule(id: "c", condition: .runningProjectsOfPIBelow(2), article: nil, description: description),
            EligibilityRule(id: "d", condition: .yearsSincePhDAtMost(8), article: ArticleRef(45), description: description),
            EligibilityRule(id: "e", condition: .integrityClear, article: ArticleRef(60), description: description),
            EligibilityRule(id: "f", condition: .ethicsApprovalIfSensitive, article: ArticleRef(61), description: description),
            EligibilityRule(id: "g", condition: .teamIncludesOrganisationType("hospital"), article: ArticleRef(3), description: description),
            EligibilityRule(id: "h", condition: .any([.registeredInBeijing, .not(.organisationTypeIn(["government_department"]))]),
                            article: nil, description: description),
        ]
        let rows = rules.map(EligibilityRuleFields.init)
        #expect(rows[7].kind.isEmpty && !rows[7].kept.isEmpty, "a combination is kept whole")
        #expect(rows[0].effectiveFrom == "2025-01-01" && rows[0].effectiveUntil == "2027-01-01")
        let read = EligibilityRuleEditor.rules(from: rows)
        #expect(read.errors.isEmpty)
        #expect(read.rules == rules)
    }

    @Test func test_descriptionThatIsTheRulesOwnSentence_followsTheRuleWhenItChanges() throws {
        let stored = EligibilityRule(id: "young", condition: .piAgeAtMost(35), article: ArticleRef(45),
                                     description: LocalizedText(zh: "项目负责人年龄不超过35周岁", en: "The principal investigator is at most 35 years old"))
        var row = EligibilityRuleFields(stored)
        #expect(row.descriptionZh.isEmpty && row.descriptionEn.isEmpty)
        row.number = "40"
        let rule = try #require(EligibilityRuleEditor.rules(from: [row]).rules.first)
        #expect(rule.description.zh == "项目负责人年龄不超过40周岁")
    }

    @Test func test_eachProblemIsAnErrorOnTheFieldOfItsRow() {
        var badDate = Self.fields(.integrityClear, id: "integrity", article: "60")
        badDate.effectiveFrom = "2025/01/01"
        var endsBefore = Self.fields(.integrityClear, id: "late", article: "60")
        endsBefore.effectiveUntil = "2024-06-01"
        let read = EligibilityRuleEditor.rules(from: [
            Self.fields(.piAgeAtMost, id: "age", number: "三十五", article: "45"),
            Self.fields(.organisationTypeIn, id: "types"),
            Self.fields(.teamIncludesOrganisationType, id: "team"),
            Self.fields(.piAgeAtMost, id: "zero", number: "0", article: "45"),
            Self.fields(.registeredInBeijing, id: "zero", article: "Art. x"),
            Self.fields(.registeredInBeijing, id: "far", article: "99"),
            badDate,
            endsBefore,
            Self.fields(.runningProjectsOfPIBelow, id: "", number: "1"),
            Self.fields(.organisationTypeIn, id: "typo", types: ["universty"]),
        ])
        let byField = Dictionary(grouping: read.errors, by: \.field).mapValues { $0.map(\.rule) }
        #expect(byField["rule_0_number"] == ["eligibility.form.number"])
        #expect(byField["rule_1_types"] == ["eligibility.form.types"])
        #expect(byField["rule_2_types"] == ["eligibility.form.types"])
        #expect(byField["rule_3_number"] == ["eligibility.invalid.threshold"])
        #expect(byField["rule_4_article"] == ["eligibility.form.article"])
        #expect(byField["rule_5_article"] == ["eligibility.invalid.article"])
        #expect(byField["rule_6_from"] == ["eligibility.form.date"])
        #expect(byField["rule_7_until"] == ["eligibility.invalid.dates"])
        #expect(byField["rule_8_id"] == ["eligibility.invalid.id"])
        #expect(byField["rule_9_types"] == ["eligibility.invalid.organisation_type"])
        #expect(read.errors.count == 10, "\(read.errors.map(\.field))")
    }

    @Test func test_duplicateIdentifierIsReportedOnTheSecondRow() {
        let read = EligibilityRuleEditor.rules(from: [Self.fields(.integrityClear, id: "same"), Self.fields(.registeredInBeijing, id: "same")])
        #expect(read.errors.map(\.field) == ["rule_1_id"])
        #expect(read.errors.map(\.rule) == ["eligibility.invalid.duplicate_id"])
    }

    @Test func test_Art50_1_noKindTheEditorOffersIsForbidden_andAForbiddenKindSentAnywayIsRefusedCitingItsArticle() {
        for kind in GuidedConditionKind.allCases {
            #expect(kind.initialCondition.forbiddenUses.isEmpty, "\(kind)")
            #expect(GuidedConditionKind(kind.initialCondition) == kind)
        }
        let forbidden: [(String, ArticleRef)] = [("professionalTitleAtLeast", ArticleRef(50, paragraph: 1)), ("papersAtLeast", ArticleRef(50, paragraph: 1)),
                                                 ("awardRequired", ArticleRef(50, paragraph: 1)), ("ownershipIn", ArticleRef(5)),
                                                 ("nationalityIn", ArticleRef(72, paragraph: 2))]
        for (raw, article) in forbidden {
            #expect(GuidedConditionKind(rawValue: raw) == nil)
            let read = EligibilityRuleEditor.rules(from: [EligibilityRuleFields(kind: raw, id: "x", number: "5", types: ["正高级"])])
            #expect(read.rules.isEmpty)
            #expect(read.errors.map(\.field) == ["rule_0_kind"])
            #expect(read.errors.first?.basis == .article(article), "\(raw)")
        }
        // Hidden inside a kept combination: refused too, on the row's Remove button.
        let kept = EligibilityRuleFields(id: "hidden", kept: #"{"not":{"professionalTitleAtLeast":"正高级"}}"#)
        let read = EligibilityRuleEditor.rules(from: [kept])
        #expect(read.errors.map(\.field) == ["rule_0_remove"])
        #expect(read.errors.map(\.basis) == [.article(ArticleRef(50, paragraph: 1))])
    }

    @Test func test_rowsAreReadFromTheFormsFieldsByRowNumber_withRepeatedCheckboxes() {
        let rows = EligibilityRuleEditor.rows(from: [
            ("rule_5_kind", "organisationTypeIn"), ("rule_5_types", "university"), ("rule_5_types", "hospital"), ("rule_5_id", "types"),
            ("rule_2_kind", "piAgeAtMost"), ("rule_2_number", "35"), ("rule_new_kind", "integrityClear"), ("rule_x_kind", "y"),
            ("rule_2_remove", "ignored"), ("title_zh", "指南"),
        ])
        #expect(rows.count == 2)
        #expect(rows[0].kind == "piAgeAtMost" && rows[0].number == "35")
        #expect(rows[1].types == ["university", "hospital"] && rows[1].id == "types")
    }

    @Test func test_newRuleGetsAnIdentifierNoOtherRuleHas_andItsKindsArticle() {
        let first = EligibilityRuleFields.new(.piAgeAtMost, among: [])
        let second = EligibilityRuleFields.new(.piAgeAtMost, among: [first])
        #expect(first.id == "piAgeAtMost" && second.id == "piAgeAtMost-2")
        #expect(first.article == "45" && first.number == "35")
        #expect(EligibilityRuleFields.new(.registeredInBeijing, among: []).article.isEmpty)
        #expect(EligibilityRuleFields.new(.integrityClear, among: []).article == "60")
    }
}
