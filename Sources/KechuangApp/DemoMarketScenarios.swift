import Foundation
import Identity
import KechuangCore
import Market
import Review
import Vapor

extension DemoData {
    /// Scenario demand lists and certification demo (Art. 34, 35): the commission's list published
    /// 40 days ago and closed, with a selected solution whose pilot is published; an open list with
    /// two scenarios and a submitted solution under review by a panel chosen without conflicts; a
    /// recognised new product (a numbered certificate) and an application waiting. About 20 audited
    /// writes, no password hashes. Loading twice changes nothing.
    static func loadMarketScenarios(into app: Application, organisations ids: [String: UUID]) async throws {
        let people = KechuangApp.people(app)
        let now = app.webServices.now()
        guard let commission = ids["commission"], let university = ids["university"],
              let staff = try await people.find(email: "staff@demo.kechuang.cn"),
              let applicant = try await people.find(email: "applicant@demo.kechuang.cn") else { return }
        let current = ScenarioBatches(db: app.db, now: { now })
        guard try await current.managed(by: staff).isEmpty else { return }
        let past: @Sendable () -> Date = { now.addingTimeInterval(-40 * 86_400) }
        func details(_ problem: String, _ site: String, _ resources: String, _ outcome: String, _ budget: Int64?, _ timeline: String) -> ScenarioDetails {
            ScenarioDetails(problem: problem, site: site, resources: resources, expectedOutcome: outcome, budgetYuan: budget, timeline: timeline,
                            contact: "市科委场景处 010-55550000")
        }

        // A list published 40 days ago that closed 10 days ago: one solution selected, its pilot published.
        let oldBatches = ScenarioBatches(db: app.db, now: past)
        let old = try await oldBatches.create(ScenarioBatchInput(departmentID: commission, titleZh: "2026 年第四批应用场景建设需求清单（示例）",
            titleEn: "Application scenarios 2026, fourth list (demo)", summary: "面向城市治理与交通的应用场景。",
            closesOn: BeijingDay(containing: now.addingTimeInterval(-10 * 86_400))), by: staff)
        let crossing = try await oldBatches.addScenario(to: old.id, ScenarioInput(titleZh: "城市路口车路协同信号优化", titleEn: "Connected-vehicle signal control at city intersections",
            discipline: "F06", details: details("高峰时段路口排队长、通行效率低", "经开区荣华路沿线 8 个路口", "开放路侧感知数据、信号机接口和测试时段",
                                                "高峰平均通行时间缩短 15%", 3_000_000, "2026 年 11 月至 2027 年 5 月")), by: staff)
        _ = try await oldBatches.publish(old.id, by: staff)
        let oldSolutions = Solutions(db: app.db, now: { now.addingTimeInterval(-20 * 86_400) })
        let selected = try await oldSolutions.submit(to: crossing.id, SolutionInput(organisationID: university, title: "基于图神经网络的路口信号协同控制",
            text: "以路侧感知数据构建路网时空图，用图神经网络预测排队长度并联动优化 8 个路口的信号配时，支持网联车辆接收通行建议。",
            team: [TeamMember(name: applicant.name, email: applicant.email, role: "负责人")], priorDeployments: "海淀区中关村大街 4 个路口试运行"), by: applicant)
        let decisions = Solutions(db: app.db, now: { now.addingTimeInterval(-8 * 86_400) })
        _ = try await decisions.decide(selected.id, select: true, reason: "方案与场景需求契合，预测模型经过实测，成本可控。",
                                       pilotStart: BeijingDay(containing: now.addingTimeInterval(-7 * 86_400)), by: staff)
        let pilots = Pilots(db: app.db, now: { now })
        _ = try await pilots.record(selected.id, startOn: BeijingDay(containing: now.addingTimeInterval(-7 * 86_400)), milestones: [
            PilotMilestone(title: "路侧设备接入与数据联调", due: BeijingDay(containing: now.addingTimeInterval(-3 * 86_400)), done: true),
            PilotMilestone(title: "8 个路口信号协同上线", due: BeijingDay(containing: now.addingTimeInterval(30 * 86_400)), done: false),
        ], outcome: "首批 3 个路口早高峰平均通行时间缩短 12%。", by: staff)
        _ = try await pilots.publish(selected.id, by: staff)

        // An open list: two scenarios, one solution under review.
        let open = try await current.create(ScenarioBatchInput(departmentID: commission, titleZh: "2027 年第一批应用场景建设需求清单（示例）",
            titleEn: "Application scenarios 2027, first list (demo)", summary: "面向能源与医疗的应用场景，欢迎企业、科研机构和联合体提交方案。",
            closesOn: BeijingDay(containing: now.addingTimeInterval(45 * 86_400))), by: staff)
        let storage = try await current.addScenario(to: open.id, ScenarioInput(titleZh: "园区固态储能安全监测", titleEn: "Safety monitoring of solid-state storage in a park",
            discipline: "E02", details: details("储能电站热失控预警不足", "怀柔科学城能源站", "开放电池运行数据与一座 2 MWh 储能舱", "热失控提前 30 分钟预警",
                                                1_500_000, "2027 年 3 月至 12 月")), by: staff)
        _ = try await current.addScenario(to: open.id, ScenarioInput(titleZh: "社区医院影像辅助诊断", titleEn: "Imaging decision support in community hospitals",
            discipline: "F06", details: details("基层影像医生不足", "通州区 5 家社区卫生服务中心", "脱敏影像数据集与试用场地", "阅片效率提高 30%",
                                                nil, "2027 年 4 月至 2028 年 3 月")), by: staff)
        _ = try await current.publish(open.id, by: staff)
        let solutions = Solutions(db: app.db, now: { now })
        let pending = try await solutions.submit(to: storage.id, SolutionInput(organisationID: university, title: "固态电池界面阻抗在线监测与预警",
            text: "在储能舱部署电化学阻抗在线测量模块，结合界面演化模型识别热失控前兆，预警信息接入园区能源管理平台。",
            team: [TeamMember(name: applicant.name, email: applicant.email, role: "负责人")], priorDeployments: ""), by: applicant)
        do {
            _ = try await solutions.assignPanel(pending.id, reviewers: 2, by: staff)
        } catch DomainError.validation {
            // Too few experts without conflicts in this database: the solution waits, as on the page.
        }

        // Certification (Art. 34): one recognised new product, one application waiting.
        let certs = Certifications(db: app.db, now: { now })
        func evidence(_ kind: CertificationKind) -> [String: String] {
            Dictionary(uniqueKeysWithValues: CertificationCriteria.criteria(for: kind).map { ($0.id, "见申报材料") })
        }
        let product = try await certs.apply(CertificationInput(kind: .newProduct, organisationID: university, name: "高安全固态电解质膜（示例）",
            description: "自主研发的复合固态电解质膜，室温离子电导率与安全性达到国内领先。", discipline: "E02", evidence: evidence(.newProduct)), by: applicant)
        _ = try await certs.decide(product.id, certify: true, reason: "技术水平国内领先，检测合格，具备自主知识产权。", by: staff)
        _ = try await certs.apply(CertificationInput(kind: .newTechnology, organisationID: university, name: "路口信号图神经网络协同控制技术（示例）",
            description: "以图神经网络预测排队并联动优化信号配时的控制技术。", discipline: "F06", evidence: evidence(.newTechnology)), by: applicant)
    }
}
