import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import Testing
@testable import Monitoring

/// The zones and parks (Art. 13–16): the registry lists the three science cities and one area and
/// the sixteen sub-parks; an organisation is placed only in a zone of its district, once.
@Suite struct ZoneRegistryTests {
    @Test func test_zoneMembershipFollowsTheZonesDistricts() async throws {
        try await withTestDatabase { t in
            #expect(Zones.all.filter { $0.kind == .scienceCity }.count == 4)
            #expect(Zones.all.filter { $0.kind == .subPark }.count == 16)
            let department = try await t.organisation("市科委", type: .governmentDepartment)
            let staff = try await t.person([.departmentStaff], organisation: department.id)
            let org = try await t.organisation("海淀单位")
            let registry = ZoneRegistry(db: t.db, now: t.now)
            try await registry.add(zone: "zgc-science-city", organisation: org.id.rawValue, by: staff)
            await #expect(throws: DomainError.self) { try await registry.add(zone: "zgc-science-city", organisation: org.id.rawValue, by: staff) }
            do {
                try await registry.add(zone: "huairou-science-city", organisation: org.id.rawValue, by: staff)
                Issue.record("a Haidian organisation was placed in Huairou Science City")
            } catch DomainError.validation(let errors) {
                #expect(errors.first?.field == "organisation_id" && errors.first?.basis == .art(16, 2))
            }
            #expect(try await registry.members().map(\.zoneCode) == ["zgc-science-city"])
        }
    }
}
