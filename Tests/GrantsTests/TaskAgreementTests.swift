import Foundation
import KechuangCore
import KechuangTestSupport
import Projects
import Storage
import Testing
@testable import Grants

/// The task agreement (任务书): PI, research office (Art. 22), programme officer sign the same text.
@Suite struct TaskAgreementTests {
    @Test func test_eachSignatureRecordsWho_when_andTheSHA256OfTheCanonicalText_andTheOfficersStartsTheProject() async throws {
        try await withTestDatabase { t in
            let w = try await AwardWorld.make(t)
            let project = try await w.fund(0)
            let pi = w.world.pis[0], office = try await w.office(0)
            let draft = try await w.completeAgreement(project, pi: pi)
            #expect(draft.sha256 == SHA256Digest.hex(Data(AgreementText.canonical(project, draft.agreement.terms).utf8)))
            let byPI = try await w.agreements.sign(project: project.id, as: .principalInvestigator, sha256: draft.sha256, by: pi)
            #expect(byPI.stage == .submitted)
            #expect(byPI.validSignatures.first?.personID == pi.id && byPI.validSignatures.first?.sha256 == draft.sha256)
            let byOffice = try await w.agreements.sign(project: project.id, as: .researchOffice, sha256: draft.sha256, by: office)
            #expect(byOffice.stage == .approved)
            let signed = try await w.agreements.sign(project: project.id, as: .programmeOfficer, sha256: draft.sha256, by: w.officer)
            #expect(signed.stage == .signed && signed.validSignatures.count == 3)
            #expect(signed.project.status == .running)
            let audit = try await AuditChain.list(.init(object: project.id.rawValue.uuidString), limit: 20, on: t.db)
            #expect(audit.contains { $0.action == "agreement.signed.research_office" && $0.basis == .art(22) && $0.summary.contains(draft.sha256) })
        }
    }

    @Test func test_editingAfterASignature_invalidatesIt_andTheOfficeCannotApproveTheOldText() async throws {
        try await withTestDatabase { t in
            let w = try await AwardWorld.make(t)
            let project = try await w.fund(0)
            let pi = w.world.pis[0], office = try await w.office(0)
            let draft = try await w.completeAgreement(project, pi: pi)
            let signed = try await w.agreements.sign(project: project.id, as: .principalInvestigator, sha256: draft.sha256, by: pi)
            var input = AgreementInput(signed.agreement.terms, version: signed.agreement.version)
            input.objectivesEn = "Understand interface stability in solid electrolytes, revised."
            let edited = try await w.agreements.update(project: project.id, input, by: pi)
            #expect(edited.stage == .draft && edited.validSignatures.isEmpty)
            #expect(edited.invalidatedSignatures.count == 1)
            await #expect(throws: DomainError.self) {
                _ = try await w.agreements.sign(project: project.id, as: .researchOffice, sha256: edited.sha256, by: office)
            }
        }
    }

    @Test func test_theResearchOfficeOfAnotherInstitution_getsNotFound() async throws {
        try await withTestDatabase { t in
            let w = try await AwardWorld.make(t)
            let project = try await w.fund(0)
            let other = try await w.office(1)
            await #expect(throws: DomainError.notFound(entity: "project")) {
                _ = try await w.agreements.find(project: project.id, as: other)
            }
            #expect(try await w.projects.list(for: other).isEmpty)
            #expect(try await w.projects.list(for: try await w.office(0)).map(\.id) == [project.id])
        }
    }

    @Test func test_thePIsSignatureNeedsTranchesAddingUpToTheAward_citingArt50_2() async throws {
        try await withTestDatabase { t in
            let w = try await AwardWorld.make(t)
            let project = try await w.fund(0)
            let pi = w.world.pis[0]
            let view = try await w.agreements.find(project: project.id, as: pi)
            var input = AgreementInput(view.agreement.terms, version: view.agreement.version)
            input.tranches = "10000|"
            let edited = try await w.agreements.update(project: project.id, input, by: pi)
            await #expect {
                _ = try await w.agreements.sign(project: project.id, as: .principalInvestigator, sha256: edited.sha256, by: pi)
            } throws: { error in
                guard case DomainError.validation(let errors) = error else { return false }
                return errors.contains { $0.rule == "agreement.tranches.total" && $0.basis == .art(50, 2) }
            }
        }
    }
}
