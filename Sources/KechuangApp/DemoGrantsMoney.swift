import Foundation
import Grants
import Identity
import KechuangCore
import Projects
import Vapor

extension DemoData {
    /// Money, sub-tasks and the inspection plan on the demo's running projects (Art. 22, 29,
    /// 50(2), 50(3)): for each running project its first tranche released, ordinary lines with a
    /// PDF receipt, one attempt refused by the negative list (in the audit log), a cross-border line
    /// waiting for the programme officer and a budget adjustment; the first milestone of the first
    /// project reported done and its tranche released; sub-tasks in a chief-scientist project; and
    /// the inspection plan — a finance audit with shared findings and a progress check. Called from
    /// `loadGrants` once the projects exist; does nothing when already loaded or when there is no
    /// running project.
    static func loadGrantsMoney(into app: Application) async throws {
        let now = app.webServices.now
        let projects = GrantProjects(db: app.db, now: now)
        let people = KechuangApp.people(app)
        guard let officer = try await people.find(email: "officer@demo.kechuang.cn") else { return }
        let running = try await projects.all().filter { $0.status == .running }.sorted { $0.number < $1.number }
        let inspections = Inspections(db: app.db, now: now)
        guard !running.isEmpty, try await inspections.plan(as: officer).isEmpty else { return }
        let expenditures = Expenditures(db: app.db, now: now), adjustments = BudgetAdjustments(db: app.db, now: now)
        let tranches = Tranches(db: app.db, now: now), subTasks = SubTasks(db: app.db, now: now)
        let everyone = try await people.list(limit: 1000)
        let today = BeijingDay(containing: now())
        let receipt = Expenditures.ReceiptUpload(data: demoReceiptPDF(), name: "发票（示例）.pdf")

        for (index, project) in running.enumerated() {
            // The research office of the project's institution records the money.
            guard let office = everyone.first(where: { p in
                p.memberships.contains { $0.role == .researchOffice && $0.organisationID == project.organisationID }
            }) else { continue }
            let plan = try await tranches.list(project.id, as: officer)
            if let first = plan.first(where: { $0.status == .releasable }) {
                _ = try await tranches.release(project.id, tranche: first.tranche.id, by: officer)
            }
            let date = max(project.startDate, min(today, project.endDate))
            func line(_ category: ExpenditureCategory, _ amount: Int, _ payee: String, _ what: String, kind: PayeeKind = .organisation) -> ExpenditureInput {
                ExpenditureInput(category: category, amount: amount, date: date, payeeKind: kind, payee: payee, description: what)
            }
            let small = max(1, project.awardedAmount / 50)
            for input in [line(.materials, small * 2, "北京某试剂公司（示例）", "实验试剂与耗材"), line(.testing, small, "某测试中心（示例）", "样品表征测试"),
                          line(.travel, small / 2 + 1, "某航空公司（示例）", "参加学术会议差旅")] {
                do { _ = try await expenditures.record(project.id, input, receipt: receipt, store: app.webServices.attachments, by: office) } catch DomainError.validation {}
            }
            // Refused by the call's negative list, when the call has one: the refusal is in the audit log.
            let call = try await Calls(db: app.db, now: now).find(Call.ID(project.callID))
            if let excluded = call.negativeList.first.flatMap(ExpenditureCategory.init(rawValue:)) {
                do {
                    _ = try await expenditures.record(project.id, line(excluded, small, "某单位（示例）", "负面清单内的支出（示例，被拒绝）"),
                                                      receipt: receipt, store: app.webServices.attachments, by: office)
                } catch DomainError.validation {}
            }
            if index == 0 {
                do {
                    _ = try await expenditures.record(project.id, line(.foreignCollaboration, small, "Universität Heidelberg (demo)", "境外合作方联合实验费用",
                                                                       kind: .foreignOrganisation), receipt: receipt, store: app.webServices.attachments, by: office)
                } catch DomainError.validation {}
                let milestones = try await tranches.milestones(project.id, as: officer)
                if let milestone = milestones.first?.milestone {
                    let pi = try await Directory(db: app.db).person(project.principalInvestigatorID)
                    _ = try await tranches.reportMilestoneDone(project.id, milestone: milestone.id, note: "已按任务书完成该阶段工作（示例）", by: pi)
                    if let tied = try await tranches.list(project.id, as: officer).first(where: { $0.tranche.milestoneID == milestone.id && $0.status == .releasable }) {
                        _ = try await tranches.release(project.id, tranche: tied.tranche.id, by: officer)
                    }
                }
            }
            do {
                _ = try await adjustments.enter(project.id, BudgetAdjustmentInput(kind: .reallocation, fromCategory: "indirect", toCategory: "materials",
                                                                               amount: max(1, small / 10), reason: "试剂价格上涨（示例）"), by: office)
            } catch DomainError.validation {}
            if project.chiefScientist {
                let pi = try await Directory(db: app.db).person(project.principalInvestigatorID)
                for (title, leader, share) in [("理论与模拟（示例）", "赵理论", 4), ("实验验证（示例）", "钱实验", 3)] {
                    do {
                        _ = try await subTasks.allocate(project.id, SubTaskInput(title: title, leaderName: leader, leaderEmail: "",
                                                                                budget: project.awardedAmount / 10 * share), by: pi)
                    } catch DomainError.validation {}
                }
            }
        }

        // The one inspection plan: a finance audit with shared findings, and a progress check.
        let first = running[0]
        let audit = try await inspections.plan(InspectionInput(
            kind: .audit, body: .financeBureau, bodyName: "北京市财政局（示例）", target: .project(first.id.rawValue), scopes: [.finance],
            periodStart: today, periodEnd: InspectionRules.adding(months: 0, to: today), title: "财政科研经费使用审计（示例）"), by: officer)
        _ = try await inspections.recordFindings(audit.id, "经费使用总体规范，票据齐全；提醒及时办理跨境支出审批。（示例）", expectedVersion: audit.version, by: officer)
        let next = InspectionRules.adding(months: 2, to: today)
        _ = try await inspections.plan(InspectionInput(
            kind: .inspection, body: .scienceDepartment, bodyName: "北京市科学技术委员会（示例）", target: .institution(first.organisationID), scopes: [.progress, .integrity],
            periodStart: next, periodEnd: next, title: "年度项目进展与科研诚信检查（示例）"), by: officer)
    }

    /// A one-page PDF with a cross-reference table, accepted by the attachment store's inspector.
    static func demoReceiptPDF() -> Data {
        let content = "BT /F1 12 Tf 72 720 Td (Demo receipt) Tj ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var bytes = Data("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (i, object) in objects.enumerated() {
            offsets.append(bytes.count)
            bytes += Data("\(i + 1) 0 obj\n\(object)\nendobj\n".utf8)
        }
        let xref = bytes.count
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { table += String(format: "%010d 00000 n \n", offset) }
        table += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return bytes + Data(table.utf8)
    }
}
