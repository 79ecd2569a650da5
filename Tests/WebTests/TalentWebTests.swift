import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Talent
import Testing
import Vapor

/// The Talent pages and API over HTTP (Art. 40, 41, 47, 72), on the run's engine.
@Suite struct TalentWebTests {
    struct AchievementBody: Encodable, Sendable {
        let kind: String
        let title: String
        let year: Int
        let evidence: String
        let contribution: String
    }

    @Test func test_Art41_aSixthAchievementIsA422ProblemCitingArticle41AndThePageLinksTheField() async throws {
        try await withTestApp { t in
            let person = try await t.person([.applicant])
            let token = try await t.tokens.create(for: person.id, name: "api", scopes: [.read, .write], by: .system).secret
            for i in 0..<5 {
                let r = try await t.send(.POST, "/api/v1/talent/achievements", body: .json(AchievementBody(
                    kind: ["paper", "patent", "standard", "product", "report"][i], title: "成果\(i)", year: 2024, evidence: "REF-\(i)", contribution: "负责人")), bearer: token)
                #expect(r.status == .created, "\(r.text)")
            }
            let sixth = try await t.send(.POST, "/api/v1/talent/achievements", body: .json(AchievementBody(
                kind: "engineering_design", title: "第六项", year: 2024, evidence: "REF-6", contribution: "负责人")), bearer: token)
            #expect(sixth.status == .unprocessableEntity)
            #expect(try sixth.json()["article"] as? String == "41")
            let session = try await t.sessionToken(for: person)
            let page = try await t.send(.POST, "/talent/achievements", session: session,
                                        body: .form(["kind": "report", "title": "第六项", "year": "2024", "evidence": "REF", "contribution": "负责人"]))
            #expect(page.status == .unprocessableEntity)
            #expect(page.text.contains("第四十一条") && page.text.contains("href=\"#field-kind\"") && page.text.contains("id=\"field-kind\""))
            let list = try await t.send(.GET, "/api/v1/talent/achievements", bearer: token)
            #expect(list.text.components(separatedBy: "\"slot\"").count - 1 == 5)
        }
    }

    @Test func test_Art40_Art72_visitorReadsTheCatalogueVersionsSearchesOpeningsAndCalculatesPoints() async throws {
        try await withTestApp { t in
            let staff = try await t.person([.departmentStaff])
            let company = try await t.organisation("智算科技", type: .enterprise)
            let office = try await t.person([.researchOffice], organisation: company.id)
            let catalogue = TalentCatalogue(db: t.db, now: t.now)
            let v1 = try await catalogue.publish(CatalogueEntryInput(code: "QT-001", field: .quantum, roleZh: "量子测控工程师", roleEn: "Quantum control engineer",
                                                                     level: .core, requirementsZh: "超导量子测控经验", requirementsEn: "Superconducting qubit control"), by: staff)
            var change = CatalogueEntryInput(v1)
            change.note = "扩大范围"
            change.requirementsZh = "超导或离子阱量子测控经验"
            let v2 = try await catalogue.adjust(v1.id, change, by: staff)
            let session = try await t.sessionToken(for: office)
            let posted = try await t.send(.POST, "/talent/openings", session: session, body: .form([
                "organisation_id": company.id.uuidString.lowercased(), "entry_id": v2.id.uuidString.lowercased(), "title_zh": "量子测控系统工程师",
                "description": "研发稀释制冷机内的测控电子学", "district": "haidian"]))
            #expect(posted.status == .seeOther, "\(posted.text.prefix(600))")
            let q = "测控".addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            let search = try await t.send(.GET, "/talent/openings?q=\(q)&lang=en")
            #expect(search.status == .ok && search.text.contains("量子测控系统工程师"))
            let api = try await t.send(.GET, "/api/v1/talent/openings?q=\(q)")
            #expect(api.text.contains("QT-001"))
            let old = try await t.send(.GET, "/talent/catalogue/\(v1.id.uuidString.lowercased())?lang=en")
            #expect(old.status == .ok && old.text.contains("Every version") && old.text.contains("扩大范围"))
            let entryAPI = try await t.send(.GET, "/api/v1/talent/catalogue/\(v1.id.uuidString.lowercased())")
            #expect(try entryAPI.json()["current"] as? Bool == false)
            let points = try await t.send(.GET, "/talent/points?calculate=1&salary=60&years_in_beijing=2&degree=3&age=38&catalogue_match=1&lang=en")
            #expect(points.status == .ok && points.text.contains("What would raise the total") && points.text.contains("clause 3"))
            let bad = try await t.send(.GET, "/talent/points?calculate=1&chinese=9")
            #expect(bad.status == .unprocessableEntity && bad.text.contains("#field-chinese"))
        }
    }

    struct RequestBody: Encodable, Sendable {
        let kind: String
        let details: String
        let documents: [String]
    }

    @Test func test_Art47_Art72_aRequestMissingADocumentIsRefusedAndTheOfficerFollowsItToCompletion() async throws {
        try await withTestApp { t in
            let researcher = try await t.person([.applicant])
            let officer = try await t.person([.departmentStaff])
            try await ServiceRequests(db: t.db, now: t.now).assign(officer, to: "exit_entry", by: .system)
            let token = try await t.tokens.create(for: researcher.id, name: "api", scopes: [.read, .write], by: .system).secret
            let refused = try await t.send(.POST, "/api/v1/talent/requests", body: .json(RequestBody(kind: "residence_permit", details: "居留许可", documents: ["passport"])),
                                           bearer: token)
            let problem = try refused.json()
            #expect(refused.status == .unprocessableEntity)
            #expect(problem["article"] as? String == "72")
            let session = try await t.sessionToken(for: researcher)
            let page = try await t.send(.POST, "/talent/services", session: session, body: .form(["kind": "residence_permit", "details": "居留许可", "doc_passport": "yes"]))
            #expect(page.status == .unprocessableEntity && page.text.contains("第七十二条") && page.text.contains("id=\"field-documents\""))
            var form = ["kind": "residence_permit", "details": "居留许可"]
            for d in ["passport", "photo", "health", "work_permit", "accommodation"] { form["doc_" + d] = "yes" }
            let filed = try await t.send(.POST, "/talent/services", session: session, body: .form(form))
            #expect(filed.status == .seeOther)
            let request = try #require(try await ServiceRequests(db: t.db).mine(researcher).first)
            let officerSession = try await t.sessionToken(for: officer)
            let queue = try await t.send(.GET, "/talent/desk", session: officerSession)
            #expect(queue.text.contains(TalentURL_request(request.id.rawValue)))
            for (step, note) in [("accept", ""), ("complete", "已签发")] {
                let r = try await t.send(.POST, TalentURL_request(request.id.rawValue) + "/steps", session: officerSession, body: .form(["step": step, "note": note]))
                #expect(r.status == .seeOther, "\(r.text.prefix(400))")
            }
            let mine = try await t.send(.GET, "/talent/services?lang=en", session: session)
            #expect(mine.text.contains("Completed") && mine.text.contains("已签发"))
            let compliance = try await t.send(.GET, "/talent/compliance")
            #expect(compliance.status == .ok && compliance.text.contains("<svg") && compliance.text.contains("<table"))
        }
    }
}

func TalentURL_request(_ id: UUID) -> String { "/talent/services/\(id.uuidString.lowercased())" }
