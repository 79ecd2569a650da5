import FluentKit
import Foundation
import KechuangCore
import KechuangTestSupport
import Projects
import Storage
import Testing
@testable import Grants

/// The funding decision (Art. 28, 29): what it records, what it refuses and the project it makes.
@Suite struct AwardsTests {
    @Test func test_fundingMakesAProject_numberedPerProgrammeAndYear_withItsAgreementDrafted() async throws {
        try await withTestDatabase { t in
            let w = try await AwardWorld.make(t)
            let first = try await w.fund(0, amount: 80_000)
            let second = try await w.fund(1)
            let yy = String(format: "%02d", w.today.year % 100)
            #expect(first.number == "Z\(yy)1100001")
            #expect(second.number == "Z\(yy)1100002")
            #expect(ProjectNumber.isWellFormed(first.number))
            #expect(first.awardedAmount == 80_000 && first.requestedAmount == 100_000, "an award may be below the request")
            #expect(first.status == .agreementDraft && first.fundingKind == .competitive && first.researchType == .basic)
            #expect(first.budgetMode == .lumpSum && first.awardDate == w.today)
            let application = try await w.world.applications.find(w.world.proposals[0].id)
            #expect(application.state == .funded)
            let view = try await w.agreements.find(project: first.id, as: w.world.pis[0])
            #expect(view.stage == .draft)
            #expect(Money.sum(view.agreement.tranches.map(\.amount)) == 80_000)
            #expect(Money.sum(view.agreement.terms.budgetByYear.map(\.amount)) == 80_000)
        }
    }

    @Test func test_fundingAboveTheCallsRemainingBudget_isRefusedCitingArt29_inTheAuditLogToo() async throws {
        try await withTestDatabase { t in
            let w = try await AwardWorld.make(t, budget: 250_000)
            _ = try await w.fund(0)
            _ = try await w.fund(1)
            await #expect {
                _ = try await w.fund(2)
            } throws: { error in
                guard case DomainError.validation(let errors) = error else { return false }
                return errors.contains { $0.rule == "award.budget.remaining" && $0.basis == .art(29) }
            }
            #expect(try await w.world.applications.find(w.world.proposals[2].id).state == .accepted, "nothing was written")
            let audit = try await AuditChain.list(.init(object: w.world.proposals[2].id.rawValue.uuidString), limit: 10, on: t.db)
            #expect(audit.contains { $0.action == "project.award_refused" && $0.basis == .art(29) })
            // What is left can still be awarded.
            #expect(try await w.fund(2, amount: 50_000).awardedAmount == 50_000)
        }
    }

    @Test func test_fundingWithoutReviews_needsARecordedReason_citingArt29() async throws {
        try await withTestDatabase { t in
            let w = try await AwardWorld.make(t)
            await #expect {
                _ = try await w.awards.fund(w.world.proposals[0].id, w.input(reason: " "), by: w.officer)
            } throws: { error in
                guard case DomainError.validation(let errors) = error else { return false }
                return errors.contains { $0.rule == "award.reason.no_reviews" && $0.field == "reason" && $0.basis == .art(29) }
            }
            let facts = try await w.awards.facts(w.world.proposals[0].id, as: w.officer)
            #expect(facts.reviewCount == 0 && !facts.aboveCutoff && facts.rank != nil)
            #expect(facts.remainingBudget == 300_000 && facts.perProjectCap == 200_000 && facts.requestedAmount == 100_000)
        }
    }

    @Test func test_anAwardAboveTheRequest_orWithoutFundingKind_isRefusedByField() async throws {
        try await withTestDatabase { t in
            let w = try await AwardWorld.make(t)
            var input = w.input(amount: 120_000)
            input.fundingKind = ""
            await #expect {
                _ = try await w.awards.fund(w.world.proposals[0].id, input, by: w.officer)
            } throws: { error in
                guard case DomainError.validation(let errors) = error else { return false }
                let rules = Set(errors.map(\.rule))
                return rules.contains("award.amount.request") && rules.contains("award.funding_kind.required")
            }
        }
    }

    @Test func test_concurrentAwards_neverShareANumber() async throws {
        try await withTestDatabase { t in
            let w = try await AwardWorld.make(t, budget: 1_000_000)
            let awards = w.awards, officer = w.officer, input = w.input()
            let ids = w.world.proposals.map(\.id)
            let projects = try await withThrowingTaskGroup(of: Project.self) { group in
                for id in ids { group.addTask { try await awards.fund(id, input, by: officer) } }
                var all: [Project] = []
                for try await p in group { all.append(p) }
                return all
            }
            #expect(Set(projects.map(\.number)).count == 4)
            let sequences = try await ProjectRecord.query(on: t.db).all().map(\.sequence).sorted()
            #expect(sequences == [1, 2, 3, 4])
        }
    }

    @Test func test_notFunding_needsTheReason_andMakesNoProject() async throws {
        try await withTestDatabase { t in
            let w = try await AwardWorld.make(t)
            await #expect(throws: DomainError.self) { _ = try await w.awards.notFund(w.world.proposals[0].id, reason: "", by: w.officer) }
            let application = try await w.awards.notFund(w.world.proposals[0].id, reason: "创新性不足", by: w.officer)
            #expect(application.state == .notFunded)
            #expect(try await ProjectRecord.query(on: t.db).count() == 0)
        }
    }

    @Test func test_onlyOfficersSeeTheDecision_anyoneElseGetsNotFound() async throws {
        try await withTestDatabase { t in
            let w = try await AwardWorld.make(t)
            await #expect(throws: DomainError.notFound(entity: "application")) {
                _ = try await w.awards.facts(w.world.proposals[0].id, as: w.world.pis[0])
            }
        }
    }
}
