import Foundation
import Identity
import KechuangCore
import Monitoring
import Vapor

extension DemoData {
    /// Key-task ledger and risk-warning demo (Art. 8, 14, 65): the city's plan with two goals tied
    /// to indicators, three key tasks of this year led by the science commission (one target met
    /// after a corrected report, one behind the linear expectation, one on track), their monthly
    /// reports, and one run of the warning rules over the other demos' data. Loading twice changes nothing.
    static func loadLedger(into app: Application, organisations ids: [String: UUID]) async throws {
        let now = app.webServices.now()
        let ledger = KeyTaskLedger(db: app.db, now: { now })
        guard try await ledger.plans().isEmpty, let commission = ids["commission"],
              let staff = try await KechuangApp.people(app).find(email: "staff@demo.kechuang.cn") else { return }
        let today = BeijingDay(containing: now)
        let year = today.year
        let plan = try await ledger.createPlan(PlanInput(
            level: "city", scope: "", titleZh: "北京国际科技创新中心建设规划（示例）", titleEn: "Plan for the Beijing international innovation center (demo)",
            fromYear: "\(year - 1)", toYear: "\(year + 3)",
            goals: "研发投入强度保持在 6% 以上 | RPT-RDI\n青年科技人才主持项目比例稳步提高 | GRT-03\n大型科研仪器开放共享水平提升 | INS-01, INS-02"), by: staff)
        func task(_ code: String, _ zh: String, _ en: String, _ target: String, _ unit: String, _ indicator: String, _ article: String) async throws -> LedgerTask {
            try await ledger.createTask(TaskInput(planID: plan.id.rawValue.uuidString, year: "\(year)", code: code, titleZh: zh, titleEn: en,
                                                  leadDepartment: commission.uuidString, deadline: "\(year)-12-31", targetValue: target, targetUnit: unit,
                                                  indicator: indicator, article: article, planItem: "年度工作要点第 \(code) 项"), by: staff)
        }
        let hours = try await task("1", "提升科研仪器开放共享机时", "More shared instrument hours", "20000", "机时", "INS-01", "55")
        let young = try await task("2", "提高青年科技人才主持项目比例", "A larger share of projects led by young scientists", "30", "%", "GRT-03", "45")
        let vouchers = try await task("3", "扩大创新券兑付规模", "More innovation vouchers redeemed", "50", "笔", "ENT-01", "23(3)")
        let month = String(format: "%04d-%02d", year, today.month)
        try await ledger.report(hours.id, ProgressInput(month: month, value: "19800", narrative: "全市共享平台统计"), by: staff)
        try await ledger.report(hours.id, ProgressInput(month: month, value: "21050", narrative: "更正：补录怀柔科学城设施机时"), by: staff)
        try await ledger.report(young.id, ProgressInput(month: month, value: "5", narrative: "专项指南修订尚未发布"), by: staff)
        if today.month > 1 {
            try await ledger.report(vouchers.id, ProgressInput(month: String(format: "%04d-%02d", year, today.month - 1), value: "30", narrative: "上月兑付"), by: staff)
        }
        try await ledger.report(vouchers.id, ProgressInput(month: month, value: "45", narrative: "本月新增兑付 15 笔"), by: staff)
        _ = try await RiskWarnings(db: app.db, now: { now }).run(by: staff)
    }
}
