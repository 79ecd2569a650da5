import FluentKit
import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import Projects
import Review
@testable import Grants

/// Running projects made from a review world's funded proposals, for the closure tests: each with
/// a signed-off task agreement holding two indicators. The project row is written directly (the
/// award service is grants-core's); everything after it goes through the closure services.
struct ClosureWorld {
    let world: ReviewWorld
    let projects: [Project]
    let offices: [Person]
    let indicators: [Indicator]

    var t: any TestFixtures { world.t }
    var now: @Sendable () -> Date { world.now }
    var officer: Person { world.officer }
    var reports: Reports { Reports(db: t.db, now: now) }
    var outputs: Outputs { Outputs(db: t.db, now: now) }
    var changes: ChangeRequests { ChangeRequests(db: t.db, now: now) }
    var acceptances: Acceptances { Acceptances(db: t.db, now: now) }

    func pi(_ i: Int) -> Person { world.pis[i] }

    /// `years` long projects starting today (Beijing), one per proposal of the world.
    static func make(_ t: some TestFixtures, years: Int = 3, type: ResearchType = .basic) async throws -> ClosureWorld {
        let world = try await ReviewWorld.make(t, experts: 8)
        let start = BeijingDay(containing: t.clock.now)
        let end = ReportSchedule.adding(months: 12 * years, to: start)
        let indicators = [Indicator(nameZh: "发表论文", nameEn: "Papers", unit: "篇", target: 3),
                          Indicator(nameZh: "培养研究生", nameEn: "Graduate students", unit: "人", target: 2)]
        var projects: [Project] = [], offices: [Person] = []
        for (i, proposal) in world.proposals.enumerated() {
            _ = try await world.applications.decideFunding(proposal.id, fund: true, note: nil, by: world.officer)
            let row = ProjectRecord()
            row.id = UUID()
            row.number = "Z\(start.year % 100)1100\(String(format: "%03d", i + 1))"
            row.applicationID = proposal.id.rawValue
            row.callID = world.call.id.rawValue
            row.programmeID = world.call.programmeID
            row.awardYear = start.year
            row.sequence = i + 1
            row.titleZh = proposal.titleZh
            row.titleEn = "Project \(i + 1)"
            row.principalInvestigatorID = proposal.principalInvestigatorID
            row.organisationID = proposal.organisationID
            row.teamJSON = try GrantsJSONColumn.encode([ProjectMember(name: "组员", email: "member\(i)@example.cn", organisationID: proposal.organisationID)])
            row.startDate = start.description
            row.endDate = end.description
            row.requestedAmount = 100_000
            row.awardedAmount = 100_000
            row.awardDate = start.description
            row.fundingKind = FundingKind.competitive.rawValue
            row.researchType = type.rawValue
            row.budgetMode = BudgetMode.lumpSum.rawValue
            row.selectionMode = SelectionMode.openCompetition.rawValue
            row.chiefScientist = false
            row.status = ProjectStatus.running.rawValue
            row.version = 1
            row.createdAt = t.clock.now
            row.updatedAt = t.clock.now
            try await row.create(on: t.db)
            let agreement = TaskAgreementRecord()
            agreement.id = UUID()
            agreement.projectID = try row.requireID()
            agreement.termsJSON = try GrantsJSONColumn.encode(AgreementTerms(objectivesZh: "目标", indicators: indicators))
            agreement.signaturesJSON = "[]"
            agreement.version = 1
            agreement.createdAt = t.clock.now
            agreement.updatedAt = t.clock.now
            try await agreement.create(on: t.db)
            projects.append(try row.toDomain())
            offices.append(try await t.person([.researchOffice], organisation: Organisation.ID(proposal.organisationID)))
        }
        return ClosureWorld(world: world, projects: projects, offices: offices, indicators: indicators)
    }

    /// Submits the final report of project `i` with every indicator reached (or `values`).
    func submitFinalReport(_ i: Int, values: [Double]? = nil) async throws -> ProjectReport {
        let list = try await reports.list(project: projects[i].id, as: pi(i))
        guard let final = list.first(where: { $0.kind == .final }) else { throw TestSetupError("no final report") }
        let actuals = Dictionary(uniqueKeysWithValues: zip(indicators.map(\.id), values ?? indicators.map(\.target)))
        return try await reports.submit(final.id, ReportInput(summary: "完成全部研究任务。", actuals: actuals), by: pi(i))
    }

    /// Acceptance of project `i` opened, the panel chosen, and every panel member scoring `score`.
    func reviewed(_ i: Int, score: Int = 80) async throws -> Acceptance {
        _ = try await submitFinalReport(i)
        let opened = try await acceptances.open(project: projects[i].id, by: officer)
        let (acceptance, panel, _) = try await acceptances.choosePanel(opened.id, by: officer)
        for review in panel {
            let expert = world.expert(review.expertID)
            _ = try await acceptances.submitReview(review.id, scores: Dictionary(uniqueKeysWithValues: acceptance.scheme.criteria.map { ($0.key, String(score)) }),
                                                   comment: "研究工作扎实。", by: expert)
        }
        return acceptance
    }
}
