import FluentKit
import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import Storage
import Testing
@testable import Talent

func rules(_ error: any Error) -> [String] {
    if case DomainError.validation(let errors) = error { return errors.map(\.rule) }
    return []
}

func entryInput(_ code: String = "AI-001", role: String = "大模型算法科学家") -> CatalogueEntryInput {
    CatalogueEntryInput(code: code, field: .artificialIntelligence, roleZh: role, roleEn: "Large-model algorithm scientist", level: .leading,
                        requirementsZh: "主持过大模型训练或推理系统研发", requirementsEn: "Has led large-model training or inference work", note: "首次发布")
}

@Suite struct TalentCatalogueTests {
    @Test func test_Art40_adjustingAnEntryPublishesANewVersionAndNeverOverwritesTheOld() async throws {
        try await withTestDatabase { t in
            let staff = try await t.person([.departmentStaff])
            let catalogue = TalentCatalogue(db: t.db, now: t.now)
            let v1 = try await catalogue.publish(entryInput(), by: staff)
            var change = CatalogueEntryInput(v1)
            change.requirementsZh = "主持过千亿参数模型训练"
            // An adjustment says why.
            do {
                _ = try await catalogue.adjust(v1.id, change, by: staff)
                Issue.record("adjusted without a reason")
            } catch { #expect(rules(error) == ["catalogue.adjustment.note"]) }
            change.note = "技术路线变化"
            let v2 = try await catalogue.adjust(v1.id, change, by: staff)
            #expect(v2.version == 2 && v2.code == "AI-001" && v2.id != v1.id)
            // The first version is still there, unchanged; the catalogue in force shows the second.
            let kept = try await catalogue.find(v1.id)
            #expect(kept.version == 1 && kept.requirementsZh == v1.requirementsZh && kept.note == "首次发布" && !kept.withdrawn)
            #expect(try await catalogue.versions(code: "AI-001").map(\.version) == [2, 1])
            #expect(try await catalogue.current().map(\.id) == [v2.id])
            // Adjusting the old version again is stale: it is not the one in force.
            await #expect(throws: DomainError.staleVersion(entity: "catalogue entry")) { _ = try await catalogue.adjust(v1.id, change, by: staff) }
            // Withdrawing is a third version; the entry leaves the catalogue in force, its history stays.
            let v3 = try await catalogue.withdraw(v2.id, note: "需求已满足", by: staff)
            #expect(v3.withdrawn && v3.version == 3)
            #expect(try await catalogue.current().isEmpty)
            #expect(try await catalogue.versions(code: "AI-001").count == 3)
            let audit = try await AuditChain.list(.init(object: v2.id.uuidString), limit: 5, on: t.db)
            #expect(audit.contains { $0.action == "talent.catalogue.adjusted" && $0.basis == .art(40) })
        }
    }

    @Test func test_Art40_anOpeningNeedsAnEntryInForceAndTheHiringOrganisationsResearchOffice() async throws {
        try await withTestDatabase { t in
            let staff = try await t.person([.departmentStaff])
            let company = try await t.organisation("智算公司", type: .enterprise)
            let office = try await t.person([.researchOffice], organisation: company.id)
            let other = try await t.person([.researchOffice], organisation: try await t.organisation("别的大学").id)
            let catalogue = TalentCatalogue(db: t.db, now: t.now), openings = TalentOpenings(db: t.db, now: t.now)
            let v1 = try await catalogue.publish(entryInput(), by: staff)
            var input = OpeningInput(organisationID: company.id.rawValue, entryID: v1.id.rawValue, titleZh: "大模型训练负责人",
                                     description: "负责千卡集群上的大模型训练", district: .haidian)
            await #expect(throws: DomainError.self) { _ = try await openings.post(input, by: other) }
            let opening = try await openings.post(input, by: office)
            #expect(opening.entryCode == "AI-001" && opening.field == .artificialIntelligence)
            // Once the entry is adjusted, the old version is no longer in force for new openings.
            var change = CatalogueEntryInput(v1)
            change.note = "调整"
            _ = try await catalogue.adjust(v1.id, change, by: staff)
            do {
                _ = try await openings.post(input, by: office)
                Issue.record("posted against a version no longer in force")
            } catch { #expect(rules(error) == ["opening.entry.current"]) }
            // People find it through the search engine, by the catalogue's words too.
            let search = OpeningSearch()
            try await search.refresh(on: t.db)
            #expect(search.search("千卡", field: nil, organisation: nil, district: nil, limit: 10) == [opening.id])
            #expect(search.search("算法科学家", field: .artificialIntelligence, organisation: nil, district: nil, limit: 10) == [opening.id])
            #expect(search.search("千卡", field: .quantum, organisation: nil, district: nil, limit: 10).isEmpty)
            input.entryID = nil
            _ = try await openings.close(opening.id, by: office)
            try await search.refresh(on: t.db)
            #expect(search.search("千卡", field: nil, organisation: nil, district: nil, limit: 10).isEmpty)
        }
    }

    @Test func test_storedData_unknownFieldOfAnEntryIsAnError() async throws {
        try await withTestDatabase { t in
            let staff = try await t.person([.departmentStaff])
            let v1 = try await TalentCatalogue(db: t.db, now: t.now).publish(entryInput(), by: staff)
            try await t.damage("tal_catalogue_entries", id: v1.id.rawValue, set: "field", to: "astrology")
            await #expect(throws: StoredDataError.self) { _ = try await TalentCatalogue(db: t.db).find(v1.id) }
        }
    }
}
