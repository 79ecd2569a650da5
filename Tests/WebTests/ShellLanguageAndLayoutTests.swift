import Foundation
import Identity
import KechuangApp
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Policy
import Testing
import Vapor
@testable import Web

/// The frame every page shares: the language switch leads to the same page, the navigation says
/// where you are, fragments in the other language carry their `lang`, citations follow the page's
/// language, and the stylesheet defines what pages use.
@Suite("Language switch, navigation and the page frame")
struct ShellLanguageAndLayoutTests {
    static func q(_ s: String) -> String { s.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? s }

    /// The `href` of the language switch on a page.
    static func languageLink(_ html: String) throws -> String {
        let scan = HTMLScan(html)
        return try #require(scan.languageLinks.first, "the page has a language switch")
    }

    @Test func test_languageSwitchOnAPolicyArticlePageShowsThatArticleInEnglish() async throws {
        try await withTestApp { t in
            try await DemoData.loadPolicies(into: t.app)
            let page = try await t.send(.GET, "/policies/\(Policy.regulationID)/articles/\(Self.q("第二十七条"))")
            #expect(page.status == .ok)
            let link = try Self.languageLink(page.text)
            #expect(!link.contains("%25"), "the path is encoded once: \(link)")
            let english = try await t.send(.GET, link)
            #expect(english.status == .ok)
            #expect(HTMLScan(english.text).language == "en")
            #expect(HTMLScan(english.text).headings.first?.text == "Art. 27")
            // And back again.
            let back = try await t.send(.GET, try Self.languageLink(english.text))
            #expect(back.status == .ok)
            #expect(HTMLScan(back.text).headings.first?.text == "第二十七条")
        }
    }

    @Test func test_languageSwitchOfANotFoundPageIsTheSameAddressInTheOtherLanguage() async throws {
        try await withTestApp { t in
            let missing = "/policies/\(Policy.regulationID)/articles/\(Self.q("第九百条"))"
            let page = try await t.send(.GET, missing)
            #expect(page.status == .notFound)
            let link = try Self.languageLink(page.text)
            #expect(link == missing + "?lang=en", "not encoded a second time")
        }
    }

    @Test func test_languageSwitchOnAFormShownAgainWithErrorsLeadsToTheGETPage() async throws {
        try await withTestApp { t in
            let admin = try await t.person([.platformAdmin])
            let session = try await t.sessionToken(for: admin)
            let other = try await t.person([.applicant])
            // Adding a role without choosing one: the person's page again, with errors, at the POST address.
            let refused = try await t.send(.POST, "/admin/people/\(other.id.uuidString.lowercased())/roles", session: session, body: .form([:]))
            #expect(refused.status == .unprocessableEntity)
            let link = try Self.languageLink(refused.text)
            #expect(link == "/admin/people/\(other.id.uuidString.lowercased())?lang=en")
            #expect(try await t.send(.GET, link, session: session).status == .ok)
        }
    }

    @Test func test_nearestPageAboveAPOSTAddressIsTheClosestGETRoute() async throws {
        try await withTestApp { t in
            let routes = t.app.routes.all
            let id = UUID().uuidString.lowercased()
            #expect(PageContext.nearestPage(above: "/admin/integrity/\(id)/decide", routes: routes) == "/admin/integrity/\(id)")
            #expect(PageContext.nearestPage(above: "/profile/password", routes: routes) == "/profile")
            // A failed reviewer swap shows the round page again: its language switch leads there.
            #expect(PageContext.nearestPage(above: "/admin/calls/\(id)/review/swap", routes: routes) == "/admin/calls/\(id)/review")
            #expect(PageContext.nearestPage(above: "/logout", routes: routes) == "/")
        }
    }

    @Test func test_navigationMarksTheCurrentPageWithAriaCurrent() async throws {
        try await withTestApp { t in
            let page = try await t.send(.GET, "/policies")
            #expect(page.text.contains(#"<a href="/policies" aria-current="page">"#))
            #expect(!page.text.contains(#"<a href="/" aria-current"#), "the brand's home link is not current on another page")
            let below = try await t.send(.GET, "/integrity")
            #expect(below.text.contains(#"<a href="/integrity" aria-current="page">"#))
        }
    }

    @Test func test_WCAG_3_1_2_namesInChineseOnEnglishPagesCarryLangZh() async throws {
        try await withTestApp { t in
            let person = try await t.people.create(PersonInput(name: "林知远", email: "lin@example.cn", nationality: "CN"),
                                                   password: TestApp.password, memberships: [Membership(organisationID: nil, role: .platformAdmin)], by: .system)
            let session = try await t.sessionToken(for: person)
            let english = try await t.send(.GET, "/admin/people?lang=en", session: session).text
            #expect(english.contains(#"<span lang="zh-CN">林知远</span>"#))
            #expect(HTMLScan(english).cjkOutsideChinese.isEmpty, "\(HTMLScan(english).cjkOutsideChinese)")
            let chinese = try await t.send(.GET, "/admin/people?lang=zh", session: session).text
            #expect(!chinese.contains(#"lang="zh-CN">林知远"#), "no lang where the page's language applies")
        }
    }

    @Test func test_articleCitationsFollowThePageLanguage() {
        let en = PageContext.stub(.en), zh = PageContext.stub(.zh)
        #expect(Components.article(27, en) == "Art. 27")
        #expect(Components.article(27, zh) == "第二十七条")
        #expect(Components.article(ArticleRef(50, paragraph: 1), en) == "Art. 50(1)")
        #expect(Components.articleLabel(number: 10, suffix: 1, label: "第十条之一", en) == "Art. 10-1")
        #expect(PolicyNames.articleLabel("第六十一条", en) == "Art. 61")
        #expect(PolicyNames.articleLabel("第六十一条", zh) == "第六十一条")
        #expect(Components.parenthesised("optional", en) == " (optional)")
        #expect(Components.parenthesised("选填", zh) == "（选填）")
    }

    @Test func test_regionAndIssuerFacetsReadInEnglish() {
        let en = PageContext.stub(.en)
        #expect(PolicyNames.facetText(key: "region", value: "北京", en) == "Beijing")
        #expect(PolicyNames.facetText(key: "issuer", value: "国务院", en) == "State Council")
        #expect(PolicyNames.facetText(key: "issuer", value: "河南省人民代表大会常务委员会", en) == "Standing Committee of the Henan Provincial People's Congress")
        #expect(PolicyNames.facetText(key: "issuer", value: "北京市人民代表大会", en) == "Beijing Municipal People's Congress")
        #expect(PolicyNames.facetText(key: "region", value: "北京", PageContext.stub(.zh)) == "北京")
    }

    @Test func test_stylesheetDefinesTheWidthClassesAndKeepsMainFromTurningYellow() {
        for name in [".width-10", ".input-short", ".width-20", ".width-4", ".table-scroll"] {
            #expect(Stylesheet.screen.contains(name + " {") || Stylesheet.screen.contains(name + " table"), "\(name) is defined")
        }
        #expect(!Stylesheet.screen.contains("main:focus-visible {"), "the skip link's target does not get the focus background")
        #expect(Stylesheet.screen.contains("main:focus { outline: none; }"))
    }
}

extension PageContext {
    /// A context for rendering helpers outside a request.
    static func stub(_ language: Language) -> PageContext {
        PageContext(language: language, person: nil, csrfToken: "", path: "/", query: [:], notice: nil)
    }
}
