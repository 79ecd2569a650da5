import FluentKit
import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import SQLKit
import Storage
import Testing

@Suite("Organisations")
struct OrganisationsTests {
    // MARK: - Creating

    @Test func test_organisation_validInputIsCreatedAtVersionOneAndAudited() async throws {
        try await withTestDatabase { t in
            let uscc = TestData.uscc()
            let created = try await t.organisations.create(
                organisationInput(name: "  清华测试实验室  ", type: "university", district: "haidian", uscc: uscc.lowercased()),
                by: AuditActor(id: nil, label: "admin"))
            #expect(created.nameZh == "清华测试实验室", "surrounding spaces are trimmed")
            #expect(created.type == .university)
            #expect(created.district == .haidian)
            #expect(created.uscc == uscc, "the code is stored in upper case")
            #expect(created.version == 1)
            #expect(sameContent(try await t.organisations.find(created.id), created))

            let audit = try await auditEntries(about: created.id.uuidString, on: t.db)
            #expect(audit.map(\.action) == ["organisation.created"])
            #expect(audit.first?.actorLabel == "admin")
            #expect(audit.first?.summary.contains(uscc) == true)
        }
    }

    @Test func test_GB32100_rejectsWrongCheckCharacterWithFieldError() async throws {
        try await withTestDatabase { t in
            let error = await #expect(throws: DomainError.self) {
                try await t.organisations.create(organisationInput(uscc: usccWithWrongCheckCharacter()), by: .system)
            }
            let errors = fieldErrors(error)
            #expect(errors.map(\.field) == ["uscc"])
            #expect(errors.first?.rule == "org.uscc.check")
            #expect(errors.first?.basis == .standard("GB 32100-2015"))
            let stored = try await t.organisations.count()
            #expect(stored == 0, "nothing was written")
        }
    }

    @Test(arguments: [
        ("91110108MA01ABCD", "org.uscc.length"),
        ("91110108MA01ABCDI1", "org.uscc.character"),
        ("9111A108MA01ABCD12", "org.uscc.division"),
    ])
    func test_GB32100_malformedCodeIsRejectedOnUSCCField(uscc: String, rule: String) async throws {
        try await withTestDatabase { t in
            let error = await #expect(throws: DomainError.self) {
                try await t.organisations.create(organisationInput(uscc: uscc), by: .system)
            }
            let errors = fieldErrors(error)
            #expect(errors.map(\.rule) == [rule])
            #expect(errors.allSatisfy { $0.field == "uscc" && $0.basis == .standard("GB 32100-2015") })
        }
    }

    @Test func test_organisation_missingNameAndUnknownTypeAreEachReportedOnTheirField() async throws {
        try await withTestDatabase { t in
            let error = await #expect(throws: DomainError.self) {
                try await t.organisations.create(organisationInput(name: "   ", type: "castle"), by: .system)
            }
            let errors = fieldErrors(error)
            #expect(Set(errors.map(\.field)) == ["name_zh", "type"])
            #expect(Set(errors.map(\.rule)) == ["org.name_zh.required", "org.type.known"])
            #expect(errors.allSatisfy { !$0.message.zh.isEmpty && !$0.message.en.isEmpty })
        }
    }

    @Test func test_organisation_unknownDistrictAndOverlongNameAreRejected() async throws {
        try await withTestDatabase { t in
            let error = await #expect(throws: DomainError.self) {
                try await t.organisations.create(
                    organisationInput(name: String(repeating: "研", count: 201), district: "atlantis"), by: .system)
            }
            #expect(Set(fieldErrors(error).map(\.rule)) == ["org.name_zh.length", "org.district.known"])
        }
    }

    @Test func test_organisation_duplicateUSCCIsRefusedWhateverItsCase() async throws {
        try await withTestDatabase { t in
            let uscc = TestData.uscc()
            _ = try await t.organisations.create(organisationInput(name: "第一家", uscc: uscc), by: .system)
            let error = await #expect(throws: DomainError.self) {
                try await t.organisations.create(organisationInput(name: "第二家", uscc: uscc.lowercased()), by: .system)
            }
            #expect(duplicateField(error) == "uscc")
            #expect(try await t.organisations.count() == 1)
        }
    }

    /// Art. 5: ownership is recorded for statistics and never used to include or exclude anyone.
    @Test func test_Art5_everyOwnershipIsAccepted() async throws {
        try await withTestDatabase { t in
            for ownership in Ownership.allCases {
                let created = try await t.organisations.create(
                    organisationInput(name: "机构 \(ownership.rawValue)", type: "enterprise", ownership: ownership.rawValue),
                    by: .system)
                #expect(created.ownership == ownership)
                #expect(try await t.organisations.find(created.id).ownership == ownership)
            }
            #expect(try await t.organisations.count() == Ownership.allCases.count)
        }
    }

    @Test func test_Art5_unknownOwnershipValueCitesArticle5() async throws {
        try await withTestDatabase { t in
            let error = await #expect(throws: DomainError.self) {
                try await t.organisations.create(organisationInput(ownership: "foreign"), by: .system)
            }
            let errors = fieldErrors(error)
            #expect(errors.map(\.field) == ["ownership"])
            #expect(errors.first?.basis == .art(5))
        }
    }

    /// Art. 10: partners registered outside Beijing take part too.
    @Test func test_Art10_organisationOutsideBeijingIsAccepted() async throws {
        try await withTestDatabase { t in
            let created = try await t.organisations.create(organisationInput(district: "outside_beijing"), by: .system)
            #expect(created.district == .outsideBeijing)
        }
    }

    // MARK: - Changing

    @Test func test_organisation_updateWithCurrentVersionBumpsVersionAndAuditsTheChangedField() async throws {
        try await withTestDatabase { t in
            let original = try await t.organisations.create(organisationInput(name: "旧名称"), by: .system)
            t.clock.advance(by: 60)
            var input = organisationInput(name: "新名称", uscc: original.uscc)
            input.nameEn = original.nameEn
            let updated = try await t.organisations.update(
                original.id, input, expectedVersion: original.version, by: AuditActor(id: nil, label: "editor"))
            #expect(updated.version == original.version + 1)
            #expect(updated.nameZh == "新名称")
            #expect(updated.updatedAt > original.updatedAt)
            #expect(sameContent(try await t.organisations.find(original.id), updated))

            let latest = try #require(try await auditEntries(about: original.id.uuidString, on: t.db).first)
            #expect(latest.action == "organisation.updated")
            #expect(latest.actorLabel == "editor")
            #expect(latest.summary.contains("name_zh"))
            #expect(latest.summary.contains("旧名称") && latest.summary.contains("新名称"))
            #expect(!latest.summary.contains("uscc"), "unchanged fields are not listed")
            #expect(try await AuditChain.verify(on: t.db).isIntact)
        }
    }

    @Test func test_organisation_updateWithStaleVersionThrowsAndChangesNothing() async throws {
        try await withTestDatabase { t in
            let original = try await t.organisations.create(organisationInput(name: "原名"), by: .system)
            let first = try await t.organisations.update(
                original.id, organisationInput(name: "甲改的名", uscc: original.uscc), expectedVersion: 1, by: .system)
            let auditBefore = try await AuditChain.count(on: t.db)
            await #expect(throws: DomainError.staleVersion(entity: "organisation")) {
                try await t.organisations.update(
                    original.id, organisationInput(name: "乙改的名", uscc: original.uscc), expectedVersion: 1, by: .system)
            }
            #expect(sameContent(try await t.organisations.find(original.id), first))
            #expect(try await AuditChain.count(on: t.db) == auditBefore, "a refused change is not audited")
        }
    }

    @Test func test_organisation_updateToAnotherOrganisationsUSCCIsDuplicate() async throws {
        try await withTestDatabase { t in
            let a = try await t.organisations.create(organisationInput(name: "甲"), by: .system)
            let b = try await t.organisations.create(organisationInput(name: "乙"), by: .system)
            let error = await #expect(throws: DomainError.self) {
                try await t.organisations.update(b.id, organisationInput(name: "乙", uscc: a.uscc), expectedVersion: 1, by: .system)
            }
            #expect(duplicateField(error) == "uscc")
            #expect(sameContent(try await t.organisations.find(b.id), b))
        }
    }

    @Test func test_organisation_updateOfUnknownOrganisationIsNotFound() async throws {
        try await withTestDatabase { t in
            await #expect(throws: DomainError.notFound(entity: "organisation")) {
                try await t.organisations.update(Organisation.ID(), organisationInput(), expectedVersion: 1, by: .system)
            }
        }
    }

    @Test func test_organisation_invalidUpdateIsRejectedBeforeAnythingIsWritten() async throws {
        try await withTestDatabase { t in
            let original = try await t.organisations.create(organisationInput(), by: .system)
            let error = await #expect(throws: DomainError.self) {
                try await t.organisations.update(
                    original.id, organisationInput(uscc: usccWithWrongCheckCharacter()), expectedVersion: 1, by: .system)
            }
            #expect(fieldErrors(error).map(\.field) == ["uscc"])
            #expect(sameContent(try await t.organisations.find(original.id), original))
        }
    }

    // MARK: - Listing

    @Test func test_organisation_listSearchesEitherNameOrTheCode() async throws {
        try await withTestDatabase { t in
            let a = try await t.organisations.create(organisationInput(name: "北京量子研究院", nameEn: "Quantum Institute"), by: .system)
            let b = try await t.organisations.create(organisationInput(name: "海淀医院", nameEn: nil, type: "hospital"), by: .system)
            #expect(try await t.organisations.list(search: "量子").map(\.id) == [a.id])
            #expect(try await t.organisations.list(search: "Quantum").map(\.id) == [a.id])
            #expect(try await t.organisations.list(search: b.uscc.lowercased()).map(\.id) == [b.id])
            #expect(Set(try await t.organisations.list().map(\.id)) == [a.id, b.id])
        }
    }
}
