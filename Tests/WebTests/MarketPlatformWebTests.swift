import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Market
import Testing
import Vapor

/// The registries of transfer offices, proof-of-concept centres and pilot bases and the service
/// requests to them over HTTP (Art. 32), on the run's engine.
@Suite struct MarketPlatformWebTests {
    static func form(_ org: Organisation, kind: String, services: [String]) -> [String: String] {
        var f = ["kind": kind, "organisation_id": org.id.uuidString.lowercased(), "name": "储能材料中试基地", "summary": "电池材料公斤级放大和电芯中试",
                 "field_energy": "yes", "capacity": "中试线 3 条", "fees": "每天 8000 元起", "district": "huairou", "contact": "010-69600000"]
        for s in services { f["service_\(s)"] = "yes" }
        return f
    }

    @Test func test_Art32_2_aPilotBaseIsRegisteredOnTheFormFoundBySearchAndARefusalCitesItsParagraphOnThePageAndInTheAPI() async throws {
        try await withTestApp { t in
            let institute = try await t.organisation("能源研究院", type: .researchInstitute)
            let staff = try await t.person([.reviewer], organisation: institute.id)
            let session = try await t.sessionToken(for: staff)
            let bad = try await t.send(.POST, "/market/platforms?lang=en", session: session, body: .form(Self.form(institute, kind: "pilot_base", services: ["brokerage"])))
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("href=\"#field-services\"") && bad.text.contains("id=\"field-services\"") && bad.text.contains("Art. 32(2)"))
            let made = try await t.send(.POST, "/market/platforms", session: session, body: .form(Self.form(institute, kind: "pilot_base", services: ["pilot_production", "engineering"])))
            #expect(made.status == .seeOther, "\(made.text.prefix(600))")
            let found = try await t.send(.GET, "/market/platforms?q=%E4%B8%AD%E8%AF%95&kind=pilot_base&lang=en")
            #expect(found.status == .ok && found.text.contains("储能材料中试基地") && found.text.contains("Pilot production"))
            let none = try await t.send(.GET, "/market/platforms?q=%E4%B8%AD%E8%AF%95&kind=transfer_office")
            #expect(none.status == .ok && !none.text.contains("储能材料中试基地"))
            let token = try await t.tokens.create(for: staff.id, name: "api", scopes: [.read, .write], by: .system).secret
            let refused = try await t.send(.POST, "/api/v1/market/platforms", body: .json(Self.form(institute, kind: "transfer_office", services: ["pilot_production"])), bearer: token)
            #expect(refused.status == .unprocessableEntity && refused.text.contains("platform.services.office") && refused.text.contains("32(1)"), "\(refused.text.prefix(400))")
            let api = try await t.send(.GET, "/api/v1/market/platforms?kind=pilot_base&field=energy")
            let list = try #require(try JSONSerialization.jsonObject(with: Data(api.text.utf8)) as? [[String: Any]])
            #expect(list.count == 1 && list.first?["basis"] as? String == "32(2)")
        }
    }

    @Test func test_Art32_aServiceRequestGoesFromTheRequesterToTheProviderWhoDeclinesOnlyWithAReason() async throws {
        try await withTestApp { t in
            let institute = try await t.organisation("能源研究院", type: .researchInstitute), university = try await t.organisation("京华大学", type: .university)
            let provider = try await t.person([.reviewer], organisation: institute.id), researcher = try await t.person([.applicant], organisation: university.id)
            let base = try await TransferPlatforms(db: t.db, now: t.now).register(PlatformInput(
                kind: .pilotBase, organisationID: institute.id.rawValue, name: "储能材料中试基地", summary: "电池材料公斤级放大", fields: [.energy],
                services: [.pilotProduction], capacity: "中试线 3 条", fees: "每天 8000 元起", district: .huairou, contact: "010-69600000"), by: provider)
            let asker = try await t.sessionToken(for: researcher), answerer = try await t.sessionToken(for: provider)
            let page = try await t.send(.GET, "/market/platforms/\(base.id.uuidString.lowercased())?lang=en", session: asker)
            #expect(page.status == .ok && page.text.contains("Request a service") && page.text.contains("京华大学"))
            let sent = try await t.send(.POST, "/market/platforms/\(base.id.uuidString.lowercased())/requests", session: asker, body: .form([
                "organisation_id": university.id.uuidString.lowercased(), "service": "pilot_production", "description": "硫化物固态电解质公斤级放大中试，三个月内完成"]))
            #expect(sent.status == .seeOther)
            let request = try #require(try await PlatformRequests(db: t.db, now: t.now).mine(researcher).first)
            let path = "/market/platform-requests/\(request.id.uuidString.lowercased())"
            let mine = try await t.send(.GET, path + "?lang=en", session: asker)
            #expect(mine.status == .ok && !mine.text.contains("Decline the request"))
            let byRequester = try await t.send(.POST, path + "/answer", session: asker, body: .form(["answer": "accept"]))
            #expect(byRequester.status == .forbidden && byRequester.text.contains("第三十二条"))
            let view = try await t.send(.GET, path + "?lang=en", session: answerer)
            #expect(view.text.contains("Accept the request") && view.text.contains("Decline the request"))
            let noReason = try await t.send(.POST, path + "/answer?lang=en", session: answerer, body: .form(["answer": "decline", "note": ""]))
            #expect(noReason.status == .unprocessableEntity && noReason.text.contains("href=\"#field-note\"") && noReason.text.contains("Art. 32"))
            let declined = try await t.send(.POST, path + "/answer", session: answerer, body: .form(["answer": "decline", "note": "本季度排期已满"]))
            #expect(declined.status == .seeOther)
            let after = try await t.send(.GET, path, session: asker)
            #expect(after.text.contains("本季度排期已满") && after.text.contains("已婉拒"))
        }
    }
}
