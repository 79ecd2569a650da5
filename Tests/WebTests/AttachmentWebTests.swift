import Foundation
import Identity
import KechuangApp
import KechuangTestSupport
import KechuangWebTestSupport
import Projects
import Testing
import Vapor
import VaporTesting
@testable import Web

/// PDF attachments as a browser sends them: a multipart form without JavaScript.
@Suite("Application attachments")
struct AttachmentWebTests {
    static let pdf = TestPDF.make()

    static func multipart(_ fields: [(String, String)], file: (name: String, data: Data)?, boundary: String) -> ByteBuffer {
        var body = Data()
        for (name, value) in fields {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        if let file {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.name)\"\r\nContent-Type: application/pdf\r\n\r\n".utf8)
            body += file.data + Data("\r\n".utf8)
        }
        body += Data("--\(boundary)--\r\n".utf8)
        return ByteBuffer(data: body)
    }

    static func upload(_ t: TestApp, _ path: String, session: String, document: String, file: (name: String, data: Data)) async throws -> TestingHTTPResponse {
        let boundary = "kechuang-\(UUID().uuidString)"
        var headers = HTTPHeaders()
        headers.add(name: .cookie, value: "kc_session=\(session); kc_csrf=\(TestApp.csrf)")
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        return try await t.app.testing().sendRequest(.POST, path, headers: headers,
                                                    body: multipart([("_csrf", TestApp.csrf), ("document", document)], file: file, boundary: boundary))
    }

    @Test func test_PIAttachesAPDFForARequiredDocumentAndOnlyThoseConcernedCanDownloadIt() async throws {
        try await withTestApp { t in
            try await DemoData.loadCalls(into: t.app)
            let call = try #require(try await KechuangApp.calls(t.app).list().first { !$0.requiredDocuments.isEmpty })
            let university = try await t.organisation()
            let pi = try await t.person([.applicant], organisation: university.id)
            let session = try await t.sessionToken(for: pi)
            let apply = try await t.send(.POST, "/calls/\(call.id.uuidString.lowercased())/apply", session: session)
            let id = try #require(apply.headers.first(name: .location)?.split(separator: "/").dropFirst().first.map(String.init))
            let path = "/applications/\(id)/attachments"
            let page = try await t.send(.GET, path, session: session)
            #expect(page.text.contains(#"enctype="multipart/form-data""#))
            #expect(page.text.contains(call.requiredDocuments[0]))

            let refused = try await Self.upload(t, path, session: session, document: call.requiredDocuments[0], file: ("note.pdf", Data("not a pdf".utf8)))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains(##"href="#field-file""##))

            let uploaded = try await Self.upload(t, path, session: session, document: call.requiredDocuments[0], file: ("协议.pdf", Self.pdf))
            #expect(uploaded.status == .seeOther)
            let application = try await Applications(db: t.db).find(try #require(GrantApplication.ID(id)))
            let key = try #require(application.attachments.first?.attachment.key)
            let download = try await t.send(.GET, "\(path)/\(key)", session: session)
            #expect(download.status == .ok)
            #expect(download.headers.contentType == HTTPMediaType(type: "application", subType: "pdf"))
            #expect(Data(buffer: download.body) == Self.pdf)
            let stranger = try await t.person([.applicant], organisation: university.id)
            #expect(try await t.send(.GET, "\(path)/\(key)", session: try await t.sessionToken(for: stranger)).status == .notFound)
            let office = try await t.person([.researchOffice], organisation: university.id)
            #expect(try await t.send(.GET, "\(path)/\(key)", session: try await t.sessionToken(for: office)).status == .ok)
        }
    }
}
