import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import Storage
import Testing
@testable import Integrity

/// The registry of ethics committees and their decisions (Art. 61): who registers, what a decision
/// must hold, the high-risk list as data, and who sees decisions (`EthicsAccess`).
@Suite struct EthicsRegistryTests {
    static func members(_ n: Int = 5) -> [EthicsCommitteeMember] { (1...n).map { EthicsCommitteeMember(name: "委员\($0)", expertise: "医学") } }

    static func committeeInput(_ org: Organisation, number: String = "伦备-1", members: Int = 5) -> EthicsCommitteeInput {
        EthicsCommitteeInput(organisationID: org.id.rawValue, nameZh: "测试委员会", nameEn: "Test committee", registrationNumber: number,
                             registrationDate: BeijingDay(year: 2025, month: 1, day: 6), scopes: [.human, .ai], members: Self.members(members))
    }

    @Test func test_Art61_2_aResearchOfficeRegistersOnlyItsOwnInstitutionsCommittee_audited() async throws {
        try await withTestDatabase { t in
            let mine = try await t.organisation("本单位")
            let other = try await t.organisation("外单位")
            let office = try await t.person([.researchOffice], organisation: mine.id)
            let registry = EthicsRegistry(db: t.db, now: t.now)
            await #expect {
                _ = try await registry.registerCommittee(Self.committeeInput(other), by: office)
            } throws: { error in
                guard case DomainError.forbidden(_, let basis) = error else { return false }
                return basis == .art(61, 2)
            }
            let committee = try await registry.registerCommittee(Self.committeeInput(mine), by: office)
            #expect(committee.scopes == [.human, .ai] && committee.members.count == 5)
            await #expect(throws: DomainError.self) { try await registry.registerCommittee(Self.committeeInput(mine), by: office) }
            let audit = try await AuditChain.list(.init(object: committee.id.rawValue.uuidString), limit: 5, on: t.db)
            #expect(audit.map(\.action) == ["ethics.committee_registered"] && audit.first?.basis == .art(61, 2))
            #expect(try await registry.committees().map(\.id) == [committee.id])
        }
    }

    @Test func test_Art61_2_aCommitteeNeedsFiveMembersAndAScope() async throws {
        try await withTestDatabase { t in
            let org = try await t.organisation()
            var input = Self.committeeInput(org, members: 3)
            input.scopes = []
            let rules = EthicsRules.committee.violations(of: input, at: t.clock.now).map(\.rule)
            #expect(rules == ["ethics.committee.scope.required", "ethics.committee.members.required"])
        }
    }

    @Test func test_Art61_aDecisionCoversOnlyScopesTheCommitteeReviews_andListedActivities() async throws {
        try await withTestDatabase { t in
            let org = try await t.organisation()
            let officer = try await t.person([.integrityOfficer])
            let registry = EthicsRegistry(db: t.db, now: t.now)
            let committee = try await registry.registerCommittee(Self.committeeInput(org), by: officer)
            let day = BeijingDay(containing: t.clock.now)
            var input = EthicsApprovalInput(committeeID: committee.id.rawValue, approvalNumber: "伦审1号", projectTitle: "动物实验", decisionDate: day,
                                            scopes: [.animal], validFrom: day, validUntil: day)
            do {
                _ = try await registry.recordApproval(input, by: officer)
                Issue.record("a committee registered for human and AI research approved animal research")
            } catch DomainError.validation(let errors) {
                #expect(errors.map(\.rule) == ["ethics.approval.scope.committee"] && errors.first?.basis == .art(61))
            }
            input.scopes = [.human]
            input.highRiskActivities = ["time_travel"]
            await #expect(throws: DomainError.self) { try await registry.recordApproval(input, by: officer) }
            input.highRiskActivities = ["human_germline"]
            let approval = try await registry.recordApproval(input, by: officer)
            #expect(approval.highRiskActivities == ["human_germline"] && approval.isValid(on: day))
        }
    }

    @Test func test_Art61_theHighRiskListIsDataWithAnEffectiveDay() throws {
        let day2026 = try #require(BeijingDay(year: 2026, month: 1, day: 1)), day2020 = try #require(BeijingDay(year: 2020, month: 1, day: 1))
        let version = try #require(HighRiskActivities.inForce(on: day2026))
        #expect(version.entries.count == 7)
        #expect(version.source.zh.contains("第六十一条") && version.source.zh.contains("未经核对"))
        #expect(version.effectiveFrom == BeijingDay(year: 2024, month: 3, day: 1))
        #expect(HighRiskActivities.inForce(on: day2020) == nil, "nothing is listed before the list took effect")
        #expect(Set(version.entries.map(\.code)) == HighRiskActivities.knownCodes)
    }

    /// (role, relation to the committee's institution) × action.
    @Test func test_Art61_ethicsAccessMatrix() {
        let org = UUID(), elsewhere = UUID()
        let rows: [(Set<Role>, Set<UUID>, Bool, Bool)] = [
            ([.researchOffice], [org], true, true),
            ([.researchOffice], [elsewhere], false, false),
            ([.integrityOfficer], [], true, true),
            ([.platformAdmin], [], true, true),
            ([.programmeOfficer], [], true, false),
            ([.applicant], [], false, false),
            ([.reviewer], [], false, false),
            ([.departmentStaff], [], false, false),
        ]
        for (roles, office, view, change) in rows {
            let viewer = EthicsAccess.Viewer(roles: roles, officeOf: office)
            #expect(EthicsAccess.may(.view, viewer, approvalOf: org) == view, "\(roles) view")
            #expect(EthicsAccess.may(.change, viewer, approvalOf: org) == change, "\(roles) change")
        }
        #expect(Set(rows.flatMap(\.0)) == Set(Role.allCases), "every role has a row")
    }

    @Test func test_Art61_decisionsAreSeenByTheirInstitutionsOfficeAndOfficersOnly() async throws {
        try await withTestDatabase { t in
            let org = try await t.organisation()
            let approval = try await t.ethicsApproval("伦审-可见性", of: org.id, scopes: [.human])
            let registry = EthicsRegistry(db: t.db, now: t.now)
            let office = try await t.person([.researchOffice], organisation: org.id)
            let otherOffice = try await t.person([.researchOffice], organisation: try await t.organisation("外单位").id)
            let applicant = try await t.person([.applicant], organisation: org.id)
            #expect(try await registry.approvals(visibleTo: office).map(\.id) == [approval.id])
            #expect(try await registry.approvals(visibleTo: otherOffice).isEmpty)
            await #expect(throws: DomainError.notFound(entity: "ethics_approval")) { try await registry.approval(approval.id, as: applicant) }
        }
    }
}
