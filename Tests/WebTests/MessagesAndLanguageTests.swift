import Foundation
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Testing
import Vapor
@testable import Web

@Suite("Bilingual: Chinese first, English complete")
struct MessagesAndLanguageTests {
    @Test(arguments: Catalogues.allKeys.map(\.key))
    func test_everyCatalogueKeyHasChineseAndEnglish(key: String) throws {
        let text = try #require(Catalogues.text(forKey: key))
        #expect(!text.zh.trimmingCharacters(in: .whitespaces).isEmpty, "\(key) has no Chinese text")
        #expect(!text.en.trimmingCharacters(in: .whitespaces).isEmpty, "\(key) has no English text")
        // The Chinese text is Chinese: at least one CJK character, unless it is a name like "English".
        if key != Msg.otherLanguage.rawValue {
            #expect(text.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(key) Chinese text has no Chinese: \(text.zh)")
        }
    }

    @Test func test_catalogueKeysAreUniqueAcrossModules() {
        let keys = Catalogues.allKeys.map(\.key)
        #expect(Set(keys).count == keys.count)
    }

    /// Each module's catalogue is listed: every one of its keys is found by key, with its own text,
    /// so a notice from any module shows after a redirect and every key is checked above.
    @Test func test_everyModuleCatalogueIsFoundByKey() {
        var expected: [(String, LocalizedText)] = []
        expected += Msg.allCases.map { ($0.rawValue, $0.text) }
        expected += IdentityMsg.allCases.map { ($0.rawValue, $0.text) }
        expected += PolicyMsg.allCases.map { ($0.rawValue, $0.text) }
        expected += ProjectsMsg.allCases.map { ($0.rawValue, $0.text) }
        expected += CallLintMsg.allCases.map { ($0.rawValue, $0.text) }
        expected += ReviewMsg.allCases.map { ($0.rawValue, $0.text) }
        expected += IntegrityMsg.allCases.map { ($0.rawValue, $0.text) }
        expected += GrantsMsg.allCases.map { ($0.rawValue, $0.text) }
        expected += GrantsMoneyMsg.allCases.map { ($0.rawValue, $0.text) }
        expected += GrantsClosureMsg.allCases.map { ($0.rawValue, $0.text) }
        expected += InstrumentsMsg.allCases.map { ($0.rawValue, $0.text) }
        expected += PortalMsg.allCases.map { ($0.rawValue, $0.text) }
        expected += CatalogueMsg.allCases.map { ($0.rawValue, $0.text) }
        expected += ConsultationMsg.allCases.map { ($0.rawValue, $0.text) }
        expected += EnterpriseMsg.allCases.map { ($0.rawValue, $0.text) }
        expected += TalentMsg.allCases.map { ($0.rawValue, $0.text) }
        expected += MarketMsg.allCases.map { ($0.rawValue, $0.text) }
        expected += MarketScenarioMsg.allCases.map { ($0.rawValue, $0.text) }
        expected += MarketTradeMsg.allCases.map { ($0.rawValue, $0.text) }
        expected += MonitoringMsg.allCases.map { ($0.rawValue, $0.text) }
        expected += MonitoringLedgerMsg.allCases.map { ($0.rawValue, $0.text) }
        expected += MonitoringWarningMsg.allCases.map { ($0.rawValue, $0.text) }
        expected += EthicsMsg.allCases.map { ($0.rawValue, $0.text) }
        expected += AwardsMsg.allCases.map { ($0.rawValue, $0.text) }
        expected += InternationalMsg.allCases.map { ($0.rawValue, $0.text) }
        for (key, text) in expected {
            #expect(Catalogues.text(forKey: key) == text, "\(key) is not found in Catalogues")
        }
        #expect(Catalogues.allKeys.count == expected.count)
    }

    @Test func test_aModuleCataloguesNoticeShowsOnThePage() async throws {
        try await withTestApp { t in
            let page = try await t.send(.GET, "/?notice=\(ProjectsMsg.appWithdrawn.rawValue)&lang=en")
            #expect(page.text.contains(ProjectsMsg.appWithdrawn.text.en))
        }
    }

    @Test func test_defaultLanguageIsChinese() async throws {
        try await withTestApp { t in
            let page = try await t.send(.GET, "/")
            #expect(page.text.contains(#"<html lang="zh-CN">"#))
            #expect(page.text.contains(Msg.homeTitle.text.zh))
        }
    }

    @Test func test_acceptLanguageChoosesEnglish() async throws {
        try await withTestApp { t in
            let page = try await t.send(.GET, "/", headers: ["Accept-Language": "en-GB,en;q=0.9,zh;q=0.5"])
            #expect(page.text.contains(#"<html lang="en">"#))
            #expect(page.text.contains(Msg.homeLead.text.en))
        }
    }

    @Test func test_queryOverridesAcceptLanguageAndIsRememberedInACookie() async throws {
        try await withTestApp { t in
            let page = try await t.send(.GET, "/?lang=en", headers: ["Accept-Language": "zh-CN"])
            #expect(page.text.contains(#"<html lang="en">"#))
            let cookie = try #require(page.headers.setCookie?["kc_lang"])
            #expect(cookie.string == "en")
            // The cookie then wins over Accept-Language.
            let next = try await t.send(.GET, "/login", headers: ["Accept-Language": "zh-CN", "Cookie": "kc_lang=en"])
            #expect(next.text.contains(Msg.loginTitle.text.en))
        }
    }

    @Test func test_languageSwitchLinkKeepsThePage() async throws {
        try await withTestApp { t in
            let page = try await t.send(.GET, "/login?next=%2Fdashboard")
            #expect(page.text.contains("/login?lang=en&amp;next=/dashboard") || page.text.contains("/login?lang=en&next=/dashboard"))
        }
    }

    @Test func test_acceptLanguageNegotiationHonoursQuality() {
        #expect(LanguageMiddleware.negotiate("en;q=0.3, zh-CN;q=0.8") == .zh)
        #expect(LanguageMiddleware.negotiate("fr-FR, en;q=0.5") == .en)
        #expect(LanguageMiddleware.negotiate("fr-FR") == .zh)
        #expect(LanguageMiddleware.negotiate(nil) == .zh)
    }
}
