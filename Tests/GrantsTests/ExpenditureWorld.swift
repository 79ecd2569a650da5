import FluentKit
import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import Projects
@testable import Grants

/// One running project for the money tests: a call with a budget mode and a negative list, an
/// application with budget lines, the project row and a signed-off task agreement with two
/// milestones and three tranches (one on signature, two tied to milestones). The project row is
/// written directly (the award service is grants-core's); everything after it goes through the
/// money services.
struct ExpenditureWorld {
    let t: any TestFixtures
    let project: Project
    let pi: Person
    let office: Person
    let officer: Person
    let otherOffice: Person
    let milestones: [Milestone]
    let tranches: [Tranche]

    var now: @Sendable () -> Date { { [clock = t.clock] in clock.now } }
    var expenditures: Expenditures { Expenditures(db: t.db, now: now) }
    var adjustments: BudgetAdjustments { BudgetAdjustments(db: t.db, now: now) }
    var trancheService: Tranches { Tranches(db: t.db, now: now) }
    var subTasks: SubTasks { SubTasks(db: t.db, now: now) }
    var execution: ExecutionReports { ExecutionReports(db: t.db, now: now) }
    var inspections: Inspections { Inspections(db: t.db, now: now) }
    var store: any AttachmentStore { get throws { try LocalAttachmentStore(root: FileManager.default.temporaryDirectory.appendingPathComponent("kc-money-\(UUID().uuidString)")) } }

    var today: BeijingDay { BeijingDay(containing: t.clock.now) }

    /// `mode`: `lump_sum` or `negative_list`; the call's negative list excludes `labour`. The
    /// application asks for 200,000 (equipment 80,000, materials 60,000, travel 20,000,
    /// consultation 20,000, indirect 20,000); the award is `award`.
    static func make(_ t: some TestFixtures, mode: BudgetMode = .negativeList, award: Int = 100_000, chiefScientist: Bool = false) async throws -> ExpenditureWorld {
        let now: @Sendable () -> Date = { [clock = t.clock] in clock.now }
        let calls = Calls(db: t.db, now: now)
        let programme = try await calls.createProgramme(code: "GM\(Int.random(in: 1000...9999))", nameZh: "经费测试专项", nameEn: "Money test programme",
                                                        kind: .basicResearch, by: .system)
        let call = try await calls.create(CallInput(
            programmeID: programme.id.uuidString, titleZh: "经费测试指南", titleEn: "Money test call", guidelineZh: "申报单位为在京注册的独立法人单位。", guidelineEn: "",
            opensAt: BeijingTime.format(t.clock.now.addingTimeInterval(-3600)), closesAt: BeijingTime.format(t.clock.now.addingTimeInterval(10 * 86_400)),
            totalBudget: "1000000", typicalAward: "100000", budgetMode: mode.rawValue, selectionMode: chiefScientist ? "chief_scientist" : "open_competition",
            eligibilityRules: "", negativeList: "labour"), by: .system)
        _ = try await calls.publish(call.id, by: .system)
        let organisation = try await t.organisation("经费测试大学")
        let other = try await t.organisation("另一所大学")
        let pi = try await t.person([.applicant], organisation: organisation.id)
        let office = try await t.person([.researchOffice], organisation: organisation.id)
        let otherOffice = try await t.person([.researchOffice], organisation: other.id)
        let officer = try await t.person([.programmeOfficer])
        let applications = Applications(db: t.db, now: now)
        let draft = try await applications.start(call: call.id, principalInvestigator: pi, organisation: organisation.id)
        let lines = mode == .lumpSum ? [BudgetLine(category: "lump_sum", amount: 200_000)] : [
            BudgetLine(category: "equipment", amount: 80_000), BudgetLine(category: "materials", amount: 60_000),
            BudgetLine(category: "travel", amount: 20_000), BudgetLine(category: "consultation", amount: 20_000), BudgetLine(category: "indirect", amount: 20_000),
        ]
        let application = try await applications.save(draft.id, ApplicationDraft(
            titleZh: "量子材料的经费测试", keywords: "量子", discipline: "A01", summary: "研究量子材料。", plan: "两年完成。", budget: lines),
            expectedVersion: draft.version, by: pi)
        let start = BeijingDay(containing: t.clock.now.addingTimeInterval(-30 * 86_400))
        let end = InspectionRules.adding(months: 24, to: start)
        let row = ProjectRecord()
        row.id = UUID()
        row.number = "Z\(start.year % 100)99\(Int.random(in: 10000...99999))"
        row.applicationID = application.id.rawValue
        row.callID = call.id.rawValue
        row.programmeID = programme.id
        row.awardYear = start.year
        row.sequence = Int.random(in: 1...99_999)
        row.titleZh = application.titleZh
        row.titleEn = "Money test project"
        row.principalInvestigatorID = pi.id
        row.organisationID = organisation.id.rawValue
        row.teamJSON = "[]"
        row.startDate = start.description
        row.endDate = end.description
        row.requestedAmount = 200_000
        row.awardedAmount = award
        row.awardDate = start.description
        row.fundingKind = FundingKind.competitive.rawValue
        row.researchType = ResearchType.basic.rawValue
        row.budgetMode = mode.rawValue
        row.selectionMode = (chiefScientist ? SelectionMode.chiefScientist : .openCompetition).rawValue
        row.chiefScientist = chiefScientist
        row.status = ProjectStatus.running.rawValue
        row.version = 1
        row.createdAt = t.clock.now
        row.updatedAt = t.clock.now
        try await row.create(on: t.db)
        let milestones = [Milestone(titleZh: "完成样品制备", titleEn: "Samples prepared", due: InspectionRules.adding(months: 6, to: start)),
                          Milestone(titleZh: "完成性能测试", titleEn: "Performance tested", due: InspectionRules.adding(months: 18, to: start))]
        let tranches = [Tranche(amount: award / 2, milestoneID: nil), Tranche(amount: award / 4, milestoneID: milestones[0].id),
                        Tranche(amount: award - award / 2 - award / 4, milestoneID: milestones[1].id)]
        let agreement = TaskAgreementRecord()
        agreement.id = UUID()
        agreement.projectID = try row.requireID()
        agreement.termsJSON = try GrantsJSONColumn.encode(AgreementTerms(objectivesZh: "目标", milestones: milestones, tranches: tranches))
        agreement.signaturesJSON = "[]"
        agreement.version = 1
        agreement.createdAt = t.clock.now
        agreement.updatedAt = t.clock.now
        try await agreement.create(on: t.db)
        return ExpenditureWorld(t: t, project: try row.toDomain(), pi: pi, office: office, officer: officer, otherOffice: otherOffice,
                                milestones: milestones, tranches: tranches)
    }

    /// A line as typed, dated today.
    func line(_ category: ExpenditureCategory, _ amount: Int, payee: PayeeKind = .organisation) -> ExpenditureInput {
        ExpenditureInput(category: category, amount: amount, date: today, payeeKind: payee, payee: "北京某公司", description: "购买实验用品")
    }

    var receipt: Expenditures.ReceiptUpload { Expenditures.ReceiptUpload(data: TestPDF.make(), name: "发票.pdf") }

    func record(_ input: ExpenditureInput) async throws -> Expenditure {
        try await expenditures.record(project.id, input, receipt: receipt, store: try store, by: office)
    }
}

/// The field errors of a `DomainError.validation`, or none for any other outcome.
func moneyErrors(_ body: () async throws -> Void) async -> [FieldError] {
    do {
        try await body()
        return []
    } catch DomainError.validation(let errors) {
        return errors
    } catch {
        return [FieldError(field: "", rule: "unexpected: \(error)", message: LocalizedText(zh: "", en: ""))]
    }
}
