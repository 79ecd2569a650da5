import Enterprise
import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Testing
import Vapor
@testable import Web

/// The officers' set-up pages over HTTP (Art. 23(3)): a benefit whose condition cannot be read is
/// refused naming the field in the error summary with the article; a valid one is saved, listed,
/// and changed on its own page.
@Suite struct EnterpriseSetupWebTests {
    @Test func test_Art23_officerAddsABenefitWithItsConditions_anUnreadableThresholdIsNamedWithTheArticle() async throws {
        try await withTestApp { t in
            let department = try await t.organisation("海淀区科委", type: .governmentDepartment)
            let officer = try await t.person([.programmeOfficer], organisation: department.id)
            let session = try await t.sessionToken(for: officer)
            let form = try await t.send(.GET, "/enterprises/office/setup/benefits/new", session: session)
            #expect(form.status == .ok && form.text.contains("field-c1-metric") && form.text.contains("第二十三条第三款"))
            var values = ["year": "2025", "title_zh": "研发费用后补助", "title_en": "R&D spending grant", "summary_zh": "", "summary_en": "",
                          "c1_metric": "rd_intensity_percent", "c1_comparison": "at_least", "c1_threshold": "五"]
            let refused = try await t.send(.POST, "/enterprises/office/setup/benefits/new", session: session, body: .form(values))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("#field-c1-threshold") && refused.text.contains("条件1") && refused.text.contains("第二十三条第三款"))
            values["c1_threshold"] = "5"
            let saved = try await t.send(.POST, "/enterprises/office/setup/benefits/new", session: session, body: .form(values))
            #expect(saved.status == .seeOther)
            let benefit = try #require(try await BenefitMatching(db: t.db, now: t.now).benefits().first)
            #expect(benefit.criteria.first?.anyOf == [Condition(.rdIntensityPercent, .atLeast, 5)])
            let index = try await t.send(.GET, "/enterprises/office/setup?lang=en", session: session)
            #expect(index.status == .ok && index.text.contains("R&amp;D spending grant"))
            let edit = try await t.send(.GET, "/enterprises/office/setup/benefits/\(benefit.id.uuidString.lowercased())", session: session)
            #expect(edit.status == .ok && edit.text.contains("value=\"5\""))
            values["c1_threshold"] = "6"
            values["active"] = "yes"
            let changed = try await t.send(.POST, "/enterprises/office/setup/benefits/\(benefit.id.uuidString.lowercased())", session: session, body: .form(values))
            #expect(changed.status == .seeOther)
            #expect(try await BenefitMatching(db: t.db, now: t.now).benefit(benefit.id).criteria.first?.anyOf.first?.threshold == 6)
        }
    }
}
