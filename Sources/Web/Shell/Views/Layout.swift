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
                .a(.href(SiteURL.home.path), .strong(.text(c(.siteName))), .span(.class("tagline"), .text(c(.siteTagline))))
            ),
            .nav(
                .attribute(named: "aria-label", value: c(.mainNavigation)),
                .ul(
                    .li(.a(.href(SiteURL.home.path), .text(c(.navHome)))),
                    .li(.a(.href(ProjectsURL.calls.path), .text(c(.navCalls)))),
                    .li(.a(.href(PolicyURL.policies.path), .text(c(.navPolicies)))),
                    .li(.a(.href(IntegrityURL.integrity.path), .text(c(IntegrityMsg.navIntegrity)))),
                    .if(c.person != nil, .li(.a(.href(SiteURL.dashboard.path), .text(c(.navDashboard))))),
                    .if(c.can(.viewOrganisations), .li(.a(.href(IdentityURL.organisations.path), .text(c(.navOrganisations))))),
                    .if(c.can(.viewPeople), .li(.a(.href(IdentityURL.people.path), .text(c(.navPeople))))),
                    .if(c.can(.viewAuditLog), .li(.a(.href(SiteURL.audit.path), .text(c(.navAudit))))),
                    .if(c.can(.manageCalls), .li(.a(.href(ProjectsURL.adminCalls.path), .text(c(.navManageCalls))))),
                    .if(c.can(.manageIntegrityRecords), .li(.a(.href(IntegrityURL.adminIntegrity.path), .text(c(IntegrityMsg.intAdminLink))))),
                    .if(c.can(.manageExperts), .li(.a(.href(ReviewURL.adminExperts.path), .text(c(ReviewMsg.navExperts))))),
                    .if(c.can(.reviewAssignedApplications), .li(.a(.href(ReviewURL.reviews.path), .text(c(ReviewMsg.navReviews))))),
                    .li(.a(.href(c.otherLanguageLink), .attribute(named: "lang", value: c.language == .zh ? "en" : "zh-CN"),
                           .attribute(named: "hreflang", value: c.language == .zh ? "en" : "zh-CN"), .text(c(.otherLanguage))))
                )
            ),
            .div(
                .class("account"),
                .unwrap(c.person, { person in
                    .group(
                        .span(.text("\(c(.signedInAs)): ")),
                        .a(.href(IdentityURL.profile.path), .text(person.name)),
                        .text(" · "),
                        .a(.href(IdentityURL.tokens.path), .text(c(.navTokens))),
                        .form(
                            .class("inline"), .method(.post), .action(SiteURL.logout.path),
                            Components.csrf(c),
                            .button(.type(.submit), .class("link-button"), .text(c(.navSignOut)))
                        )
                    )
                }, else: .a(.href(SiteURL.login.path), .text(c(.navSignIn))))
            )
        )
    }
}
