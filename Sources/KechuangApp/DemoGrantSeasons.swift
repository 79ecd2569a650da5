import Foundation
import Grants
import Identity
import KechuangCore
import Projects
import Vapor

extension DemoData {
    /// The partner outside Beijing that two earlier projects work with (Art. 10: cross-region cooperation).
    static let seasonPartner = Org(key: "tianjin-partner", input: OrganisationInput(
        nameZh: "海河先进材料研究院（示例）", nameEn: "Haihe Institute of Advanced Materials (demo)",
        type: OrganisationType.researchInstitute.rawValue, ownership: Ownership.state.rawValue, district: District.outsideBeijing.rawValue,
        uscc: withCheck("12120000400000007")))

    /// The two seasons before this one (#21: the dashboards read three years): in each, a natural
    /// science fund call and a key-technology call open on 1 April, three applications are
    /// submitted in April, checked in May and funded in July, every step under its own clock; one
    /// project a year has a partner in Tianjin. Their abstracts are their own, so no formal check
    /// sees a near-duplicate. A season before the regulation entered into force is skipped.
    static func loadGrantSeasons(into app: Application, university: UUID, officer: Person, office: Person) async throws {
        let orgs = KechuangApp.organisations(app), people = KechuangApp.people(app)
        var partnerOrg = try await orgs.list(search: seasonPartner.input.uscc, limit: 1).first?.id.rawValue
        if partnerOrg == nil { partnerOrg = try await orgs.create(seasonPartner.input, by: .system).id.rawValue }
        var partner = try await people.find(email: "partner-haihe@demo.kechuang.cn")
        if partner == nil {
            partner = try await people.create(PersonInput(name: "周海河", email: "partner-haihe@demo.kechuang.cn", nationality: "CN", birthYear: "1984"),
                                              password: nil, memberships: [Membership(organisationID: partnerOrg, role: .applicant)], by: .system)
        }
        guard let partnerOrg, let partner else { return }
        let programmes = try await KechuangApp.calls(app).programmes()
        guard let fund = programmes.first(where: { $0.kind == .naturalScienceFund }),
              let tech = programmes.first(where: { $0.kind == .keyCoreTechnology }) else { return }
        let thisYear = BeijingDay(containing: app.webServices.now()).year
        for (offset, season) in seasons.enumerated() {
            let year = thisYear - 2 + offset
            func at(_ month: Int, _ day: Int, hour: Int = 10) -> Date {
                (BeijingDay(year: year, month: month, day: day)?.start ?? .regulationInForce).addingTimeInterval(Double(hour) * 3600)
            }
            let opens = at(4, 1, hour: 9)
            guard opens >= .regulationInForce else { continue }
            let calls = Calls(db: app.db, now: { opens })
            func call(_ programme: Programme, _ zh: String, _ en: String, budget: BudgetMode, total: String, typical: String) async throws -> Call.ID {
                let created = try await calls.create(CallInput(
                    programmeID: programme.id.uuidString, titleZh: "\(year)年度\(zh)（示例）", titleEn: "\(en) \(year) (demo)",
                    guidelineZh: "面向在京单位公开竞争择优支持。", guidelineEn: "Open competition among Beijing institutions.",
                    opensAt: BeijingTime.format(opens), closesAt: BeijingTime.format(at(5, 1, hour: 17)), totalBudget: total, typicalAward: typical,
                    budgetMode: budget.rawValue, selectionMode: SelectionMode.openCompetition.rawValue, eligibilityRules: ""), by: .system)
                _ = try await calls.publish(created.id, by: .system)
                return created.id
            }
            let fundCall = try await call(fund, "北京市自然科学基金面上项目", "Beijing Natural Science Foundation: general projects",
                                          budget: .lumpSum, total: "3000000", typical: "500000")
            let techCall = try await call(tech, "关键核心技术攻关项目", "Key and core technologies", budget: .itemized, total: "8000000", typical: "2000000")
            for (k, p) in season.enumerated() {
                let spec = GrantSpec(name: p.name, email: p.email, birthYear: p.birthYear, call: p.tech ? techCall : fundCall, title: p.title, titleEn: p.titleEn,
                                     discipline: p.discipline, budget: p.budget, type: p.type, kind: p.kind, signedBy: 3, summary: p.summary,
                                     partner: p.withPartner ? (partner, partnerOrg) : nil)
                try await fundDemoApplication(spec, university: university,
                                              clock: GrantClock(submitted: at(4, 20 + k), checked: at(5, 8 + k), awarded: at(7, 10 + 3 * k)),
                                              officer: officer, office: office, app: app)
            }
        }
    }

    struct SeasonProject {
        let name: String, email: String, birthYear: String, title: String, titleEn: String, discipline: String, summary: String
        let budget: [BudgetLine], type: ResearchType, kind: FundingKind, tech: Bool, withPartner: Bool
    }

    /// Two years ago, then last year.
    static let seasons: [[SeasonProject]] = [
        [
            SeasonProject(name: "钟超导", email: "pi-superconductor@demo.kechuang.cn", birthYear: "1991", title: "铁基超导体中电子配对的对称性",
                          titleEn: "Pairing symmetry in iron-based superconductors", discipline: "A0402",
                          summary: "利用角分辨光电子能谱与非弹性中子散射测量铁基超导体的能隙结构，判定其配对对称性，检验自旋涨落配对理论。",
                          budget: [BudgetLine(category: "lump_sum", amount: 450_000)], type: .basic, kind: .competitive, tech: false, withPartner: false),
            SeasonProject(name: "罗湿地", email: "pi-wetland@demo.kechuang.cn", birthYear: "1979", title: "永定河流域湿地碳汇的时空格局",
                          titleEn: "Carbon sinks of the Yongding River wetlands over space and time", discipline: "D0501",
                          summary: "在永定河上下游布设涡度相关观测站，结合遥感反演估算湿地碳通量，分析生态补水对碳汇的影响。",
                          budget: [BudgetLine(category: "lump_sum", amount: 400_000)], type: .applied, kind: .stable, tech: false, withPartner: true),
            SeasonProject(name: "陶芯片", email: "pi-power-chip@demo.kechuang.cn", birthYear: "1983", title: "车规级碳化硅功率器件的可靠性",
                          titleEn: "Reliability of automotive silicon-carbide power devices", discipline: "F0404",
                          summary: "建立碳化硅功率模块的功率循环与高温高湿加速试验平台，研究栅氧退化机理，形成车规级寿命评估方法。",
                          budget: [BudgetLine(category: "equipment", amount: 700_000), BudgetLine(category: "testing", amount: 500_000),
                                   BudgetLine(category: "labour", amount: 300_000)], type: .development, kind: .competitive, tech: true, withPartner: false),
        ],
        [
            SeasonProject(name: "孔免疫", email: "pi-immunity@demo.kechuang.cn", birthYear: "1993", title: "肿瘤微环境中T细胞耗竭的表观调控",
                          titleEn: "Epigenetic control of T-cell exhaustion in the tumour microenvironment", discipline: "C0501",
                          summary: "以单细胞多组学刻画耗竭T细胞的染色质可及性变化，鉴定可逆转耗竭状态的关键转录因子并在小鼠模型中验证。",
                          budget: [BudgetLine(category: "lump_sum", amount: 480_000)], type: .basic, kind: .competitive, tech: false, withPartner: false),
            SeasonProject(name: "姜风能", email: "pi-wind@demo.kechuang.cn", birthYear: "1985", title: "复杂地形风电场尾流的多尺度模拟",
                          titleEn: "Multiscale simulation of wind-farm wakes over complex terrain", discipline: "B0304",
                          summary: "耦合中尺度气象模式与大涡模拟，刻画山地风电场机组尾流的相互作用，提出提高发电量的排布优化方法。",
                          budget: [BudgetLine(category: "lump_sum", amount: 420_000)], type: .applied, kind: .stable, tech: false, withPartner: true),
            SeasonProject(name: "严光子", email: "pi-photonics@demo.kechuang.cn", birthYear: "1990", title: "硅基光子集成芯片的片上光源",
                          titleEn: "On-chip light sources for silicon photonic integrated circuits", discipline: "F0404",
                          summary: "研究量子点激光器在硅衬底上的异质外延与键合工艺，实现可量产的片上光源，并完成数据中心光互连样片。",
                          budget: [BudgetLine(category: "equipment", amount: 800_000), BudgetLine(category: "materials", amount: 400_000),
                                   BudgetLine(category: "labour", amount: 400_000)], type: .development, kind: .competitive, tech: true, withPartner: false),
        ],
    ]
}
