import FluentKit
import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import SQLKit
import Storage
import Testing

@Suite("Personal access tokens")
struct AccessTokensTests {
    @Test func test_token_secretIsReturnedOnceWithKcPrefixAndStoredOnlyAsDigest() async throws {
        try await withTestDatabase { t in
            let person = try await t.person()
            let (token, secret) = try await t.tokens.create(for: person.id, name: "  CI pipeline ", scopes: [.read, .write], by: .system)
            #expect(secret.hasPrefix("kc_"))
            #expect(secret.count > 40, "enough randomness to be unguessable")
            #expect(token.name == "CI pipeline")
            #expect(token.prefix == String(secret.prefix(token.prefix.count)))
            #expect(token.prefix.count < secret.count / 2, "the listed prefix does not give the secret away")
            #expect(token.revokedAt == nil)

            let stored = try #require(try await sql(t.db).select().column("token_hash").from("id_access_tokens").first()?
                .decode(column: "token_hash", as: String.self))
            #expect(stored != secret)
            #expect(!stored.contains(secret.dropFirst(3)))
            // Listing never shows the secret again.
            let listed = try await t.tokens.list(for: person.id)
            #expect(listed.map(\.id) == [token.id])
            #expect(listed.allSatisfy { $0.prefix.count < secret.count })
        }
    }

    @Test func test_token_eachCreationGivesADifferentSecret() async throws {
        try await withTestDatabase { t in
            let person = try await t.person()
            let (_, a) = try await t.tokens.create(for: person.id, name: "a", scopes: [.read], by: .system)
            let (_, b) = try await t.tokens.create(for: person.id, name: "b", scopes: [.read], by: .system)
            #expect(a != b)
        }
    }

    @Test func test_token_resolvesToItsPersonAndScopes() async throws {
        try await withTestDatabase { t in
            let org = try await t.organisation()
            let person = try await t.person([.researchOffice], organisation: org.id)
            let (_, readOnly) = try await t.tokens.create(for: person.id, name: "reader", scopes: [.read], by: .system)
            let (_, readWrite) = try await t.tokens.create(for: person.id, name: "writer", scopes: [.read, .write], by: .system)

            let (who, scopes) = try #require(try await t.tokens.resolve(readOnly))
            #expect(who.id == person.id)
            #expect(who.roles == [.researchOffice])
            #expect(scopes == [.read])
            #expect(try await t.tokens.resolve(readWrite)?.1 == [.read, .write])
            #expect(try await t.tokens.resolve("kc_not-a-real-token") == nil)
        }
    }

    /// The one joined lookup gives the same person as reading person, memberships and
    /// organisations one by one: several memberships with their organisations' names, a
    /// platform-wide one without, and none at all.
    @Test func test_token_andSession_resolveToThePersonWithEveryMembershipAndItsOrganisation() async throws {
        try await withTestDatabase { t in
            let a = try await t.organisation("甲大学"), b = try await t.organisation("乙研究所")
            let person = try await t.person([.researchOffice], organisation: a.id)
            try await t.people.addMembership(Membership(organisationID: b.id, role: .applicant), to: person.id, by: .system)
            try await t.people.addMembership(Membership(organisationID: nil, role: .platformAdmin), to: person.id, by: .system)
            let loneOne = try await t.person()
            for who in [person, loneOne] {
                let expected = try await t.people.find(who.id)
                let (_, secret) = try await t.tokens.create(for: who.id, name: "api", scopes: [.read], by: .system)
                #expect(try await t.tokens.resolve(secret)?.0 == expected)
                #expect(try await t.signIn.resolveSession(try await t.sessionToken(for: who)) == expected)
            }
            let memberships = try #require(try await t.tokens.resolve(try await t.tokens.create(for: person.id, name: "x", scopes: [.read], by: .system).secret)?.0.memberships)
            #expect(memberships.count == 3)
            #expect(Set(memberships.compactMap(\.organisationName)) == [a.nameZh, b.nameZh])
            #expect(memberships.contains { $0.organisationID == nil && $0.role == .platformAdmin })
        }
    }

    @Test func test_token_useIsRecorded() async throws {
        try await withTestDatabase { t in
            let person = try await t.person()
            let (token, secret) = try await t.tokens.create(for: person.id, name: "cli", scopes: [.read], by: .system)
            #expect(token.lastUsedAt == nil)
            t.clock.advance(by: 120)
            _ = try await t.tokens.resolve(secret)
            let used = try #require(try await t.tokens.list(for: person.id).first?.lastUsedAt)
            #expect(abs(used.timeIntervalSince(t.clock.now)) < 1)
        }
    }

    @Test func test_token_revokedTokenNoLongerResolvesAndRevocationIsAudited() async throws {
        try await withTestDatabase { t in
            let person = try await t.person()
            let (token, secret) = try await t.tokens.create(for: person.id, name: "laptop", scopes: [.read], by: .system)
            try await t.tokens.revoke(token.id, of: person.id, by: AuditActor(id: person.id, label: person.email))
            #expect(try await t.tokens.resolve(secret) == nil)
            #expect(try await t.tokens.list(for: person.id).first?.revokedAt != nil)
            let actions = try await auditEntries(about: token.id.uuidString, on: t.db).map(\.action)
            #expect(actions == ["token.revoked", "token.created"])
            // Revoking again changes nothing and is not audited twice.
            try await t.tokens.revoke(token.id, of: person.id, by: .system)
            #expect(try await auditEntries(about: token.id.uuidString, on: t.db).count == 2)
        }
    }

    @Test func test_token_cannotBeRevokedByAnotherPerson() async throws {
        try await withTestDatabase { t in
            let owner = try await t.person()
            let other = try await t.person()
            let (token, secret) = try await t.tokens.create(for: owner.id, name: "mine", scopes: [.read], by: .system)
            await #expect(throws: DomainError.notFound(entity: "access_token")) {
                try await t.tokens.revoke(token.id, of: other.id, by: .system)
            }
            #expect(try await t.tokens.resolve(secret) != nil)
        }
    }

    @Test func test_token_ofDisabledPersonDoesNotResolve() async throws {
        try await withTestDatabase { t in
            let person = try await t.person()
            let (_, secret) = try await t.tokens.create(for: person.id, name: "ci", scopes: [.read], by: .system)
            // Disabled directly in the table, so that only the person check can refuse the token.
            try await sql(t.db).update("id_people").set("disabled", to: true).where("email", .equal, person.email).run()
            #expect(try await t.tokens.resolve(secret) == nil)
        }
    }

    @Test func test_token_emptyNameAndNoScopesAreEachReportedOnTheirField() async throws {
        try await withTestDatabase { t in
            let person = try await t.person()
            let error = await #expect(throws: DomainError.self) {
                try await t.tokens.create(for: person.id, name: "   ", scopes: [], by: .system)
            }
            let errors = fieldErrors(error)
            #expect(Set(errors.map(\.field)) == ["name", "scopes"])
            #expect(errors.allSatisfy { !$0.message.zh.isEmpty && !$0.message.en.isEmpty })
            #expect(try await t.tokens.list(for: person.id).isEmpty)
        }
    }

    @Test func test_token_nameLongerThan100CharactersIsRejected() async throws {
        try await withTestDatabase { t in
            let person = try await t.person()
            let error = await #expect(throws: DomainError.self) {
                try await t.tokens.create(for: person.id, name: String(repeating: "x", count: 101), scopes: [.read], by: .system)
            }
            #expect(fieldErrors(error).map(\.field) == ["name"])
            _ = try await t.tokens.create(for: person.id, name: String(repeating: "x", count: 100), scopes: [.read], by: .system)
        }
    }
}
