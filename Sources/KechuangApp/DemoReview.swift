import Foundation
import Identity
import KechuangCore
import Projects
import Review
import Vapor

extension DemoData {
    /// Applications to the young scientists' call from four PIs at the demo university — three
    /// accepted for review and one, a near copy of the first, waiting at the formal check — an
    /// expert pool of six with profiles, and the call's review round set but not yet run: the
    /// programme officer can compute, check and publish the assignment.
    static func loadReview(into app: Application, organisations ids: [String: UUID]) async throws {
        let now = app.webServices.now
        let pool = ExpertPool(db: app.db, now: now)
        guard try await pool.list().isEmpty,
              let call = try await KechuangApp.calls(app).list().first(where: { $0.titleZh.contains("青年科学基金") }),
              let university = ids["university"] else { return }
        let people = KechuangApp.people(app)
        guard let officer = try await people.find(email: "officer@demo.kechuang.cn"),
              let office = try await people.find(email: "research-office@demo.kechuang.cn") else { return }

        func person(_ name: String, _ email: String, _ role: Role, _ org: UUID?, birthYear: String = "1978") async throws -> Person {
            if let existing = try await people.find(email: email) { return existing }
            return try await people.create(PersonInput(name: name, email: email, nationality: "CN", birthYear: birthYear), password: nil,
                                           memberships: [Membership(organisationID: org, role: role)], by: .system)
        }

        let plan = "第一年：建立材料体系与表征方法，完成界面反应机理的原位观测。第二年：构建理论模型，开展器件验证，形成可推广的设计准则。"
        let proposals: [(name: String, email: String, draft: ApplicationDraft, accept: Bool)] = [
            ("周储能", "pi-energy@demo.kechuang.cn", ApplicationDraft(
                titleZh: "固态锂电池电解质界面稳定性机理研究", titleEn: "Interface stability of solid-state lithium battery electrolytes",
                keywords: "固态电池；电解质；界面稳定性", discipline: "E0207", summary: "研究固态电解质与电极界面的副反应机理，提出稳定界面的设计方法。",
                plan: plan, budget: [BudgetLine(category: "lump_sum", amount: 300_000)]), true),
            ("吴智能", "pi-ai@demo.kechuang.cn", ApplicationDraft(
                titleZh: "面向城市交通的图神经网络流量预测方法", titleEn: "Graph neural networks for urban traffic forecasting",
                keywords: "图神经网络；交通预测；时空数据", discipline: "F0603", summary: "利用北京路网时空数据，研究可解释的图神经网络流量预测方法。",
                plan: "第一年：采集路网数据并建立基准。第二年：提出可解释模型并在示范区域验证。", budget: [BudgetLine(category: "lump_sum", amount: 280_000)]), true),
            ("郑量子", "pi-quantum@demo.kechuang.cn", ApplicationDraft(
                titleZh: "钙钛矿量子点发光材料的稳定性调控", titleEn: "Stability of perovskite quantum dot emitters",
                keywords: "量子点；钙钛矿；发光材料", discipline: "B0205", summary: "研究钙钛矿量子点的表面配体工程，提高发光材料的环境稳定性。",
                plan: "第一年：合成与表面修饰。第二年：器件封装与寿命测试。", budget: [BudgetLine(category: "lump_sum", amount: 250_000)]), true),
            ("冯重复", "pi-duplicate@demo.kechuang.cn", ApplicationDraft(
                titleZh: "固态锂电池电解质界面稳定性机理研究", titleEn: "Interface stability of solid-state lithium battery electrolytes",
                keywords: "固态电池；电解质；界面稳定性", discipline: "E0207", summary: "研究固态电解质与电极界面的副反应机理，提出稳定界面的设计方法。",
                plan: plan, budget: [BudgetLine(category: "lump_sum", amount: 300_000)]), false),
        ]
        let applications = Applications(db: app.db, now: now)
        for p in proposals {
            let pi = try await person(p.name, p.email, .applicant, university, birthYear: "1994")
            let draft = try await applications.start(call: call.id, principalInvestigator: pi, organisation: Organisation.ID(university))
            let saved = try await applications.save(draft.id, p.draft, expectedVersion: draft.version, by: pi)
            _ = try await applications.submit(saved.id, by: pi)
            _ = try await applications.decide(saved.id, approve: true, comment: nil, by: office)
            if p.accept { _ = try await applications.accept(saved.id, note: nil, by: officer) }
        }

        let experts: [(name: String, email: String, org: String, disciplines: [String], keywords: String, expertise: String)] = [
            ("Anna Weber", "reviewer@demo.kechuang.cn", "institute", ["E02", "B02"], "固态电池；电化学；储能材料", "Solid-state electrochemistry and battery interfaces."),
            ("陈电化", "expert-electro@demo.kechuang.cn", "institute", ["E0207"], "电解质；界面；锂电池", "长期从事锂电池电解质与界面研究。"),
            ("林图网", "expert-graph@demo.kechuang.cn", "enterprise", ["F06"], "图神经网络；机器学习；交通", "研究图神经网络及其在交通中的应用。"),
            ("黄视觉", "expert-vision@demo.kechuang.cn", "foreign", ["F0603"], "深度学习；时空数据；预测", "时空数据挖掘与深度学习预测模型。"),
            ("杨发光", "expert-optics@demo.kechuang.cn", "enterprise", ["B0205"], "量子点；发光材料；钙钛矿", "量子点合成与发光器件。"),
            ("许材料", "expert-materials@demo.kechuang.cn", "foreign", ["B02", "E02"], "材料化学；稳定性；表面修饰", "功能材料的表面化学与稳定性。"),
        ]
        for e in experts {
            let expert = try await person(e.name, e.email, .reviewer, ids[e.org])
            var profile = try await pool.profile(of: expert)
            profile.disciplines = e.disciplines
            profile.keywords = e.keywords
            profile.expertise = e.expertise
            profile.languages = e.name == "Anna Weber" ? ["en", "zh"] : ["zh"]
            profile.maxLoad = 3
            _ = try await pool.save(profile, expectedVersion: profile.version, by: expert)
        }
        _ = try await Rounds(db: app.db, now: now).configure(
            call: call.id.rawValue, reviewersPerProposal: 2, minLoad: 0, maxLoad: 3, deadline: now().addingTimeInterval(30 * 86_400), fair: false, seed: 1,
            criteria: ReviewRound.defaultCriteria, by: officer)
    }
}
