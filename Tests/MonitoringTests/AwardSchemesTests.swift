import Foundation
import Identity
import Integrity
import KechuangCore
import KechuangTestSupport
import Storage
import Testing
@testable import Monitoring

/// Awards and commendations (Art. 12): nominations are checked against the research integrity
/// system's `awards` restriction (Art. 60), at nomination and again when awarding; winners are public.
@Suite struct AwardSchemesTests {
    struct World {
        let awards: AwardSchemes
        let scheme: AwardScheme
        let staff: Person
        let office: Person
        let unit: Organisation
        let nominee: Person
    }

    static func world(_ t: some TestFixtures) async throws -> World {
        let department = try await t.organisation("市科委", type: .governmentDepartment)
        let staff = try await t.person([.departmentStaff], organisation: department.id)
        let unit = try await t.organisation("提名大学")
        let office = try await t.person([.researchOffice], organisation: unit.id)
        let nominee = try await t.person([.applicant], organisation: unit.id)
        let awards = AwardSchemes(db: t.db, now: t.now)
        let scheme = try await awards.createScheme(AwardSchemeInput(nameZh: "北京市科学技术奖", nameEn: "Beijing S&T Award", year: 2026,
            categories: [AwardCategory(code: "natural_science", nameZh: "自然科学奖", nameEn: "Natural Science Award")]), by: staff)
        return World(awards: awards, scheme: scheme, staff: staff, office: office, unit: unit, nominee: nominee)
    }

    static func input(_ w: World, _ nominee: IntegritySubject) -> AwardNominationInput {
        AwardNominationInput(schemeID: w.scheme.id.rawValue, categoryCode: "natural_science", nominee: nominee, nominatingUnitID: w.unit.id.rawValue,
                             achievementZh: "原创成果", achievementEn: "An original result")
    }

    @Test func test_Art12_nominationRefusedForAwardsRestriction_citingArt60AndTheRecord_audited() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let record = try await t.restrict(.person(w.nominee.id), [.awards])
            do {
                _ = try await w.awards.nominate(Self.input(w, .person(w.nominee.id)), by: w.office)
                Issue.record("a nominee restricted from awards was nominated")
            } catch DomainError.forbidden(let reason, let basis) {
                #expect(basis == .art(60))
                #expect(reason.zh.contains(record.documentNumber) && reason.zh.contains("评优评奖") && reason.zh.contains("第六十条"))
            }
            #expect(try await w.awards.nominations(scheme: w.scheme.id).isEmpty)
            let audit = try await AuditChain.list(.init(object: w.scheme.id.rawValue.uuidString), limit: 10, on: t.db)
            #expect(audit.contains { $0.action == "monitoring.award.nomination_refused" && $0.basis == .art(60) })
        }
    }

    @Test func test_Art60_aRestrictionOnOtherActivitiesDoesNotBlockANomination() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            try await t.restrict(.person(w.nominee.id), [.projectApplication, .fiscalFunding])
            let nomination = try await w.awards.nominate(Self.input(w, .person(w.nominee.id)), by: w.office)
            #expect(nomination.state == .nominated && nomination.nomineeName == w.nominee.name)
        }
    }

    @Test func test_Art12_anOrganisationRestrictedFromAwardsIsRefusedToo() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            try await t.restrict(.organisation(w.unit.id.rawValue), [.awards])
            await #expect(throws: DomainError.self) { try await w.awards.nominate(Self.input(w, .organisation(w.unit.id.rawValue)), by: w.office) }
        }
    }

    @Test func test_Art12_awardingChecksTheIntegritySystemAgain() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let nomination = try await w.awards.nominate(Self.input(w, .person(w.nominee.id)), by: w.office)
            try await t.restrict(.person(w.nominee.id), [.awards])
            await #expect {
                _ = try await w.awards.decide(nomination.id, award: true, note: "表决通过", by: w.staff)
            } throws: { error in
                guard case DomainError.forbidden(_, let basis) = error else { return false }
                return basis == .art(60)
            }
            #expect(try await w.awards.winners().isEmpty)
            let audit = try await AuditChain.list(.init(object: nomination.id.rawValue.uuidString), limit: 10, on: t.db)
            #expect(audit.contains { $0.action == "monitoring.award.award_refused" && $0.basis == .art(60) })
            // Not awarding needs no integrity check.
            #expect(try await w.awards.decide(nomination.id, award: false, note: "受科研诚信限制", by: w.staff).state == .notAwarded)
        }
    }

    @Test func test_Art12_winnersAreTheAwardedNominationsOnly_decidedByStaffWithAReason() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let first = try await w.awards.nominate(Self.input(w, .person(w.nominee.id)), by: w.office)
            let second = try await w.awards.nominate(Self.input(w, .organisation(w.unit.id.rawValue)), by: w.office)
            await #expect(throws: DomainError.self) { try await w.awards.decide(first.id, award: true, note: " ", by: w.staff) }
            await #expect(throws: DomainError.self) { try await w.awards.decide(first.id, award: true, note: "通过", by: w.office) }
            _ = try await w.awards.decide(first.id, award: true, note: "表决通过", by: w.staff)
            await #expect(throws: DomainError.self) { try await w.awards.decide(first.id, award: false, note: "再议", by: w.staff) }
            #expect(try await w.awards.winners().map(\.id) == [first.id])
            let states = Dictionary(uniqueKeysWithValues: try await w.awards.nominations(scheme: w.scheme.id).map { ($0.id, $0.state) })
            #expect(states == [first.id: .awarded, second.id: .nominated])
        }
    }

    @Test func test_Art12_onlyTheNominatingUnitsResearchOfficeNominates() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let stranger = try await t.person([.researchOffice], organisation: try await t.organisation("别的单位").id)
            await #expect(throws: DomainError.self) { try await w.awards.nominate(Self.input(w, .person(w.nominee.id)), by: stranger) }
            var wrong = Self.input(w, .person(w.nominee.id))
            wrong.categoryCode = "literature"
            do {
                _ = try await w.awards.nominate(wrong, by: w.office)
                Issue.record("a category the scheme does not offer was accepted")
            } catch DomainError.validation(let errors) {
                #expect(errors.map(\.rule) == ["award_nomination.category.known"] && errors.first?.basis == .art(12))
            }
        }
    }
}
