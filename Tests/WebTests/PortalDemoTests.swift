import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
@testable import Portal
import Storage
import Testing
@testable import KechuangApp
@testable import Web

/// The data catalogue demo (Art. 57, 68): each access level, versions kept, one request approved
/// (with its logged download) and one pending; loading twice changes nothing.
@Suite("Portal demo data sets")
struct PortalDemoTests {
    @Test func test_Art57_Art68_theDemoPublishesEachAccessLevel_oneRequestApprovedOnePending_andLoadsOnce() async throws {
        try await withTestApp { t in
            let university = try await t.organisation("示例大学")
            _ = try await t.person([.researchOffice], email: "research-office@demo.kechuang.cn", organisation: university.id)
            _ = try await t.person([.applicant], email: "applicant@demo.kechuang.cn", organisation: university.id)
            _ = try await t.person([.reviewer], email: "reviewer@demo.kechuang.cn", organisation: try await t.organisation().id)
            try await DemoData.loadPortalData(into: t.app)
            try await DemoData.loadPortalData(into: t.app)
            let catalogue = DatasetCatalogue(db: t.db, now: t.now)
            let mine = try await catalogue.all().filter { $0.source == nil }
            #expect(Set(mine.map(\.accessLevel)) == Set(DatasetAccessLevel.allCases) && mine.count == 3)
            let labs = try #require(mine.first { $0.slug == "university-key-labs" })
            #expect(try await catalogue.versions(of: labs.id).map(\.number) == [2, 1])
            let usage = try #require(mine.first { $0.accessLevel == .onRequest })
            let requests = try await DataAccessRequestRecord.query(on: t.db).all().map { try $0.toDomain() }
            #expect(requests.map(\.state).sorted { $0.rawValue < $1.rawValue } == [.approved, .pending])
            let approved = try #require(requests.first { $0.state == .approved })
            #expect(approved.datasetID == usage.id && approved.isActiveGrant(at: t.now()))
            #expect(try await DataAccessRequests(db: t.db, now: t.now).downloads(under: approved.id).count == 1)
        }
    }
}
