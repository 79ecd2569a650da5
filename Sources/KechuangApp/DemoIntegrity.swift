import Foundation
import Identity
import Integrity
import KechuangCore
import Storage
import Vapor

extension DemoData {
    /// A demo researcher with a published integrity record. Not the main demo applicant, who stays
    /// free to apply.
    static let integritySubject = DemoPerson(role: .applicant, orgKey: "enterprise", input: PersonInput(
        name: "周敏（示例）", email: "restricted@demo.kechuang.cn", nationality: "CN", birthYear: "1985"))

    /// Research integrity demo (Art. 48, 60, 64): a published record restricting project applications
    /// and fiscal funding for a demo researcher, a published diligent-failure closure for the institute,
    /// a draft for the integrity officer to finish, and the university's own integrity rules (Art. 60(2)).
    /// Loading twice changes nothing. Returns the demo researcher's login.
    static func loadIntegrity(into app: Application, organisations ids: [String: UUID]) async throws -> [Login] {
        let people = KechuangApp.people(app)
        let subject: Person
        if let existing = try await people.find(email: integritySubject.input.email) {
            subject = existing
        } else {
            subject = try await people.create(integritySubject.input, password: password, memberships: [
                Membership(organisationID: integritySubject.orgKey.flatMap { ids[$0] }, role: integritySubject.role)], by: .system)
        }
        let login = [Login(role: integritySubject.role, email: integritySubject.input.email, password: password)]
        let records = IntegrityRecords(db: app.db, now: app.webServices.now)
        guard try await records.list().isEmpty else { return login }

        let officer = try await people.find(email: "integrity@demo.kechuang.cn")
        let actor = officer.map(\.auditActor) ?? .system
        let now = app.webServices.now()
        // Calendar days in Beijing time, relative to today, so the demo stays current.
        func day(_ offset: Int) -> Date { BeijingDay(containing: now.addingTimeInterval(Double(offset) * 86_400)).start }
        let commission = "北京市科学技术委员会（示例）"

        let fabrication = try await records.draft(IntegrityRecordInput(
            subject: .person(subject.id), finding: .dataFabrication,
            description: "在2025年度市自然科学基金项目申请书中伪造预实验数据（图3、表2），经调查核实。",
            decidingBody: commission, documentNumber: "京科诚〔2026〕3号", decisionDate: day(-30),
            legalBasis: "《北京国际科技创新中心建设条例》第六十条；《科研失信行为调查处理规则》",
            scope: [.projectApplication, .fiscalFunding], restrictedFrom: day(-30), restrictedUntil: day(700),
            publish: true, publishFrom: day(-30), publishUntil: day(335)), by: actor)
        let decided = try await records.decide(fabrication.id, expectedVersion: fabrication.version, by: actor)
        _ = try await records.publish(decided.id, expectedVersion: decided.version, by: actor)

        // Two earlier decisions, so INT-01 has three years: their restrictions have ended and they
        // were not to be published.
        let thisYear = BeijingDay(containing: now).year
        for (year, month, finding, number, text) in [
            (thisYear - 2, 10, FindingKind.plagiarism, "京科诚〔\(thisYear - 2)〕11号", "在项目结题报告中大段抄袭他人已发表论文的实验方法与结论，经调查核实。"),
            (thisYear - 1, 6, FindingKind.falseInformation, "京科诚〔\(thisYear - 1)〕5号", "在项目申请书中虚报前期研究成果（两篇未发表论文列为已发表），经调查核实。"),
        ] {
            guard let decided = BeijingDay(year: year, month: month, day: 12)?.start, decided >= .regulationInForce else { continue }
            let record = try await records.draft(IntegrityRecordInput(
                subject: .person(subject.id), finding: finding, description: text, decidingBody: commission, documentNumber: number, decisionDate: decided,
                legalBasis: "《北京国际科技创新中心建设条例》第六十条；《科研失信行为调查处理规则》",
                scope: [.projectApplication], restrictedFrom: decided, restrictedUntil: decided.addingTimeInterval(180 * 86_400), publish: false), by: actor)
            _ = try await records.decide(record.id, expectedVersion: record.version, by: actor)
        }

        if let institute = ids["institute"] {
            let closure = try await records.draft(IntegrityRecordInput(
                subject: .organisation(institute), finding: .diligentFailure,
                description: "“兆瓦级液流储能中试”项目未达到预期指标。经评估，项目团队履行了勤勉尽责义务，按程序开展研究，依据容错机制予以免责。",
                decidingBody: commission, documentNumber: "京科容〔2026〕1号", decisionDate: day(-60),
                legalBasis: "《北京国际科技创新中心建设条例》第四十八条、第六十四条",
                publish: true, publishFrom: day(-60), publishUntil: day(305)), by: actor)
            let closed = try await records.decide(closure.id, expectedVersion: closure.version, by: actor)
            _ = try await records.publish(closed.id, expectedVersion: closed.version, by: actor)
        }

        _ = try await records.draft(subject: .person(subject.id), finding: .duplicateApplication,
                                    description: "两份申请书的研究内容高度重复，待核实。", by: actor)

        if let university = ids["university"], let office = try await people.find(email: "research-office@demo.kechuang.cn") {
            let rules = InstitutionIntegrityRules(db: app.db, now: app.webServices.now)
            if try await rules.list(organisations: [university]).isEmpty {
                _ = try await rules.add(.init(kind: .rule, title: "京华大学科研诚信管理办法（示例）",
                                              body: "明确科研人员遵守科研诚信要求的责任，设立学术委员会负责调查处理科研失信行为，处理结果报主管部门并纳入科研诚信信息系统。",
                                              date: day(-200)), organisation: university, by: office)
            }
        }
        return login
    }
}
