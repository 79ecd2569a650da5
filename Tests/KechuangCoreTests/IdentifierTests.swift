import Foundation
import Testing
@testable import KechuangCore

@Suite("Typed ids")
struct IdentifierTests {
    enum Apple {}
    enum Pear {}

    @Test("a typed id is written in JSON as the plain UUID string, so API and stored shapes do not change")
    func encodedAsPlainUUID() throws {
        let uuid = try #require(UUID(uuidString: "5C2F0E1A-8B7D-4C3E-9F10-0123456789AB"))
        let id = Identifier<Apple>(uuid)
        let json = try JSONEncoder().encode(["id": id])
        #expect(json == (try JSONEncoder().encode(["id": uuid])))
        #expect(String(decoding: json, as: UTF8.self) == #"{"id":"5C2F0E1A-8B7D-4C3E-9F10-0123456789AB"}"#)
        #expect(try JSONDecoder().decode([String: Identifier<Apple>].self, from: json) == ["id": id])
    }

    @Test("a value that is not a UUID is not an id, in JSON or in a path")
    func onlyUUIDsAreIds() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([String: Identifier<Apple>].self, from: Data(#"{"id":"42"}"#.utf8))
        }
        #expect(Identifier<Apple>("not-a-uuid") == nil)
        #expect(Identifier<Apple>("") == nil)
        #expect(Identifier<Apple>("5c2f0e1a-8b7d-4c3e-9f10-0123456789ab")?.description == "5C2F0E1A-8B7D-4C3E-9F10-0123456789AB")
    }

    @Test("an id is its UUID: equal, hashed and printed as the UUID")
    func idIsItsUUID() {
        let uuid = UUID()
        let a = Identifier<Apple>(rawValue: uuid)
        #expect(a == Identifier<Apple>(uuid))
        #expect(a.rawValue == uuid)
        #expect(Set([a, Identifier<Apple>(uuid)]).count == 1)
        #expect(a.description == uuid.uuidString)
        #expect(Identifier<Pear>(a.rawValue).rawValue == a.rawValue)
        #expect(Identifier<Apple>() != Identifier<Apple>(), "a new id is random")
    }
}
