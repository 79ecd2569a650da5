import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Testing
import Vapor
@testable import Web

/// The international cooperation registry (Art. 9, 66–71) as staff and the public meet it.
@Suite struct InternationalWebTests {
    @Test func test_Art69_staffRegisterAndPublishOnThePages_thePublicSeesPublishedEntriesInEnglish_andTheCSV() async throws {
        try await withTestApp { t in
            let department = try await t.organisation("市科委", type: .governmentDepartment)
            let staff = try await t.person([.departmentStaff], organisation: department.id)
            let lead = try await t.organisation("合作牵头大学")
            let session = try await t.sessionToken(for: staff)
            let id = lead.id.rawValue.uuidString.lowercased()
            var project = ["title_zh": "中德电池合作", "title_en": "Sino-German battery research", "lead_organisation_id": id, "field_zh": "新能源",
                           "field_en": "Energy", "starts_on": "2025-03-01", "basis": "art69", "partners": "亚琛工业大学|RWTH Aachen University|CN|university"]
            let refused = try await t.send(.POST, "/international/projects?lang=en", session: session, body: .form(project))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("ISO 3166-1") && refused.text.contains("Art. 69") && HTMLScan(refused.text).hasErrorSummary)
            project["partners"] = "亚琛工业大学|RWTH Aachen University|de|university"
            #expect(try await t.send(.POST, "/international/projects", session: session, body: .form(project)).status == .seeOther)
            #expect(try await t.send(.POST, "/international/big-science", session: session, body: .form([
                "name_zh": "大洋钻探", "name_en": "Ocean drilling", "role": "joined", "participant_ids[]": id, "start_year": "2024"])).status == .seeOther)
            #expect(!(try await t.send(.GET, "/international")).text.contains("中德电池合作"), "a draft is not public")
            let manage = try await t.send(.GET, "/international/manage", session: session)
            let entry = try #require(manage.text.firstMatch(of: /option value="(project:[0-9a-f-]{36})"/)).1
            #expect(try await t.send(.POST, "/international/publish", session: session, body: .form(["entry": String(entry)])).status == .seeOther)
            let english = try await t.send(.GET, "/international?lang=en")
            #expect(english.status == .ok && english.text.contains("Sino-German battery research") && english.text.contains("RWTH Aachen University (Germany, University)"))
            #expect(!english.text.contains("Ocean drilling"), "the big-science draft is not public")
            #expect(HTMLScan(english.text).cjkOutsideChinese.isEmpty, "\(HTMLScan(english.text).cjkOutsideChinese)")
            let csv = try await t.send(.GET, "/international/projects.csv")
            #expect(csv.status == .ok && csv.text.contains("Sino-German battery research") && csv.text.contains(",DE,university"))
            let edit = try await t.send(.GET, "/international/manage?edit=\(entry)", session: session)
            #expect(edit.text.contains("name=\"version\"") && edit.text.contains("RWTH Aachen University|DE|university"))
            #expect(try await t.send(.GET, "/international/manage").status != .ok)
        }
    }
}
