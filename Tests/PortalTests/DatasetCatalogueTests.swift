import FluentKit
import Foundation
import Identity
import Integrity
import KechuangCore
import KechuangTestSupport
import Storage
import Testing
@testable import Portal

/// The data catalogue (Art. 57, 68): versions never overwrite, on-request data only after
/// approval within the grant (logged per grant), restricted data never downloaded, the
/// platform's own data sets kept current.
@Suite("Data catalogue: versions, access levels, grants (Art. 57, 68)")
struct DatasetCatalogueTests {
    static func input(_ slug: String, _ level: DatasetAccessLevel) -> DatasetInput {
        DatasetInput(slug: slug, titleZh: "测试数据集", titleEn: "Test data set", descriptionZh: "用于测试的数据。", descriptionEn: "Data for tests.",
                     keywords: ["测试"], themes: [.tech], temporalStart: BeijingDay(year: 2025, month: 1, day: 1),
                     temporalEnd: BeijingDay(year: 2025, month: 12, day: 31), accessLevel: level)
    }

    struct World {
        let catalogue: DatasetCatalogue
        let access: DataAccessRequests
        let dataset: Dataset
        let publisher: Person
        let requester: Person
    }

    static func world(_ t: TestDB, _ level: DatasetAccessLevel) async throws -> World {
        let org = try await t.organisation("数据大学")
        let publisher = try await t.person([.researchOffice], organisation: org.id)
        let requester = try await t.person([.applicant], organisation: try await t.organisation().id)
        let catalogue = DatasetCatalogue(db: t.db, now: t.now)
        let dataset = try await catalogue.create(input("test-\(level.rawValue.replacingOccurrences(of: "_", with: "-"))", level),
                                                 publisher: .init(id: org.id.rawValue, nameZh: org.nameZh, nameEn: "Data University"), by: publisher.auditActor)
        try await catalogue.addVersion(dataset.id, columns: ["city", "count"], rows: [["北京", "3"], ["天津", "4"]], note: "v1", by: publisher.auditActor)
        return World(catalogue: catalogue, access: DataAccessRequests(db: t.db, now: t.now), dataset: dataset, publisher: publisher, requester: requester)
    }

    @Test func test_Art57_aNewVersionNeverOverwrites_theOldKeepsItsFilesAndChecksums() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t, .open)
            let before = try #require(try await w.catalogue.versions(of: w.dataset.id).first)
            let oldCSV = try await w.catalogue.content(of: w.dataset.id, version: 1, format: .csv)
            try await w.catalogue.addVersion(w.dataset.id, columns: ["city", "count"], rows: [["北京", "5"]], note: "v2", by: w.publisher.auditActor)
            let versions = try await w.catalogue.versions(of: w.dataset.id)
            #expect(versions.map(\.number) == [2, 1])
            #expect(versions[1] == before)
            #expect(try await w.catalogue.content(of: w.dataset.id, version: 1, format: .csv) == oldCSV)
            #expect(DatasetCatalogue.sha256(oldCSV) == before.file(.csv)?.sha256)
            #expect(Set(versions[0].files.map(\.format)) == [.csv, .json, .xlsx])
            #expect(versions[0].preview == [["北京", "5"]])
            let json = try await w.catalogue.content(of: w.dataset.id, version: 2, format: .json)
            #expect(String(decoding: json, as: UTF8.self).contains(#"{"city":"北京","count":"5"}"#))
            #expect(versions[0].file(.csv)?.sha256 != before.file(.csv)?.sha256)
        }
    }

    @Test func test_Art68_onRequestData_downloadsOnlyAfterApproval_withinTheGrant_loggedPerGrant() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t, .onRequest)
            await #expect(throws: DomainError.self) { try await w.access.authorizeDownload(w.dataset, version: 1, format: .csv, by: w.requester) }
            // A purpose is required (Art. 68).
            await #expect(throws: DomainError.self) { _ = try await w.access.request(w.dataset, purpose: "用", by: w.requester) }
            let request = try await w.access.request(w.dataset, purpose: "研究北京科技资源的分布情况", by: w.requester)
            // The requester cannot approve their own request; a refusal needs its reason.
            await #expect(throws: DomainError.self) { _ = try await w.access.decide(request.id, approve: true, reason: "", days: 30, by: w.requester) }
            do {
                _ = try await w.access.decide(request.id, approve: false, reason: " ", days: nil, by: w.publisher)
                Issue.record("a refusal without a reason was accepted")
            } catch DomainError.validation(let errors) {
                #expect(errors.map(\.field) == ["reason"])
                #expect(errors.first?.basis == .art(68))
            }
            let approved = try await w.access.decide(request.id, approve: true, reason: "", days: 30, by: w.publisher)
            #expect(approved.state == .approved)
            #expect(approved.grantedUntil == t.clock.now.addingTimeInterval(30 * 86_400))
            let grant = try await w.access.authorizeDownload(w.dataset, version: 1, format: .csv, by: w.requester)
            #expect(grant == request.id)
            #expect(try await w.access.downloads(under: request.id).map(\.format) == [.csv])
            // After the grant ends, the download is refused citing Art. 68, and the refusal is audited.
            t.clock.advance(by: 31 * 86_400)
            do {
                try await w.access.authorizeDownload(w.dataset, version: 1, format: .csv, by: w.requester)
                Issue.record("a download after the grant ended was allowed")
            } catch DomainError.forbidden(_, let basis) {
                #expect(basis == .art(68))
            }
            let refusals = try await AuditChain.list(.init(object: w.dataset.id.uuidString), limit: 10, on: t.db).filter { $0.action == "data_access.refused" }
            #expect(refusals.count == 2)
            #expect(refusals.allSatisfy { $0.basis == .art(68) })
        }
    }

    @Test func test_Art57_restrictedData_isListedButNeverDownloadedNorRequested() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t, .restricted)
            #expect(try await w.catalogue.all().map(\.slug).contains(w.dataset.slug))
            for person in [w.requester, w.publisher] as [Person?] + [nil] {
                do {
                    try await w.access.authorizeDownload(w.dataset, version: 1, format: .csv, by: person)
                    Issue.record("restricted data was downloaded")
                } catch DomainError.forbidden(_, let basis) {
                    #expect(basis == .art(57))
                }
            }
            await #expect(throws: DomainError.self) { _ = try await w.access.request(w.dataset, purpose: "研究北京科技资源的分布情况", by: w.requester) }
        }
    }

    @Test func test_Art68_onlyThePublishersResearchOfficeOrOfficerOrTheAdminDecides() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t, .onRequest)
            let org = try #require(w.dataset.publisherID)
            let other = try await t.organisation()
            #expect(DataAccessPolicy.mayDecide(w.publisher, for: w.dataset))
            #expect(DataAccessPolicy.mayDecide(try await t.person([.programmeOfficer], organisation: .init(org)), for: w.dataset))
            #expect(DataAccessPolicy.mayDecide(try await t.person([.platformAdmin]), for: w.dataset))
            #expect(!DataAccessPolicy.mayDecide(try await t.person([.applicant], organisation: .init(org)), for: w.dataset))
            #expect(!DataAccessPolicy.mayDecide(try await t.person([.researchOffice], organisation: other.id), for: w.dataset))
            #expect(!DataAccessPolicy.mayDecide(w.requester, for: w.dataset))
        }
    }

    @Test func test_Art57_platformDatasetsArePublishedAutomatically_aNewVersionOnlyWhenTheContentChanged() async throws {
        try await withTestDatabase { t in
            let platform = CataloguePlatformDatasets(db: t.db, now: t.now)
            #expect(try await platform.refresh() == CataloguePlatformDatasets.sources.count)
            #expect(try await platform.refresh() == 0)
            let catalogue = DatasetCatalogue(db: t.db, now: t.now)
            let integrity = try #require(try await catalogue.find(source: "integrity"))
            #expect(integrity.accessLevel == .open && integrity.publisherID == nil)
            // A published integrity record changes the integrity list: one new version, the old one kept.
            let person = try await t.person([.applicant])
            let records = IntegrityRecords(db: t.db, now: t.now)
            let start = t.clock.now.addingTimeInterval(-60)
            let draft = try await records.draft(IntegrityRecordInput(
                subject: .person(person.id), finding: .plagiarism, description: "抄袭", decidingBody: "北京市科学技术委员会", documentNumber: "京科诚〔2026〕1号",
                decisionDate: start, legalBasis: "第六十条", scope: [.projectApplication], restrictedFrom: start, restrictedUntil: start.addingTimeInterval(86_400 * 30),
                publish: true, publishFrom: start, publishUntil: start.addingTimeInterval(86_400 * 30)), by: .system)
            let decided = try await records.decide(draft.id, expectedVersion: draft.version, by: .system)
            _ = try await records.publish(decided.id, expectedVersion: decided.version, by: .system)
            #expect(try await platform.refresh() == 1)
            let versions = try await catalogue.versions(of: integrity.id)
            #expect(versions.map(\.number) == [2, 1])
            #expect(versions[0].rowCount == 1 && versions[1].rowCount == 0)
        }
    }
}
