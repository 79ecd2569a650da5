import Foundation
import Identity
import KechuangCore
import Portal
import Storage
import Vapor

extension DemoData {
    /// Data catalogue demo (Art. 57, 68): the university's research office publishes three data
    /// sets through the same service as its pages — open (two versions, the first kept as it was),
    /// on request and restricted (one version each); the applicant's request is approved (with one
    /// logged download) and the reviewer's is pending. Loading twice changes nothing; no passwords hashed.
    static func loadPortalData(into app: Application) async throws {
        let now = app.webServices.now()
        let people = KechuangApp.people(app)
        let catalogue = DatasetCatalogue(db: app.db, now: { now })
        guard !(try await catalogue.all().contains { $0.slug == "university-key-labs" }),
              let office = try await people.find(email: "research-office@demo.kechuang.cn"),
              let applicant = try await people.find(email: "applicant@demo.kechuang.cn"),
              let university = DatasetPublishing.publishers(of: office).first?.id else { return }
        func at(_ days: Int) -> Date { now.addingTimeInterval(Double(days) * 86_400) }
        func service(_ days: Int) -> DatasetCatalogue { let t = at(days); return DatasetCatalogue(db: app.db, now: { t }) }
        func access(_ days: Int) -> DataAccessRequests { let t = at(days); return DataAccessRequests(db: app.db, now: { t }) }
        func csv(_ text: String) -> DatasetUpload { DatasetUpload(fileName: "data.csv", data: Data(text.utf8)) }

        let labs = try await service(-60).publish(DatasetInput(
            slug: "university-key-labs", titleZh: "重点实验室基本情况（示例）", titleEn: "Key laboratories: basic facts (sample)",
            descriptionZh: "本校各重点实验室的研究方向、固定人员和大型仪器数量，每季度更新。",
            descriptionEn: "Each key laboratory's research field, permanent staff and number of large instruments, updated every quarter.",
            licence: .ccBy40, keywords: ["重点实验室", "laboratories", "仪器"], themes: [.tech, .educ],
            temporalStart: BeijingDay(containing: at(-365)), temporalEnd: BeijingDay(containing: at(-1)), spatial: "北京市海淀区", accessLevel: .open),
            as: university, by: office)
        try await service(-60).upload(labs.id, csv("""
            lab,field,staff,large_instruments
            结构生物学实验室,结构生物学,42,9
            先进材料实验室,材料科学,35,12
            量子信息实验室,量子信息,28,6
            """), note: "首次发布 / first release", by: office)
        try await service(-5).upload(labs.id, csv("""
            lab,field,staff,large_instruments
            结构生物学实验室,结构生物学,44,10
            先进材料实验室,材料科学,35,12
            量子信息实验室,量子信息,31,7
            脑科学实验室,神经科学,19,4
            """), note: "第四季度更新，新增脑科学实验室 / Q4 update, adds the brain science laboratory", by: office)

        let usage = try await service(-50).publish(DatasetInput(
            slug: "large-instrument-usage", titleZh: "大型科研仪器机时记录（示例）", titleEn: "Large research instruments: hours of use (sample)",
            descriptionZh: "各大型仪器按月的使用机时和对外服务机时；含用户单位信息，依申请开放。",
            descriptionEn: "Monthly hours of use and of external service per large instrument; includes users' institutions, so shared on request.",
            licence: .platformTerms, keywords: ["仪器共享", "instruments", "机时"], themes: [.tech],
            temporalStart: BeijingDay(containing: at(-180)), temporalEnd: BeijingDay(containing: at(-30)), spatial: "北京市", accessLevel: .onRequest),
            as: university, by: office)
        try await service(-50).upload(usage.id, csv("""
            instrument,month,hours,external_hours
            冷冻电镜,2026-06,410,120
            冷冻电镜,2026-07,436,150
            核磁共振波谱仪,2026-06,280,60
            """), note: "首次发布 / first release", by: office)

        let survey = try await service(-40).publish(DatasetInput(
            slug: "researcher-survey-microdata", titleZh: "科研人员问卷调查原始数据（示例）", titleEn: "Researcher survey microdata (sample)",
            descriptionZh: "科研人员经费使用问卷的逐条回答；涉及个人，仅列入目录，不提供下载。",
            descriptionEn: "Answers to the researchers' funding survey, one row per person: listed only, never downloadable.",
            licence: .platformTerms, keywords: ["问卷", "survey"], themes: [.gove], spatial: "北京市", accessLevel: .restricted),
            as: university, by: office)
        try await service(-40).upload(survey.id, csv("""
            respondent,question,answer
            R001,Q1,4
            R002,Q1,5
            """), note: "首次发布 / first release", by: office)

        // One request approved (used once), one still waiting for the research office.
        let approved = try await access(-20).request(usage, purpose: "研究大型仪器开放共享对科研产出的影响（示例）", by: applicant)
        _ = try await access(-18).decide(approved.id, approve: true, reason: "仅限本研究使用，不得转让。", days: 90, by: office)
        try await access(-17).authorizeDownload(usage, version: 1, format: .csv, by: applicant)
        if let reviewer = try await people.find(email: "reviewer@demo.kechuang.cn") {
            _ = try await access(-1).request(usage, purpose: "Comparing instrument sharing in Beijing and Heidelberg (sample)", by: reviewer)
        }
    }
}
