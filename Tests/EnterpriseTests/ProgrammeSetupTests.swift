import FluentKit
import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import Storage
import Testing
@testable import Enterprise

/// Officers correct what they set up (Art. 23(3), 25, 26, 37, 51–54): audited, with the article;
/// what was decided keeps its terms; the budget never falls below what is issued.
@Suite struct ProgrammeSetupTests {
    @Test func test_Art23_changingABenefitsConditions_isAudited_andMatchesAlreadyToldKeepTheirReasons() async throws {
        try await withTestDatabase { t in
            let w = try await EnterpriseWorld.make(t)
            _ = try await w.verified()
            let input = BenefitMatchingTests.benefit(w, tier: .highTech)
            let benefit = try await w.matching.create(input, by: w.officer)
            #expect(try await w.matching.run(year: w.year, by: w.officer).newMatches == 1)
            let told = try #require(try await w.matching.matches(of: w.enterprise.id.rawValue).first)
            var stricter = input
            stricter.criteria = [Criterion(id: "benefit.rd", label: LocalizedText(zh: "研发强度不低于50%", en: "R&D intensity at least 50%"),
                                           anyOf: [Condition(.rdIntensityPercent, .atLeast, 50)], source: nil, basis: ArticleRef(23, paragraph: 3))]
            let changed = try await w.matching.update(benefit.id, stricter, active: true, by: w.officer)
            #expect(changed.criteria.map(\.id) == ["benefit.rd"])
            #expect(try await w.matching.matches(of: w.enterprise.id.rawValue).first?.reasons == told.reasons)
            let withdrawn = try await w.matching.update(benefit.id, stricter, active: false, by: w.officer)
            #expect(!withdrawn.active)
            let audit = try await AuditChain.list(.init(object: benefit.id.uuidString), limit: 20, on: t.db)
            #expect(Set(audit.map(\.action)).isSuperset(of: ["enterprise.benefit_updated", "enterprise.benefit_withdrawn"]))
            await #expect { _ = try await w.matching.update(benefit.id, { var i = stricter; i.criteria = []; return i }(), active: true, by: w.officer) } throws: {
                rules($0) == ["benefit.conditions"] && bases($0) == ["23(3)"]
            }
        }
    }

    @Test func test_Art23_theYearsBudgetCannotFallBelowWhatIsIssued_andTheCapNotBelowOneVoucher() async throws {
        try await withTestDatabase { t in
            let w = try await EnterpriseWorld.make(t)
            _ = try await w.verified()
            let programme = try await w.programme(face: 100_000, cap: 200_000, budget: 1_000_000)
            _ = try await w.vouchers.issue(programme.id, to: w.enterprise.id.rawValue, by: w.officer)
            func input(face: Int = 100_000, cap: Int = 100_000, budget: Int) -> Vouchers.ProgrammeInput {
                .init(year: w.year, nameZh: "科技创新券（调整）", nameEn: "Innovation vouchers (revised)", faceValueFen: face, capPerEnterpriseFen: cap, budgetFen: budget,
                      expiresOn: programme.expiresOn, eligibility: Vouchers.smeEligibility)
            }
            await #expect { _ = try await w.vouchers.updateProgramme(programme.id, input(face: 50_000, cap: 50_000, budget: 50_000), by: w.officer) } throws: {
                rules($0) == ["voucher.programme.budget_below_issued"] && bases($0) == ["23(3)"]
            }
            await #expect { _ = try await w.vouchers.updateProgramme(programme.id, input(cap: 50_000, budget: 500_000), by: w.officer) } throws: {
                rules($0) == ["voucher.programme.cap"]
            }
            let revised = try await w.vouchers.updateProgramme(programme.id, input(budget: 100_000), by: w.officer)
            #expect(revised.budgetFen == 100_000 && revised.issuedFen == 100_000 && revised.capPerEnterpriseFen == 100_000)
            let audit = try await AuditChain.list(.init(object: programme.id.uuidString), limit: 20, on: t.db)
            #expect(audit.map(\.action).contains("enterprise.voucher_programme_updated"))
        }
    }

    @Test func test_Art23_onlyThoseWhoRunTheProgrammesSetThemUp_andAProviderCanBeSuspended() async throws {
        try await withTestDatabase { t in
            let w = try await EnterpriseWorld.make(t)
            let provider = try await w.provider()
            #expect(!EnterpriseAccess.setsUpProgrammes(.init(w.member)) && EnterpriseAccess.setsUpProgrammes(.init(w.officer)))
            await #expect { _ = try await w.vouchers.updateProvider(provider.id, services: [.design], legalRepresentative: "李四", shareholders: [], active: true, by: w.member) } throws: {
                if case DomainError.forbidden(_, let basis) = $0 { return basis == .art(23, 3) }
                return false
            }
            await #expect { _ = try await w.vouchers.updateProvider(provider.id, services: [], legalRepresentative: " ", shareholders: [], active: true, by: w.officer) } throws: {
                Set(rules($0)) == ["voucher.provider.services", "voucher.provider.representative"]
            }
            let suspended = try await w.vouchers.updateProvider(provider.id, services: [.design], legalRepresentative: "李四", shareholders: ["王五"], active: false, by: w.officer)
            #expect(!suspended.active && suspended.services == [.design] && suspended.shareholders == ["王五"])
            #expect(try await w.vouchers.providers().isEmpty)
        }
    }

    @Test func test_Art25_registryEntryAndFinanceProductAreCorrected_byAnOfficerOrTheInstitution() async throws {
        try await withTestDatabase { t in
            let w = try await EnterpriseWorld.make(t)
            let institute = try await t.organisation("新型研发研究院", type: .newRDInstitution)
            let entry = try await w.registries.add(.init(kind: .newRDInstitution, organisationID: institute.id.rawValue, nameZh: "新型研发研究院", nameEn: "",
                                                         field: "人工智能", recognisedYear: w.year), by: w.officer)
            let corrected = try await w.registries.updateEntry(entry.id, .init(kind: .newRDInstitution, organisationID: institute.id.rawValue, nameZh: "北京新型研发研究院",
                                                                               nameEn: "Beijing New R&D Institute", field: "人工智能", recognisedYear: w.year - 1), by: w.officer)
            #expect(corrected.nameZh == "北京新型研发研究院" && corrected.recognisedYear == w.year - 1)
            await #expect { _ = try await w.registries.updateEntry(entry.id, .init(kind: .newRDInstitution, organisationID: institute.id.rawValue, nameZh: "x",
                                                                                    nameEn: "", field: "", recognisedYear: w.year), by: w.member) } throws: {
                if case DomainError.forbidden(_, let basis) = $0 { return basis == .art(25, 3) }
                return false
            }
            let bank = try await t.organisation("科技支行", type: .financialInstitution)
            let banker = try await t.person([.applicant], organisation: bank.id)
            let criteria = [Criterion(id: "finance.c1", label: LocalizedText(zh: "Ⅰ类知识产权 ≥ 1", en: "Class I IP ≥ 1"), anyOf: [Condition(.classOneIP, .atLeast, 1)],
                                      source: nil, basis: ArticleRef(53))]
            let product = try await w.registries.addProduct(.init(providerID: bank.id.rawValue, kind: .ipPledgeLoan, nameZh: "知识产权质押贷", nameEn: "", descriptionZh: "",
                                                                  criteria: criteria), by: banker)
            let changed = try await w.registries.updateProduct(product.id, .init(providerID: bank.id.rawValue, kind: .ipPledgeLoan, nameZh: "知识产权质押贷（2026版）",
                                                                                 nameEn: "IP-pledge loan", descriptionZh: "年利率优惠", criteria: criteria), by: banker)
            #expect(changed.nameZh == "知识产权质押贷（2026版）" && changed.nameEn == "IP-pledge loan")
            await #expect { _ = try await w.registries.updateProduct(product.id, .init(providerID: bank.id.rawValue, kind: .ipPledgeLoan, nameZh: "x", nameEn: "",
                                                                                        descriptionZh: "", criteria: criteria), by: w.member) } throws: {
                if case DomainError.forbidden(_, let basis) = $0 { return basis == .art(53) }
                return false
            }
            let audit = try await AuditChain.list(.init(object: product.id.uuidString), limit: 20, on: t.db)
            #expect(audit.map(\.action).contains("enterprise.finance_product_updated"))
        }
    }
}
