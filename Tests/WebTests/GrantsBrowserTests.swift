import Foundation
import Grants
import Identity
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Projects
import Review
import Testing
import Vapor
@testable import Web

/// The two journeys of #15 in a real browser (headless Chromium through chromedriver), no
/// JavaScript. Set-up and the panel's scores go through the services; every step the issue names
/// is a page: award → task agreement signed by three parties → a negative-list line refused with
/// Art. 50(2) → progress and final reports → acceptance → closed; and a diligent-failure closure
/// (Art. 48, 64) after which the same PI applies again and is not restricted.
/// Runs when `KECHUANG_BROWSER_TESTS=1`, with `CHROMEDRIVER` and `CHROME_BINARY` set.
@Suite("Projects after funding in the browser", .serialized)
struct GrantsBrowserTests {
    static let environment = ProcessInfo.processInfo.environment
    static func id(_ uuid: UUID) -> String { uuid.uuidString.lowercased() }

    /// A published lump-sum call with `labour` on its negative list, one accepted application, its
    /// research office, and three academic experts at other universities for the acceptance panel.
    struct World {
        let t: TestApp
        let call: Call
        let officer: Person
        let pi: Person
        let office: Person
        let application: GrantApplication
        let experts: [Person]
        var now: @Sendable () -> Date { { [clock = t.clock] in clock.now } }
    }

    static func world(_ t: TestApp) async throws -> World {
        let now: @Sendable () -> Date = { [clock = t.clock] in clock.now }
        let calls = Calls(db: t.db, now: now)
        let programme = try await calls.createProgramme(code: "GB\(Int.random(in: 100...999))", nameZh: "结题旅程专项", nameEn: "", kind: .naturalScienceFund, by: .system)
        var input = CallInput(
            programmeID: programme.id.uuidString, titleZh: "包干制试点指南", titleEn: "", guidelineZh: "在京注册的独立法人单位。", guidelineEn: "",
            opensAt: BeijingTime.format(t.clock.now.addingTimeInterval(-3600)), closesAt: BeijingTime.format(t.clock.now.addingTimeInterval(10 * 86_400)),
            totalBudget: "500000", typicalAward: "100000", budgetMode: "lump_sum", selectionMode: "open_competition", eligibilityRules: "")
        input.negativeList = "labour"
        let call = try await calls.publish(try await calls.create(input, by: .system).id, by: .system)
        let organisation = try await t.organisation("旅程单位")
        let pi = try await t.person([.applicant], organisation: organisation.id)
        let office = try await t.person([.researchOffice], organisation: organisation.id)
        let officer = try await t.person([.programmeOfficer])
        let applications = Applications(db: t.db, now: now)
        let draft = try await applications.start(call: call.id, principalInvestigator: pi, organisation: organisation.id)
        let saved = try await applications.save(draft.id, ApplicationDraft(
            titleZh: "固态电解质界面稳定性研究", keywords: "固态电池；电解质", discipline: "E0201", summary: "研究固态电解质界面的稳定性。", plan: "两年完成。",
            budget: [BudgetLine(category: "lump_sum", amount: 100_000)]), expectedVersion: draft.version, by: pi)
        _ = try await applications.submit(saved.id, by: pi)
        _ = try await applications.decide(saved.id, approve: true, comment: nil, by: office)
        let application = try await applications.accept(saved.id, note: nil, by: officer)
        let pool = ExpertPool(db: t.db, now: now)
        var experts: [Person] = []
        for i in 0..<3 {
            let expert = try await t.person([.reviewer], organisation: try await t.organisation("专家单位\(i)").id)
            var profile = try await pool.profile(of: expert)
            profile.disciplines = ["E0201"]
            profile.keywords = "固态电池；电解质"
            profile.maxLoad = 4
            _ = try await pool.save(profile, expectedVersion: profile.version, by: expert)
            experts.append(expert)
        }
        return World(t: t, call: call, officer: officer, pi: pi, office: office, application: application, experts: experts)
    }

    static func browser(_ name: String, _ body: @escaping (TestApp, WebDriverSession, String) async throws -> Void) async throws {
        let chromedriver = try #require(Self.environment["CHROMEDRIVER"].flatMap { $0.isEmpty ? nil : $0 }, "CHROMEDRIVER must name the chromedriver program")
        let chrome = try #require(Self.environment["CHROME_BINARY"].flatMap { $0.isEmpty ? nil : $0 }, "CHROME_BINARY must name the Chromium program")
        try FileManager.default.createDirectory(at: ApplicationBrowserTests.artifacts, withIntermediateDirectories: true)
        try await withTestApp { t in
            try await withBrowser(t.app, chromedriver: chromedriver, chrome: chrome, artifacts: ApplicationBrowserTests.artifacts, failureName: name) { b, base in
                try await body(t, b, base)
            }
        }
    }

    static func type(_ b: WebDriverSession, _ css: String, _ text: String) async throws {
        let element = try await b.findElement(css: css)
        try await b.clear(element)
        try await b.sendKeys(element, text)
    }

    static func submit(_ b: WebDriverSession, form action: String) async throws {
        try await b.click(b.findElement(css: "main form[action='\(action)'] button[type=submit]"))
    }

    /// The panel scores every criterion `score` (the experts' own pages are tested elsewhere).
    static func panelScores(_ w: World, project: Project.ID, score: Int) async throws {
        let acceptances = Acceptances(db: w.t.db, now: w.now)
        let (acceptance, panel) = try #require(try await acceptances.acceptance(of: project, as: w.officer))
        for review in panel {
            let expert = try #require(w.experts.first { $0.id == review.expertID })
            _ = try await acceptances.submitReview(review.id, scores: Dictionary(uniqueKeysWithValues: acceptance.scheme.criteria.map { ($0.key, String(score)) }),
                                                   comment: "研究工作扎实。", by: expert)
        }
    }

    /// The PI submits a report on its page with every indicator at its target.
    static func submitReport(_ b: WebDriverSession, base: String, _ report: ProjectReport) async throws {
        let path = "/reports/\(Self.id(report.id.rawValue))"
        try await b.navigate(to: base + path)
        try await type(b, "#field-summary", "按计划完成本期研究任务。")
        for input in try await b.findElements(css: "main form[action='\(path)'] input[name^='indicator_']") {
            try await b.clear(input)
            try await b.sendKeys(input, "3")
        }
        try await submit(b, form: path)
        try await b.wait(timeout: 15, "the report to be submitted") { (try? await b.findElements(css: "main form[action='\(path)'] textarea").isEmpty) == true }
    }

    @Test(
        "Award, agreement signed by three, a negative-list line refused, reports, acceptance, closed",
        .enabled(if: ProcessInfo.processInfo.environment["KECHUANG_BROWSER_TESTS"] == "1"),
        .timeLimit(.minutes(5)))
    func test_browser_Art22_Art31_Art50_2_awardAgreementNegativeListReportsAcceptanceClosed() async throws {
        try await Self.browser("grants-closed-failure") { t, b, base in
            let w = try await Self.world(t)
            let shot = { (name: String) in try await b.screenshot(to: ApplicationBrowserTests.artifacts.appendingPathComponent(name)) }
            // The officer funds the application on its decision page (no reviews: the reason is required, Art. 29).
            let funding = "/admin/applications/\(Self.id(w.application.id.rawValue))/funding"
            try await b.signIn(base: base, email: w.officer.email)
            try await b.navigate(to: base + funding)
            try await Self.type(b, "#field-reason", "应急攻关需要，专家会商推荐")
            try await b.click(b.findElement(css: "#field-confirm-yes"))
            try await b.click(b.findElement(css: "main form:has(input[name=decision][value=fund]) button[type=submit]"))
            try await b.wait(timeout: 15, "the project page") { (try? await b.currentURL())?.contains("/projects/") == true }
            let project = try #require(try await GrantProjects(db: t.db, now: w.now).find(application: w.application.id, as: w.officer))
            let agreement = "/projects/\(Self.id(project.id.rawValue))/agreement"
            try await b.signOut()
            // The PI completes the English texts, saves and signs; the research office (Art. 22) and the officer sign.
            try await b.signIn(base: base, email: w.pi.email)
            try await b.navigate(to: base + agreement)
            try await Self.type(b, "#field-objectives-en", "Understand the stability of solid electrolyte interfaces.")
            try await Self.type(b, "#field-deliverables-en", "Three papers and a validated interface model.")
            try await Self.submit(b, form: agreement)
            try await b.wait(timeout: 15, "the agreement to be saved") { (try? await b.noticeTexts())?.contains(GrantsMsg.agrSaved(.zh)) == true }
            for signer in [w.pi, w.office, w.officer] {
                if signer.id != w.pi.id {
                    try await b.signOut()
                    try await b.signIn(base: base, email: signer.email)
                    try await b.navigate(to: base + agreement)
                }
                try await Self.submit(b, form: agreement + "/sign")
                try await b.wait(timeout: 15, "the signature") { (try? await b.noticeTexts())?.contains(GrantsMsg.agrSignedNotice(.zh)) == true }
            }
            #expect(try await b.findElements(css: "main table tbody tr").count >= 3, "three signatures")
            #expect(try await GrantProjects(db: t.db, now: w.now).find(project.id, as: w.officer).status == .running)
            try await shot("grants-agreement-signed.png")
            try await b.signOut()
            // The research office records a line on the call's negative list: refused, citing Art. 50(2).
            let receipt = FileManager.default.temporaryDirectory.appendingPathComponent("receipt-\(UUID().uuidString).pdf")
            try TestPDF.make().write(to: receipt)
            defer { try? FileManager.default.removeItem(at: receipt) }
            let lines = "/projects/\(Self.id(project.id.rawValue))/money/expenditures"
            try await b.signIn(base: base, email: w.office.email)
            try await b.navigate(to: base + lines)
            try await b.click(b.findElement(css: "#field-category option[value=labour]"))
            try await Self.type(b, "#field-amount", "5000")
            try await Self.type(b, "#field-date", BeijingDay(containing: t.clock.now).description)
            try await b.click(b.findElement(css: "#field-payee-kind option[value=individual]"))
            try await Self.type(b, "#field-payee", "王某")
            try await Self.type(b, "#field-description", "劳务费")
            try await b.sendKeys(b.findElement(css: "#field-receipt"), receipt.path)
            try await Self.submit(b, form: lines)
            let summary = try await b.text(b.waitForElement(css: "main .error-summary"))
            #expect(summary.contains("第五十条第二款") && summary.contains("负面清单"), "\(summary)")
            #expect(try await b.findElements(css: "main .error-summary a[href='#field-category']").count == 1)
            try await shot("grants-negative-list-refused.png")
            try await b.signOut()
            // The PI hands in the progress report and the final report on their pages.
            let reports = try await Reports(db: t.db, now: w.now).list(project: project.id, as: w.pi)
            let progress = try #require(reports.first { $0.kind != .final })
            let final = try #require(reports.first { $0.kind == .final })
            try await b.signIn(base: base, email: w.pi.email)
            try await Self.submitReport(b, base: base, progress)
            try await Self.submitReport(b, base: base, final)
            try await b.signOut()
            // The officer opens acceptance and chooses the panel; the panel scores; the officer decides: passed, closed.
            let closure = "/projects/\(Self.id(project.id.rawValue))/closure"
            try await b.signIn(base: base, email: w.officer.email)
            try await b.navigate(to: base + closure)
            try await Self.submit(b, form: closure + "/acceptance")
            try await b.click(b.waitForElement(css: "main form[action='\(closure)/acceptance/panel'] button[type=submit]"))
            try await b.wait(timeout: 15, "the panel") { (try? await b.findElements(css: "main table").count) == 2 }
            try await Self.panelScores(w, project: project.id, score: 85)
            try await b.navigate(to: base + closure)
            try await b.click(b.waitForElement(css: "#field-outcome option[value=passed]"))
            try await Self.type(b, "#field-finding", "全部指标达到任务书要求。")
            try await Self.submit(b, form: closure + "/acceptance/decision")
            // Decided: the decision form is gone (the outcome's label is also an option of that form's select).
            try await b.wait(timeout: 15, "the decision") { (try? await b.findElements(css: "main form[action='\(closure)/acceptance/decision']").isEmpty) == true }
            try await b.navigate(to: base + "/projects/\(Self.id(project.id.rawValue))")
            #expect(try await b.text(b.findElement(css: "main")).contains(ProjectStatus.closed.label.zh))
            #expect(try await GrantProjects(db: t.db, now: w.now).find(project.id, as: w.officer).status == .closed)
            try await shot("grants-closed.png")
        }
    }

    @Test(
        "A project closed as diligent failure; its PI applies again and is not restricted",
        .enabled(if: ProcessInfo.processInfo.environment["KECHUANG_BROWSER_TESTS"] == "1"),
        .timeLimit(.minutes(5)))
    func test_browser_Art48_diligentFailureClosed_thenThePIAppliesAgainUnrestricted() async throws {
        try await Self.browser("grants-diligent-failure") { t, b, base in
            let w = try await Self.world(t)
            // Funded, signed and reported through the services (the first journey does it on the pages).
            let today = BeijingDay(containing: t.clock.now)
            let project = try await Awards(db: t.db, now: w.now).fund(w.application.id, AwardInput(
                awardedAmount: "100000", startDate: today.description, endDate: "\(today.year + 2)-06-30", fundingKind: "competitive",
                researchType: "basic", reason: "测试"), by: w.officer)
            let agreements = TaskAgreements(db: t.db, now: w.now)
            let drafted = try await agreements.find(project: project.id, as: w.pi).agreement
            var input = AgreementInput(drafted.terms, version: drafted.version)
            input.objectivesEn = "Objectives."
            input.deliverablesEn = "Deliverables."
            _ = try await agreements.update(project: project.id, input, by: w.pi)
            for (party, person) in [(AgreementParty.principalInvestigator, w.pi), (.researchOffice, w.office), (.programmeOfficer, w.officer)] {
                _ = try await agreements.sign(project: project.id, as: party, sha256: nil, by: person)
            }
            let reports = Reports(db: t.db, now: w.now)
            let final = try #require(try await reports.list(project: project.id, as: w.pi).first { $0.kind == .final })
            let indicators = try await agreements.find(project: project.id, as: w.pi).agreement.terms.indicators
            _ = try await reports.submit(final.id, ReportInput(summary: "尽力完成，但技术路线未达预期。",
                                                               actuals: Dictionary(uniqueKeysWithValues: indicators.map { ($0.id, 0) })), by: w.pi)
            let acceptances = Acceptances(db: t.db, now: w.now)
            let opened = try await acceptances.open(project: project.id, by: w.officer)
            _ = try await acceptances.choosePanel(opened.id, by: w.officer)
            try await Self.panelScores(w, project: project.id, score: 40)
            // The officer closes it as diligent failure on the closure page (Art. 48, 64).
            let closure = "/projects/\(Self.id(project.id.rawValue))/closure"
            try await b.signIn(base: base, email: w.officer.email)
            try await b.navigate(to: base + closure)
            try await b.click(b.findElement(css: "#field-outcome option[value=diligent_failure]"))
            try await Self.type(b, "#field-finding", "团队按任务书开展研究并如实记录，技术路线探索失败，属勤勉尽责。")
            try await Self.submit(b, form: closure + "/acceptance/decision")
            // Decided: the decision form is gone (the outcome's label is also an option of that form's select).
            try await b.wait(timeout: 15, "the decision") { (try? await b.findElements(css: "main form[action='\(closure)/acceptance/decision']").isEmpty) == true }
            #expect(try await b.text(b.findElement(css: "main")).contains(AcceptanceOutcome.diligentFailure.label.zh))
            #expect(try await GrantProjects(db: t.db, now: w.now).find(project.id, as: w.officer).status == .closed)
            try await b.screenshot(to: ApplicationBrowserTests.artifacts.appendingPathComponent("grants-diligent-failure.png"))
            try await b.signOut()
            // The same PI applies to a new call: nothing restricts them (no integrity record, Art. 48).
            let calls = Calls(db: t.db, now: w.now)
            let next = try await calls.publish(try await calls.create(CallInput(
                programmeID: w.call.programmeID.uuidString, titleZh: "第二批指南", titleEn: "", guidelineZh: "在京注册的独立法人单位。", guidelineEn: "",
                opensAt: BeijingTime.format(t.clock.now.addingTimeInterval(-3600)), closesAt: BeijingTime.format(t.clock.now.addingTimeInterval(10 * 86_400)),
                totalBudget: "500000", typicalAward: "100000", budgetMode: "lump_sum", selectionMode: "open_competition", eligibilityRules: ""), by: .system).id, by: .system)
            try await b.signIn(base: base, email: w.pi.email)
            try await b.navigate(to: base + "/calls/\(Self.id(next.id.rawValue))")
            try await Self.submit(b, form: "/calls/\(Self.id(next.id.rawValue))/apply")
            try await b.wait(timeout: 15, "the new draft") { (try? await b.currentURL())?.contains("/applications/") == true }
            let applications = Applications(db: t.db, now: w.now)
            let draft = try #require(try await applications.list(principalInvestigator: w.pi.id).first { $0.callID == next.id.rawValue })
            _ = try await applications.save(draft.id, ApplicationDraft(
                titleZh: "固态电解质界面的新技术路线", keywords: "固态电池", discipline: "E0201", summary: "换一条技术路线。", plan: "两年完成。",
                budget: [BudgetLine(category: "lump_sum", amount: 100_000)]), expectedVersion: draft.version, by: w.pi)
            let check = "/applications/\(Self.id(draft.id.rawValue))/check"
            try await b.navigate(to: base + check)
            #expect(try await b.text(b.findElement(css: "main")).contains("第六十条") == false, "no integrity restriction is listed")
            try await Self.submit(b, form: "/applications/\(Self.id(draft.id.rawValue))/submit")
            try await b.wait(timeout: 15, "the submission") { (try? await applications.find(draft.id).state) == .submitted }
        }
    }
}
