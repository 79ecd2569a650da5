import FluentKit
import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import SQLKit
import Storage
import Testing

/// Sign-in is throttled per (account, address), per account and per address, with delays that grow
/// (30 s, 60 s, … up to 15 minutes) — never a lock that a stranger could put on someone else's
/// account. Changing a password or disabling an account revokes every token and ends every session.
@Suite("Sign-in throttling and credential revocation")
struct SignInThrottleTests {
    let wrong = "Wrong-password-7"

    func fail(_ t: TestDB, _ email: String, from address: String, times: Int = 1) async throws {
        for _ in 0..<times {
            let error = await #expect(throws: DomainError.self) {
                try await t.signIn.login(email: email, password: wrong, address: address)
            }
            #expect(isUnauthenticated(error), "expected a plain wrong-password answer, got \(String(describing: error))")
        }
    }

    func throttled(_ t: TestDB, _ email: String, from address: String, password: String = TestDB.password) async -> SignInThrottled? {
        do {
            _ = try await t.signIn.login(email: email, password: password, address: address)
            return nil
        } catch let error as SignInThrottled {
            return error
        } catch {
            return nil
        }
    }

    @Test func test_fiveFailuresFromOneAddress_delayThatAddress30sThenDoubling_neverALock() async throws {
        try await withTestDatabase { t in
            let person = try await t.person()
            try await fail(t, person.email, from: "203.0.113.7", times: 5)
            let first = try #require(await throttled(t, person.email, from: "203.0.113.7"), "the sixth attempt waits")
            #expect(first.retryAfter == 30)
            #expect(first.message.en.contains("30 seconds") && first.message.zh.contains("30 秒"))
            t.clock.advance(by: 31)
            try await fail(t, person.email, from: "203.0.113.7")                 // the sixth failure…
            #expect(await throttled(t, person.email, from: "203.0.113.7")?.retryAfter == 60)   // …doubles the wait
            t.clock.advance(by: 61)
            let signedIn = try await t.signIn.login(email: person.email, password: TestDB.password, address: "203.0.113.7")
            #expect(signedIn.person.id == person.id, "after the wait the right password works: nothing was locked")
        }
    }

    @Test func test_delayIsCappedAtFifteenMinutes() {
        #expect(SignInService.delay(failures: 5, free: 5) == 30)
        #expect(SignInService.delay(failures: 7, free: 5) == 120)
        #expect(SignInService.delay(failures: 40, free: 5) == 15 * 60)
        #expect(SignInService.delay(failures: Int.max, free: 5) == 15 * 60, "no overflow")
    }

    @Test func test_strangerGuessingFromManyAddresses_cannotLockTheOwnerOut() async throws {
        try await withTestDatabase { t in
            let owner = try await t.person()
            // 20 failures from four addresses: each address is slowed, and the account cap (20) is reached.
            for n in 1...4 { try await fail(t, owner.email, from: "198.51.100.\(n)", times: 5) }
            #expect(await throttled(t, owner.email, from: "198.51.100.1") != nil)
            // Another address that tried once and failed is slowed by the per-account cap.
            try await fail(t, owner.email, from: "198.51.100.6")
            #expect(await throttled(t, owner.email, from: "198.51.100.6", password: wrong) != nil)
            // The owner, from an address that has not failed on this account, signs in at once.
            let signedIn = try await t.signIn.login(email: owner.email, password: TestDB.password, address: "192.0.2.10")
            #expect(signedIn.person.id == owner.id)
        }
    }

    @Test func test_perAddressLimit_oneAddressSprayingManyAccountsIsStopped() async throws {
        try await withTestDatabase { t in
            let person = try await t.person()
            for n in 0..<SignInService.addressMaxFailures {
                try await fail(t, "nobody\(n)@example.cn", from: "203.0.113.99")
            }
            let refused = try #require(await throttled(t, person.email, from: "203.0.113.99"))
            #expect(refused.retryAfter == 15 * 60, "until the oldest of the 30 failures leaves the 15-minute window")
            // Another address is not affected.
            _ = try await t.signIn.login(email: person.email, password: TestDB.password, address: "192.0.2.10")
            // The window slides: 15 minutes later the address may try again.
            t.clock.advance(by: 15 * 60 + 1)
            _ = try await t.signIn.login(email: person.email, password: TestDB.password, address: "203.0.113.99")
        }
    }

    @Test func test_throttledAttemptsAreNotCounted_theWaitEndsOnTimeHoweverOftenSomeoneKnocks() async throws {
        try await withTestDatabase { t in
            let person = try await t.person()
            try await fail(t, person.email, from: "203.0.113.7", times: 5)
            for _ in 0..<10 {
                #expect(await throttled(t, person.email, from: "203.0.113.7", password: wrong) != nil)
                t.clock.advance(by: 2)
            }
            #expect(try await rowCount("id_login_attempts", on: t.db) == 5)
            t.clock.advance(by: 11)
            _ = try await t.signIn.login(email: person.email, password: TestDB.password, address: "203.0.113.7")
        }
    }

    @Test func test_aSuccessfulSignIn_clearsTheFailuresOfThatAddress() async throws {
        try await withTestDatabase { t in
            let person = try await t.person()
            try await fail(t, person.email, from: "203.0.113.7", times: 4)
            t.clock.advance(by: 1)
            _ = try await t.signIn.login(email: person.email, password: TestDB.password, address: "203.0.113.7")
            t.clock.advance(by: 1)
            try await fail(t, person.email, from: "203.0.113.7", times: 4)
            #expect(await throttled(t, person.email, from: "203.0.113.7") == nil, "4 failures since the last success: no wait")
        }
    }

    @Test func test_failuresOlderThanFifteenMinutesDoNotCount() async throws {
        try await withTestDatabase { t in
            let person = try await t.person()
            try await fail(t, person.email, from: "203.0.113.7")
            for _ in 0..<4 {
                t.clock.advance(by: 4 * 60)
                try await fail(t, person.email, from: "203.0.113.7")
            }
            // Five failures in 16 minutes, but the first is outside the last 15: only 4 count.
            _ = try await t.signIn.login(email: person.email, password: TestDB.password, address: "203.0.113.7")
        }
    }

    @Test func test_failuresAreCountedWhateverTheCaseOfTheEmail() async throws {
        try await withTestDatabase { t in
            let person = try await t.person(email: "sun.li@example.cn")
            for email in ["sun.li@example.cn", "SUN.LI@example.cn", "Sun.Li@Example.cn", "sun.li@EXAMPLE.CN", " sun.li@example.cn"] {
                try await fail(t, email, from: "203.0.113.7")
            }
            #expect(await throttled(t, person.email, from: "203.0.113.7") != nil)
        }
    }

    @Test func test_unknownEmail_failureWritesNoAuditRowAndStoresOnlyADigest() async throws {
        try await withTestDatabase { t in
            let before = try await AuditChain.count(on: t.db)
            let typed = "Geheim-Passwort-im-Feld@example.cn"
            try await fail(t, typed, from: "203.0.113.7", times: 3)
            #expect(try await AuditChain.count(on: t.db) == before, "no audit row carries what a stranger typed")
            let keys = try await sql(t.db).select().column("email").column("address").from("id_login_attempts").all()
            #expect(keys.count == 3)
            for row in keys {
                let key = try row.decode(column: "email", as: String.self)
                #expect(key == SignInService.accountKey(typed) && !key.lowercased().contains("geheim"))
                #expect(try row.decode(column: "address", as: String.self) == "203.0.113.7")
            }
        }
    }

    // MARK: Credentials revoked

    @Test func test_passwordChange_revokesEveryAPITokenAndEndsEverySession() async throws {
        try await withTestDatabase { t in
            let person = try await t.person()
            let session = try await t.sessionToken(for: person)
            let (_, secret) = try await t.tokens.create(for: person.id, name: "script", scopes: [.read, .write], by: .system)
            #expect(try await t.tokens.resolve(secret) != nil)
            try await t.people.setPassword(person.id, to: "A-new-passw0rd-2026", by: .system)
            #expect(try await t.tokens.resolve(secret) == nil, "the token made with the old password no longer works")
            #expect(try await t.signIn.resolveSession(session) == nil)
            #expect(try await t.tokens.list(for: person.id).allSatisfy { $0.revokedAt != nil })
            let latest = try #require(try await AuditChain.list(.init(), limit: 1, on: t.db).first)
            #expect(latest.action == "person.password_changed" && latest.summary.contains("tokens revoked"))
        }
    }

    @Test func test_disablingAnAccount_revokesEveryAPITokenAndEndsEverySession() async throws {
        try await withTestDatabase { t in
            let person = try await t.person()
            let session = try await t.sessionToken(for: person)
            let (_, secret) = try await t.tokens.create(for: person.id, name: "script", scopes: [.read], by: .system)
            try await t.people.setDisabled(person.id, true, by: .system)
            #expect(try await t.tokens.resolve(secret) == nil)
            #expect(try await t.signIn.resolveSession(session) == nil)
            // Enabling again does not bring the old token back.
            try await t.people.setDisabled(person.id, false, by: .system)
            #expect(try await t.tokens.resolve(secret) == nil)
        }
    }
}
