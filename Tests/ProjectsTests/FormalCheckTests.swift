import Foundation
import Identity
import Integrity
import KechuangCore
import KechuangTestSupport
import Storage
import Testing
@testable import Projects

/// Integrity restrictions where applications meet them (Art. 60), and the formal check's
/// near-duplicate comparison.
@Suite("Formal check, integrity call sites, funding decisions")
struct FormalCheckTests {
    typealias World = ApplicationsTests.World

    static func isArt60Denial(_ error: any Error) -> Bool {
        guard case DomainError.forbidden(let message, let basis) = error else { return false }
        return basis == .art(60) && message.zh.contains("第六十条")
    }

    /// An application with the programme officer.
    static func withOfficer(_ w: World, _ draft: ApplicationDraft = ApplicationsTests.complete, pi: Person? = nil) async throws -> GrantApplication {
        let pi = pi ?? w.pi
        let started = try await w.applications.start(call: w.call.id, principalInvestigator: pi, organisation: w.university.id)
        let saved = try await w.applications.save(started.id, draft, expectedVersion: started.version, by: pi)
        _ = try await w.applications.submit(saved.id, by: pi)
        return try await w.applications.decide(saved.id, approve: true, comment: nil, by: w.office)
    }

    @Test func test_Art60_submissionIsDeniedDuringTheRestriction_andAllowedAfterItEnds() async throws {
        try await withTestDatabase { t in
            let w = try await ApplicationsTests.world(t)
            let draft = try await w.applications.start(call: w.call.id, principalInvestigator: w.pi, organisation: w.university.id)
            let saved = try await w.applications.save(draft.id, ApplicationsTests.complete, expectedVersion: draft.version, by: w.pi)
            try await t.restrict(.person(w.pi.id), [.projectApplication], until: t.clock.now.addingTimeInterval(2 * 86_400))
            await #expect { _ = try await w.applications.submit(saved.id, by: w.pi) } throws: { Self.isArt60Denial($0) }
            #expect(try await w.applications.problems(saved.id).contains { $0.field == "integrity" && $0.basis == .art(60) })
            t.clock.advance(by: 3 * 86_400)
            #expect(try await w.applications.submit(saved.id, by: w.pi).state == .submitted)
        }
    }

    @Test func test_Art60_restrictionOnTheOrganisationAlsoDenies_butOnlyForActionsInScope() async throws {
        try await withTestDatabase { t in
            let w = try await ApplicationsTests.world(t)
            try await t.restrict(.organisation(w.university.id.rawValue), [.procurement])
            let application = try await Self.withOfficer(w)
            #expect(application.state == .withOfficer, "a procurement restriction does not block applications")
            try await t.restrict(.organisation(w.university.id.rawValue), [.projectApplication])
            await #expect { _ = try await w.applications.accept(application.id, note: nil, by: try await t.person([.programmeOfficer])) } throws: { Self.isArt60Denial($0) }
        }
    }

    @Test func test_Art60_submissionAllowedAfterCreditRepairIsGranted() async throws {
        try await withTestDatabase { t in
            let w = try await ApplicationsTests.world(t)
            let draft = try await w.applications.start(call: w.call.id, principalInvestigator: w.pi, organisation: w.university.id)
            let saved = try await w.applications.save(draft.id, ApplicationsTests.complete, expectedVersion: draft.version, by: w.pi)
            let record = try await t.restrict(.person(w.pi.id), [.projectApplication])
            await #expect { _ = try await w.applications.submit(saved.id, by: w.pi) } throws: { Self.isArt60Denial($0) }
            let records = IntegrityRecords(db: t.db, now: { t.clock.now })
            _ = try await records.file(.repair, on: record.id, text: "已完成整改并公开致歉，附整改报告。", by: w.pi)
            _ = try await records.decide(.repair, on: record.id, accept: true, note: "整改到位", by: .system)
            #expect(try await w.applications.submit(saved.id, by: w.pi).state == .submitted)
        }
    }

    @Test func test_Art60_formalCheckShowsTheRecord_andAcceptanceIsDenied() async throws {
        try await withTestDatabase { t in
            let w = try await ApplicationsTests.world(t)
            let officer = try await t.person([.programmeOfficer])
            let application = try await Self.withOfficer(w)
            let record = try await t.restrict(.person(w.pi.id), [.projectApplication])
            let check = try await w.applications.formalCheck(application.id)
            #expect(!check.integrity.isAllowed && check.integrity.records.map(\.id) == [record.id.rawValue])
            #expect(check.integrity.reason.zh.contains(record.documentNumber))
            await #expect { _ = try await w.applications.accept(application.id, note: nil, by: officer) } throws: { Self.isArt60Denial($0) }
            t.clock.advance(by: 31 * 86_400)
            #expect(try await w.applications.accept(application.id, note: nil, by: officer).state == .accepted)
        }
    }

    @Test func test_Art60_fundingIsDeniedWhileFiscalFundingIsRestricted() async throws {
        try await withTestDatabase { t in
            let w = try await ApplicationsTests.world(t)
            let officer = try await t.person([.programmeOfficer])
            let accepted = try await w.applications.accept(try await Self.withOfficer(w).id, note: nil, by: officer)
            try await t.restrict(.person(w.pi.id), [.fiscalFunding], until: t.clock.now.addingTimeInterval(86_400))
            await #expect { _ = try await w.applications.decideFunding(accepted.id, fund: true, note: nil, by: officer) } throws: { Self.isArt60Denial($0) }
            #expect(try await w.applications.decideFunding(accepted.id, fund: false, note: "排序靠后", by: officer).state == .notFunded)
        }
    }

    @Test func test_Art60_fundingAllowedOnceTheRestrictionEnds() async throws {
        try await withTestDatabase { t in
            let w = try await ApplicationsTests.world(t)
            let officer = try await t.person([.programmeOfficer])
            let accepted = try await w.applications.accept(try await Self.withOfficer(w).id, note: nil, by: officer)
            try await t.restrict(.person(w.pi.id), [.fiscalFunding], until: t.clock.now.addingTimeInterval(86_400))
            t.clock.advance(by: 2 * 86_400)
            #expect(try await w.applications.decideFunding(accepted.id, fund: true, note: nil, by: officer).state == .funded)
        }
    }

    @Test func test_notAcceptingNeedsAReason() async throws {
        try await withTestDatabase { t in
            let w = try await ApplicationsTests.world(t)
            let officer = try await t.person([.programmeOfficer])
            let application = try await Self.withOfficer(w)
            await #expect(throws: DomainError.self) { _ = try await w.applications.notAccept(application.id, reason: " ", by: officer) }
            let refused = try await w.applications.notAccept(application.id, reason: "缺少合作协议原件", by: officer)
            #expect(refused.state == .notAccepted && refused.officerNote == "缺少合作协议原件")
        }
    }

    @Test func test_formalCheckFindsTheSameProjectSubmittedByAnotherPI_andSideBySideMarksSharedText() async throws {
        try await withTestDatabase { t in
            let w = try await ApplicationsTests.world(t)
            let plan = String(repeating: "第一年完成固态电解质材料的合成与界面表征，第二年开展全电池验证并优化工艺参数。", count: 4)
            var original = ApplicationsTests.complete
            original.plan = plan
            let first = try await Self.withOfficer(w, original)
            let other = try await t.people.create(PersonInput(name: "王重复", email: "dup-\(UUID().uuidString.prefix(6))@example.cn", nationality: "CN", birthYear: "1990"),
                                                  password: TestDB.password, memberships: [Membership(organisationID: w.university.id.rawValue, role: .applicant)], by: .system)
            var copy = original
            copy.titleZh = "面向新型储能的固态电解质研究（修订）"
            let second = try await Self.withOfficer(w, copy, pi: other)
            var unrelated = ApplicationsTests.complete
            unrelated.titleZh = "城市交通流量预测"
            unrelated.summary = "用图神经网络预测城市交通流量。"
            unrelated.plan = "采集北京市路网数据，训练并评估模型。"
            let third = try await t.people.create(PersonInput(name: "赵无关", email: "un-\(UUID().uuidString.prefix(6))@example.cn", nationality: "CN", birthYear: "1990"),
                                                  password: TestDB.password, memberships: [Membership(organisationID: w.university.id.rawValue, role: .applicant)], by: .system)
            _ = try await Self.withOfficer(w, unrelated, pi: third)

            let check = try await w.applications.formalCheck(second.id)
            #expect(check.duplicates.map(\.other.id) == [first.id])
            #expect(check.duplicates[0].jaccard >= FormalCheck.duplicateThreshold)
            let pair = try await w.applications.sideBySide(second.id, first.id)
            #expect(pair.leftPassages.map(\.text).joined() == second.fullText)
            #expect(pair.leftPassages.contains { $0.shared && $0.text.contains("固态电解质材料的合成") })
            #expect(pair.rightPassages.map(\.text).joined() == first.fullText)
        }
    }

    @Test func test_confirmedDuplicateBecomesADraftIntegrityRecordAgainstThePI() async throws {
        try await withTestDatabase { t in
            let w = try await ApplicationsTests.world(t)
            let officer = try await t.person([.programmeOfficer])
            let first = try await Self.withOfficer(w)
            let other = try await t.person([.applicant], organisation: w.university.id)
            let second = try await Self.withOfficer(w, pi: other)
            let record = try await w.applications.confirmDuplicate(second.id, of: first.id, by: officer)
            #expect(record.state == .draft && record.finding == .duplicateApplication)
            #expect(record.subject == .person(other.id))
            #expect(record.description.contains(first.id.uuidString) && record.description.contains(second.id.uuidString))
        }
    }
}
