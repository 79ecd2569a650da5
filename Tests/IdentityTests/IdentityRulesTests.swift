import Foundation
import Identity
import KechuangCore
import Testing

/// The rules are data: each has an id, a field, a bilingual message and, where a law or standard
/// requires it, the legal basis.
@Suite("Identity rules as data")
struct IdentityRulesTests {
    struct Described: Sendable, CustomStringConvertible {
        let id: String
        let basis: LegalBasis?
        let field: String?
        let message: LocalizedText
        var description: String { id }
    }

    static func describe<Input>(_ book: RuleBook<Input>) -> [Described] {
        book.rules.map { Described(id: $0.id, basis: $0.basis, field: $0.field, message: $0.message) }
    }

    static let all: [Described] =
        describe(IdentityRules.organisation) + describe(IdentityRules.person) + describe(IdentityRules.password)

    @Test func test_rules_idsAreUniqueAcrossTheModule() {
        let ids = Self.all.map(\.id)
        #expect(Set(ids).count == ids.count, "duplicate ids: \(Dictionary(grouping: ids) { $0 }.filter { $0.value.count > 1 }.keys.sorted())")
    }

    @Test(arguments: all)
    func test_rules_haveAFieldAndAMessageInBothLanguages(rule: Described) {
        #expect(rule.id.split(separator: ".").count >= 2, "ids are namespaced like org.uscc.check")
        #expect(!(rule.field ?? "").isEmpty)
        #expect(!rule.message.zh.trimmingCharacters(in: .whitespaces).isEmpty)
        #expect(!rule.message.en.trimmingCharacters(in: .whitespaces).isEmpty)
        #expect(rule.message.zh != rule.message.en, "the Chinese text is not a copy of the English")
    }

    @Test(arguments: all.filter { $0.basis != nil })
    func test_rules_carryingABasisNameIt(rule: Described) throws {
        let basis = try #require(rule.basis)
        switch basis {
        case .article(let ref):
            #expect(ref.article >= 1 && ref.article <= 76, "the regulation has 76 articles")
        case .standard(let name):
            #expect(name.range(of: #"^(GB(/T)? \d+-\d{4}|ISO \d+.*)$"#, options: .regularExpression) != nil, "\(name)")
        }
        #expect(!basis.text(in: .zh).isEmpty && !basis.text(in: .en).isEmpty)
    }

    @Test func test_rules_identifierRulesCiteTheirStandard() {
        for rule in Self.all {
            switch rule.field {
            case "uscc": #expect(rule.basis == .standard("GB 32100-2015"), "\(rule.id)")
            case "resident_id": #expect(rule.basis == .standard("GB 11643-1999"), "\(rule.id)")
            case "orcid": #expect(rule.basis == .standard("ISO 7064 MOD 11-2"), "\(rule.id)")
            default: break
            }
        }
    }

    @Test func test_rules_ownershipAndNationalityCiteArticles5And72() {
        #expect(Self.all.filter { $0.field == "ownership" }.map(\.basis) == [.art(5)])
        #expect(Self.all.filter { $0.field == "nationality" }.map(\.basis) == [.art(72)])
    }

    /// Art. 41, 50(1): no rule asks for a professional title.
    @Test func test_Art50_noRuleConcernsAProfessionalTitle() {
        #expect(Self.all.allSatisfy { !($0.field ?? "").contains("title") })
    }

    @Test func test_rules_validOrganisationAndPersonBreakNoRule() {
        let now = Date()
        let org = OrganisationInput(nameZh: "北京测试大学", nameEn: nil, type: "university", ownership: "private",
                                    district: "chaoyang", uscc: "91110000802100433B")
        #expect(IdentityRules.organisation.violations(of: org, at: now).isEmpty)
        let person = PersonInput(name: "Anna Schmidt", email: "anna@example.de", orcid: "0000-0002-1825-0097",
                                 residentID: nil, nationality: "DE", birthYear: "1990")
        #expect(IdentityRules.person.violations(of: person, at: now).isEmpty)
        #expect(IdentityRules.password.violations(of: .init(password: "Correct-horse-9", email: "anna@example.de"), at: now).isEmpty)
    }
}
