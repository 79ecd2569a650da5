import FluentKit
import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import Portal
import Storage
import Testing
@testable import Market

/// The statistics of registered technology contracts published as open data in the portal's data
/// catalogue (Art. 36, 57), on the run's engine.
@Suite struct ContractCatalogueTests {
    @Test func test_Art36_eachRegistrationPublishesTheStatisticsAsANewVersionOfThePlatformDataSetComputedFromRegisteredContractsOnly() async throws {
        try await withTestDatabase { t in
            let day = try #require(BeijingDay(parsing: "2026-11-25"))
            t.clock.advance(by: day.start.addingTimeInterval(36_000).timeIntervalSince(t.clock.now))
            let seller = try await t.organisation(), buyer = try await t.organisation("企业", type: .enterprise)
            let clerk = try await t.person([.researchOffice], organisation: seller.id), registrar = try await t.person([.departmentStaff])
            let contracts = TechnologyContracts(db: t.db, now: t.now), store = try ContractRegistrationTests.store()
            let catalogue = DatasetCatalogue(db: t.db, now: t.now)
            let first = try await contracts.submit(ContractRegistrationTests.input(seller: seller, buyer: buyer), pdf: (ContractRegistrationTests.pdf, "c.pdf"),
                                                   store: store, by: clerk)
            // A contract awaiting the registrar publishes nothing.
            #expect(try await catalogue.find(source: "market-contract-statistics") == nil)
            _ = try await contracts.register(first.id, expectedVersion: first.version, by: registrar)
            let dataset = try #require(try await catalogue.find(source: "market-contract-statistics"))
            #expect(dataset.slug == ContractCatalogue.slug)
            var versions = try await catalogue.versions(of: dataset.id)
            #expect(versions.count == 1 && versions.first?.columns == ["year", "dimension", "key", "label_zh", "label_en", "contracts", "amount_yuan", "technical_amount_yuan"])
            #expect(versions.first?.preview.first == ["2026", "total", "total", "合计", "Total", "1", "1000000", "800000"])
            // A second contract, still awaiting the registrar, changes nothing; registered, it adds a version with both.
            let second = try await contracts.submit(ContractRegistrationTests.input(seller: seller, buyer: buyer, subtype: .commissioned, total: 500_000,
                                                                                    technical: 500_000, goods: 0, signed: "2026-11-21"),
                                                    pdf: (ContractRegistrationTests.pdf, "c.pdf"), store: store, by: clerk)
            #expect(try await catalogue.versions(of: dataset.id).count == 1)
            _ = try await contracts.register(second.id, expectedVersion: second.version, by: registrar)
            versions = try await catalogue.versions(of: dataset.id)
            #expect(versions.count == 2)
            let csv = String(decoding: try await catalogue.content(of: dataset.id, version: 2, format: .csv), as: UTF8.self)
            #expect(csv.contains("2026,total,total,合计,Total,2,1500000,1300000"))
            #expect(csv.contains("2026,type,development,") && csv.contains("2026,type,licence,"))
        }
    }
}
