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

func lockMessage(_ error: DomainError?) -> LocalizedText? {
    if case .locked(let message)? = error { return message }
    return nil
}

@Suite("Sign-in and sessions")
struct SignInServiceTests {
    let wrongPassword = "Wrong-password-7"

    func failLogin(_ t: TestApp, _ email: String, times: Int) async throws {
        for _ in 0..<times {
            let error = await #expect(throws: DomainError.self) {
                try await t.signIn.login(email: email, password: wrongPassword)
            }
            #expect(isUnauthenticated(error))
        }
    }

    // MARK: - Password sign-in

    @Test func test_signIn_correctPasswordStartsSessionThatResolvesToThePerson() async throws {
        try await withTestApp { t in
            let person = try await t.person([.applicant], organisation: try await t.organisation().id)
            let signedIn = try await t.signIn.login(email: person.email, password: TestApp.password)
            #expect(sameContent(signedIn.person, person))
            #expect(signedIn.sessionToken.count >= 32)
            let resolved = try await t.signIn.resolveSession(signedIn.sessionToken)
            #expect(resolved?.id == person.id)
            #expect(resolved?.roles == [.applicant])
        }
    }

    @Test func test_signIn_emailIsMatchedWhateverItsCase() async throws {
        try await withTestApp { t in
            let person = try await t.person(email: "chen.jing@example.cn")
            let signedIn = try await t.signIn.login(email: " Chen.Jing@Example.CN", password: TestApp.password)
            #expect(signedIn.person.id == person.id)
        }
    }

    @Test func test_signIn_wrongPasswordIsUnauthenticated() async throws {
        try await withTestApp { t in
            let person = try await t.person()
            let error = await #expect(throws: DomainError.self) {
                try await t.signIn.login(email: person.email, password: wrongPassword)
            }
            #expect(isUnauthenticated(error))
            #expect(try await rowCount("id_sessions", on: t.db) == 0)
        }
    }

    @Test func test_signIn_unknownEmailGetsTheSameAnswerAsAWrongPassword() async throws {
        try await withTestApp { t in
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
        try await withTestApp { t in
            let person = try await t.people.create(
                PersonInput(name: "无密码", email: uniqueEmail(), nationality: "CN"), password: nil, memberships: [], by: .system)
            let error = await #expect(throws: DomainError.self) {
                try await t.signIn.login(email: person.email, password: "")
            }
            #expect(isUnauthenticated(error))
        }
    }

    @Test func test_signIn_disabledPersonCannotSignInEvenWithTheRightPassword() async throws {
        try await withTestApp { t in
            let person = try await t.person()
            try await t.people.setDisabled(person.id, true, by: .system)
            let error = await #expect(throws: DomainError.self) {
                try await t.signIn.login(email: person.email, password: TestApp.password)
            }
            #expect(isUnauthenticated(error))
            let latest = try #require(try await AuditChain.list(.init(actor: person.email), limit: 1, on: t.db).first)
            #expect(latest.action == "login.failed")
            #expect(latest.summary == "account disabled")
        }
    }

    // MARK: - Lockout

    @Test func test_lockout_sixthAttemptAfterFiveFailuresIsLockedEvenWithTheRightPassword() async throws {
        try await withTestApp { t in
            let person = try await t.person()
            try await failLogin(t, person.email, times: SignInService.maxFailures)
            let error = await #expect(throws: DomainError.self) {
                try await t.signIn.login(email: person.email, password: TestApp.password)
            }
            #expect(lockMessage(error) != nil, "expected .locked, got \(String(describing: error))")
            #expect(try await rowCount("id_sessions", on: t.db) == 0)
        }
    }

    /// Five failures just now: the lock ends in exactly 15 minutes, and the message says so.
    /// EXPOSES A SOURCE BUG (intermittent on SQLite): Sources/Identity/Services/SignInService.swift,
    /// `let minutes = max(1, Int((until.timeIntervalSince(at) / 60).rounded(.up)))` rounds up the
    /// sub-microsecond error of the stored attempt time (SQLite rounds dates to the microsecond), so
    /// 900.0000003 s becomes "16 minutes" although the lock lasts 15.
    @Test func test_lockout_messageStatesTheRemainingLockTime() async throws {
        try await withTestApp { t in
            let person = try await t.person()
            try await failLogin(t, person.email, times: SignInService.maxFailures)
            let error = await #expect(throws: DomainError.self) {
                try await t.signIn.login(email: person.email, password: TestApp.password)
            }
            let message = try #require(lockMessage(error), "expected .locked, got \(String(describing: error))")
            #expect(message.en.contains("try again in 15 minutes"), "\(message.en)")
            #expect(message.zh.contains("请 15 分钟后再试"), "\(message.zh)")
        }
    }

    @Test func test_lockout_fourFailuresDoNotLock() async throws {
        try await withTestApp { t in
            let person = try await t.person()
            try await failLogin(t, person.email, times: SignInService.maxFailures - 1)
            let signedIn = try await t.signIn.login(email: person.email, password: TestApp.password)
            #expect(signedIn.person.id == person.id)
        }
    }

    @Test func test_lockout_lastsFifteenMinutesThenSignInWorksAgain() async throws {
        try await withTestApp { t in
            let person = try await t.person()
            try await failLogin(t, person.email, times: 5)
            t.clock.advance(by: 14 * 60)
            let stillLocked = await #expect(throws: DomainError.self) {
                try await t.signIn.login(email: person.email, password: TestApp.password)
            }
            #expect(lockMessage(stillLocked) != nil, "still locked after 14 minutes")
            t.clock.advance(by: 60 + 1)
            let signedIn = try await t.signIn.login(email: person.email, password: TestApp.password)
            #expect(signedIn.person.id == person.id)
        }
    }

    @Test func test_lockout_endsOnTimeEvenWhenSomeoneKeepsTrying() async throws {
        try await withTestApp { t in
            let person = try await t.person()
            try await failLogin(t, person.email, times: 5)
            // Someone keeps knocking every three minutes while the account is locked.
            for _ in 0..<4 {
                t.clock.advance(by: 3 * 60)
                await #expect(throws: DomainError.self) {
                    try await t.signIn.login(email: person.email, password: wrongPassword)
                }
            }
            // Fifteen minutes after the fifth failure the lock has ended.
            t.clock.advance(by: 3 * 60 + 1)
            _ = try await t.signIn.login(email: person.email, password: TestApp.password)
        }
    }

    @Test func test_lockout_windowSlides_failuresOlderThanFifteenMinutesDoNotCount() async throws {
        try await withTestApp { t in
            let person = try await t.person()
            try await failLogin(t, person.email, times: 1)
            for _ in 0..<4 {
                t.clock.advance(by: 4 * 60)
                try await failLogin(t, person.email, times: 1)
            }
            // Five failures in 16 minutes, but the first is outside the last 15: only 4 count.
            let signedIn = try await t.signIn.login(email: person.email, password: TestApp.password)
            #expect(signedIn.person.id == person.id)
        }
    }

    @Test func test_lockout_concernsOnlyTheAccountThatWasAttacked() async throws {
        try await withTestApp { t in
            let attacked = try await t.person()
            let bystander = try await t.person()
            try await failLogin(t, attacked.email, times: 5)
            let signedIn = try await t.signIn.login(email: bystander.email, password: TestApp.password)
            #expect(signedIn.person.id == bystander.id)
        }
    }

    @Test func test_lockout_countsFailuresWhateverTheCaseOfTheEmail() async throws {
        try await withTestApp { t in
            let person = try await t.person(email: "sun.li@example.cn")
            for email in ["sun.li@example.cn", "SUN.LI@example.cn", "Sun.Li@Example.cn", "sun.li@EXAMPLE.CN", " sun.li@example.cn"] {
                try await failLogin(t, email, times: 1)
            }
            let error = await #expect(throws: DomainError.self) {
                try await t.signIn.login(email: person.email, password: TestApp.password)
            }
            #expect(lockMessage(error) != nil)
        }
    }

    // MARK: - Session lifetime

    @Test func test_session_idleForMoreThan30MinutesEnds() async throws {
        try await withTestApp { t in
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
        try await withTestApp { t in
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
        try await withTestApp { t in
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
        try await withTestApp { t in
            _ = try await t.sessionToken(for: try await t.person())
            #expect(try await t.signIn.resolveSession("not-a-session") == nil)
            #expect(try await t.signIn.resolveSession("") == nil)
        }
    }

    @Test func test_session_eachSignInGetsItsOwnToken() async throws {
        try await withTestApp { t in
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
        try await withTestApp { t in
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
        try await withTestApp { t in
            let person = try await t.person()
            let token = try await t.sessionToken(for: person)
            try await sql(t.db).update("id_people").set("disabled", to: true).where("email", .equal, person.email).run()
            #expect(try await t.signIn.resolveSession(token) == nil)
        }
    }

    // MARK: - What is stored and audited

    @Test func test_signIn_everyAttemptIsAuditedAsSucceededFailedOrLocked() async throws {
        try await withTestApp { t in
            let person = try await t.person()
            _ = try await t.signIn.login(email: person.email, password: TestApp.password)
            try await failLogin(t, person.email, times: 5)
            _ = await #expect(throws: DomainError.self) {
                try await t.signIn.login(email: person.email, password: TestApp.password)
            }
            let actions = try await AuditChain.list(.init(actor: person.email), limit: 100, on: t.db).map(\.action)
            #expect(actions == ["login.locked"] + Array(repeating: "login.failed", count: 5) + ["login.succeeded"])
            // The refused (locked) attempt is audited but not stored as a failure, so that it
            // cannot extend the lock.
            #expect(try await rowCount("id_login_attempts", on: t.db) == 6)
            #expect(try await AuditChain.verify(on: t.db).isIntact)
        }
    }

    @Test func test_signIn_passwordsNeverReachTheAuditLogOrTheAttemptsTable() async throws {
        try await withTestApp { t in
            let person = try await t.person()
            _ = try await t.signIn.login(email: person.email, password: TestApp.password)
            try await failLogin(t, person.email, times: 5)
            _ = await #expect(throws: DomainError.self) {
                try await t.signIn.login(email: person.email, password: TestApp.password)
            }
            let entries = try await AuditChain.list(.init(), limit: 1000, on: t.db)
            #expect(!entries.isEmpty)
            for entry in entries {
                for text in [entry.summary, entry.actorLabel, entry.objectID, entry.objectType, entry.action] {
                    #expect(!text.contains(TestApp.password))
                    #expect(!text.contains(wrongPassword))
                }
            }
            let attempts = try await sql(t.db).select().column("email").from("id_login_attempts").all()
            for row in attempts {
                let email = try row.decode(column: "email", as: String.self)
                #expect(email == person.email)
            }
            let hash = try #require(try await sql(t.db).select().column("password_hash").from("id_people")
                .where("email", .equal, person.email).first()?.decode(column: "password_hash", as: String.self))
            #expect(!hash.contains(TestApp.password), "the password itself is stored only as a hash")
        }
    }

    @Test func test_session_tokenIsStoredOnlyAsADigest() async throws {
        try await withTestApp { t in
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
