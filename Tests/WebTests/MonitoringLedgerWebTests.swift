import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Monitoring
import SQLKit
import Testing
import Vapor

/// The key-task ledger (Art. 8, 14) and the risk warnings (Art. 65) over HTTP, on the run's engine:
/// a refused task names its field and cites Art. 8; progress, the assessment's chart with its table;
/// a warning run, acknowledgement and closing, the closing note required citing Art. 65; the API.
@Suite struct MonitoringLedgerWebTests {
    struct ProgressBody: Encodable, Sendable { let month: String, value: String, narrative: String }
    struct StepBody: Encodable, Sendable { let note: String, version: Int }

    @Test func test_Art8_ledgerPagesFlagsAndAssessment() async throws {
        try await withTestApp { t in
            let department = try await t.organisation("市科学技术委员会", type: .governmentDepartment)
            let staff = try await t.person([.departmentStaff], organisation: department.id)
            let session = try await t.sessionToken(for: staff)
            let today = BeijingDay(containing: t.clock.now)
            #expect(try await t.send(.GET, "/monitoring/ledger").status != .ok)
            let plan = try await t.send(.POST, "/monitoring/ledger/plans", session: session, body: .form([
                "level": "city", "title_zh": "建设规划", "from_year": "\(today.year)", "to_year": "\(today.year + 4)", "goals": "研发投入强度 | RPT-RDI"]))
            #expect(plan.status == .seeOther, "\(plan.text.prefix(500))")
            let planID = try #require(try await KeyTaskLedger(db: t.db).plans().first?.id.rawValue.uuidString)
            let fields = ["plan_id": planID, "year": "\(today.year)", "code": "1", "title_zh": "开放共享机时", "lead_department_id": department.id.rawValue.uuidString,
                          "deadline": "\(today.year)-12-31", "target_value": "100", "target_unit": "机时", "indicator_code": "INS-01", "article": "8(1)"]
            var invalid = fields
            invalid["target_value"] = "0"
            let refused = try await t.send(.POST, "/monitoring/ledger/tasks", session: session, body: .form(invalid))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("href=\"#field-task-target-value\"") && refused.text.contains("id=\"field-task-target-value\"") && refused.text.contains("第八条第一款"))
            #expect(try await t.send(.POST, "/monitoring/ledger/tasks", session: session, body: .form(fields)).status == .seeOther)
            let task = try #require(try await KeyTaskLedger(db: t.db).tasks().first)
            let month = String(format: "%04d-%02d", today.year, today.month)
            let reported = try await t.send(.POST, "/monitoring/ledger/tasks/\(task.id.rawValue.uuidString.lowercased())/progress", session: session,
                                            body: .form(["month": month, "value": "100", "narrative": "完成"]))
            #expect(reported.status == .seeOther)
            let page = try await t.send(.GET, "/monitoring/ledger/tasks/\(task.id.rawValue.uuidString.lowercased())?lang=en", session: session)
            #expect(page.status == .ok && page.text.contains("Target met") && page.text.contains(month))
            #expect(HTMLScan(page.text).cjkOutsideChinese.isEmpty, "\(HTMLScan(page.text).cjkOutsideChinese)")
            let ledger = try await t.send(.GET, "/monitoring/ledger?lang=en", session: session)
            #expect(ledger.status == .ok && HTMLScan(ledger.text).cjkOutsideChinese.isEmpty, "\(HTMLScan(ledger.text).cjkOutsideChinese)")
            let assessment = try await t.send(.GET, "/monitoring/ledger/assessment?year=\(today.year)", session: session)
            #expect(assessment.status == .ok && assessment.text.contains("role=\"img\"") && assessment.text.contains("<table") && assessment.text.contains(">100<"))
            // The API: the task with its status, and a progress report as JSON (a second one of the month is its revision).
            let token = try await t.tokens.create(for: staff.id, name: "api", scopes: [.read, .write], by: .system).secret
            let api = try await t.send(.POST, "/api/v1/monitoring/ledger/tasks/\(task.id.rawValue.uuidString.lowercased())/progress",
                                       body: .json(ProgressBody(month: month, value: "90", narrative: "更正")), bearer: token)
            #expect(api.status == .created, "\(api.text)")
            let json = try api.json()
            #expect(json["status"] as? String == "on_track" || json["status"] as? String == "at_risk")
            #expect((json["progress"] as? [[String: Any]])?.map { $0["revision"] as? Int } == [2, 1])
            let list = try await t.send(.GET, "/api/v1/monitoring/ledger/assessment?year=\(today.year)", bearer: token)
            #expect(list.status == .ok && list.text.contains("\"tasks\":1"))
        }
    }

    @Test func test_Art65_warningRunAcknowledgeAndCloseOverHTTP() async throws {
        try await withTestApp { t in
            let department = try await t.organisation("市科学技术委员会", type: .governmentDepartment)
            let staff = try await t.person([.departmentStaff], organisation: department.id)
            let session = try await t.sessionToken(for: staff)
            let institution = try await t.organisation("测试研究院", type: .researchInstitute)
            let sql = try #require(t.db as? any SQLDatabase)
            let now = t.clock.now
            for _ in 0..<2 {
                try await sql.raw("""
                    INSERT INTO int_records (id, subject_kind, subject_id, subject_name, finding, description, deciding_body, document_number, decision_date,
                                             legal_basis, scope, publish, state, version, created_at, updated_at)
                    VALUES (\(bind: UUID()), 'organisation', \(bind: institution.id.rawValue), '测试研究院', 'fabrication', '测试', '市科委', \(bind: UUID().uuidString),
                            \(bind: now), '第六十条', 'all', false, 'decided', 1, \(bind: now), \(bind: now))
                    """).run()
            }
            let list = try await t.send(.GET, "/monitoring/warnings?lang=en", session: session)
            #expect(list.status == .ok && list.text.contains("warning.control_change") && list.text.contains("Cannot run"))
            #expect(HTMLScan(list.text).cjkOutsideChinese.isEmpty, "\(HTMLScan(list.text).cjkOutsideChinese)")
            #expect(try await t.send(.POST, "/monitoring/warnings/run", session: session, body: .form([:])).status == .seeOther)
            let warning = try #require(try await RiskWarnings(db: t.db).list().first { $0.ruleID == "warning.integrity_rising" })
            let path = "/monitoring/warnings/\(warning.id.rawValue.uuidString.lowercased())"
            let page = try await t.send(.GET, path + "?lang=en", session: session)
            #expect(page.status == .ok && page.text.contains("2 integrity findings"))
            #expect(HTMLScan(page.text).cjkOutsideChinese.isEmpty, "\(HTMLScan(page.text).cjkOutsideChinese)")
            let empty = try await t.send(.POST, path + "/close", session: session, body: .form(["version": "\(warning.version)", "note": ""]))
            #expect(empty.status == .unprocessableEntity && empty.text.contains("href=\"#field-note\"") && empty.text.contains("第六十五条第一款"))
            #expect(try await t.send(.POST, path + "/acknowledge", session: session, body: .form(["version": "\(warning.version)", "ack_note": "核实中"])).status == .seeOther)
            let token = try await t.tokens.create(for: staff.id, name: "api", scopes: [.read, .write], by: .system).secret
            let closed = try await t.send(.POST, "/api/v1/monitoring/warnings/\(warning.id.rawValue.uuidString.lowercased())/close",
                                          body: .json(StepBody(note: "已约谈单位并完成整改", version: warning.version + 1)), bearer: token)
            #expect(closed.status == .ok, "\(closed.text)")
            #expect(try closed.json()["state"] as? String == "closed")
            let rules = try await t.send(.GET, "/api/v1/monitoring/warning-rules", bearer: token)
            #expect(rules.status == .ok && rules.text.contains("\"evaluated\":false") && rules.text.contains("\"article\":\"65(1)\""))
            let applicant = try await t.person([.applicant])
            #expect(try await t.send(.GET, "/monitoring/warnings", session: try await t.sessionToken(for: applicant)).status == .forbidden)
        }
    }
}
