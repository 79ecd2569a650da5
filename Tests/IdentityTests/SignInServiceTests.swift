import FluentKit
import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import SQLKit
import Storage
import Testing

func isUnauthenticated(_ error: DomainError?) -> Bool {
    if case .unauthenticated? = error { return true }
    return false
}

@Suite("Sign-in and sessions")
struct SignInServiceTests {
    let wrongPassword = "Wrong-password-7"

    func failLogin(_ t: TestDB, _ email: String, times: Int) async throws {
        for _ in 0..<times {
            let error = await #expect(throws: DomainError.self) {
                try await t.signIn.login(email: email, password: wrongPassword)
            }
            #expect(isUnauthenticated(error))
        }
    }

    // MARK: - Password sign-in

    @Test func test_signIn_correctPasswordStartsSessionThatResolvesToThePerson() async throws {
        try await withTestDatabase { t in
            let person = try await t.person([.applicant], organisation: try await t.organisation().id)
            let signedIn = try await t.signIn.login(email: person.email, password: TestDB.password)
            #expect(sameContent(signedIn.person, person))
            #expect(signedIn.sessionToken.count >= 32)
            let resolved = try await t.signIn.resolveSession(signedIn.sessionToken)
            #expect(resolved?.id == person.id)
            #expect(resolved?.roles == [.applicant])
        }
    }

    @Test func test_signIn_emailIsMatchedWhateverItsCase() async throws {
        try await withTestDatabase { t in
            let person = try await t.person(email: "chen.jing@example.cn")
            let signedIn = try await t.signIn.login(email: " Chen.Jing@Example.CN", password: TestDB.password)
            #expect(signedIn.person.id == person.id)
        }
    }

    @Test func test_signIn_wrongPasswordIsUnauthenticated() async throws {
        try await withTestDatabase { t in
            let person = try await t.person()
            let error = await #expect(throws: DomainError.self) {
                try await t.signIn.login(email: person.email, password: wrongPassword)
            }
            #expect(isUnauthenticated(error))
            #expect(try await rowCount("id_sessions", on: t.db) == 0)
        }
    }

    @Test func test_signIn_unknownEmailGetsTheSameAnswerAsAWrongPassword() async throws {
        try await withTestDatabase { t in
            let person = try await t.person()
            let wrong = await #expect(throws: DomainError.self) {
                try await t.signIn.login(email: person.email, password: wrongPassword)
            }
            let unknown = await #expect(throws: DomainError.self) {
                try await t.signIn.login(email: "nobody@example.cn", password: wrongPassword)
            }
            #expect(isUnauthenticated(unknown))
            #expect(unknown == wrong, "the answer does not reveal whether the email is registered")
        }
    }

    @Test func test_signIn_personWithoutPasswordCannotSignIn() async throws {
        try await withTestDatabase { t in
            let person = try await t.people.create(
                PersonInput(name: "无密码", email: uniqueEmail(), nationality: "CN"), password: nil, memberships: [], by: .system)
            let error = await #expect(throws: DomainError.self) {
                try await t.signIn.login(email: person.email, password: "")
            }
            #expect(isUnauthenticated(error))
        }
    }

    @Test func test_signIn_disabledPersonCannotSignInEvenWithTheRightPassword() async throws {
        try await withTestDatabase { t in
            let person = try await t.person()
            try await t.people.setDisabled(person.id, true, by: .system)
            let error = await #expect(throws: DomainError.self) {
                try await t.signIn.login(email: person.email, password: TestDB.password)
            }
            #expect(isUnauthenticated(error))
            let latest = try #require(try await AuditChain.list(.init(actor: person.email), limit: 1, on: t.db).first)
            #expect(latest.action == "login.failed")
            #expect(latest.summary == "account disabled")
        }
    }

    // Throttling (no lock): SignInThrottleTests.

    // MARK: - Session lifetime

    @Test func test_session_idleForMoreThan30MinutesEnds() async throws {
        try await withTestDatabase { t in
            let person = try await t.person()
            let token = try await t.sessionToken(for: person)
            t.clock.advance(by: 31 * 60)
            #expect(try await t.signIn.resolveSession(token) == nil)
            #expect(try await rowCount("id_sessions", on: t.db) == 0, "the expired session is deleted")
            t.clock.advance(by: -31 * 60)
            #expect(try await t.signIn.resolveSession(token) == nil, "an ended session stays ended")
        }
    }

    @Test func test_session_usedWithin30MinutesStaysAlive() async throws {
        try await withTestDatabase { t in
            let person = try await t.person()
            let token = try await t.sessionToken(for: person)
            t.clock.advance(by: 20 * 60)
            #expect(try await t.signIn.resolveSession(token)?.id == person.id)
            t.clock.advance(by: 20 * 60)
            #expect(try await t.signIn.resolveSession(token)?.id == person.id, "40 minutes after sign-in, 20 after last use")
            t.clock.advance(by: 31 * 60)
            #expect(try await t.signIn.resolveSession(token) == nil)
        }
    }

    @Test func test_session_endsTwelveHoursAfterSignInEvenIfUsed() async throws {
        try await withTestDatabase { t in
            let person = try await t.person()
            let token = try await t.sessionToken(for: person)
            // Used every 20 minutes: never idle for 30.
            for step in 1...35 {
                t.clock.advance(by: 20 * 60)
                #expect(try await t.signIn.resolveSession(token) != nil, "alive after \(step * 20) minutes")
            }
            t.clock.advance(by: 19 * 60)
            #expect(try await t.signIn.resolveSession(token) != nil, "alive after 11 h 59 min")
            t.clock.advance(by: 2 * 60)
            #expect(try await t.signIn.resolveSession(token) == nil, "ended after 12 h 1 min, though last used 2 min ago")
        }
    }

    @Test func test_session_unknownTokenResolvesToNobody() async throws {
        try await withTestDatabase { t in
            _ = try await t.sessionToken(for: try await t.person())
            #expect(try await t.signIn.resolveSession("not-a-session") == nil)
            #expect(try await t.signIn.resolveSession("") == nil)
        }
    }

    @Test func test_session_eachSignInGetsItsOwnToken() async throws {
        try await withTestDatabase { t in
            let person = try await t.person()
            let first = try await t.sessionToken(for: person)
            let second = try await t.sessionToken(for: person)
            #expect(first != second)
            try await t.signIn.logout(first)
            #expect(try await t.signIn.resolveSession(first) == nil)
            #expect(try await t.signIn.resolveSession(second)?.id == person.id, "signing out of one session leaves the other")
        }
    }

    @Test func test_session_logoutEndsTheSessionAndIsAudited() async throws {
        try await withTestDatabase { t in
            let person = try await t.person()
            let token = try await t.sessionToken(for: person)
            try await t.signIn.logout(token)
            #expect(try await t.signIn.resolveSession(token) == nil)
            let latest = try #require(try await AuditChain.list(.init(actor: person.id.uuidString), limit: 1, on: t.db).first)
            #expect(latest.action == "logout")
            // Signing out again, or with a made-up token, is harmless and records nothing.
            let count = try await AuditChain.count(on: t.db)
            try await t.signIn.logout(token)
            try await t.signIn.logout("made-up")
            #expect(try await AuditChain.count(on: t.db) == count)
        }
    }

    @Test func test_session_ofPersonDisabledLaterNoLongerResolves() async throws {
        try await withTestDatabase { t in
            let person = try await t.person()
            let token = try await t.sessionToken(for: person)
            try await sql(t.db).update("id_people").set("disabled", to: true).where("email", .equal, person.email).run()
            #expect(try await t.signIn.resolveSession(token) == nil)
        }
    }

    // MARK: - What is stored and audited

    @Test func test_signIn_attemptsOnARealAccountAreAudited_throttledOnesNeitherAuditedNorStored() async throws {
        try await withTestDatabase { t in
            let person = try await t.person()
            _ = try await t.signIn.login(email: person.email, password: TestDB.password)
            t.clock.advance(by: 1)   // failures after a success count from it
            try await failLogin(t, person.email, times: 5)
            await #expect(throws: SignInThrottled.self) {
                try await t.signIn.login(email: person.email, password: TestDB.password)
            }
            let actions = try await AuditChain.list(.init(actor: person.email), limit: 100, on: t.db).map(\.action)
            #expect(actions == Array(repeating: "login.failed", count: 5) + ["login.succeeded"])
            // The throttled attempt is not stored either, so it cannot prolong the wait.
            #expect(try await rowCount("id_login_attempts", on: t.db) == 6)
            #expect(try await AuditChain.verify(on: t.db).isIntact)
        }
    }

    @Test func test_signIn_passwordsAndTypedEmailsNeverReachTheAuditLogOrTheAttemptsTable() async throws {
        try await withTestDatabase { t in
            let person = try await t.person()
            _ = try await t.signIn.login(email: person.email, password: TestDB.password)
            t.clock.advance(by: 1)   // failures after a success count from it
            try await failLogin(t, person.email, times: 5)
            _ = await #expect(throws: SignInThrottled.self) {
                try await t.signIn.login(email: person.email, password: TestDB.password)
            }
            let entries = try await AuditChain.list(.init(), limit: 1000, on: t.db)
            #expect(!entries.isEmpty)
            for entry in entries {
                for text in [entry.summary, entry.actorLabel, entry.objectID, entry.objectType, entry.action] {
                    #expect(!text.contains(TestDB.password))
                    #expect(!text.contains(wrongPassword))
                }
            }
            // Attempts hold the account key (SHA-256 of the normalised e-mail), not the e-mail.
            let attempts = try await sql(t.db).select().column("email").from("id_login_attempts").all()
            for row in attempts {
                let key = try row.decode(column: "email", as: String.self)
                #expect(key == SignInService.accountKey(person.email))
                #expect(key.count == 64 && !key.contains("@"))
            }
            let hash = try #require(try await sql(t.db).select().column("password_hash").from("id_people")
                .where("email", .equal, person.email).first()?.decode(column: "password_hash", as: String.self))
            #expect(!hash.contains(TestDB.password), "the password itself is stored only as a hash")
        }
    }

    @Test func test_session_tokenIsStoredOnlyAsADigest() async throws {
        try await withTestDatabase { t in
            let person = try await t.person()
            let token = try await t.sessionToken(for: person)
            let stored = try #require(try await sql(t.db).select().column("token_hash").from("id_sessions").first()?
                .decode(column: "token_hash", as: String.self))
            #expect(stored != token)
            #expect(!stored.contains(token))
            #expect(stored.count == 64 && stored.allSatisfy(\.isHexDigit), "a SHA-256 digest in hex")
            // The digest alone does not open the session.
            #expect(try await t.signIn.resolveSession(stored) == nil)
        }
    }
}
