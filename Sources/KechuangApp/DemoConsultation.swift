import Foundation
import Identity
import KechuangCore
import Portal
import Storage
import Vapor

extension DemoData {
    /// Public consultation demo (Art. 58, 75): a plan open for comment now, with two comments, and
    /// a policy whose consultation closed ten days ago, every comment answered, the response report
    /// published and the policy in the library. Loading twice changes nothing; no passwords hashed.
    static func loadConsultations(into app: Application) async throws {
        let now = app.webServices.now()
        let people = KechuangApp.people(app)
        guard try await Consultations(db: app.db, now: { now }).list(as: nil, limit: 1).isEmpty,
              let officer = try await people.find(email: "staff@demo.kechuang.cn"),
              let office = try await people.find(email: "research-office@demo.kechuang.cn"),
              let applicant = try await people.find(email: "applicant@demo.kechuang.cn") else { return }
        func at(_ days: Int) -> Date { now.addingTimeInterval(Double(days) * 86_400) }
        func day(_ days: Int) -> String { BeijingDay(containing: at(days)).description }
        func service(_ days: Int) -> Consultations { let t = at(days); return Consultations(db: app.db, now: { t }) }
        let university = office.memberships.compactMap(\.organisationID).first

        // Closed, answered, reported and adopted.
        let closed = try await service(-45).create(ConsultationInput(
            kind: .policy, titleZh: "北京市财政科研项目经费包干制管理办法（征求意见稿）",
            titleEn: "Measures for Lump-Sum Funding of Municipal Research Projects (draft for comment)",
            summaryZh: "为落实《北京国际科技创新中心建设条例》关于扩大科研经费使用自主权的规定，起草本办法，明确包干制的适用范围、预算编制和使用管理。",
            summaryEn: "Drafted to give researchers more say over their budgets, as the Regulations require: scope, budgeting and use of lump-sum funding.",
            department: "北京市科学技术委员会（示例）",
            text: """
            第一章 总则
            第一条 为扩大科研人员经费使用自主权，根据《北京国际科技创新中心建设条例》，制定本办法。
            第二条 本办法适用于市财政资金支持的基础研究类和人才类科研项目。
            第二章 经费管理
            第三条 实行包干制的项目，不再编制明细预算，由项目负责人按照承诺的研究目标自主使用经费。
            第四条 项目承担单位应当建立内部管理制度，对经费使用进行监督，不得截留、挪用。
            第三章 附则
            第五条 本办法自印发之日起施行。
            """, opensOn: day(-40), closesOn: day(-10)), by: officer)
        _ = try await service(-41).publish(closed.id, expectedVersion: closed.version, by: officer)
        let c1 = try await service(-30).comment(on: closed.id, ConsultationCommentInput(
            articleLabel: "第二条", text: "建议将应用基础研究类项目也纳入包干制适用范围。", organisationID: university), by: office)
        let c2 = try await service(-25).comment(on: closed.id, ConsultationCommentInput(
            articleLabel: "第三条", text: "建议明确项目负责人可以在研究团队内调整劳务费比例，无需另行审批。"), by: applicant)
        let c3 = try await service(-20).comment(on: closed.id, ConsultationCommentInput(
            text: "广告：代写项目申请书，联系电话见主页。"), by: applicant)
        _ = try await service(-19).hide(c3.id, reason: "与征求意见内容无关的广告信息", by: officer)
        _ = try await service(-5).respond(c1.id, .partlyAdopted, reason: "应用基础研究项目中目标明确的可以试点包干制，已在第二条增加试点规定。", by: officer)
        _ = try await service(-5).respond(c2.id, .adopted, reason: "已在第三条明确，团队内部劳务费调整由项目负责人决定。", by: officer)
        _ = try await service(-4).publishReport(closed.id, summaryZh: "共收到意见 3 条，其中 1 条为广告已隐藏；采纳 1 条，部分采纳 1 条。",
                                                summaryEn: "3 comments received, 1 hidden as advertising; 1 adopted and 1 partly adopted.", by: officer)
        _ = try await service(-3).adopt(closed.id, issuedOn: day(-3), by: officer)

        // Open now.
        let open = try await service(-6).create(ConsultationInput(
            kind: .plan, titleZh: "怀柔综合性国家科学中心大型科研仪器开放共享三年行动计划（征求意见稿）",
            titleEn: "Three-Year Action Plan for Sharing the Large Research Instruments of the Huairou Science Center (draft for comment)",
            summaryZh: "围绕大型科研仪器开放共享，提出预约服务、收费标准公开和开放评价三方面任务，现公开征求意见。",
            summaryEn: "Three tasks for sharing large research instruments: booking services, published fees and an openness evaluation.",
            department: "北京市科学技术委员会（示例）",
            text: """
            第一章 总体要求
            第一条 到2029年，市财政资金购置的大型科研仪器全部纳入共享平台，对外服务机时占比不低于百分之三十。
            第二章 主要任务
            第二条 各管理单位应当在共享平台公布仪器的服务内容、预约流程和收费标准。
            第三条 建立开放共享年度评价制度，评价结果向社会公开。
            """, opensOn: day(-5), closesOn: day(25)), by: officer)
        _ = try await service(-6).publish(open.id, expectedVersion: open.version, by: officer)
        _ = try await service(-2).comment(on: open.id, ConsultationCommentInput(
            articleLabel: "第一条", text: "建议对企业用户给予机时优惠，提高对外服务比例。", organisationID: university), by: office)
        _ = try await service(-1).comment(on: open.id, ConsultationCommentInput(text: "希望平台提供英文版预约页面，方便外籍科研人员使用。"), by: applicant)
    }
}
