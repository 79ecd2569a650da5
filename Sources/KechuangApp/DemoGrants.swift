import Foundation
import Grants
import Identity
import KechuangCore
import Projects
import Vapor

extension DemoData {
    /// Funded projects for the post-award pages (#15): two demo calls (a natural science fund key
    /// call and a chief-scientist call), six applications from the demo university taken through
    /// the research office and the formal check, funded by the officer through `Awards` (numbers,
    /// drafted task agreements), four agreements signed by the PI, the research office and the
    /// officer (running), one signed by the PI only (waiting for the research office) and one just
    /// funded. Then the money and closure demos run on the running projects, and the two earlier
    /// seasons are funded (`loadGrantSeasons`). Does nothing when projects exist already.
    static func loadGrants(into app: Application, organisations ids: [String: UUID]) async throws {
        let now = app.webServices.now
        let projects = GrantProjects(db: app.db, now: now)
        guard try await projects.all().isEmpty, let university = ids["university"] else { return }
        let people = KechuangApp.people(app)
        guard let officer = try await people.find(email: "officer@demo.kechuang.cn"),
              let office = try await people.find(email: "research-office@demo.kechuang.cn") else { return }
        let calls = KechuangApp.calls(app)
        let programmes = try await calls.programmes()
        guard let fund = programmes.first(where: { $0.kind == .naturalScienceFund }),
              let tech = programmes.first(where: { $0.kind == .keyCoreTechnology }) else { return }
        let opens = BeijingTime.format(now().addingTimeInterval(-86_400)), closes = BeijingTime.format(now().addingTimeInterval(30 * 86_400))
        let keyCall = try await calls.create(CallInput(
            programmeID: fund.id.uuidString, titleZh: "北京市自然科学基金重点项目申报指南（示例，立项演示）",
            titleEn: "Beijing Natural Science Foundation: key projects (demo of funded projects)",
            guidelineZh: "支持在京单位围绕基础前沿开展系统深入的研究。实行经费包干制。", guidelineEn: "Systematic basic research at Beijing institutions. Lump-sum funding.",
            opensAt: opens, closesAt: closes, totalBudget: "5000000", typicalAward: "500000", budgetMode: BudgetMode.lumpSum.rawValue,
            selectionMode: SelectionMode.openCompetition.rawValue, eligibilityRules: ""), by: .system)
        _ = try await calls.publish(keyCall.id, by: .system)
        let chiefCall = try await calls.create(CallInput(
            programmeID: tech.id.uuidString, titleZh: "智能传感器首席科学家负责制项目申报指南（示例）",
            titleEn: "Smart sensors under chief-scientist responsibility (demo)",
            guidelineZh: "首席科学家自主决定技术路线、团队和经费使用（第四十四条）。实行预算加负面清单管理。",
            guidelineEn: "The chief scientist decides the technical route, team and use of funds (Art. 44). Budget with a negative list.",
            opensAt: opens, closesAt: closes, totalBudget: "10000000", typicalAward: "2000000", budgetMode: BudgetMode.negativeList.rawValue,
            selectionMode: SelectionMode.chiefScientist.rawValue, eligibilityRules: "", negativeList: "conferences"), by: .system)
        _ = try await calls.publish(chiefCall.id, by: .system)

        let itemized = [BudgetLine(category: "equipment", amount: 600_000), BudgetLine(category: "materials", amount: 500_000),
                        BudgetLine(category: "labour", amount: 400_000), BudgetLine(category: "testing", amount: 300_000)]
        let specs = [
            GrantSpec(name: "秦拓扑", email: "pi-topology@demo.kechuang.cn", birthYear: "1992", call: keyCall.id, title: "拓扑量子材料中的新奇输运现象",
                      titleEn: "Novel transport in topological quantum materials", discipline: "A0402", budget: [BudgetLine(category: "lump_sum", amount: 500_000)],
                      type: .basic, kind: .competitive, signedBy: 3),
            GrantSpec(name: "韩蛋白", email: "pi-protein@demo.kechuang.cn", birthYear: "1976", call: keyCall.id, title: "膜蛋白构象变化的单分子研究",
                      titleEn: "Single-molecule studies of membrane protein conformations", discipline: "C0501", budget: [BudgetLine(category: "lump_sum", amount: 450_000)],
                      type: .basic, kind: .competitive, signedBy: 3),
            GrantSpec(name: "许气候", email: "pi-climate@demo.kechuang.cn", birthYear: "1990", call: keyCall.id, title: "华北平原极端降水的形成机理",
                      titleEn: "Mechanisms of extreme rainfall over the North China Plain", discipline: "D0501", budget: [BudgetLine(category: "lump_sum", amount: 400_000)],
                      type: .applied, kind: .stable, signedBy: 3),
            GrantSpec(name: "何传感", email: "pi-sensor@demo.kechuang.cn", birthYear: "1972", call: chiefCall.id, title: "面向工业互联网的MEMS智能传感器",
                      titleEn: "MEMS smart sensors for the industrial internet", discipline: "F0404", budget: itemized, type: .development, kind: .competitive, signedBy: 3),
            GrantSpec(name: "吕催化", email: "pi-catalysis@demo.kechuang.cn", birthYear: "1988", call: keyCall.id, title: "单原子催化剂的理性设计",
                      titleEn: "Rational design of single-atom catalysts", discipline: "B0304", budget: [BudgetLine(category: "lump_sum", amount: 480_000)],
                      type: .basic, kind: .competitive, signedBy: 1),
            GrantSpec(name: "施脑科", email: "pi-brain@demo.kechuang.cn", birthYear: "1995", call: keyCall.id, title: "睡眠调控记忆巩固的神经环路",
                      titleEn: "Neural circuits by which sleep consolidates memory", discipline: "C0902", budget: [BudgetLine(category: "lump_sum", amount: 420_000)],
                      type: .basic, kind: .competitive, signedBy: 0),
        ]
        let clock = GrantClock(submitted: now(), checked: now(), awarded: now())
        for spec in specs {
            try await fundDemoApplication(spec, university: university, clock: clock, officer: officer, office: office, app: app)
        }
        try await loadGrantsMoney(into: app)
        try await loadGrantsClosure(into: app)
        try await loadGrantSeasons(into: app, university: university, officer: officer, office: office)
    }

    /// A demo application's PI, title and budget, and what it is funded as.
    struct GrantSpec {
        let name: String, email: String, birthYear: String, call: Call.ID, title: String, titleEn: String, discipline: String
        let budget: [BudgetLine], type: ResearchType, kind: FundingKind
        /// How many parties sign the task agreement (PI, research office, officer).
        let signedBy: Int
        /// The abstract; earlier seasons write their own, so the formal check finds no near-duplicates.
        var summary: String? = nil
        /// A team member from another organisation, who confirms taking part before submission.
        var partner: (person: Person, organisation: UUID)? = nil
    }

    /// When the PI submits, the research office and the officer check, and the officer funds (and the
    /// agreement is signed): every step runs under its own clock, as it would have happened.
    struct GrantClock { let submitted: Date, checked: Date, awarded: Date }

    /// One application from the demo university through submission, the research office, the formal
    /// check and funding, then its task agreement signed by `spec.signedBy` parties.
    static func fundDemoApplication(_ spec: GrantSpec, university: UUID, clock: GrantClock, officer: Person, office: Person, app: Application) async throws {
        let people = KechuangApp.people(app)
        var found = try await people.find(email: spec.email)
        if found == nil {
            found = try await people.create(PersonInput(name: spec.name, email: spec.email, nationality: "CN", birthYear: spec.birthYear), password: nil,
                                            memberships: [Membership(organisationID: university, role: .applicant)], by: .system)
        }
        guard let pi = found else { return }
        let submitted = clock.submitted, checked = clock.checked, awarded = clock.awarded
        let applications = Applications(db: app.db, now: { submitted }), checking = Applications(db: app.db, now: { checked })
        let draft = try await applications.start(call: spec.call, principalInvestigator: pi, organisation: Organisation.ID(university))
        let saved = try await applications.save(draft.id, ApplicationDraft(
            titleZh: spec.title, titleEn: spec.titleEn, keywords: spec.title, discipline: spec.discipline,
            summary: spec.summary ?? "围绕“\(spec.title)”开展系统研究，阐明关键科学问题并形成可检验的成果。",
            plan: "第一年：建立研究体系与方法。第二年：开展系统实验与理论分析。第三年：总结提炼，形成论文、专利或样机。",
            team: spec.partner.map { [TeamMember(name: $0.person.name, email: $0.person.email, organisationID: $0.organisation)] } ?? [],
            budget: spec.budget), expectedVersion: draft.version, by: pi)
        if let partner = spec.partner { _ = try await applications.confirmParticipation(saved.id, by: partner.person) }
        _ = try await applications.submit(saved.id, by: pi)
        _ = try await checking.decide(saved.id, approve: true, comment: nil, by: office)
        _ = try await checking.accept(saved.id, note: nil, by: officer)
        let requested = Money.clampedSum(spec.budget.map(\.amount))
        let day = BeijingDay(containing: awarded)
        let project = try await Awards(db: app.db, now: { awarded }).fund(saved.id, AwardInput(
            awardedAmount: String(requested / 10_000 * 9_000 / 1_000 * 1_000), startDate: day.description,
            endDate: (BeijingDay(year: day.year + 3, month: 6, day: 30) ?? day).description, fundingKind: spec.kind.rawValue,
            researchType: spec.type.rawValue, reason: "示例数据：评审结论已线下形成，立项演示 (demo: funded to show the post-award pages)"), by: officer)
        guard spec.signedBy > 0 else { return }
        let agreements = TaskAgreements(db: app.db, now: { awarded })
        let view = try await agreements.find(project: project.id, as: pi)
        var input = AgreementInput(view.agreement.terms, version: view.agreement.version)
        input.objectivesEn = "Study “\(spec.titleEn)” systematically and answer its key scientific questions."
        input.deliverablesEn = "Peer-reviewed papers, patents or prototypes as the indicators say."
        let edited = try await agreements.update(project: project.id, input, by: pi)
        _ = try await agreements.sign(project: project.id, as: .principalInvestigator, sha256: edited.sha256, by: pi)
        guard spec.signedBy == 3 else { return }
        _ = try await agreements.sign(project: project.id, as: .researchOffice, sha256: edited.sha256, by: office)
        _ = try await agreements.sign(project: project.id, as: .programmeOfficer, sha256: edited.sha256, by: officer)
    }
}
