import FluentKit
import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import Portal
import Storage
import Testing
@testable import Monitoring

/// Art. 57, 63: every published release becomes an open data set in the portal's catalogue, the
/// way the platform publishes its own data sets (as the platform, kept by a source key), with CSV
/// and JSON equal to the release's downloads and a data dictionary data set beside it.
@Suite struct ReleaseCatalogueTests {
    @Test func test_Art63_Art57_eachPublishedEditionIsAVersionOfTheYearsOpenDataSet_withItsDictionary() async throws {
        try await withTestDatabase { t in
            let staff = try await CollectionTests.staff(t)
            let values = ReportedValues(db: t.db, now: t.now), releases = Releases(db: t.db, now: t.now)
            let catalogue = DatasetCatalogue(db: t.db, now: t.now)
            let y = BeijingDay(containing: t.clock.now).year - 1
            try await values.submit(CollectionTests.form(y, ["RPT-RD": "2800", "RPT-FST": "450"]), by: staff)
            let first = try await releases.publish(year: y, by: staff)
            let dataset = try #require(try await catalogue.find(source: "monitoring-release-\(y)"))
            #expect(dataset.slug == ReleaseCatalogue.slug(year: y) && dataset.publisherID == nil && dataset.accessLevel == .open && dataset.licence.isOpen)
            #expect(dataset.descriptionEn.contains("label_en") && dataset.descriptionZh.contains(ReleaseCatalogue.dictionarySlug))
            var versions = try await catalogue.versions(of: dataset.id)
            #expect(versions.map(\.number) == [1] && versions[0].note.contains(first.sm3) && versions[0].rowCount == first.observations.count)
            #expect(try await catalogue.content(of: dataset.id, version: 1, format: .csv) == ReleaseDataset.csv(first))
            let json = try #require(try JSONSerialization.jsonObject(with: try await catalogue.content(of: dataset.id, version: 1, format: .json)) as? [Any])
            #expect(json.count == first.observations.count)
            // Nobody adds a version by hand, not even the administrator.
            let admin = try await t.person([.platformAdmin])
            #expect(!DatasetPublishing.mayAddVersion(admin, to: dataset))
            // The dictionary: one row per column and per indicator.
            let dictionary = try await catalogue.find(slug: ReleaseCatalogue.dictionarySlug)
            #expect(try await catalogue.versions(of: dictionary.id).first?.rowCount == ReleaseDataset.columnDictionary.count + IndicatorCatalogue.all.count)
            // A second edition is the data set's second version; the dictionary, unchanged, is not versioned again.
            try await values.submit(CollectionTests.form(y, ["RPT-RD": "2810"]), by: staff)
            let second = try await releases.publish(year: y, by: staff)
            versions = try await catalogue.versions(of: dataset.id)
            #expect(versions.map(\.number) == [2, 1] && versions[0].note.contains(second.sm3))
            #expect(try await catalogue.content(of: dataset.id, version: 2, format: .csv) == ReleaseDataset.csv(second))
            #expect(try await catalogue.versions(of: dictionary.id).count == 1)
            #expect(try await ReleaseCatalogue(db: t.db, now: t.now).synchronise() == 0)
            let audit = try await AuditChain.list(.init(object: dataset.id.uuidString), limit: 10, on: t.db)
            #expect(audit.filter { $0.action == "dataset.version_added" }.count == 2 && audit.contains { $0.action == "dataset.created" })
        }
    }
}
