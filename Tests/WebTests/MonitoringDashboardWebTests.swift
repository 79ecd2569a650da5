import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Monitoring
import Testing
import Vapor

/// The monitoring pages and API over HTTP (Art. 49, 63), on the run's engine: the reporting form's
/// refusal names the field and cites the article; a published release is a page with charts and
/// tables and downloads as CSV and JSON with its data dictionary; the live figures are for officers.
@Suite struct MonitoringDashboardWebTests {
    @Test func test_Art63_reportRefusalNamesTheField_publishedReleaseIsDownloadable() async throws {
        try await withTestApp { t in
            let department = try await t.organisation("市统计局", type: .governmentDepartment)
            let staff = try await t.person([.departmentStaff], organisation: department.id)
            let session = try await t.sessionToken(for: staff)
            let year = BeijingDay(containing: t.clock.now).year - 1
            let refused = try await t.send(.POST, "/monitoring/report", session: session, body: .form(["year": "\(year)", "value_RPT-RDI": "150"]))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("href=\"#field-value-RPT-RDI\"") && refused.text.contains("id=\"field-value-RPT-RDI\"") && refused.text.contains("第六十三条"))
            let saved = try await t.send(.POST, "/monitoring/report", session: session, body: .form(["year": "\(year)", "value_RPT-RDI": "6.5", "value_RPT-RD": "3000"]))
            #expect(saved.status == .seeOther, "\(saved.text.prefix(600))")
            #expect(try await t.send(.GET, "/monitoring").status != .ok)
            let live = try await t.send(.GET, "/monitoring", session: session)
            #expect(live.status == .ok && live.text.contains("<svg") && live.text.contains("RPT-RDI"))
            let published = try await t.send(.POST, "/monitoring/releases", session: session, body: .form(["year": "\(year)"]))
            #expect(published.status == .seeOther)
            let list = try await t.send(.GET, "/api/v1/monitoring/releases")
            let releases = try #require(try JSONSerialization.jsonObject(with: Data(list.text.utf8)) as? [[String: Any]])
            let id = try #require(releases.first?["id"] as? String).lowercased()
            let page = try await t.send(.GET, "/monitoring/releases/\(id)?lang=en")
            #expect(page.status == .ok && page.text.contains("role=\"img\"") && page.text.contains("R&amp;D intensity") && page.text.contains("<table"))
            let csv = try await t.send(.GET, "/monitoring/releases/\(id)/data.csv")
            #expect(csv.status == .ok && csv.headers.first(name: .contentType)?.hasPrefix("text/csv") == true)
            #expect(csv.text.contains("RPT-RDI") && csv.text.contains("6.5"))
            let json = try await t.send(.GET, "/monitoring/releases/\(id)/data.json")
            let body = try #require(try JSONSerialization.jsonObject(with: Data(json.text.utf8)) as? [String: Any])
            #expect((body["columns"] as? [Any])?.count == ReleaseDataset.columns.count)
            #expect((body["indicators"] as? [Any])?.count == IndicatorCatalogue.all.count)
            #expect((body["figures"] as? [[String: Any]])?.contains { $0["indicator"] as? String == "RPT-RD" && $0["value"] as? Double == 3000 } == true)
            let dictionary = try await t.send(.GET, "/monitoring/releases/dictionary.csv")
            #expect(dictionary.status == .ok && dictionary.text.contains("GRT-03"))
            let indicators = try await t.send(.GET, "/api/v1/monitoring/indicators")
            #expect(indicators.status == .ok && indicators.text.contains("\"article\":\"49(1)\""))
            let zones = try await t.send(.GET, "/monitoring/zones")
            #expect(zones.status == .ok && zones.text.contains("怀柔科学城"))
        }
    }
}
