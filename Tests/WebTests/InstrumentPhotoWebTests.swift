import Foundation
import Identity
import Instruments
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Testing
import Vapor
import VaporTesting

/// The instrument's photo as a browser uploads it (multipart, no JavaScript) and the usage listing of the API.
@Suite struct InstrumentPhotoWebTests {
    static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + Data(repeating: 7, count: 64)

    static func upload(_ t: TestApp, _ path: String, session: String, fields: [(String, String)], file: Data) async throws -> TestingHTTPResponse {
        let boundary = "kechuang-\(UUID().uuidString)"
        var body = Data()
        for (name, value) in [("_csrf", TestApp.csrf)] + fields {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"photo.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n".utf8)
        body += file + Data("\r\n--\(boundary)--\r\n".utf8)
        var headers = HTTPHeaders()
        headers.add(name: .cookie, value: "kc_session=\(session); kc_csrf=\(TestApp.csrf)")
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        return try await t.app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(data: body))
    }

    @Test func test_theManagerUploadsAPhotoShownWithItsDescriptionAndAFileThatIsNoImageIsAFieldError() async throws {
        try await withTestApp { t in
            let w = try await InstrumentWebTests.world(t)
            let id = w.instrument.id.uuidString.lowercased()
            let before = try await t.send(.GET, "/instruments/\(id)")
            #expect(!before.text.contains("<img"), "no photo, no image")
            #expect(try await t.send(.GET, "/instruments/\(id)/photo").status == .notFound)

            let session = try await t.sessionToken(for: w.manager)
            let refused = try await Self.upload(t, "/instruments/\(id)/photo", session: session,
                                                fields: [("photo_alt_zh", "核磁主机"), ("photo_alt_en", "")], file: Data("%PDF-1.7\n%%EOF".utf8))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains(##"href="#field-photo""##) && refused.body.string.contains(##"id="field-photo""##))
            #expect(refused.body.string.contains("JPEG、PNG 或 WebP") && refused.body.string.contains(##"href="#field-photo-alt-en""##))

            let saved = try await Self.upload(t, "/instruments/\(id)/photo", session: session,
                                              fields: [("photo_alt_zh", "600 兆核磁共振波谱仪主机"), ("photo_alt_en", "The 600 MHz NMR magnet")], file: Self.png)
            #expect(saved.status == .seeOther)
            let zh = try await t.send(.GET, "/instruments/\(id)")
            #expect(zh.text.contains(#"alt="600 兆核磁共振波谱仪主机""#))
            let en = try await t.send(.GET, "/instruments/\(id)?lang=en")
            #expect(en.text.contains(#"alt="The 600 MHz NMR magnet""#))
            let image = try await t.send(.GET, "/instruments/\(id)/photo")
            #expect(image.status == .ok && image.headers.contentType == HTTPMediaType(type: "image", subType: "png"))
            #expect(image.headers.first(name: "X-Content-Type-Options") == "nosniff" && Data(buffer: image.body) == Self.png)
            let json = try await t.send(.GET, "/api/v1/instruments/\(id)")
            #expect(json.text.contains(#""alt_en":"The 600 MHz NMR magnet""#))

            let outsider = try await t.sessionToken(for: w.user)
            let forbidden = try await Self.upload(t, "/instruments/\(id)/photo", session: outsider, fields: [("photo_alt_zh", "图"), ("photo_alt_en", "x")], file: Self.png)
            #expect(forbidden.status == .notFound)
        }
    }

    @Test func test_Art55_theUsageListingFollowsThePagesRule() async throws {
        try await withTestApp { t in
            let w = try await InstrumentWebTests.world(t)
            let bookings = Bookings(db: t.db, now: t.now)
            let booking = try await bookings.book(w.instrument.id, BookingRequest(kind: .time, startsAt: w.at(day: 1, 9), endsAt: w.at(day: 1, 11), purpose: "测试"), by: w.user)
            _ = try await InstrumentUsage(db: t.db, now: t.now).record(booking.id, UsageInput(startedAt: booking.startsAt, endedAt: booking.endsAt, outcome: .completed), by: w.manager)
            let mine = try await t.send(.GET, "/api/v1/instruments/usage", bearer: w.userToken)
            #expect(mine.status == .ok)
            let page = try #require(try JSONSerialization.jsonObject(with: Data(mine.text.utf8)) as? [String: Any])
            let items = try #require(page["items"] as? [[String: Any]])
            #expect(items.count == 1)
            #expect(items.first?["hours"] as? Double == 2 && items.first?["amount_fen"] as? Int == 90_000 && items.first?["external"] as? Bool == true)
            #expect(items.first?["instrument_name_en"] as? String == "NMR spectrometer")
            let other = try await t.person([.applicant], organisation: w.externalOrganisation.id)
            let token = try await t.tokens.create(for: other.id, name: "api", scopes: [.read], by: .system).secret
            let none = try await t.send(.GET, "/api/v1/instruments/usage?instrument=\(w.instrument.id.uuidString.lowercased())", bearer: token)
            #expect(none.status == .ok && none.text.contains(#""items":[]"#))
            let bad = try await t.send(.GET, "/api/v1/instruments/usage?from=yesterday", bearer: token)
            #expect(bad.status == .unprocessableEntity && bad.text.contains(#""field":"from""#))
            #expect(try await t.send(.GET, "/api/v1/instruments/usage").status == .unauthorized)
        }
    }
}
