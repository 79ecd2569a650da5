import Foundation
import Grants
import Identity
import KechuangCore
import Plot
import Portal

/// Fragments the public project pages share: a project as a result line, labels of stored codes,
/// the download and feed links.
enum PublicProjectComponents {
    static func status(_ p: PublicProject, _ c: PageContext) -> String {
        ProjectStatus(rawValue: p.status).map { c.text($0.label) } ?? p.status
    }

    static func district(_ p: PublicProject, _ c: PageContext) -> String {
        District(rawValue: p.district).map { c.text($0.label) } ?? p.district
    }

    static func outputKind(_ raw: String, _ c: PageContext) -> String {
        OutputKind(rawValue: raw).map { c.text($0.label) } ?? raw
    }

    /// A project in a list: number and title as the link, then institution, programme, year, award and status.
    static func summary(_ p: PublicProject, _ c: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .h3(.a(.href(PortalURL.project(p.number).path), .text(p.number + " "), Components.localized(zh: p.titleZh, en: p.titleEn, c))),
            .p(.class("meta"),
               .a(.href(PortalURL.institution(p.institutionID).path), Components.localized(zh: p.institutionZh, en: p.institutionEn, c)),
               .text(" · "), Components.localized(zh: p.programmeZh, en: p.programmeEn, c),
               .text(" · \(p.year) · " + CallText.money(p.awardedAmount, c) + " · " + status(p, c)),
               .text(" · " + c(PortalMsg.pjPIName) + (c.language == .zh ? "：" : ": ")),
               .a(.href(PortalURL.investigator(p.piKey).path), Components.zh(p.piName, c)))
        )
    }

    static func downloadLinks(_ c: PageContext) -> Node<HTML.BodyContext> {
        .section(.attribute(named: "aria-labelledby", value: "downloads-heading"),
            .h2(.id("downloads-heading"), .text(c(PortalMsg.pjLinks))),
            .ul(
                .li(.a(.href(PortalURL.exports.path), .text(c(PortalMsg.hpOpenData)))),
                .li(.a(.href(PortalURL.dataDictionary.path), .text(c(PortalMsg.exDictionaryLink)))),
                .li(.a(.href(PortalURL.feed.path), .attribute(named: "type", value: "application/atom+xml"), .text(c(PortalMsg.exFeed))))
            ))
    }
}
