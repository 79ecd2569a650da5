import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Projects
import Review
import Testing
import Vapor
@testable import Web

/// The review steps that were pages only, over the JSON API with the same services: the formal
/// check's facts and a confirmed duplicate (Art. 60), the expert pool, one invitation in detail.
@Suite("Review officer steps over the API")
struct ReviewOfficerAPITests {
    static func id(_ uuid: UUID) -> String { uuid.uuidString.lowercased() }

    func array(_ text: String) throws -> [Any] {
        (try JSONSerialization.jsonObject(with: Data(text.utf8))) as? [Any] ?? []
    }

    func token(_ t: TestApp, _ person: Person) async throws -> String {
        try await t.tokens.create(for: person.id, name: "api", scopes: [.read, .write], by: .system).secret
    }

    @Test func test_Art60_formalCheckFactsAndAConfirmedDuplicateOverTheAPI() async throws {
        try await withTestApp { t in
            let w = try await ReviewWorld.make(t)
            let officer = try await token(t, w.officer)
            let first = w.proposals[0]
            let facts = try await t.send(.GET, "/api/v1/applications/\(Self.id(first.id.rawValue))/formal-check", bearer: officer)
            #expect(facts.status == .ok)
            let json = try facts.json()
            #expect(json["integrity_allowed"] as? Bool == true && json["article"] as? String == "60")
            let confirmed = try await t.send(.POST, "/api/v1/applications/\(Self.id(first.id.rawValue))/duplicate-confirmation",
                                             body: .json(["other_application_id": Self.id(w.proposals[1].id.rawValue)]), bearer: officer)
            #expect(confirmed.status == .created)
            #expect(try confirmed.json()["state"] as? String == "draft")
            // A PI may not read the officer's facts.
            let pi = try await token(t, w.pis[0])
            #expect(try await t.send(.GET, "/api/v1/applications/\(Self.id(first.id.rawValue))/formal-check", bearer: pi).status == .forbidden)
        }
    }

    @Test func test_Art29_expertPoolAndAnInvitationInDetailOverTheAPI() async throws {
        try await withTestApp { t in
            let w = try await ReviewWorld.make(t)
            let officer = try await token(t, w.officer)
            let list = try await t.send(.GET, "/api/v1/experts", bearer: officer)
            #expect(list.status == .ok)
            #expect((try array(list.text)).count == w.experts.count)
            let newcomer = try await t.person([.applicant], organisation: w.organisations[0].id)
            let invited = try await t.send(.POST, "/api/v1/experts/invitations", body: .json(["email": newcomer.email]), bearer: officer)
            #expect(invited.status == .created)
            let off = try await t.send(.POST, "/api/v1/experts/\(Self.id(w.experts[0].id))/active", body: .json(["active": false]), bearer: officer)
            #expect(off.status == .ok)
            #expect(try off.json()["active"] as? Bool == false)
            _ = try await t.send(.POST, "/api/v1/experts/\(Self.id(w.experts[0].id))/active", body: .json(["active": true]), bearer: officer)
            _ = try await w.published()
            var found: (Person, UUID)?
            for candidate in w.experts where found == nil {
                if let first = try await w.reviews.invitations(for: candidate).first { found = (candidate, first.assignment.id) }
            }
            let (expert, assignment) = try #require(found)
            let detail = try await t.send(.GET, "/api/v1/reviews/\(Self.id(assignment))", bearer: try await token(t, expert))
            #expect(detail.status == .ok)
            #expect(try detail.json()["others"].map { $0 is NSNull } ?? true, "others' reviews stay hidden until the expert submitted")
            let other = try #require(w.experts.first { $0.id != expert.id })
            #expect(try await t.send(.GET, "/api/v1/reviews/\(Self.id(assignment))", bearer: try await token(t, other)).status == .notFound)
        }
    }

    @Test func test_Art59_theResultsRegisterIsPublic() async throws {
        try await withTestApp { t in
            let page = try await t.send(.GET, "/results")
            #expect(page.status == .ok && page.text.contains("科技成果登记"))
            let english = try await t.send(.GET, "/results?lang=en")
            #expect(english.text.contains("Results register"))
            let api = try await t.send(.GET, "/api/v1/results")
            #expect(api.status == .ok)
            #expect(try array(api.text).isEmpty)
        }
    }
}
