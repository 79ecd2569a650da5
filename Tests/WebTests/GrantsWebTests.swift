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

/// The funding decision, projects and task agreements through pages and the API (#15, grants-core).
@Suite("Grants: award, project, task agreement over HTTP")
struct GrantsWebTests {
    static func id(_ uuid: UUID) -> String { uuid.uuidString.lowercased() }
    static func id<Tag>(_ id: Identifier<Tag>) -> String { Self.id(id.rawValue) }

    static func awardFields(_ t: TestApp, reason: String = "", confirm: Bool = true) -> [String: String] {
        let today = BeijingDay(containing: t.clock.now)
        var fields = ["decision": "fund", "awarded_amount": "90000", "start_date": today.description,
                      "end_date": "\(today.year + 2)-06-30", "funding_kind": "competitive", "research_type": "basic", "reason": reason]
        if confirm { fields["confirm"] = "yes" }
        return fields
    }

    @Test func test_Art29_fundingWithoutReviewsNeedsAReason_thePageShowsTheFactsAndTheArticle_thenTheProjectIsCreated() async throws {
        try await withTestApp { t in
            let w = try await ReviewWorld.make(t, experts: 0)
            let officer = try await t.sessionToken(for: w.officer)
            let path = "/admin/applications/\(Self.id(w.proposals[0].id))/funding"
            let page = try await t.send(.GET, path, session: officer)
            #expect(page.status == .ok)
            #expect(page.text.contains("剩余预算") && page.text.contains("300,000") && page.text.contains("评审意见数"))
            let unconfirmed = try await t.send(.POST, path, session: officer, body: .form(Self.awardFields(t, reason: "x", confirm: false)))
            #expect(unconfirmed.status == .unprocessableEntity && unconfirmed.text.contains("href=\"#field-confirm\"") && unconfirmed.text.contains("id=\"field-confirm\""))
            let refused = try await t.send(.POST, path, session: officer, body: .form(Self.awardFields(t)))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("第二十九条") && refused.text.contains("href=\"#field-reason\""))
            let funded = try await t.send(.POST, path, session: officer, body: .form(Self.awardFields(t, reason: "应急攻关需要，专家会商推荐")))
            #expect(funded.status == .seeOther)
            let location = try #require(funded.headers.first(name: .location))
            #expect(location.hasPrefix("/projects/"))
            let project = try await t.send(.GET, String(location.split(separator: "?")[0]), session: officer)
            #expect(project.status == .ok && project.text.contains("任务书签订中"))
        }
    }

    @Test func test_Art22_agreementSignedByThreeParties_rendersABilingualPDF_readableText() async throws {
        try await withTestApp { t in
            let w = try await ReviewWorld.make(t, experts: 0)
            let project = try await Awards(db: t.db, now: { t.clock.now }).fund(w.proposals[0].id, AwardInput(
                awardedAmount: "100000", startDate: BeijingDay(containing: t.clock.now).description, endDate: "\(BeijingDay(containing: t.clock.now).year + 2)-06-30",
                fundingKind: "competitive", researchType: "basic", reason: "测试"), by: w.officer)
            let pi = try await t.sessionToken(for: w.pis[0])
            let office = try await t.sessionToken(for: try await t.person([.researchOffice], organisation: w.organisations[0].id))
            let otherOffice = try await t.sessionToken(for: try await t.person([.researchOffice], organisation: w.organisations[1].id))
            let officer = try await t.sessionToken(for: w.officer)
            let base = "/projects/\(Self.id(project.id))"
            #expect(try await t.send(.GET, base, session: otherOffice).status == .notFound)
            #expect(try await t.send(.GET, base + "/agreement", session: otherOffice).status == .notFound)

            let view = try await TaskAgreements(db: t.db, now: { t.clock.now }).find(project: project.id, as: w.pis[0])
            var form = AgreementInput(view.agreement.terms, version: view.agreement.version)
            form.objectivesEn = "Study the interface stability of solid electrolytes."
            form.deliverablesEn = "Papers and a validated model."
            let saved = try await t.send(.POST, base + "/agreement", session: pi, body: .form([
                "objectives_zh": form.objectivesZh, "objectives_en": form.objectivesEn, "deliverables_zh": form.deliverablesZh,
                "deliverables_en": form.deliverablesEn, "indicators": form.indicators, "milestones": form.milestones,
                "budget_by_year": form.budgetByYear, "tranches": form.tranches, "version": String(form.version)]))
            #expect(saved.status == .seeOther)
            for (session, party) in [(pi, "principal_investigator"), (office, "research_office"), (officer, "programme_officer")] {
                let page = try await t.send(.GET, base + "/agreement", session: session)
                #expect(page.text.contains("name=\"party\" value=\"\(party)\""), "\(party) sees the signing step")
                let sha = try #require(page.text.range(of: #"name="sha256" value="([0-9a-f]{64})""#, options: .regularExpression)
                    .map { String(page.text[$0].dropLast().suffix(64)) })
                let signed = try await t.send(.POST, base + "/agreement/sign", session: session, body: .form(["party": party, "sha256": sha]))
                #expect(signed.status == .seeOther, "\(party): \(signed.text.prefix(300))")
            }
            let page = try await t.send(.GET, base, session: pi)
            #expect(page.text.contains("执行中"))

            let pdf = try await t.send(.GET, base + "/agreement.pdf", session: pi)
            #expect(pdf.status == .ok && pdf.headers.contentType?.subType == "pdf")
            let bytes = Data(buffer: pdf.body)
            #expect(bytes.starts(with: Array("%PDF".utf8)))
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") else {
                // poppler-utils missing: the PDF's text cannot be checked here (apt-get install -y poppler-utils).
                return
            }
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("agreement-\(UUID().uuidString).pdf")
            try bytes.write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
            process.arguments = ["-enc", "UTF-8", file.path, "-"]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(text.contains(project.number))
            #expect(text.contains("任务书") && text.contains("Task agreement"))
            #expect(text.contains("Study the interface stability"))
            #expect(text.contains("依托单位科研管理部门") && text.contains("Research office"))
        }
    }

    @Test func test_Art29_API_awardReturns201AtTheProject_andAboveTheRemainingBudgetIsAProblemCitingArt29() async throws {
        try await withTestApp { t in
            let w = try await ReviewWorld.make(t, experts: 0, budget: 150_000)
            let token = try await t.tokens.create(for: w.officer.id, name: "api", scopes: [.read, .write], by: .system).secret
            let today = BeijingDay(containing: t.clock.now)
            struct Body: Encodable, Sendable {
                var awarded_amount: Int, start_date: String, end_date: String, funding_kind = "stable", research_type = "applied", reason = "专家会商"
            }
            let body = Body(awarded_amount: 100_000, start_date: today.description, end_date: "\(today.year + 3)-01-01")
            let facts = try await t.send(.GET, "/api/v1/applications/\(Self.id(w.proposals[0].id))/award", bearer: token)
            #expect(facts.status == .ok)
            let remaining = try facts.json()["remaining_budget"] as? Int
            #expect(remaining == 150_000)
            let created = try await t.send(.POST, "/api/v1/applications/\(Self.id(w.proposals[0].id))/award", body: .json(body), bearer: token)
            #expect(created.status == .created, "\(created.text)")
            let projectID = try #require(try created.json()["id"] as? String)
            #expect(created.headers.first(name: .location)?.lowercased() == "/api/v1/projects/\(projectID.lowercased())")
            let number = try created.json()["number"] as? String
            #expect(number.map(ProjectNumber.isWellFormed) == true)
            let refused = try await t.send(.POST, "/api/v1/applications/\(Self.id(w.proposals[1].id))/award", body: .json(body), bearer: token)
            #expect(refused.status == .unprocessableEntity)
            let errors = (try refused.json()["errors"] as? [[String: Any]]) ?? []
            #expect(errors.contains { $0["rule"] as? String == "award.budget.remaining" && $0["article"] as? String == "29" }, "\(refused.text)")
            let agreement = try await t.send(.GET, "/api/v1/projects/\(projectID)/agreement", bearer: token)
            #expect(agreement.status == .ok)
            let stage = try agreement.json()["stage"] as? String
            #expect(stage == "draft")
        }
    }
}
