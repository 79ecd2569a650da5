import Foundation
import Identity
import Integrity
import KechuangCore
import KechuangTestSupport
import Storage
import Testing
@testable import Grants

@Suite("Change requests: research office, then programme officer; applied to the project")
struct ChangeRequestsTests {
    @Test func test_Art22_changeGoesThroughTheResearchOfficeBeforeTheOfficerAndIsApplied() async throws {
        try await withTestDatabase { t in
            let w = try await ClosureWorld.make(t)
            let project = w.projects[0]
            let finalBefore = try #require(try await w.reports.list(project: project.id, as: w.pi(0)).first { $0.kind == .final })
            let newEnd = ReportSchedule.adding(months: 6, to: project.endDate)
            let request = try await w.changes.file(project: project.id, ChangeInput(kind: .extension_, reason: "设备到货延迟", newEndDate: newEnd), by: w.pi(0))
            #expect(request.state == .submitted)
            do {
                _ = try await w.changes.decide(request.id, approve: true, comment: "", by: w.officer)
                Issue.record("the officer decided before the research office")
            } catch DomainError.forbidden(_, let basis) {
                #expect(basis == .art(22))
            }
            await #expect(throws: DomainError.self, "another institution's office does not see it") {
                _ = try await w.changes.decide(request.id, approve: true, comment: "", by: w.offices[1])
            }
            let agreed = try await w.changes.decide(request.id, approve: true, comment: "同意", by: w.offices[0])
            #expect(agreed.state == .officeApproved)
            let approved = try await w.changes.decide(request.id, approve: true, comment: "", by: w.officer)
            #expect(approved.state == .approved && approved.steps.map(\.role) == ["research_office", "programme_officer"])
            let changed = try await GrantProjects(db: t.db, now: w.now).find(project.id, as: w.pi(0))
            #expect(changed.endDate == newEnd)
            let finalAfter = try #require(try await w.reports.list(project: project.id, as: w.pi(0)).first { $0.kind == .final })
            #expect(finalAfter.id == finalBefore.id && finalAfter.dueDate == ReportSchedule.adding(months: 3, to: newEnd), "the final report moves")
            let audit = try await AuditChain.list(.init(object: project.id.rawValue.uuidString), limit: 3, on: t.db)
            #expect(audit.contains { $0.action == "project.changed" && $0.basis == .art(22) })
        }
    }

    @Test func test_Art60_aRestrictedPersonCannotTakeOverAsPrincipalInvestigator() async throws {
        try await withTestDatabase { t in
            let w = try await ClosureWorld.make(t)
            let successor = try await t.person([.applicant], organisation: Organisation.ID(w.projects[0].organisationID))
            try await t.restrict(.person(successor.id), [.projectApplication])
            do {
                _ = try await w.changes.file(project: w.projects[0].id, ChangeInput(kind: .piChange, reason: "负责人调离", newPrincipalInvestigatorID: successor.id), by: w.pi(0))
                Issue.record("a restricted person became PI")
            } catch DomainError.validation(let errors) {
                #expect(errors.first?.field == "new_pi" && errors.first?.basis == .art(60))
            }
            let clean = try await t.person([.applicant], organisation: Organisation.ID(w.projects[0].organisationID))
            let request = try await w.changes.file(project: w.projects[0].id, ChangeInput(kind: .piChange, reason: "负责人调离", newPrincipalInvestigatorID: clean.id), by: w.pi(0))
            _ = try await w.changes.decide(request.id, approve: true, comment: "", by: w.offices[0])
            _ = try await w.changes.decide(request.id, approve: true, comment: "", by: w.officer)
            let changed = try await GrantProjects(db: t.db, now: w.now).find(w.projects[0].id, as: clean, for: .edit)
            #expect(changed.principalInvestigatorID == clean.id)
        }
    }

    @Test func test_Art50_terminationEndsTheProjectAndNoFurtherChangeIsAccepted() async throws {
        try await withTestDatabase { t in
            let w = try await ClosureWorld.make(t)
            let request = try await w.changes.file(project: w.projects[1].id, ChangeInput(kind: .termination, reason: "技术路线被证明不可行"), by: w.pi(1))
            let rejected = try await w.changes.file(project: w.projects[1].id, ChangeInput(kind: .teamChange, reason: "人员变动",
                team: [ProjectMember(name: "赵六", email: "zhao@example.cn", organisationID: nil)]), by: w.pi(1))
            _ = try await w.changes.decide(rejected.id, approve: false, comment: "人员变动理由不足", by: w.offices[1])
            _ = try await w.changes.decide(request.id, approve: true, comment: "", by: w.offices[1])
            _ = try await w.changes.decide(request.id, approve: true, comment: "", by: w.officer)
            #expect(try await GrantProjects(db: t.db, now: w.now).find(w.projects[1].id, as: w.pi(1)).status == .terminated)
            do {
                _ = try await w.changes.file(project: w.projects[1].id, ChangeInput(kind: .extension_, reason: "延期"), by: w.pi(1))
                Issue.record("a terminated project was changed")
            } catch DomainError.forbidden(_, let basis) {
                #expect(basis == .art(50))
            }
            let list = try await w.changes.list(project: w.projects[1].id, as: w.offices[1])
            #expect(Set(list.map(\.state)) == [.approved, .rejected])
        }
    }
}
