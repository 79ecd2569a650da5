import Export
import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Portal
import Storage
import Testing
import Vapor
import VaporTesting
@testable import Web

/// Publishing data sets through the pages and the API (Art. 57): the same catalogue service,
/// the field named in every error, the publisher decided by the domain, versions never overwritten.
@Suite("Data catalogue publishing pages and API (Art. 57)")
struct CataloguePublishingWebTests {
    static func upload(_ t: TestApp, _ path: String, session: String, note: String, file: (name: String, data: Data)) async throws -> TestingHTTPResponse {
        let boundary = "kechuang-\(UUID().uuidString)"
        var body = Data()
        for (name, value) in [("_csrf", TestApp.csrf), ("note", note)] {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
        body += file.data + Data("\r\n--\(boundary)--\r\n".utf8)
        var headers = HTTPHeaders()
        headers.add(name: .cookie, value: "kc_session=\(session); kc_csrf=\(TestApp.csrf)")
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        return try await t.app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(data: body))
    }

    @Test func test_Art57_aPublisherDescribesAndUploadsThroughThePages_errorsNameTheField_othersAreRefused() async throws {
        try await withTestApp { t in
            let org = try await t.organisation("数据大学")
            let office = try await t.sessionToken(for: try await t.person([.researchOffice], organisation: org.id))
            let stranger = try await t.sessionToken(for: try await t.person([.researchOffice], organisation: try await t.organisation().id))
            let form = try await t.send(.GET, "/data-publishing/new", session: office)
            #expect(form.status == .ok && form.text.contains("id=\"field-slug\"") && form.text.contains("id=\"field-temporal-end\""))
            let bad = try await t.send(.POST, "/data-publishing", session: office, body: .form([
                "slug": "Bad Name", "title_zh": "实验室数量", "description_zh": "", "temporal_start": "2026-13-01"]))
            #expect(bad.status == .unprocessableEntity)
            for field in ["field-slug", "field-description-zh", "field-temporal-start"] { #expect(bad.text.contains("href=\"#\(field)\""), "\(field)") }
            #expect(bad.text.contains("第五十七条"))
            let made = try await t.send(.POST, "/data-publishing", session: office, body: .form([
                "slug": "district-labs", "title_zh": "各区实验室数量", "title_en": "Labs per district", "description_zh": "各区重点实验室数量。",
                "licence": "CC-BY-4.0", "access_level": "open", "keywords": "实验室, labs", "theme_TECH": "on", "temporal_start": "2026-01-01"]))
            #expect(made.status == .seeOther && made.headers.first(name: .location)?.hasPrefix("/data/district-labs/versions/new") == true)
            let page = try await t.send(.GET, "/data/district-labs/versions/new", session: office)
            #expect(page.text.contains("enctype=\"multipart/form-data\"") && page.text.contains("id=\"field-file\""))
            // A workbook named .csv is refused on the file field; a good CSV becomes v1, a JSON v2.
            let lie = try await Self.upload(t, "/data/district-labs/versions", session: office, note: "首次发布",
                                            file: ("labs.csv", XLSXWriterFixture.workbook))
            #expect(lie.status == .unprocessableEntity && lie.text.contains("href=\"#field-file\"") && lie.text.contains("第五十七条"))
            let v1 = try await Self.upload(t, "/data/district-labs/versions", session: office, note: "首次发布", file: ("labs.csv", Data("district,labs\n海淀,12\n".utf8)))
            #expect(v1.status == .seeOther)
            let v2 = try await Self.upload(t, "/data/district-labs/versions", session: office, note: "更新", file: ("labs.json", Data(#"[{"district":"海淀","labs":13}]"#.utf8)))
            #expect(v2.status == .seeOther)
            let shown = try await t.send(.GET, "/data/district-labs")
            #expect(shown.text.contains("/data/district-labs/versions/1/district-labs-v1.csv") && shown.text.contains("/data/district-labs/versions/2/district-labs-v2.xlsx"))
            let mine = try await t.send(.GET, "/data-publishing", session: office)
            #expect(mine.text.contains("/data/district-labs/versions/new"))
            // Another organisation's office: the page and the upload are refused citing Art. 57, and audited.
            let other = try await t.send(.GET, "/data/district-labs/versions/new", session: stranger)
            #expect(other.status == .forbidden && other.text.contains("第五十七条"))
            let otherUpload = try await Self.upload(t, "/data/district-labs/versions", session: stranger, note: "x", file: ("x.csv", Data("a\n1\n".utf8)))
            #expect(otherUpload.status == .forbidden)
            let audit = try await AuditChain.list(.init(object: "dataset"), limit: 50, on: t.db)
            #expect(audit.filter { $0.action == "dataset.publish_refused" }.count == 2)
            #expect(audit.filter { $0.action == "dataset.version_added" }.count >= 2)
            // The platform's own data sets take no uploads.
            let admin = try await t.sessionToken(for: try await t.person([.platformAdmin]))
            _ = try await t.send(.GET, "/data")
            #expect(try await t.send(.GET, "/data/kechuang-calls/versions/new", session: admin).status == .forbidden)
        }
    }

    struct DatasetBody: Encodable, Sendable {
        let name: String, title_zh: String, description_zh: String, access_level: String, themes: [String], keywords: [String]
    }

    struct VersionBody: Encodable, Sendable { let file_name: String, file: String, note: String }

    @Test func test_Art57_theAPIPublishesThroughTheSameService_422NamesTheField_403CitesTheArticle() async throws {
        try await withTestApp { t in
            let org = try await t.organisation("数据大学")
            let officer = try await t.person([.programmeOfficer], organisation: org.id)
            let applicant = try await t.person([.applicant], organisation: org.id)
            let (_, secret) = try await t.tokens.create(for: officer.id, name: "test", scopes: [.read, .write], by: .system)
            let (_, applicantSecret) = try await t.tokens.create(for: applicant.id, name: "test", scopes: [.read, .write], by: .system)
            let body = DatasetBody(name: "grant-totals", title_zh: "资助总额", description_zh: "按年度的资助总额。", access_level: "on_request", themes: ["ECON"], keywords: ["资助"])
            #expect(try await t.send(.POST, "/api/v1/datasets", body: .json(body), bearer: applicantSecret).status == .forbidden)
            let invalid = try await t.send(.POST, "/api/v1/datasets", body: .json(DatasetBody(name: "x", title_zh: "", description_zh: "d", access_level: "sometimes",
                                                                                               themes: [], keywords: [])), bearer: secret)
            #expect(invalid.status == .unprocessableEntity)
            #expect(Set(invalid.text.matches(of: /"field":"([a-z_]+)"/).map { String($0.1) }).isSuperset(of: ["slug", "title_zh", "access_level"]))
            let created = try await t.send(.POST, "/api/v1/datasets", body: .json(body), bearer: secret)
            #expect(created.status == .created)
            let id = try #require(try created.json()["id"] as? String)
            let wrong = try await t.send(.POST, "/api/v1/datasets/\(id)/versions",
                                         body: .json(VersionBody(file_name: "t.json", file: Data("year,total\n2025,1\n".utf8).base64EncodedString(), note: "")), bearer: secret)
            #expect(wrong.status == .unprocessableEntity)
            #expect(Set(wrong.text.matches(of: /"field":"([a-z_]+)"/).map { String($0.1) }) == ["note", "file"])
            let v1 = try await t.send(.POST, "/api/v1/datasets/\(id)/versions",
                                      body: .json(VersionBody(file_name: "t.xlsx", file: XLSXWriterFixture.workbook.base64EncodedString(), note: "首次发布")), bearer: secret)
            #expect(v1.status == .created)
            let json = try v1.json()
            #expect(json["number"] as? Int == 1 && json["row_count"] as? Int == 1 && (json["files"] as? [[String: Any]])?.count == 3)
            let refused = try await t.send(.POST, "/api/v1/datasets/\(id)/versions",
                                           body: .json(VersionBody(file_name: "t.csv", file: Data("a\n1\n".utf8).base64EncodedString(), note: "x")), bearer: applicantSecret)
            #expect(refused.status == .forbidden)
            #expect(try await DatasetCatalogue(db: t.db, now: t.now).versions(of: Dataset.ID(try #require(UUID(uuidString: id)))).count == 1)
        }
    }
}

enum XLSXWriterFixture {
    /// A one-row workbook as the platform writes it.
    static var workbook: Data {
        XLSXWriter.xlsx(ExportTable(columns: ["year", "total"], rows: [[.integer(2025), .integer(1_000_000)]]), sheetName: "data")
    }
}
