import Foundation
import Identity
import Integrity
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Storage
import Testing
import Vapor
import VaporTesting
@testable import Web

/// The research integrity system as officers, subjects, institutions and the public meet it.
@Suite("Integrity pages: records, decisions, appeals, the public list (Art. 60)")
struct IntegrityWebTests {
    static func id(_ uuid: UUID) -> String { uuid.uuidString.lowercased() }

    struct World {
        let t: TestApp
        let officer: Person
        let officerSession: String
        let subject: Person
        let subjectSession: String
        var records: IntegrityRecords { IntegrityRecords(db: t.db, now: t.app.webServices.now) }
        var now: Date { t.clock.now }
    }

    static func world(_ t: TestApp) async throws -> World {
        let commission = try await t.organisation("科委", type: .governmentDepartment)
        let officer = try await t.person([.integrityOfficer], organisation: commission.id)
        let subject = try await t.people.create(
            PersonInput(name: "张数据", email: "subject-\(UUID().uuidString.prefix(6).lowercased())@example.cn", nationality: "CN"),
            password: TestApp.password, memberships: [Membership(organisationID: try await t.organisation().id, role: .applicant)], by: .system)
        return World(t: t, officer: officer, officerSession: try await t.sessionToken(for: officer), subject: subject,
                     subjectSession: try await t.sessionToken(for: subject))
    }

    static func day(_ offset: Int, from date: Date) -> String { BeijingDay.format(date.addingTimeInterval(Double(offset) * 86_400)) }

    /// A complete record form about `subject`, restricting project applications from yesterday for a year.
    static func fields(_ w: World, number: String = "京科诚〔2026〕3号", publish: Bool = true) -> [String: String] {
        var f = [
            "subject": "person:\(id(w.subject.id))", "finding": "data_fabrication", "description": "在项目申报材料中伪造实验数据。",
            "deciding_body": "北京市科学技术委员会", "document_number": number, "decision_date": day(-1, from: w.now),
            "legal_basis": "《北京国际科技创新中心建设条例》第六十条", "scope_project_application": "yes",
            "restricted_from": day(-1, from: w.now), "restricted_until": day(365, from: w.now),
        ]
        if publish {
            f["publish"] = "yes"
            f["publish_from"] = day(-1, from: w.now)
            f["publish_until"] = day(180, from: w.now)
        }
        return f
    }

    static func version(_ html: String) throws -> String {
        String(try #require(html.firstMatch(of: /name="version" value="(\d+)"/)).1)
    }

    /// Creates a draft through the form; returns its id.
    static func create(_ w: World, _ fields: [String: String]) async throws -> UUID {
        let created = try await w.t.send(.POST, "/admin/integrity", session: w.officerSession, body: .form(fields))
        #expect(created.status == .seeOther)
        let location = try #require(created.headers.first(name: .location))
        let match = try #require(location.firstMatch(of: /^\/admin\/integrity\/([0-9a-f-]{36})/))
        return try #require(UUID(uuidString: String(match.1)))
    }

    static func post(_ w: World, _ path: String, session: String, _ fields: [String: String] = [:]) async throws -> TestingHTTPResponse {
        try await w.t.send(.POST, path, session: session, body: .form(fields))
    }

    @Test func test_Art60_officerRecordsDecidesAndPublishes_publicSeesIt() async throws {
        try await withTestApp { t in
            let w = try await Self.world(t)
            let list = try await t.send(.GET, "/admin/integrity", session: w.officerSession)
            #expect(list.status == .ok)
            #expect(list.text.contains(#"href="/admin/integrity/new""#))
            let form = try await t.send(.GET, "/admin/integrity/new", session: w.officerSession)
            #expect(form.text.contains(#"<label for="field-subject">"#) && form.text.contains("张数据"))
            #expect(form.text.contains(#"name="scope_project_application""#))

            let id = try await Self.create(w, Self.fields(w))
            let page = try await t.send(.GET, "/admin/integrity/\(Self.id(id))", session: w.officerSession)
            #expect(page.text.contains(IntegrityRecordState.draft.label.zh))
            #expect(page.text.contains(#"action="/admin/integrity/\#(Self.id(id))/decide""#))
            #expect(!(try await t.send(.GET, "/integrity").text.contains("京科诚〔2026〕3号")), "drafts are not public")

            let decided = try await Self.post(w, "/admin/integrity/\(Self.id(id))/decide", session: w.officerSession, ["version": try Self.version(page.text)])
            #expect(decided.status == .seeOther)
            #expect(try await w.records.find(IntegrityRecord.ID(id)).state == .decided)
            let decision = try await IntegrityService(db: t.db).check(.person(w.subject.id), .projectApplication, at: w.now)
            #expect(!decision.isAllowed)

            let decidedPage = try await t.send(.GET, "/admin/integrity/\(Self.id(id))", session: w.officerSession)
            #expect(decidedPage.text.contains(#"action="/admin/integrity/\#(Self.id(id))/publish""#))
            #expect(!decidedPage.text.contains(#"action="/admin/integrity/\#(Self.id(id))/decide""#))
            #expect(decidedPage.text.contains("integrity.decide"), "the history shows the audit entries")
            let published = try await Self.post(w, "/admin/integrity/\(Self.id(id))/publish", session: w.officerSession,
                                                ["version": try Self.version(decidedPage.text)])
            #expect(published.status == .seeOther)

            let publicPage = try await t.send(.GET, "/integrity")
            #expect(publicPage.status == .ok)
            #expect(publicPage.text.contains("京科诚〔2026〕3号") && publicPage.text.contains("张数据"))
            #expect(publicPage.text.contains("第六十条"))
            let english = try await t.send(.GET, "/integrity?lang=en")
            #expect(english.text.contains("Art. 60") && english.text.contains("Project applications"))
            let api = try await t.send(.GET, "/api/v1/integrity/records")
            #expect(api.status == .ok)
            let items = try #require(try JSONSerialization.jsonObject(with: Data(api.text.utf8)) as? [[String: Any]])
            #expect(items.count == 1)
            #expect(items.first?["document_number"] as? String == "京科诚〔2026〕3号")
            #expect(items.first?["article"] as? String == "60")
            #expect(items.first?["scope"] as? [String] == ["project_application"])
        }
    }

    @Test func test_Art60_formsShowFieldErrorsCitingTheArticle() async throws {
        try await withTestApp { t in
            let w = try await Self.world(t)
            let empty = try await Self.post(w, "/admin/integrity", session: w.officerSession)
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.text.contains(#"class="error-summary""#))
            #expect(empty.text.contains(##"href="#field-subject""##) && empty.text.contains(##"href="#field-description""##))
            #expect(empty.text.contains("（依据：第六十条）"))

            var badDate = Self.fields(w)
            badDate["restricted_until"] = "明年"
            let refusedDate = try await Self.post(w, "/admin/integrity", session: w.officerSession, badDate)
            #expect(refusedDate.status == .unprocessableEntity)
            #expect(refusedDate.text.contains(##"href="#field-restricted-until""##))
            #expect(refusedDate.text.contains(#"value="明年""#), "what was typed is shown again")

            // A draft with only the facts cannot be decided: every missing field, each citing Art. 60.
            let id = try await Self.create(w, ["subject": "person:\(Self.id(w.subject.id))", "finding": "plagiarism", "description": "抄袭"])
            let page = try await t.send(.GET, "/admin/integrity/\(Self.id(id))", session: w.officerSession)
            let refused = try await Self.post(w, "/admin/integrity/\(Self.id(id))/decide", session: w.officerSession, ["version": try Self.version(page.text)])
            #expect(refused.status == .unprocessableEntity)
            for field in ["deciding-body", "document-number", "decision-date", "legal-basis", "scope", "restricted-from", "restricted-until"] {
                #expect(refused.text.contains(##"href="#field-\##(field)""##), "\(field)")
            }
            #expect(refused.text.contains("请填写决定文号（依据：第六十条）"))
            let english = try await t.send(.POST, "/admin/integrity/\(Self.id(id))/decide?lang=en", session: w.officerSession,
                                           body: .form(["version": try Self.version(page.text)]))
            #expect(english.text.contains("Enter the decision&apos;s document number (Art. 60)") || english.text.contains("Enter the decision's document number (Art. 60)"))
            #expect(try await w.records.find(IntegrityRecord.ID(id)).state == .draft)
        }
    }

    @Test func test_Art48_64_diligentFailureFormRefusesAScope() async throws {
        try await withTestApp { t in
            let w = try await Self.world(t)
            var f = Self.fields(w)
            f["finding"] = "diligent_failure"
            let refused = try await Self.post(w, "/admin/integrity", session: w.officerSession, f)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("第四十八条"))
            f["scope_project_application"] = nil
            f["restricted_from"] = nil
            f["restricted_until"] = nil
            let id = try await Self.create(w, f)
            let page = try await t.send(.GET, "/admin/integrity/\(Self.id(id))", session: w.officerSession)
            #expect(try await Self.post(w, "/admin/integrity/\(Self.id(id))/decide", session: w.officerSession,
                                        ["version": try Self.version(page.text)]).status == .seeOther)
            #expect(try await IntegrityService(db: t.db).check(.person(w.subject.id), .projectApplication, at: w.now).isAllowed)
            let mine = try await t.send(.GET, "/integrity/mine", session: w.subjectSession)
            #expect(mine.text.contains(IntegrityMsg.intDiligentNote.text.zh))
            #expect(!mine.text.contains("/appeal\""), "nothing to appeal")
        }
    }

    @Test func test_Art60_subjectSeesTheRecordAndAppeals_officerUpholds() async throws {
        try await withTestApp { t in
            let w = try await Self.world(t)
            let id = try await Self.create(w, Self.fields(w, publish: false))
            let draftPage = try await t.send(.GET, "/integrity/mine", session: w.subjectSession)
            #expect(!draftPage.text.contains("京科诚〔2026〕3号"), "the subject does not see drafts")
            let record = try await w.records.find(IntegrityRecord.ID(id))
            _ = try await w.records.decide(record.id, expectedVersion: record.version, by: .system)

            let mine = try await t.send(.GET, "/integrity/mine", session: w.subjectSession)
            #expect(mine.status == .ok)
            #expect(mine.text.contains("京科诚〔2026〕3号") && mine.text.contains(RestrictionPhase.running.label.zh))
            #expect(mine.text.contains(#"action="/integrity/mine/\#(Self.id(id))/appeal""#))
            #expect(mine.text.contains(#"action="/integrity/mine/\#(Self.id(id))/repair""#))
            // Another person sees nothing and cannot appeal it.
            let stranger = try await t.person([.applicant], organisation: try await t.organisation().id)
            let strangerSession = try await t.sessionToken(for: stranger)
            #expect(!(try await t.send(.GET, "/integrity/mine", session: strangerSession)).text.contains("京科诚〔2026〕3号"))
            #expect(try await Self.post(w, "/integrity/mine/\(Self.id(id))/appeal", session: strangerSession, ["grounds": "不服"]).status == .notFound)

            let empty = try await Self.post(w, "/integrity/mine/\(Self.id(id))/appeal", session: w.subjectSession, ["grounds": " "])
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.text.contains(##"href="#field-record-\##(Self.id(id))-grounds""##) && empty.text.contains(##"id="field-record-\##(Self.id(id))-grounds""##))
            let filed = try await Self.post(w, "/integrity/mine/\(Self.id(id))/appeal", session: w.subjectSession, ["grounds": "数据系仪器故障所致。"])
            #expect(filed.status == .seeOther)
            #expect(try await t.send(.GET, "/integrity/mine", session: w.subjectSession).text.contains(IntegrityMsg.intAppealPending.text.zh))

            let officerPage = try await t.send(.GET, "/admin/integrity/\(Self.id(id))", session: w.officerSession)
            #expect(officerPage.text.contains("数据系仪器故障所致。"))
            #expect(officerPage.text.contains(#"action="/admin/integrity/\#(Self.id(id))/appeal""#))
            let upheld = try await Self.post(w, "/admin/integrity/\(Self.id(id))/appeal", session: w.officerSession,
                                             ["decision": "uphold", "note": "复核认定不构成失信"])
            #expect(upheld.status == .seeOther)
            #expect(try await w.records.find(IntegrityRecord.ID(id)).state == .revoked)
            #expect(try await IntegrityService(db: t.db).check(.person(w.subject.id), .projectApplication, at: w.now).isAllowed)
            let after = try await t.send(.GET, "/integrity/mine", session: w.subjectSession)
            #expect(after.text.contains("复核认定不构成失信") && after.text.contains(IntegrityRecordState.revoked.label.zh))
        }
    }

    @Test func test_Art60_creditRepairRequestedByTheSubjectAndGranted() async throws {
        try await withTestApp { t in
            let w = try await Self.world(t)
            let record = try await t.restrict(.person(w.subject.id), [.projectApplication, .fiscalFunding])
            let filed = try await Self.post(w, "/integrity/mine/\(Self.id(record.id.rawValue))/repair", session: w.subjectSession,
                                            ["evidence": "已完成诚信教育培训并撤回相关论文。"])
            #expect(filed.status == .seeOther)
            let granted = try await Self.post(w, "/admin/integrity/\(Self.id(record.id.rawValue))/repair", session: w.officerSession, ["decision": "grant"])
            #expect(granted.status == .seeOther)
            #expect(try await w.records.find(record.id).state == .repaired)
            #expect(try await IntegrityService(db: t.db).check(.person(w.subject.id), .fiscalFunding, at: w.now).isAllowed)
        }
    }

    @Test func test_publicListShowsOnlyPublishedDuringThePublicationPeriod() async throws {
        try await withTestApp { t in
            let w = try await Self.world(t)
            // Decided but not published.
            _ = try await t.restrict(.person(w.subject.id), [.projectApplication])
            let publishedID = try await Self.create(w, Self.fields(w, number: "京科诚〔2026〕9号"))
            let draft = try await w.records.find(IntegrityRecord.ID(publishedID))
            let decided = try await w.records.decide(draft.id, expectedVersion: draft.version, by: .system)
            _ = try await w.records.publish(draft.id, expectedVersion: decided.version, by: .system)
            let page = try await t.send(.GET, "/integrity")
            #expect(page.text.contains("京科诚〔2026〕9号"))
            let api = try #require(try JSONSerialization.jsonObject(with: Data(try await t.send(.GET, "/api/v1/integrity/records").text.utf8)) as? [[String: Any]])
            #expect(api.map { $0["document_number"] as? String } == ["京科诚〔2026〕9号"])
            t.clock.advance(by: 181 * 86_400)
            #expect(!(try await t.send(.GET, "/integrity")).text.contains("京科诚〔2026〕9号"), "not after the publication period")
            #expect(try await t.send(.GET, "/api/v1/integrity/records").text == "[]")
        }
    }

    @Test func test_Art60_2_researchOfficeRecordsItsRulesAndHandling() async throws {
        try await withTestApp { t in
            let university = try await t.organisation("京华大学")
            let office = try await t.person([.researchOffice], organisation: university.id)
            let session = try await t.sessionToken(for: office)
            let page = try await t.send(.GET, "/institution/integrity", session: session)
            #expect(page.status == .ok && page.text.contains("第六十条第二款"))
            let refused = try await t.send(.POST, "/institution/integrity", session: session, body: .form(["kind": "rule", "title": "", "body": "", "date": "2026-13-01"]))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains(##"href="#field-date""##))
            let missing = try await t.send(.POST, "/institution/integrity", session: session, body: .form(["kind": "rule"]))
            #expect(missing.status == .unprocessableEntity)
            #expect(missing.text.contains(##"href="#field-title""##) && missing.text.contains("（依据：第六十条第二款）"))
            let added = try await t.send(.POST, "/institution/integrity", session: session,
                                         body: .form(["kind": "rule", "title": "京华大学科研诚信管理办法", "body": "第一条 为加强科研诚信建设。", "date": "2026-03-01"]))
            #expect(added.status == .seeOther)
            let after = try await t.send(.GET, "/institution/integrity", session: session)
            #expect(after.text.contains("京华大学科研诚信管理办法") && after.text.contains("2026-03-01"))
            let admin = try await t.person([.platformAdmin])
            let adminPage = try await t.send(.GET, "/institution/integrity", session: try await t.sessionToken(for: admin))
            #expect(adminPage.text.contains(IntegrityMsg.intInstitutionNotOffice.text.zh))
        }
    }
}
