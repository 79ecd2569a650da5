import Foundation
import Identity
import KechuangCore
import Market
import Vapor

extension DemoData {
    /// Transfer offices, proof-of-concept centres and pilot bases demo (Art. 32): the university's
    /// technology-transfer office with two licensed managers and its proof-of-concept centre, the
    /// institute's pilot base; one request from the university to the pilot base, accepted and
    /// completed, and one from the institute to the proof-of-concept centre awaiting its answer.
    /// Loading twice changes nothing.
    static func loadMarketPlatforms(into app: Application, organisations ids: [String: UUID]) async throws {
        let people = KechuangApp.people(app)
        let now = app.webServices.now()
        let platforms = TransferPlatforms(db: app.db, now: { now })
        guard try await platforms.active(limit: 1).isEmpty,
              let office = try await people.find(email: "research-office@demo.kechuang.cn"),
              let expert = try await people.find(email: "reviewer@demo.kechuang.cn"),
              let university = ids["university"], let institute = ids["institute"] else { return }
        let tto = try await platforms.register(PlatformInput(
            kind: .transferOffice, organisationID: university, name: "京华大学技术转移中心（示例）",
            summary: "负责学校职务科技成果的披露、评估、许可、转让和作价入股，代理技术合同认定登记。", fields: [.energy, .software, .biomedicine],
            services: [.brokerage, .ipManagement, .valuation, .contractAgency], capacity: "专职技术经理人 12 名，每年处理成果披露约 300 项",
            fees: "校内成果免费；校外委托按成交额 3% 收取", district: .haidian, contact: "010-62780000，tto@jinghua.example.cn"), by: office)
        let today = BeijingDay(containing: now)
        for (name, number, years, fields) in [("周转移（示例）", "BJJL-2025-0107", 2, [TechField.energy, .materials]), ("吴许可（示例）", "BJJL-2024-0318", 1, [.software])] {
            if let until = BeijingDay(year: today.year + years, month: 12, day: 31) {
                _ = try await platforms.addManager(ManagerInput(name: name, licenceNumber: number, licensedUntil: until, fields: fields), to: tto.id, by: office)
            }
        }
        let poc = try await platforms.register(PlatformInput(
            kind: .proofOfConcept, organisationID: university, name: "京华大学概念验证中心（示例）",
            summary: "为早期成果提供原理样机、技术可行性和市场可行性验证，每期遴选 20 个项目给予验证经费。", fields: [.software, .electronics, .biomedicine],
            services: [.conceptValidation, .preProductionTest], capacity: "每年两期，每期 20 个项目；开放实验平台 6 个",
            fees: "入选项目免费；验证经费最高 50 万元", district: .haidian, contact: "poc@jinghua.example.cn"), by: office)
        let base = try await platforms.register(PlatformInput(
            kind: .pilotBase, organisationID: institute, name: "怀柔储能材料中试基地（示例）",
            summary: "电池材料公斤级到吨级放大、电芯中试和工程化验证，具备安全测试能力。", fields: [.energy, .materials],
            services: [.preProductionTest, .pilotProduction, .engineering], capacity: "中试线 3 条，年可承接 20 个项目",
            fees: "按工时收费，中试线每天 8000 元起", district: .huairou, contact: "010-69600000"), by: expert)
        let requests = PlatformRequests(db: app.db, now: { now })
        let pilot = try await requests.request(ServiceRequestInput(organisationID: university, service: .pilotProduction,
                                                                   description: "硫化物固态电解质公斤级放大中试，三个月内完成（示例）"), of: base.id, by: office)
        _ = try await requests.answer(pilot.id, .accept, note: "下月第一周进线（示例）", by: expert)
        _ = try await requests.answer(pilot.id, .complete, note: "已完成三批次放大，报告已交付（示例）", by: expert)
        _ = try await requests.request(ServiceRequestInput(organisationID: institute, service: .conceptValidation,
                                                           description: "液流电池电堆新型流道设计的原理样机验证（示例）"), of: poc.id, by: expert)
    }
}
