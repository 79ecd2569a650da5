import FluentKit
import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import SQLKit
import Storage
import Testing

@Suite("People")
struct PeopleTests {
    let password = "Long-enough-1"

    func input(email: String = uniqueEmail(), orcid: String? = nil, residentID: String? = nil, nationality: String = "CN",
               birthYear: String? = nil) -> PersonInput {
        PersonInput(name: "王小明", email: email, orcid: orcid, residentID: residentID, nationality: nationality, birthYear: birthYear)
    }

    // MARK: - Creating

    @Test func test_person_validInputIsCreatedWithRolesAndAudited() async throws {
        try await withTestDatabase { t in
            let org = try await t.organisation()
            let person = try await t.people.create(
                input(email: "  Wang.XiaoMing@Example.CN ", orcid: validORCID, birthYear: "1985"), password: password,
                memberships: [Membership(organisationID: org.id, role: .applicant)], by: .system)
            #expect(person.email == "wang.xiaoming@example.cn", "email is trimmed and lower-cased")
            #expect(person.orcid == validORCID)
            #expect(person.birthYear == 1985)
            #expect(person.roles == [.applicant])
            #expect(person.memberships.first?.organisationName == org.nameZh)
            #expect(person.version == 1)
            #expect(!person.disabled)
            let audit = try await auditEntries(about: person.id.uuidString, on: t.db)
            #expect(audit.map(\.action) == ["person.created"])
            #expect(audit.first?.summary.contains("applicant") == true)
            #expect(audit.first?.summary.contains(password) == false)
        }
    }

    @Test func test_ISO7064_orcidWithWrongCheckDigitIsRejectedOnOrcidField() async throws {
        try await withTestDatabase { t in
            let error = await #expect(throws: DomainError.self) {
                try await t.people.create(input(orcid: orcidWithWrongCheck), password: nil, memberships: [], by: .system)
            }
            let errors = fieldErrors(error)
            #expect(errors.map(\.field) == ["orcid"])
            #expect(errors.first?.rule == "person.orcid.checksum")
            #expect(errors.first?.basis == .standard("ISO 7064 MOD 11-2"))
            let stored = try await t.people.count()
            #expect(stored == 0, "nothing was written")
        }
    }

    @Test func test_GB11643_residentIDWithWrongCheckCharacterIsRejectedOnResidentIDField() async throws {
        try await withTestDatabase { t in
            let error = await #expect(throws: DomainError.self) {
                try await t.people.create(input(residentID: residentIDWithWrongCheck), password: nil, memberships: [], by: .system)
            }
            let errors = fieldErrors(error)
            #expect(errors.map(\.field) == ["resident_id"])
            #expect(errors.first?.rule == "person.resident_id.check")
            #expect(errors.first?.basis == .standard("GB 11643-1999"))
        }
    }

    @Test func test_GB11643_residentIDIsStoredEncryptedAndShownMasked() async throws {
        try await withTestDatabase { t in
            let email = uniqueEmail()
            let person = try await t.people.create(
                input(email: email, residentID: "11010519491231002x"), password: nil, memberships: [], by: .system)
            #expect(person.residentIDMasked == "110105********002X")

            let row = try #require(try await sql(t.db).select()
                .columns("resident_id_sealed", "resident_id_masked").from("id_people")
                .where("email", .equal, email).first())
            let sealed = try #require(try row.decode(column: "resident_id_sealed", as: String?.self))
            #expect(!sealed.contains(validResidentID))
            #expect(!sealed.contains("19491231"), "not even the birth date is readable")
            #expect(try row.decode(column: "resident_id_masked", as: String?.self) == "110105********002X")

            #expect(try await t.people.residentID(of: person.id) == validResidentID)
            let audit = try await auditEntries(about: person.id.uuidString, on: t.db)
            #expect(audit.allSatisfy { !$0.summary.contains(validResidentID) })
        }
    }

    @Test func test_GB11643_residentIDIsRefusedWhenNoEncryptionKeyIsConfigured() async throws {
        try await withTestDatabase { t in
            let unkeyed = People(db: t.db, hasher: plainHasher, sealer: FieldSealer(base64Key: nil), now: { t.clock.now })
            let error = await #expect(throws: DomainError.self) {
                try await unkeyed.create(input(residentID: validResidentID), password: nil, memberships: [], by: .system)
            }
            let errors = fieldErrors(error)
            #expect(errors.map(\.field) == ["resident_id"])
            #expect(errors.map(\.rule) == ["person.resident_id.encryption"])
            #expect(try await rowCount("id_people", on: t.db) == 0, "never stored in clear")
            // Without a resident ID the same service works.
            _ = try await unkeyed.create(input(), password: nil, memberships: [], by: .system)
        }
    }

    @Test func test_GB11643_keyOfWrongLengthCountsAsNoKey() {
        let short = Data(repeating: 7, count: 16).base64EncodedString()
        #expect(!FieldSealer(base64Key: short).isConfigured)
        #expect(!FieldSealer(base64Key: "not base64!").isConfigured)
        #expect(FieldSealer(base64Key: TestDB.dataKey).isConfigured)
    }

    @Test func test_person_sealedValueCannotBeOpenedWithAnotherKey() throws {
        let mine = FieldSealer(base64Key: TestDB.dataKey)
        let other = FieldSealer(base64Key: Data(repeating: 9, count: 32).base64EncodedString())
        let sealed = try mine.seal(validResidentID)
        #expect(try mine.open(sealed) == validResidentID)
        #expect(throws: (any Error).self) { try other.open(sealed) }
        #expect(try mine.seal(validResidentID) != sealed, "each sealing uses a fresh nonce")
    }

    @Test func test_person_duplicateEmailIsRefusedWhateverItsCase() async throws {
        try await withTestDatabase { t in
            _ = try await t.people.create(input(email: "li.hua@example.cn"), password: nil, memberships: [], by: .system)
            let error = await #expect(throws: DomainError.self) {
                try await t.people.create(input(email: "Li.Hua@EXAMPLE.cn"), password: nil, memberships: [], by: .system)
            }
            #expect(duplicateField(error) == "email")
            #expect(try await t.people.count() == 1)
        }
    }

    @Test(arguments: [
        ("short1", "password.length"),
        ("onlylettersandnodigits", "password.mix"),
        ("12345678901234", "password.mix"),
    ])
    func test_password_weakPasswordIsRejectedOnPasswordField(password: String, rule: String) async throws {
        try await withTestDatabase { t in
            let error = await #expect(throws: DomainError.self) {
                try await t.people.create(input(), password: password, memberships: [], by: .system)
            }
            let errors = fieldErrors(error)
            #expect(errors.map(\.field) == ["password"])
            #expect(errors.map(\.rule) == [rule])
        }
    }

    @Test func test_password_mustNotBeTheEmailAddress() async throws {
        try await withTestDatabase { t in
            let email = "zhang3@example.cn"
            let error = await #expect(throws: DomainError.self) {
                try await t.people.create(input(email: email), password: email.uppercased(), memberships: [], by: .system)
            }
            let errors = fieldErrors(error)
            #expect(errors.map(\.field) == ["password"])
            #expect(errors.map(\.rule) == ["password.not_email"])
        }
    }

    @Test func test_person_everyBrokenRuleIsReportedAtOnce() async throws {
        try await withTestDatabase { t in
            let bad = PersonInput(name: " ", email: "not-an-email", orcid: "1234", residentID: "12345", nationality: "China", birthYear: "1850")
            let errors = t.people.problems(with: bad, password: "short")
            #expect(Set(errors.map(\.field)) == ["name", "email", "orcid", "resident_id", "nationality", "birth_year", "password"])
        }
    }

    /// Art. 72: foreign nationals take part on equal terms.
    @Test(arguments: ["DE", "de", "US", "JP"])
    func test_Art72_foreignNationalityIsAccepted(nationality: String) async throws {
        try await withTestDatabase { t in
            let person = try await t.people.create(input(nationality: nationality), password: password, memberships: [], by: .system)
            #expect(person.nationality == nationality.uppercased())
            let signedIn = try await t.signIn.login(email: person.email, password: password)
            #expect(signedIn.person.id == person.id)
        }
    }

    @Test(arguments: ["DEU", "", "1A", "中国"])
    func test_Art72_nationalityMustBeTwoLetterCodeAndCitesArticle72(nationality: String) async throws {
        try await withTestDatabase { t in
            let error = await #expect(throws: DomainError.self) {
                try await t.people.create(input(nationality: nationality), password: nil, memberships: [], by: .system)
            }
            let errors = fieldErrors(error)
            #expect(errors.map(\.field) == ["nationality"])
            #expect(errors.first?.basis == .art(72))
        }
    }

    // MARK: - Changing

    @Test func test_person_updateWithCurrentVersionBumpsVersionAndAuditsChange() async throws {
        try await withTestDatabase { t in
            let person = try await t.people.create(input(), password: nil, memberships: [], by: .system)
            var changed = input(email: person.email, orcid: validORCID)
            changed.name = "王大明"
            let updated = try await t.people.update(person.id, changed, expectedVersion: 1, by: .system)
            #expect(updated.version == 2)
            #expect(updated.name == "王大明")
            let latest = try #require(try await auditEntries(about: person.id.uuidString, on: t.db).first)
            #expect(latest.action == "person.updated")
            #expect(latest.summary.contains("王大明"))
            #expect(latest.summary.contains("orcid") && latest.summary.contains(validORCID))
            #expect(!latest.summary.contains("nationality"), "unchanged fields are not listed")
            await #expect(throws: DomainError.staleVersion(entity: "person")) {
                try await t.people.update(person.id, input(email: person.email), expectedVersion: 1, by: .system)
            }
            #expect(sameContent(try await t.people.find(person.id), updated))
        }
    }

    @Test func test_person_updateWithoutResidentIDKeepsTheStoredNumber() async throws {
        try await withTestDatabase { t in
            let person = try await t.people.create(input(residentID: validResidentID), password: nil, memberships: [], by: .system)
            let updated = try await t.people.update(person.id, input(email: person.email), expectedVersion: 1, by: .system)
            #expect(updated.residentIDMasked == "110105********002X")
            #expect(try await t.people.residentID(of: person.id) == validResidentID)
        }
    }

    @Test func test_person_setPasswordEndsEverySessionAndReplacesThePassword() async throws {
        try await withTestDatabase { t in
            let person = try await t.person()
            let session1 = try await t.sessionToken(for: person)
            let session2 = try await t.sessionToken(for: person)
            try await t.people.setPassword(person.id, to: "Brand-new-pass-2", by: .system)
            #expect(try await t.signIn.resolveSession(session1) == nil)
            #expect(try await t.signIn.resolveSession(session2) == nil)
            #expect(try await t.people.verifyPassword(person.id, "Brand-new-pass-2"))
            #expect(try await !t.people.verifyPassword(person.id, TestDB.password))
            _ = try await t.signIn.login(email: person.email, password: "Brand-new-pass-2")
            let latest = try #require(try await auditEntries(about: person.id.uuidString, on: t.db).first)
            #expect(latest.action == "person.password_changed")
            #expect(!latest.summary.contains("Brand-new-pass-2"))
        }
    }

    @Test func test_password_weakNewPasswordIsRefusedAndSessionsSurvive() async throws {
        try await withTestDatabase { t in
            let person = try await t.person()
            let session = try await t.sessionToken(for: person)
            let error = await #expect(throws: DomainError.self) {
                try await t.people.setPassword(person.id, to: "weak", by: .system)
            }
            #expect(fieldErrors(error).allSatisfy { $0.field == "password" })
            #expect(!fieldErrors(error).isEmpty)
            #expect(try await t.signIn.resolveSession(session)?.id == person.id)
            #expect(try await t.people.verifyPassword(person.id, TestDB.password))
        }
    }

    @Test func test_person_disablingEndsSessionsAndRevokesTokens() async throws {
        try await withTestDatabase { t in
            let person = try await t.person()
            let session = try await t.sessionToken(for: person)
            let (_, secret) = try await t.tokens.create(for: person.id, name: "CI", scopes: [.read], by: .system)
            #expect(try await t.tokens.resolve(secret) != nil)

            try await t.people.setDisabled(person.id, true, by: .system)

            #expect(try await t.people.find(person.id).disabled)
            #expect(try await t.signIn.resolveSession(session) == nil)
            #expect(try await rowCount("id_sessions", on: t.db) == 0)
            #expect(try await t.tokens.resolve(secret) == nil)
            #expect(try await t.tokens.list(for: person.id).allSatisfy { $0.revokedAt != nil })
            let latest = try #require(try await auditEntries(about: person.id.uuidString, on: t.db).first)
            #expect(latest.action == "person.disabled")
        }
    }

    @Test func test_person_reEnablingDoesNotRestoreRevokedTokens() async throws {
        try await withTestDatabase { t in
            let person = try await t.person()
            let (_, secret) = try await t.tokens.create(for: person.id, name: "CI", scopes: [.read], by: .system)
            try await t.people.setDisabled(person.id, true, by: .system)
            try await t.people.setDisabled(person.id, false, by: .system)
            #expect(try await !t.people.find(person.id).disabled)
            #expect(try await t.tokens.resolve(secret) == nil)
            _ = try await t.sessionToken(for: person)
            let actions = try await auditEntries(about: person.id.uuidString, on: t.db).map(\.action)
            #expect(actions.prefix(2) == ["person.enabled", "person.disabled"])
        }
    }

    // MARK: - Memberships

    @Test func test_membership_addAndRemoveAreAudited() async throws {
        try await withTestDatabase { t in
            let org = try await t.organisation()
            let person = try await t.person()
            try await t.people.addMembership(Membership(organisationID: org.id, role: .reviewer), to: person.id,
                                             by: AuditActor(id: nil, label: "admin"))
            #expect(try await t.people.find(person.id).roles == [.reviewer])
            var audit = try await auditEntries(about: person.id.uuidString, on: t.db)
            #expect(audit.first?.action == "membership.added")
            #expect(audit.first?.summary.contains("reviewer") == true)
            #expect(audit.first?.summary.contains(org.id.uuidString) == true)

            try await t.people.removeMembership(Membership(organisationID: org.id, role: .reviewer), from: person.id,
                                                by: AuditActor(id: nil, label: "admin"))
            #expect(try await t.people.find(person.id).roles.isEmpty)
            audit = try await auditEntries(about: person.id.uuidString, on: t.db)
            #expect(audit.first?.action == "membership.removed")
            #expect(audit.first?.summary.contains("reviewer") == true)
            #expect(try await AuditChain.verify(on: t.db).isIntact)
        }
    }

    @Test func test_membership_addingTheSameRoleTwiceKeepsOneAndAuditsOnce() async throws {
        try await withTestDatabase { t in
            let org = try await t.organisation()
            let person = try await t.person()
            let membership = Membership(organisationID: org.id, role: .researchOffice)
            try await t.people.addMembership(membership, to: person.id, by: .system)
            try await t.people.addMembership(membership, to: person.id, by: .system)
            #expect(try await t.people.find(person.id).memberships.count == 1)
            let added = try await auditEntries(about: person.id.uuidString, on: t.db).filter { $0.action == "membership.added" }
            #expect(added.count == 1)
        }
    }

    /// Platform-wide roles have no organisation (a NULL column, which a UNIQUE constraint does not
    /// compare), so the service itself must keep them single.
    @Test func test_membership_platformWideRoleIsKeptOnceAndCanBeRemoved() async throws {
        try await withTestDatabase { t in
            let person = try await t.person()
            let admin = Membership(organisationID: nil, role: .platformAdmin)
            try await t.people.addMembership(admin, to: person.id, by: .system)
            try await t.people.addMembership(admin, to: person.id, by: .system)
            let found = try await t.people.find(person.id)
            #expect(found.memberships.count == 1)
            #expect(found.roles == [.platformAdmin])
            try await t.people.removeMembership(admin, from: person.id, by: .system)
            #expect(try await t.people.find(person.id).memberships.isEmpty)
        }
    }

    @Test func test_membership_sameRoleAtTwoOrganisationsIsTwoMemberships() async throws {
        try await withTestDatabase { t in
            let a = try await t.organisation("甲大学")
            let b = try await t.organisation("乙大学")
            let person = try await t.person([.reviewer], organisation: a.id)
            try await t.people.addMembership(Membership(organisationID: b.id, role: .reviewer), to: person.id, by: .system)
            let found = try await t.people.find(person.id)
            #expect(Set(found.memberships.compactMap(\.organisationID)) == [a.id.rawValue, b.id.rawValue])
            try await t.people.removeMembership(Membership(organisationID: a.id, role: .reviewer), from: person.id, by: .system)
            #expect(try await t.people.find(person.id).memberships.compactMap(\.organisationID) == [b.id.rawValue])
        }
    }

    @Test func test_membership_atUnknownOrganisationIsRejected() async throws {
        try await withTestDatabase { t in
            let person = try await t.person()
            let error = await #expect(throws: DomainError.self) {
                try await t.people.addMembership(Membership(organisationID: UUID(), role: .applicant), to: person.id, by: .system)
            }
            #expect(fieldErrors(error).map(\.field) == ["organisation_id"])
            #expect(try await t.people.find(person.id).memberships.isEmpty)
        }
    }

    @Test func test_membership_forUnknownPersonIsNotFound() async throws {
        try await withTestDatabase { t in
            await #expect(throws: DomainError.notFound(entity: "person")) {
                try await t.people.addMembership(Membership(organisationID: nil, role: .platformAdmin), to: UUID(), by: .system)
            }
        }
    }

    // MARK: - Finding

    @Test func test_person_findByEmailIgnoresCaseAndSpaces() async throws {
        try await withTestDatabase { t in
            let person = try await t.person(email: "zhao.liu@example.cn")
            #expect(try await t.people.find(email: "  Zhao.Liu@Example.CN ")?.id == person.id)
            #expect(try await t.people.find(email: "nobody@example.cn") == nil)
        }
    }
}
