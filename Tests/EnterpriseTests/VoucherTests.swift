import FluentKit
import Foundation
import Identity
import Instruments
import KechuangCore
import KechuangTestSupport
import Storage
import Testing
@testable import Enterprise

/// Art. 23(3): innovation vouchers — caps, related parties, expiry, instrument use, claim and settlement.
@Suite struct VoucherTests {
    func redeem(_ w: EnterpriseWorld, _ voucher: Voucher, _ provider: VoucherProvider, amount: Int = 80_000, service: VoucherService = .testing,
                instrument: UUID? = nil) async throws -> Redemption {
        try await w.vouchers.redeem(voucher.id, .init(providerID: provider.id, service: service, amountFen: amount, instrumentID: instrument,
                                                      description: "材料成分检测"), by: w.member)
    }

    @Test func test_Art23_capPerEnterpriseAndTheYearsBudgetAreKept() async throws {
        try await withTestDatabase { t in
            let w = try await EnterpriseWorld.make(t)
            _ = try await w.verified()
            let programme = try await w.programme(face: 100_000, cap: 200_000, budget: 200_000)
            _ = try await w.vouchers.issue(programme.id, to: w.enterprise.id.rawValue, by: w.officer)
            _ = try await w.vouchers.issue(programme.id, to: w.enterprise.id.rawValue, by: w.officer)
            await #expect { _ = try await w.vouchers.issue(programme.id, to: w.enterprise.id.rawValue, by: w.officer) }
                throws: { rules($0) == ["voucher.issue.budget"] && bases($0) == ["23(3)"] }
            let small = try await w.programme(face: 100_000, cap: 100_000, budget: 1_000_000)
            _ = try await w.vouchers.issue(small.id, to: w.enterprise.id.rawValue, by: w.officer)
            await #expect { _ = try await w.vouchers.issue(small.id, to: w.enterprise.id.rawValue, by: w.officer) }
                throws: { rules($0) == ["voucher.issue.cap_enterprise"] }
            // An enterprise without a verified profile is not eligible.
            let other = try await t.organisation("未填报企业", type: .enterprise)
            await #expect { _ = try await w.vouchers.issue(small.id, to: other.id.rawValue, by: w.officer) } throws: { rules($0) == ["voucher.issue.eligible"] }
        }
    }

    @Test func test_Art23_redemptionBetweenRelatedPartiesIsRefusedCitingTheArticleAndAudited() async throws {
        try await withTestDatabase { t in
            let w = try await EnterpriseWorld.make(t)
            _ = try await w.verified()
            let voucher = try await w.vouchers.issue(try await w.programme().id, to: w.enterprise.id.rawValue, by: w.officer)
            // Same shareholder "北京创投基金" as the enterprise entered.
            let provider = try await w.provider(legalRepresentative: "李四", shareholders: ["北京创投基金"])
            await #expect { _ = try await redeem(w, voucher, provider) } throws: { rules($0) == ["voucher.redeem.related_party"] && bases($0) == ["23(3)"] }
            let audit = try await AuditChain.list(.init(object: voucher.id.uuidString), limit: 20, on: t.db)
            #expect(audit.contains { $0.action == "enterprise.voucher_refused" && $0.basis == .art(23, 3) })
        }
    }

    @Test func test_Art23_expiredOrSpentVoucherIsRefused_providerClaims_departmentSettles() async throws {
        try await withTestDatabase { t in
            let w = try await EnterpriseWorld.make(t)
            _ = try await w.verified()
            let provider = try await w.provider()
            let voucher = try await w.vouchers.issue(try await w.programme().id, to: w.enterprise.id.rawValue, by: w.officer)
            let r = try await redeem(w, voucher, provider)
            await #expect { _ = try await redeem(w, voucher, provider) } throws: { rules($0) == ["voucher.redeem.spent"] }
            await #expect { _ = try await w.vouchers.claim(r.id, serviceRecord: "", by: w.providerMember) } throws: { rules($0) == ["voucher.claim.record"] }
            let claimed = try await w.vouchers.claim(r.id, serviceRecord: "检测报告 JC-2026-001", by: w.providerMember)
            #expect(claimed.state == .claimed)
            #expect(try await w.vouchers.settle(r.id, by: w.officer).state == .settled)
            let late = try await w.vouchers.issue(try await w.programme().id, to: w.enterprise.id.rawValue, by: w.officer)
            t.clock.advance(by: 40 * 86_400)
            await #expect { _ = try await redeem(w, late, provider) } throws: { rules($0) == ["voucher.redeem.expired"] }
        }
    }

    @Test func test_Art23_instrumentUseNamesAnInstrumentOfTheProvider() async throws {
        try await withTestDatabase { t in
            let w = try await EnterpriseWorld.make(t)
            _ = try await w.verified()
            let provider = try await w.provider()
            let voucher = try await w.vouchers.issue(try await w.programme().id, to: w.enterprise.id.rawValue, by: w.officer)
            await #expect { _ = try await redeem(w, voucher, provider, service: .instrumentUse, instrument: UUID()) }
                throws: { rules($0) == ["voucher.redeem.instrument"] }
            let office = try await t.person([.researchOffice], organisation: w.providerOrg.id)
            let instrument = try await InstrumentRegistry(db: t.db, now: t.now).register(InstrumentInput(
                nameZh: "扫描电镜", categoryCode: "01", originalValueYuan: 2_000_000, publicFunding: false, organisationID: w.providerOrg.id.rawValue,
                district: .haidian), by: office)
            let r = try await redeem(w, voucher, provider, service: .instrumentUse, instrument: instrument.id.rawValue)
            #expect(r.instrumentID == instrument.id.rawValue)
        }
    }
}
