import Foundation
import Grants
import Identity
import KechuangCore
import Vapor

extension DemoData {
    /// Reports, outputs, a change request and closures on the demo's running projects (Art. 31,
    /// 33, 48, 59, 64): the first basic-research project passes final acceptance with its panel
    /// chosen by the review machinery and registers a paper, a patent whose rights went to the
    /// researchers, and a standard; the second closes as a diligent failure (no integrity record,
    /// its PI may apply again); the third has an extension waiting for the research office; report
    /// reminders go out. Called by `loadGrants` once the projects exist; does nothing when already
    /// loaded or when there are too few running projects.
    static func loadGrantsClosure(into app: Application) async throws {
        let now = app.webServices.now
        let projects = GrantProjects(db: app.db, now: now)
        let reports = Reports(db: app.db, now: now), outputs = Outputs(db: app.db, now: now)
        let acceptances = Acceptances(db: app.db, now: now), changes = ChangeRequests(db: app.db, now: now)
        let people = KechuangApp.people(app)
        guard let officer = try await people.find(email: "officer@demo.kechuang.cn") else { return }
        let running = try await projects.all().filter { $0.status == .running }.sorted { $0.number < $1.number }
        guard running.count >= 3, try await outputs.publicResults().isEmpty else { return }
        let directory = Directory(db: app.db)

        /// The final report with every indicator reached (`share` of each target).
        func finalReport(_ project: Project, share: Double) async throws -> Person {
            let pi = try await directory.person(project.principalInvestigatorID)
            let list = try await reports.list(project: project.id, as: pi)
            let indicators = try await reports.indicators(project: project.id, as: pi)
            if let final = list.first(where: { $0.kind == .final }) {
                _ = try await reports.submit(final.id, ReportInput(
                    summary: share >= 1 ? "按任务书完成全部研究内容，主要考核指标均已达到。" : "按任务书开展了全部实验并如实记录；主要技术路线经反复验证不可行，形成了可供后续研究借鉴的负面结果。",
                    actuals: Dictionary(uniqueKeysWithValues: indicators.map { ($0.id, ($0.target * share).rounded()) })), by: pi)
            }
            return pi
        }

        /// Opens acceptance, chooses the panel among the category's experts and lets it score.
        func reviewed(_ project: Project, score: Int) async throws -> Acceptance? {
            let opened = try await acceptances.open(project: project.id, by: officer)
            let chosen: (acceptance: Acceptance, panel: [AcceptanceReview])
            do {
                let result = try await acceptances.choosePanel(opened.id, by: officer)
                chosen = (result.acceptance, result.panel)
            } catch DomainError.validation {
                return nil  // not enough experts of the category's kind in this demo: acceptance stays opened
            }
            for member in chosen.panel {
                let expert = try await directory.person(member.expertID)
                _ = try await acceptances.submitReview(member.id, scores: Dictionary(uniqueKeysWithValues: chosen.acceptance.scheme.criteria.map { ($0.key, String(score)) }),
                                                       comment: score >= 60 ? "研究工作扎实，完成了任务书约定的目标。" : "未达到预期指标，但研究过程规范、记录完整。", by: expert)
            }
            return chosen.acceptance
        }

        // 1. Passed, with outputs in the results register.
        let passed = running[0]
        let pi = try await finalReport(passed, share: 1)
        let year = BeijingDay(containing: now()).year
        var patent = OutputInput(kind: .patent, title: "一种固态电解质界面修饰方法", identifier: "ZL 202310123456.6", year: year, rights: .researchersOwnership)
        patent.rightsHolders = "周储能；李研究"
        patent.rightsGrantedOn = BeijingDay(containing: now())
        for input in [OutputInput(kind: .paper, title: "Interface stability of sulfide solid electrolytes", identifier: "https://doi.org/10.1038/s41560-024-01234-5", year: year),
                      patent,
                      OutputInput(kind: .standard, title: "固态锂电池界面测试方法", identifier: "T/CESA 1234-2025", year: year)] {
            _ = try await outputs.register(project: passed.id, input, by: pi)
        }
        if let acceptance = try await reviewed(passed, score: 82) {
            _ = try await acceptances.decide(acceptance.id, AcceptanceDecision(outcome: .passed, finding: "完成任务书约定的全部考核指标。"), by: officer)
        }

        // 2. Closed as a diligent failure: no integrity record; the PI may apply again.
        let failed = running[1]
        _ = try await finalReport(failed, share: 0.3)
        if let acceptance = try await reviewed(failed, score: 45) {
            _ = try await acceptances.decide(acceptance.id, AcceptanceDecision(
                outcome: .diligentFailure, finding: "团队按任务书履行了合理注意义务，实验记录完整；未达预期源于技术路线本身的不确定性。"), by: officer)
        }

        // 3. An extension waiting for the research office (Art. 22).
        let extended = running[2]
        let extendedPI = try await directory.person(extended.principalInvestigatorID)
        _ = try await changes.file(project: extended.id, ChangeInput(kind: .extension_, reason: "关键设备到货延迟六个月。",
                                                                     newEndDate: ReportSchedule.adding(months: 6, to: extended.endDate)), by: extendedPI)

        _ = try await reports.remind(by: officer)
    }
}
