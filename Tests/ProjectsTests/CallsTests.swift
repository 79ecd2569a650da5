import Foundation
import KechuangCore
import KechuangTestSupport
import Storage
import Testing
@testable import Projects

/// Calls as stored: drafted, checked, published — on the run's database.
@Suite("Calls")
struct CallsTests {
    static let clean = "一、申报条件\n1. 申报单位为在京注册的独立法人单位。\n2. 项目负责人具有博士学位或三年以上科研经历。"

    static func input(_ programme: Programme, guideline: String = clean, rules: String = "", opens: String = "2026-01-01 09:00",
                      closes: String = "2026-03-31 17:00", total: String = "1000000", award: String = "100000") -> CallInput {
        CallInput(programmeID: programme.id.uuidString, titleZh: "测试指南", titleEn: "Test call", guidelineZh: guideline, guidelineEn: "",
                  opensAt: opens, closesAt: closes, totalBudget: total, typicalAward: award, budgetMode: "lump_sum",
                  selectionMode: "open_competition", eligibilityRules: rules)
    }

    static func rulesJSON(_ condition: String, article: String) -> String {
        #"[{"id":"r1","condition":\#(condition),"article":"\#(article)","effectiveFrom":"2024-03-01T00:00:00+08:00","description":{"zh":"测试规则","en":"Test rule"}}]"#
    }

    func calls(_ t: TestDB) -> Calls { Calls(db: t.db, now: { t.clock.now }) }

    func programme(_ t: TestDB) async throws -> Programme {
        try await calls(t).createProgramme(code: "P" + UUID().uuidString.prefix(6), nameZh: "测试专项", nameEn: "Test", kind: .basicResearch, by: .system)
    }

    @Test func test_Art50_1_callWhoseTextRequiresATitleCannotBePublished() async throws {
        try await withTestDatabase { t in
            let call = try await calls(t).create(Self.input(try await programme(t), guideline: Self.clean + "\n3. 项目负责人须具有副高级以上职称。"), by: .system)
            let error = await #expect(throws: DomainError.self) { try await calls(t).publish(call.id, by: .system) }
            guard case .validation(let errors)? = error else { Issue.record("expected a validation error"); return }
            #expect(errors.contains { $0.field == "guideline_zh" && $0.basis == .art(50, 1) })
            #expect(try await calls(t).find(call.id).status == .draft)
        }
    }

    @Test func test_Art5_callRestrictedToStateEnterprisesCannotBePublished() async throws {
        try await withTestDatabase { t in
            let call = try await calls(t).create(Self.input(try await programme(t), guideline: "仅限国有企业申报。"), by: .system)
            await #expect(throws: DomainError.self) { try await calls(t).publish(call.id, by: .system) }
        }
    }

    @Test func test_Art50_1_forbiddenEligibilityRuleIsRefusedWhenDrafting() async throws {
        try await withTestDatabase { t in
            let rules = Self.rulesJSON(#"{"papersAtLeast":5}"#, article: "29")
            let error = await #expect(throws: DomainError.self) { try await calls(t).create(Self.input(try await programme(t), rules: rules), by: .system) }
            guard case .validation(let errors)? = error else { Issue.record("expected a validation error"); return }
            #expect(errors.first?.field == "eligibility_rules")
            #expect(errors.first?.basis == .art(50, 1))
        }
    }

    @Test func test_Art72_2_nationalityRuleIsRefused() async throws {
        try await withTestDatabase { t in
            let rules = Self.rulesJSON(#"{"nationalityIn":["CN"]}"#, article: "29")
            let error = await #expect(throws: DomainError.self) { try await calls(t).create(Self.input(try await programme(t), rules: rules), by: .system) }
            guard case .validation(let errors)? = error else { Issue.record("expected a validation error"); return }
            #expect(errors.contains { $0.basis == .art(72, 2) })
        }
    }

    @Test func test_Art50_1_cleanCallIsPublishedAndTheCheckIsAudited() async throws {
        try await withTestDatabase { t in
            let rules = Self.rulesJSON(#"{"piAgeAtMost":35}"#, article: "45")
            let call = try await calls(t).create(Self.input(try await programme(t), rules: rules), by: .system)
            #expect(call.eligibilityRules.first?.condition == .piAgeAtMost(35))
            let published = try await calls(t).publish(call.id, by: .system)
            #expect(published.status == .published)
            let entry = try await AuditChain.list(.init(object: call.id.uuidString), limit: 5, on: t.db).first
            #expect(entry?.action == "call.published")
            #expect(entry?.basis == .art(50, 1))
            #expect(try await calls(t).list().map(\.id) == [call.id])
        }
    }

    @Test func test_fieldsAreCheckedTogetherAndNameTheirField() async throws {
        try await withTestDatabase { t in
            var input = Self.input(try await programme(t), opens: "2026-03-31 17:00", closes: "2026-01-01 09:00", total: "abc", award: "0")
            input.titleZh = ""
            input.programmeID = UUID().uuidString
            let error = await #expect(throws: DomainError.self) { try await calls(t).create(input, by: .system) }
            guard case .validation(let errors)? = error else { Issue.record("expected a validation error"); return }
            #expect(Set(errors.map(\.field)).isSuperset(of: ["title_zh", "closes_at", "total_budget", "typical_award", "programme_id"]))
            #expect(try await calls(t).list(includeDrafts: true).isEmpty)
        }
    }

    /// Issue #11: validation trimmed the amounts, the later parse did not and force-unwrapped.
    @Test(arguments: [("500000 ", 500_000), ("\t500000", 500_000), ("5,000 ", 5_000), (" 5，000\n", 5_000), ("+7", 7)])
    func test_amountWithSurroundingSpaceOrTab_isStoredAsTheNumber(text: String, yuan: Int) async throws {
        try await withTestDatabase { t in
            let call = try await calls(t).create(Self.input(try await programme(t), total: text, award: text), by: .system)
            #expect(call.totalBudget == yuan && call.typicalAward == yuan)
        }
    }

    @Test func test_amountsPastTheLimit_areFieldErrorsNamingTheField_neverStored() async throws {
        try await withTestDatabase { t in
            let programme = try await programme(t)
            for (total, award, fields) in [(String(Int.max), String(Int.max), ["total_budget", "typical_award"]),
                                           ("9223372036854775808", "1", ["total_budget"]), (String(Money.maxYuan + 1), "1", ["total_budget"]),
                                           ("-5", "-5", ["total_budget", "typical_award"]), ("1e9", "1", ["total_budget"])] {
                let error = await #expect(throws: DomainError.self) { try await calls(t).create(Self.input(programme, total: total, award: award), by: .system) }
                guard case .validation(let errors)? = error else { Issue.record("expected a validation error"); continue }
                #expect(Set(errors.map(\.field)) == Set(fields), "\(total) / \(award): \(errors.map(\.rule))")
            }
            #expect(try await calls(t).list(includeDrafts: true).isEmpty)
            let atLimit = try await calls(t).create(Self.input(programme, total: String(Money.maxYuan), award: String(Money.maxYuan)), by: .system)
            #expect(atLimit.totalBudget == Money.maxYuan)
        }
    }

    @Test func test_Art45_ruleCitingAParagraphOutOfBounds_isAFieldErrorOnTheRules() async throws {
        try await withTestDatabase { t in
            let input = Self.input(try await programme(t), rules: Self.rulesJSON(#"{"piAgeAtMost": 35}"#, article: "45(99999)"))
            let error = await #expect(throws: DomainError.self) { try await calls(t).create(input, by: .system) }
            guard case .validation(let errors)? = error else { Issue.record("expected a validation error"); return }
            #expect(errors.map(\.field) == ["eligibility_rules"])
            #expect(errors.first?.message.en.contains("45(99999)") == true)
        }
    }

    @Test func test_money_sumsReportOverflowInsteadOfTrapping() {
        #expect(Money.sum([Int.max, 1]) == nil)
        #expect(Money.sum([Int.min, -1]) == nil)
        #expect(Money.sum([Money.maxYuan, Money.maxYuan]) == 2 * Money.maxYuan)
        #expect(Money.clampedSum([Int.max, Int.max]) == Int.max)
        #expect(Money.clampedSum([Int.min, Int.min]) == Int.min)
        #expect(Money.parse(" 5,000\t") == 5_000)
        #expect(Money.parse("9223372036854775808") == nil)
        #expect(Money.parse("5 000") == nil)
        #expect(Money.parse("") == nil)
    }

    @Test func test_times_areBeijingTime() throws {
        let date = try #require(BeijingTime.parse("2026-03-31 17:00"))
        #expect(date == (try Date("2026-03-31T09:00:00Z", strategy: .iso8601)))
        #expect(BeijingTime.display(date, .zh) == "2026-03-31 17:00（北京时间）")
        #expect(BeijingTime.display(date, .en) == "2026-03-31 17:00 (Beijing time, UTC+8)")
    }

    @Test func test_publishedCallStaysCleanWhenEdited() async throws {
        try await withTestDatabase { t in
            let p = try await programme(t)
            let call = try await calls(t).create(Self.input(p), by: .system)
            let published = try await calls(t).publish(call.id, by: .system)
            await #expect(throws: DomainError.self) {
                try await calls(t).update(call.id, Self.input(p, guideline: "近五年以第一作者发表SCI论文不少于5篇。"), expectedVersion: published.version, by: .system)
            }
            #expect(try await calls(t).find(call.id).guidelineZh == Self.clean)
            await #expect(throws: DomainError.staleVersion(entity: "call")) {
                try await calls(t).update(call.id, Self.input(p), expectedVersion: 1, by: .system)
            }
        }
    }
}
