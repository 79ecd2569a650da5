import FluentKit
import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import Testing
@testable import Enterprise

/// Art. 23(1): the enterprise enters its yearly profile, the district verifies it and the tier is stored.
@Suite struct ProfileTests {
    @Test func test_Art23_districtVerifiesTheProfileAndTheTierReachedIsStored() async throws {
        try await withTestDatabase { t in
            let w = try await EnterpriseWorld.make(t)
            let p = try await w.verified()
            #expect(p.state == .verified)
            #expect(p.tier == .highTech)
            #expect(p.verifiedBy == w.verifier.id)
            // A verified profile is no longer changed by the enterprise.
            await #expect { _ = try await w.profiles.save(w.enterprise.id.rawValue, year: w.year, EnterpriseWorld.figures(), expectedVersion: nil, by: w.member) }
                throws: { rules($0) == ["profile.locked"] }
        }
    }

    @Test func test_Art23_staffOfAnotherDistrictCannotVerify_andOutsidersCannotEnter() async throws {
        try await withTestDatabase { t in
            let w = try await EnterpriseWorld.make(t)
            var figures = EnterpriseWorld.figures()
            figures.district = .chaoyang
            let p = try await w.profiles.save(w.enterprise.id.rawValue, year: w.year, figures, expectedVersion: nil, by: w.member)
            _ = try await w.profiles.submit(p.id, by: w.member)
            #expect(try await w.profiles.awaitingVerification(by: w.verifier).isEmpty)
            await #expect(throws: DomainError.notFound(entity: "enterprise_profile")) { _ = try await w.profiles.verify(p.id, approve: true, note: "", by: w.verifier) }
            await #expect(throws: DomainError.notFound(entity: "enterprise")) {
                _ = try await w.profiles.save(w.enterprise.id.rawValue, year: w.year, figures, expectedVersion: nil, by: w.providerMember)
            }
        }
    }

    @Test func test_GBT4754_anIndustryCodeOutsideTheClassificationIsRefusedWithTheStandard() async throws {
        try await withTestDatabase { t in
            let w = try await EnterpriseWorld.make(t)
            var figures = EnterpriseWorld.figures()
            figures.industryCode = "6513"
            figures.rdStaff = 500
            await #expect { _ = try await w.profiles.save(w.enterprise.id.rawValue, year: w.year, figures, expectedVersion: nil, by: w.member) }
                throws: { rules($0) == ["profile.industry.code", "profile.rd_staff.range"] && bases($0) == ["GB/T 4754-2017", "23(1)"] }
        }
    }

    @Test func test_storedFiguresThatDoNotDecodeAreAnError() async throws {
        try await withTestDatabase { t in
            let w = try await EnterpriseWorld.make(t)
            let p = try await w.verified()
            try await t.damage("ent_profiles", id: p.id.rawValue, set: "figures_json", to: "{\"staff\": \"many\"}")
            await #expect { _ = try await w.profiles.find(p.id) } throws: { TestDB.isStoredDataError($0, table: "ent_profiles", column: "figures_json") }
            await #expect { _ = try await w.profiles.verifiedFacts(year: w.year) } throws: { TestDB.isStoredDataError($0, table: "ent_profiles", column: "figures_json") }
        }
    }
}
