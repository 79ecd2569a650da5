import Foundation
import Identity
import Instruments
import KechuangCore
import KechuangTestSupport
import Testing

/// Keeps photos in memory, keyed like the file store (a 64-hex key).
actor MemoryPhotoStore: InstrumentPhotoStore {
    var files: [String: Data] = [:]

    func put(_ data: Data, format: PhotoFormat) async throws -> String {
        let key = String(repeating: String(format: "%02x", data.count % 256), count: 32)
        files[key] = data
        return key
    }

    func get(_ sha256: String, format: PhotoFormat) async throws -> Data {
        guard let data = files[sha256] else { throw DomainError.notFound(entity: "photo") }
        return data
    }
}

enum TestImages {
    static let jpeg = Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + Data("JFIF".utf8) + Data(repeating: 0, count: 32)
    static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + Data(repeating: 1, count: 32)
    static let webp = Data("RIFF".utf8) + Data([40, 0, 0, 0]) + Data("WEBPVP8 ".utf8) + Data(repeating: 2, count: 32)
}

@Suite struct InstrumentPhotoTests {
    @Test func test_photoFormatIsReadFromTheFirstBytesNotTheName() {
        #expect(PhotoFormat.detect(TestImages.jpeg) == .jpeg)
        #expect(PhotoFormat.detect(TestImages.png) == .png)
        #expect(PhotoFormat.detect(TestImages.webp) == .webp)
        #expect(PhotoFormat.detect(Data("%PDF-1.7\n".utf8)) == nil)
        #expect(PhotoFormat.detect(Data("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8)) == nil)
        #expect(PhotoFormat.detect(Data("RIFF\u{0}\u{0}\u{0}\u{0}WAVE".utf8)) == nil, "a RIFF file that is not WebP")
        #expect(PhotoFormat.detect(Data()) == nil)
    }

    @Test func test_theManagerSetsThePhotoWithItsDescriptionInBothLanguages() async throws {
        try await withTestDatabase { t in
            let w = try await InstrumentWorld.make(t)
            #expect(w.instrument.photo == nil, "no photo until one is uploaded")
            let store = MemoryPhotoStore()
            let changed = try await w.registry.setPhoto(w.instrument.id, PhotoUpload(data: TestImages.png, altZh: " 透射电镜主机 ", altEn: "The microscope column"),
                                                        store: store, by: w.manager)
            let photo = try #require(changed.photo)
            #expect(photo.format == .png && photo.size == TestImages.png.count)
            #expect(photo.altZh == "透射电镜主机" && photo.alt(in: .en) == "The microscope column")
            #expect(try await store.get(photo.sha256, format: .png) == TestImages.png)
            #expect(try await w.registry.find(w.instrument.id).photo == photo, "read back from the row")
            #expect(changed.version == w.instrument.version + 1)
        }
    }

    @Test func test_aPhotoThatIsNotAnImageTooLargeOrWithoutDescriptionsIsAFieldError() async throws {
        try await withTestDatabase { t in
            let w = try await InstrumentWorld.make(t)
            let store = MemoryPhotoStore()
            let cases: [(PhotoUpload, [String])] = [
                (PhotoUpload(data: Data("%PDF-1.7 renamed.jpg".utf8), altZh: "图", altEn: "Photo"), ["photo.file.type"]),
                (PhotoUpload(data: TestImages.jpeg + Data(count: PhotoUpload.maxBytes), altZh: "图", altEn: "Photo"), ["photo.file.size"]),
                (PhotoUpload(data: Data(), altZh: "图", altEn: "Photo"), ["photo.file.required"]),
                (PhotoUpload(data: TestImages.webp, altZh: " ", altEn: ""), ["photo.alt_zh.required", "photo.alt_en.required"]),
            ]
            for (upload, expected) in cases {
                do {
                    _ = try await w.registry.setPhoto(w.instrument.id, upload, store: store, by: w.manager)
                    Issue.record("accepted \(expected)")
                } catch { #expect(rules(error) == expected) }
            }
            #expect(await store.files.isEmpty, "nothing refused is stored")
            #expect(try await w.registry.find(w.instrument.id).photo == nil)
        }
    }

    @Test func test_onlyThoseWhoRunTheInstrumentSetItsPhoto() async throws {
        try await withTestDatabase { t in
            let w = try await InstrumentWorld.make(t)
            await #expect(throws: DomainError.notFound(entity: "instrument")) {
                _ = try await w.registry.setPhoto(w.instrument.id, PhotoUpload(data: TestImages.jpeg, altZh: "图", altEn: "Photo"),
                                                  store: MemoryPhotoStore(), by: w.externalUser)
            }
            let byOffice = try await w.registry.setPhoto(w.instrument.id, PhotoUpload(data: TestImages.jpeg, altZh: "图", altEn: "Photo"),
                                                         store: MemoryPhotoStore(), by: w.office)
            #expect(byOffice.photo?.format == .jpeg)
        }
    }
}
