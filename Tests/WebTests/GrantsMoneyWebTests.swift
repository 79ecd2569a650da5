import FluentKit
import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Projects
import Storage
import Testing
import Vapor
import VaporTesting
@testable import Grants
@testable import Web

/// Project money and the one inspection plan as the research office, the programme officer and
/// API clients meet them: refusals cite their article on the page and in the problem.
@Suite("Grants money and inspections: pages and API (Art. 50(2), 50(3))")
struct GrantsMoneyWebTests {
    static func id(_ uuid: UUID) -> String { uuid.uuidString.lowercased() }

    struct World {
        let t: TestApp
        let project: Project
        let office: Person
        let officer: Person
        let officeSession: String
        let officerSession: String
        let officerToken: String
        let officeToken: String
    }

    /// A running budget+negative-list project (labour on the call's negative list, award 100,000),
    /// its research office and a programme officer. The project row is written directly (the
    /// award is grants-core's).
    static func world(_ t: TestApp) async throws -> World {
        let now = t.app.webServices.now
        let calls = Calls(db: t.db, now: now)
        let programme = try await calls.createProgramme(code: "GW\(Int.random(in: 1000...9999))", nameZh: "经费页面测试专项", nameEn: "Money pages programme",
                                                        kind: .basicResearch, by: .system)
        let call = try await calls.create(CallInput(
            programmeID: programme.id.uuidString, titleZh: "经费页面测试指南", titleEn: "Money pages call", guidelineZh: "申报单位为在京注册的独立法人单位。", guidelineEn: "",
            opensAt: BeijingTime.format(t.clock.now.addingTimeInterval(-3600)), closesAt: BeijingTime.format(t.clock.now.addingTimeInterval(10 * 86_400)),
            totalBudget: "1000000", typicalAward: "100000", budgetMode: "negative_list", selectionMode: "open_competition", eligibilityRules: "",
            negativeList: "labour"), by: .system)
        _ = try await calls.publish(call.id, by: .system)
        let organisation = try await t.organisation("经费页面大学")
        let pi = try await t.person([.applicant], organisation: organisation.id)
        let office = try await t.person([.researchOffice], organisation: organisation.id)
        let officer = try await t.person([.programmeOfficer])
        let applications = Applications(db: t.db, now: now)
        let draft = try await applications.start(call: call.id, principalInvestigator: pi, organisation: organisation.id)
        let application = try await applications.save(draft.id, ApplicationDraft(
            titleZh: "页面测试项目", keywords: "测试", discipline: "A01", summary: "测试。", plan: "两年。",
            budget: [BudgetLine(category: "equipment", amount: 100_000), BudgetLine(category: "materials", amount: 100_000)]), expectedVersion: draft.version, by: pi)
        let start = BeijingDay(containing: t.clock.now.addingTimeInterval(-30 * 86_400))
        let row = ProjectRecord()
        row.id = UUID()
        row.number = "Z\(start.year % 100)98\(Int.random(in: 10000...99999))"
        row.applicationID = application.id.rawValue
        row.callID = call.id.rawValue
        row.programmeID = programme.id
        row.awardYear = start.year
        row.sequence = Int.random(in: 1...99_999)
        row.titleZh = "页面测试项目"
        row.titleEn = "Page test project"
        row.principalInvestigatorID = pi.id
        row.organisationID = organisation.id.rawValue
        row.teamJSON = "[]"
        row.startDate = start.description
        row.endDate = InspectionRules.adding(months: 24, to: start).description
        row.requestedAmount = 200_000
        row.awardedAmount = 100_000
        row.awardDate = start.description
        row.fundingKind = FundingKind.competitive.rawValue
        row.researchType = ResearchType.basic.rawValue
        row.budgetMode = BudgetMode.negativeList.rawValue
        row.selectionMode = SelectionMode.openCompetition.rawValue
        row.chiefScientist = false
        row.status = ProjectStatus.running.rawValue
        row.version = 1
        row.createdAt = t.clock.now
        row.updatedAt = t.clock.now
        try await row.create(on: t.db)
        func token(_ p: Person) async throws -> String { try await t.tokens.create(for: p.id, name: "api", scopes: [.read, .write], by: .system).secret }
        return World(t: t, project: try row.toDomain(), office: office, officer: officer, officeSession: try await t.sessionToken(for: office),
                     officerSession: try await t.sessionToken(for: officer), officerToken: try await token(officer), officeToken: try await token(office))
    }

    static func multipart(_ fields: [(String, String)], receipt: Data, boundary: String) -> ByteBuffer {
        var body = Data()
        for (name, value) in fields {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"receipt\"; filename=\"receipt.pdf\"\r\nContent-Type: application/pdf\r\n\r\n".utf8)
        body += receipt + Data("\r\n--\(boundary)--\r\n".utf8)
        return ByteBuffer(data: body)
    }

    static func recordLine(_ w: World, category: String, amount: Int, lang: String = "zh") async throws -> TestingHTTPResponse {
        let boundary = "kechuang-\(UUID().uuidString)"
        var headers = HTTPHeaders()
        headers.add(name: .cookie, value: "kc_session=\(w.officeSession); kc_csrf=\(TestApp.csrf)")
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        let fields = [("_csrf", TestApp.csrf), ("category", category), ("amount", String(amount)), ("date", BeijingDay(containing: w.t.clock.now).description),
                      ("payee_kind", "organisation"), ("payee", "北京某公司"), ("description", "实验用品")]
        return try await w.t.app.testing().sendRequest(.POST, "/projects/\(id(w.project.id.rawValue))/money/expenditures?lang=\(lang)", headers: headers,
                                                      body: multipart(fields, receipt: TestPDF.make(), boundary: boundary))
    }

    @Test func test_Art50_2_negativeListRefusalCitesTheArticleOnThePageAndInTheProblem() async throws {
        try await withTestApp { t in
            let w = try await Self.world(t)
            let refused = try await Self.recordLine(w, category: "labour", amount: 5_000)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("第五十条第二款"))
            #expect(refused.text.contains(##"href="#field-category""##), "the error summary links to the field")
            let english = try await Self.recordLine(w, category: "labour", amount: 5_000, lang: "en")
            #expect(english.text.contains("Art. 50(2)"))
            let recorded = try await Self.recordLine(w, category: "materials", amount: 5_000)
            #expect(recorded.status == .seeOther)
            let page = try await t.send(.GET, "/projects/\(Self.id(w.project.id.rawValue))/money/expenditures", session: w.officeSession)
            #expect(page.text.contains("/receipt"))

            struct Line: Encodable { let category: String; let amount: Int; let date: String; let payee_kind: String; let payee: String
                let description: String; let receipt_pdf_base64: String }
            let body = Line(category: "labour", amount: 1_000, date: BeijingDay(containing: t.clock.now).description, payee_kind: "individual",
                            payee: "王某", description: "劳务", receipt_pdf_base64: TestPDF.make().base64EncodedString())
            let problem = try await t.send(.POST, "/api/v1/projects/\(Self.id(w.project.id.rawValue))/expenditures", body: .json(body), bearer: w.officeToken)
            #expect(problem.status == .unprocessableEntity)
            let json = try problem.json()
            #expect(json["article"] as? String == "50(2)", "\(problem.text)")
            let errors = json["errors"] as? [[String: Any]] ?? []
            #expect(errors.contains { $0["rule"] as? String == "expenditure.negative_list" && $0["article"] as? String == "50(2)" })
            var ok = body
            ok = Line(category: "materials", amount: 1_000, date: body.date, payee_kind: "organisation", payee: "某公司", description: "试剂",
                      receipt_pdf_base64: body.receipt_pdf_base64)
            let created = try await t.send(.POST, "/api/v1/projects/\(Self.id(w.project.id.rawValue))/expenditures", body: .json(ok), bearer: w.officeToken)
            #expect(created.status == .created)
            #expect(created.headers.first(name: .location)?.hasPrefix("/api/v1/expenditures/") == true)
            let audit = try await AuditChain.list(.init(object: w.project.id.uuidString), limit: 50, on: t.db)
            #expect(audit.filter { $0.action == "expenditure.refused" && $0.basis == .art(50, 2) }.count == 3)
        }
    }

    @Test func test_Art50_2_executionPageHasAnAccessibleChartADataTableAndExports() async throws {
        try await withTestApp { t in
            let w = try await Self.world(t)
            _ = try await Self.recordLine(w, category: "materials", amount: 12_000)
            let path = "/projects/\(Self.id(w.project.id.rawValue))/money"
            let page = try await t.send(.GET, path + "?lang=en", session: w.officeSession)
            #expect(page.status == .ok)
            #expect(page.text.contains(#"role="img""#) && page.text.contains("<title id=\"execution-chart-title\">") && page.text.contains("<desc"))
            #expect(page.text.contains("<table") && page.text.contains("12,000 yuan"))
            let csv = try await t.send(.GET, path + "/execution.csv", session: w.officeSession)
            #expect(csv.headers.contentType?.description.hasPrefix("text/csv") == true)
            #expect(csv.text.contains("12000"))
            let xlsx = try await t.send(.GET, path + "/execution.xlsx", session: w.officerSession)
            #expect(xlsx.text.hasPrefix("PK"))
            let api = try await t.send(.GET, "/api/v1/projects/\(Self.id(w.project.id.rawValue))/execution", bearer: w.officerToken).json()
            #expect(api["spent"] as? Int == 12_000)
            let stranger = try await t.person([.researchOffice], organisation: try await t.organisation("别的大学").id)
            let hidden = try await t.send(.GET, path, session: try await t.sessionToken(for: stranger))
            #expect(hidden.status == .notFound)
        }
    }

    @Test func test_Art50_3_repeatedInspectionIsRefusedOnThePageWithALinkToTheExistingOne() async throws {
        try await withTestApp { t in
            let w = try await Self.world(t)
            let fields = ["target": "institution:\(Self.id(w.project.organisationID))", "scope_finance": "yes", "kind": "audit", "body": "finance_bureau",
                          "body_name": "北京市财政局", "period_start": "2027-03-01", "period_end": "2027-03-10", "title": "专项资金审计"]
            let first = try await t.send(.POST, "/inspections", session: w.officerSession, body: .form(fields))
            #expect(first.status == .seeOther)
            let location = try #require(first.headers.first(name: .location))
            let existing = String(try #require(location.firstMatch(of: /^\/inspections\/([0-9a-f-]{36})/)).1)
            var again = fields
            again["body"] = "audit_office"
            again["period_start"] = "2027-09-01"
            again["period_end"] = "2027-09-03"
            let refused = try await t.send(.POST, "/inspections", session: w.officerSession, body: .form(again))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("第五十条第三款"))
            #expect(refused.text.contains("href=\"/inspections/\(existing)\""), "it links to the existing inspection")

            struct Entry: Encodable { let kind: String; let body: String; let body_name: String; let target_kind: String; let target_id: UUID
                let scopes: [String]; let period_start: String; let period_end: String; let title: String }
            let entry = Entry(kind: "inspection", body: "superior", body_name: "市教委", target_kind: "institution", target_id: w.project.organisationID,
                              scopes: ["finance"], period_start: "2027-12-01", period_end: "2027-12-02", title: "经费检查")
            let problem = try await t.send(.POST, "/api/v1/inspections", body: .json(entry), bearer: w.officerToken)
            #expect(problem.status == .unprocessableEntity)
            #expect(try problem.json()["article"] as? String == "50(3)")

            let plan = try await t.send(.GET, "/inspections?year=2027", session: w.officeSession)
            #expect(plan.status == .ok && plan.text.contains("/inspections/\(existing)"))
            let calendar = try await t.send(.GET, "/inspections/plan.ics?year=2027", session: w.officeSession)
            #expect(calendar.headers.contentType?.description.hasPrefix("text/calendar") == true)
            #expect(calendar.text.contains("BEGIN:VEVENT") && calendar.text.contains("DTSTART;TZID=Asia/Shanghai:20270301"))
        }
    }
}
