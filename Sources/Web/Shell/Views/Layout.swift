import Identity
import KechuangCore
import Plot

/// The frame of every page: skip link, header with navigation and language switch, notices,
/// main content, footer. Pages are values composed into it, not subclasses.
struct Layout {
    let context: PageContext
    let title: String
    let content: Node<HTML.BodyContext>

    func render() -> String {
        let c = context
        let html = HTML(
            .attribute(named: "lang", value: c.language.tag),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .title("\(title) · \(c(.siteName))"),
                .link(.rel(.stylesheet), .href(SiteURL.stylesheet.path)),
                .link(.rel(.stylesheet), .href(SiteURL.stylesheet.path + "?media=print"), .attribute(named: "media", value: "print"))
            ),
            .body(
                .a(.class("skip-link"), .href("#main"), .text(c(.skipToContent))),
                header(),
                .main(
                    .id("main"), .attribute(named: "tabindex", value: "-1"),
                    .unwrap(c.notice) { notice in
                        .div(.class("notice"), .attribute(named: "role", value: "status"), .p(.text(c.text(notice))))
                    },
                    content
                ),
                .footer(
                    .class("site-footer"),
                    .p(.text(c(.footerRegulation))),
                    .p(.a(.href(SiteURL.openAPI.path), .text(c(.footerAPI))))
                )
            )
        )
        return html.render()
    }

    private func header() -> Node<HTML.BodyContext> {
        let c = context
        return .header(
            .class("site-header"),
            .div(
                .class("brand"),
                .a(.href(SiteURL.home.path), .attribute(named: "aria-current", value: c.current(SiteURL.home.path)),
                   .strong(.text(c(.siteName))), .span(.class("tagline"), .text(c(.siteTagline))))
            ),
            .div(
                .class("account"),
                .unwrap(c.person, { person in
                    .group(
                        .span(.text(c(.signedInAs) + (c.language == .zh ? "：" : ": "))),
                        .a(.href(IdentityURL.profile.path), .attribute(named: "aria-current", value: c.current(IdentityURL.profile.path)),
                           Components.zh(person.name, c)),
                        .text(" · "),
                        .a(.href(IdentityURL.tokens.path), .attribute(named: "aria-current", value: c.current(IdentityURL.tokens.path)), .text(c(.navTokens))),
                        .form(
                            .class("inline"), .method(.post), .action(SiteURL.logout.path),
                            Components.csrf(c),
                            .button(.type(.submit), .class("link-button"), .text(c(.navSignOut)))
                        )
                    )
                }, else: .a(.href(SiteURL.login.path), .attribute(named: "aria-current", value: c.current(SiteURL.login.path)), .text(c(.navSignIn))))
            ),
            .nav(
                .attribute(named: "aria-label", value: c(.mainNavigation)),
                .ul(
                    .forEach(navigation()) { link in
                        .li(.a(.href(link.path), .attribute(named: "aria-current", value: c.current(link.path)), .text(link.label)))
                    },
                    .li(.class("language"),
                        .a(.href(c.otherLanguageLink), .attribute(named: "lang", value: c.language == .zh ? "en" : "zh-CN"),
                           .attribute(named: "hreflang", value: c.language == .zh ? "en" : "zh-CN"), .text(c(.otherLanguage))))
                )
            )
        )
    }

    /// The main navigation: what everyone sees, then what the person's roles allow. The brand links
    /// home, so Home is not repeated here (the English header has to fit two rows at 1366 px);
    /// the directory and the audit log are reached from the dashboard's list for each role.
    private func navigation() -> [(path: String, label: String)] {
        let c = context
        let links: [(String, String, Bool)] = [
            (ProjectsURL.calls.path, c(.navCalls), true),
            (PolicyURL.policies.path, c(.navPolicies), true),
            (IntegrityURL.integrity.path, c(IntegrityMsg.navIntegrity), true),
            (InstrumentsURL.search.path, c(InstrumentsMsg.navInstruments), c.can(.viewInstruments)),
            (TalentURL.home.path, c(TalentMsg.navTalent), c.can(.viewTalent)),
            (EnterpriseURL.home.path, c(EnterpriseMsg.navEnterprise), c.can(.viewEnterprises)),
            (PortalURL.projects.path, c(PortalMsg.navPortal), true),
            (SiteURL.dashboard.path, c(.navDashboard), c.person != nil),
            (GrantsURL.projects.path, c(GrantsMsg.navGrants), c.person != nil && c.can(.viewProjects)),
            (ProjectsURL.adminCalls.path, c(.navManageCalls), c.can(.manageCalls)),
            (IntegrityURL.adminIntegrity.path, c(IntegrityMsg.intAdminLink), c.can(.manageIntegrityRecords)),
            (ReviewURL.adminExperts.path, c(ReviewMsg.navExperts), c.can(.manageExperts)),
            (ReviewURL.reviews.path, c(ReviewMsg.navReviews), c.can(.reviewAssignedApplications)),
        ]
        return links.filter(\.2).map { ($0.0, $0.1) }
    }
}
