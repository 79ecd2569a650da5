import Foundation
import Identity
import KechuangCore
import Market
import Vapor

extension DemoData {
    /// Technology market demo (Art. 36): the registration rules' documents in the policy library,
    /// supplies of the demo university and institute, demands of the demo enterprises, one inquiry
    /// that became a deal, and technology contracts — seven registered over the last months (so
    /// the statistics have types, months and flows), one returned for a wrong type, one awaiting
    /// the registrar. Loading twice changes nothing.
    static func loadMarketTrade(into app: Application, organisations ids: [String: UUID]) async throws {
        try await loadMarketPlatforms(into: app, organisations: ids)
        let people = KechuangApp.people(app)
        let now = app.webServices.now()
        let listings = TechListings(db: app.db, now: { now })
        guard try await listings.openSupplies(limit: 1).isEmpty,
              let admin = try await people.find(email: "admin@demo.kechuang.cn"),
              let staff = try await people.find(email: "staff@demo.kechuang.cn"),
              let office = try await people.find(email: "research-office@demo.kechuang.cn"),
              let university = ids["university"], let institute = ids["institute"], let enterprise = ids["enterprise"], let foreign = ids["foreign"] else { return }
        try await RegistrationDocuments.importMissing(into: KechuangApp.policies(app), actor: .system)

        let supplies: [(UUID, String, String, TechField, Int, [String], [TransferMode], String)] = [
            (university, "硫化物固态电解质及其制备方法（示例）", "高离子电导率硫化物固态电解质，室温电导率达 10 mS/cm，适用于动力电池和储能电池量产。", .energy, 6,
             ["ZL202310123456.7"], [.licence, .transfer], "普通许可入门费 50 万元起，另按销售额提成"),
            (university, "面向国产芯片的大模型推理编译器（示例）", "将大模型推理图编译到国产智能芯片，算子自动融合，推理吞吐提升 2 倍。", .software, 5,
             [], [.licence, .jointDevelopment], "面议"),
            (university, "单细胞测序数据分析平台（示例）", "单细胞转录组数据的质控、聚类和细胞类型注释流程，已用于多家医院。", .biomedicine, 7, [], [.licence], "年许可费 20 万元"),
            (institute, "兆瓦级液流电池储能系统（示例）", "全钒液流电池电堆与系统集成技术，循环寿命超过 15000 次，适用于电网侧储能。", .energy, 7,
             ["CN116123456A"], [.transfer, .equity], "作价入股或转让，价格面议"),
            (institute, "高温超导带材连续制备工艺（示例）", "第二代高温超导带材的连续沉积工艺，千米级带材临界电流均匀。", .materials, 4, [], [.jointDevelopment], "合作开发"),
        ]
        var offered: [TechSupply] = []
        for s in supplies {
            offered.append(try await listings.offer(SupplyInput(organisationID: s.0, title: s.1, summary: s.2, field: s.3, trl: s.4, patents: s.5, modes: s.6,
                                                                priceGuidance: s.7), by: admin))
        }
        let demands: [(UUID, String, String, TechField, Int?, Int?)] = [
            (enterprise, "动力电池固态电解质量产技术（示例）", "寻求高离子电导率的固态电解质材料及其量产工艺，用于新一代动力电池。", .energy, 3_000_000, 5),
            (enterprise, "国产算力上的大模型推理优化（示例）", "需要在国产智能芯片集群上提升大模型推理吞吐，降低时延。", .software, 1_000_000, 4),
            (foreign, "电网侧长时储能方案（示例）", "为园区微电网寻找长时储能技术，要求循环寿命长、安全性高。", .energy, nil, 6),
        ]
        var posted: [TechDemand] = []
        for d in demands {
            posted.append(try await listings.post(DemandInput(organisationID: d.0, title: d.1, problem: d.2, field: d.3, budget: d.4, deadline: nil, minimumTRL: d.5), by: admin))
        }

        // An inquiry from the enterprise's demand on the university's electrolyte, agreed as a deal.
        let inquiries = Inquiries(db: app.db, now: { now })
        if let supply = offered.first, let demand = posted.first {
            let inquiry = try await inquiries.open(supply: supply.id, demand: demand.id, from: nil, message: "贵校的固态电解质能否普通许可？我们计划明年量产。（示例）", by: admin)
            _ = try await inquiries.write(inquiry.id, "可以普通许可三年，入门费 80 万元，另含技术指导。（示例）", by: office)
            _ = try await inquiries.agree(inquiry.id, by: office)
        }

        // Contracts, registered over the last months.
        let store = app.webServices.attachments, pdf = demoReceiptPDF()
        let hebei = ContractParty(name: "河北储能装备有限公司（示例）", uscc: withCheck("91130100MA0000005"), kind: .enterprise, district: .outsideBeijing)
        let shanghai = ContractParty(name: "上海材料研究所（示例）", uscc: withCheck("12310000400000006"), kind: .institute, district: .outsideBeijing)
        let orgs = KechuangApp.organisations(app)
        func party(_ id: UUID, _ kind: PartyKind) async throws -> ContractParty {
            let o = try await orgs.find(Organisation.ID(id))
            return ContractParty(name: o.nameZh, uscc: o.uscc, kind: kind, district: o.district)
        }
        let uni = try await party(university, .university), inst = try await party(institute, .institute)
        let firm = try await party(enterprise, .enterprise), rhine = try await party(foreign, .enterprise)
        func shift(_ day: BeijingDay, _ days: Int) -> BeijingDay { BeijingDay(containing: day.start.addingTimeInterval(Double(days) * 86_400 + 3_600)) }
        typealias Row = (ContractSubtype, String, TechField, String, ContractParty, ContractParty, Int, Int, Int)
        let rows: [Row] = [
            (.commissioned, "大模型推理编译器委托开发（示例）", .software, "委托开发面向国产芯片的推理编译器，交付源代码与测试报告，验收指标为吞吐提升 2 倍。", uni, firm, 2_000_000, 1_800_000, 6),
            (.patentLicence, "固态电解质专利实施许可（示例）", .energy, "许可实施专利 ZL202310123456.7（硫化物固态电解质及其制备方法），普通许可三年，含技术指导。", uni, hebei, 1_200_000, 1_000_000, 5),
            (.generalService, "储能电站运行数据分析技术服务（示例）", .energy, "为园区储能电站提供运行数据分析与故障诊断服务一年，按季度提交分析报告。", inst, rhine, 300_000, 300_000, 4),
            (.secretTransfer, "超导带材沉积工艺技术秘密转让（示例）", .materials, "转让第二代高温超导带材连续沉积工艺的技术秘密，包括工艺参数与设备图纸。", shanghai, firm, 800_000, 650_000, 3),
            (.feasibility, "长时储能园区应用可行性论证（示例）", .energy, "就园区微电网配置长时储能开展可行性论证，提交技术经济分析报告。", inst, firm, 150_000, 150_000, 2),
            (.cooperative, "单细胞分析平台合作开发（示例）", .biomedicine, "合作开发单细胞数据分析平台的临床版本，双方分工与成果归属按合同约定。", uni, rhine, 900_000, 900_000, 1),
            (.training, "储能系统运维技术培训（示例）", .energy, "为河北企业技术人员提供液流电池储能系统运维培训三期，共 60 人次。", inst, hebei, 120_000, 120_000, 1),
        ]
        // Registered r.8 months ago, except three registered in the two years before (row: years back, month),
        // so the contract indicators (MKT-01/02) have three years.
        let earlier: [Int: (Int, Int)] = [1: (1, 5), 3: (1, 9), 5: (2, 8)]
        let thisYear = BeijingDay(containing: now).year
        for (i, r) in rows.enumerated() {
            let at = earlier[i].flatMap { BeijingDay(year: thisYear - $0.0, month: $0.1, day: 14)?.start.addingTimeInterval(10 * 3600) }
                ?? now.addingTimeInterval(-Double(r.8) * 30 * 86_400)
            let day = BeijingDay(containing: at)
            let contracts = TechnologyContracts(db: app.db, now: { at })
            let input = ContractInput(type: r.0.type, subtype: r.0, title: r.1, field: r.2, technicalContent: r.3, seller: r.4, buyer: r.5, totalAmount: r.6,
                                      technicalAmount: r.7, goodsAmount: r.6 - r.7, otherAmount: 0, signedOn: shift(day, -3), startsOn: day,
                                      endsOn: shift(day, 365), point: i % 2 == 0 ? "HD" : "CY")
            let k = try await contracts.submit(input, pdf: (pdf, "contract.pdf"), store: store, by: office)
            _ = try await contracts.register(k.id, expectedVersion: k.version, by: staff)
        }
        // One returned for a wrong type (an exclusive licence submitted as an assignment), one awaiting the registrar.
        let contracts = TechnologyContracts(db: app.db, now: { now })
        let today = BeijingDay(containing: now)
        let wrong = ContractInput(type: .transfer, subtype: .patentRight, title: "液流电池专利独占许可（示例）", field: .energy,
                                  technicalContent: "独占许可实施专利申请 CN116123456A 所述液流电池电堆技术五年，含工艺包与技术指导。", seller: inst, buyer: firm,
                                  totalAmount: 2_500_000, technicalAmount: 2_200_000, goodsAmount: 300_000, otherAmount: 0, signedOn: shift(today, -2),
                                  startsOn: today, endsOn: shift(today, 1825), point: "HD")
        let submitted = try await contracts.submit(wrong, pdf: (pdf, "contract.pdf"), store: store, by: office)
        _ = try await contracts.returnForCorrection(submitted.id, reason: .wrongType, note: "合同约定为独占许可，应登记为技术许可合同（专利实施许可），请补正类型与子类。（示例）",
                                                    expectedVersion: submitted.version, by: staff)
        var waiting = wrong
        waiting.type = .consultancy
        waiting.subtype = .evaluation
        waiting.title = "储能技术路线分析评价报告（示例）"
        waiting.technicalContent = "对园区储能的技术路线进行分析评价，比较液流电池、锂电池与压缩空气储能，提交分析评价报告。"
        waiting.totalAmount = 200_000
        waiting.technicalAmount = 200_000
        waiting.goodsAmount = 0
        waiting.seller = uni
        _ = try await contracts.submit(waiting, pdf: (pdf, "contract.pdf"), store: store, by: office)
    }
}
