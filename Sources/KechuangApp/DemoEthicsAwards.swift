import Foundation
import Identity
import Integrity
import KechuangCore
import Monitoring
import Vapor

extension DemoData {
    /// Ethics registry (Art. 61) and awards (Art. 12) demo: the university's ethics committee with
    /// two approvals (one on human subjects and AI; one on an invasive brain-computer interface, a
    /// listed high-risk activity, with its approving expert re-review), and this year's municipal
    /// S&T award with two nominations by the university, one awarded. Eight audited writes.
    /// Loading twice changes nothing.
    static func loadEthicsAndAwards(into app: Application, organisations ids: [String: UUID]) async throws {
        let now = app.webServices.now()
        let people = KechuangApp.people(app)
        guard let university = ids["university"], let office = try await people.find(email: "research-office@demo.kechuang.cn"),
              let staff = try await people.find(email: "staff@demo.kechuang.cn"),
              let applicant = try await people.find(email: "applicant@demo.kechuang.cn") else { return }
        func day(_ offset: Int) -> BeijingDay { BeijingDay(containing: now.addingTimeInterval(Double(offset) * 86_400)) }

        let ethics = EthicsRegistry(db: app.db, now: { now })
        if try await ethics.committees().isEmpty {
            let members = [("张伦理", "伦理学"), ("陈医学", "医学"), ("刘法学", "法学"), ("黄智能", "人工智能"), ("吴社区", "社会人士"), ("郑动物", "实验动物学"), ("何心理", "心理学")]
            let committee = try await ethics.registerCommittee(EthicsCommitteeInput(
                organisationID: university, nameZh: "京华大学科技伦理审查委员会（示例）", nameEn: "Jinghua University S&T Ethics Committee (demo)",
                registrationNumber: "京科伦备〔2025〕018号", registrationDate: day(-400), scopes: [.human, .animal, .ai],
                members: members.map { EthicsCommitteeMember(name: $0.0, expertise: $0.1) }), by: office)
            _ = try await ethics.recordApproval(EthicsApprovalInput(
                committeeID: committee.id.rawValue, approvalNumber: "京华伦审〔2026〕001号", projectTitle: "面向老年人群的智能健康监测算法研究（示例）",
                decisionDate: day(-60), scopes: [.human, .ai], validFrom: day(-60), validUntil: day(700)), by: office)
            let bci = try await ethics.recordApproval(EthicsApprovalInput(
                committeeID: committee.id.rawValue, approvalNumber: "京华伦审〔2026〕002号", projectTitle: "侵入式脑机接口治疗难治性抑郁的临床研究（示例）",
                decisionDate: day(-45), scopes: [.human], validFrom: day(-45), validUntil: day(365), highRiskActivities: ["invasive_bci"]), by: office)
            _ = try await ethics.recordExpertReview(bci.id, EthicsExpertReview(
                reviewedOn: day(-20), body: "北京市科技伦理专家复核组（示例）", approved: true, note: "同意初始审查意见，要求每半年报告受试者安全情况。"), by: office)
        }

        let awards = AwardSchemes(db: app.db, now: { now })
        if try await awards.schemes().isEmpty {
            let scheme = try await awards.createScheme(AwardSchemeInput(
                nameZh: "北京市科学技术奖（示例）", nameEn: "Beijing Science and Technology Award (demo)", year: day(0).year,
                categories: [AwardCategory(code: "natural_science", nameZh: "自然科学奖", nameEn: "Natural Science Award"),
                             AwardCategory(code: "invention", nameZh: "技术发明奖", nameEn: "Technological Invention Award"),
                             AwardCategory(code: "progress", nameZh: "科学技术进步奖", nameEn: "Science and Technology Progress Award")]), by: staff)
            let young = try await awards.nominate(AwardNominationInput(
                schemeID: scheme.id.rawValue, categoryCode: "natural_science", nominee: .person(applicant.id), nominatingUnitID: university,
                achievementZh: "提出固态电解质界面稳定性的新机制，相关成果用于新型储能器件。",
                achievementEn: "A new mechanism for the interface stability of solid electrolytes, used in new energy-storage devices."), by: office)
            _ = try await awards.nominate(AwardNominationInput(
                schemeID: scheme.id.rawValue, categoryCode: "progress", nominee: .organisation(university), nominatingUnitID: university,
                achievementZh: "建成开放共享的大型仪器平台，服务京津冀两百余家单位。",
                achievementEn: "Built an open shared-instrument platform serving more than two hundred institutions in the region."), by: office)
            _ = try await awards.decide(young.id, award: true, note: "评审委员会表决通过，成果原创性突出。", by: staff)
        }
    }
}
