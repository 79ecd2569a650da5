import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import Testing
@testable import Enterprise

/// Art. 25, 26, 37, 23(2): registries with one evaluation a year; Art. 51–54: finance products matched with the reason.
@Suite struct RegistryTests {
    @Test func test_Art25_registryEntryIsEvaluatedOnceAYear_andFinanceProductsAreMatchedWithTheReason() async throws {
        try await withTestDatabase { t in
            let w = try await EnterpriseWorld.make(t)
            let institute = try await t.organisation("新型研发机构", type: .newRDInstitution)
            let entry = try await w.registries.add(.init(kind: .newRDInstitution, organisationID: institute.id.rawValue, nameZh: "智能芯片研究院",
                                                         nameEn: "Intelligent Chip Institute", field: "集成电路", recognisedYear: 2023), by: w.officer)
            let evaluated = try await w.registries.evaluate(entry.id, year: 2025, grade: .excellent, summary: "绩效优秀", by: w.officer)
            #expect(evaluated.evaluations.map(\.grade) == [.excellent])
            await #expect { _ = try await w.registries.evaluate(entry.id, year: 2025, grade: .pass, summary: "", by: w.officer) }
                throws: { if case DomainError.duplicate = $0 { return true } else { return false } }
            let bank = try await t.organisation("科技银行", type: .financialInstitution)
            let banker = try await t.person([.applicant], organisation: bank.id)
            _ = try await w.registries.addProduct(.init(providerID: bank.id.rawValue, kind: .ipPledgeLoan, nameZh: "知识产权质押贷", nameEn: "IP-pledge loan",
                                                        descriptionZh: "以发明专利质押", criteria: [Criterion(id: "loan.ip", label: LocalizedText(zh: "拥有Ⅰ类知识产权", en: "Holds class I IP"),
                                                        anyOf: [Condition(.classOneIP, .atLeast, 2)], source: nil, basis: ArticleRef(53))]), by: banker)
            let matched = try await w.registries.matchProducts(ProfileFacts(year: 2025, figures: EnterpriseWorld.figures()))
            #expect(matched.first?.eligible == false)
            #expect(matched.first?.results.first?.explanation(.zh).contains("尚差 1") == true)
        }
    }
}
