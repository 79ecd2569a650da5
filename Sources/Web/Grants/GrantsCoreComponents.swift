import Foundation
import Grants
import KechuangCore
import Plot
import Projects

/// Fragments the funding decision, project and agreement pages share.
enum GrantsCoreText {
    /// `1,250,000 元` / `1,250,000 yuan`.
    static func money(_ yuan: Int, _ c: PageContext) -> String { CallText.money(yuan, c) }

    /// A definition list row.
    static func row(_ term: String, _ value: Node<HTML.BodyContext>) -> Node<HTML.BodyContext> {
        .group(.element(named: "dt", text: term), .element(named: "dd", nodes: [value]))
    }

    static func dl(_ rows: [Node<HTML.BodyContext>]) -> Node<HTML.BodyContext> {
        .element(named: "dl", nodes: [.class("summary-list")] + rows)
    }

    static func title(_ project: Project, _ c: PageContext) -> Node<HTML.BodyContext> {
        Components.localized(zh: project.titleZh, en: project.titleEn, c)
    }

    /// What the project page links to: the agreement (here), money and closure (the other Grants pages).
    static func links(_ project: Project, _ c: PageContext) -> Node<HTML.BodyContext> {
        .ul(.class("link-list"),
            .li(.a(.href(GrantsURL.project(project.id.rawValue).path), .text("\(c(GrantsMsg.projectNumber)) \(project.number)"))),
            .li(.a(.href(GrantsURL.agreement(project.id.rawValue).path), .text(c(GrantsMsg.projectAgreement)))),
            .li(.a(.href(GrantsMoneyURL.money(project.id.rawValue).path), .text(c(GrantsMsg.projectMoney)))),
            .li(.a(.href(GrantsClosureURL.closure(project.id.rawValue).path), .text(c(GrantsMsg.projectClosure)))))
    }

    static func research(_ type: ResearchType, default programme: ProgrammeKind) -> ResearchType { type }

    /// A sensible research type to suggest for a programme's kind.
    static func suggestedResearchType(_ kind: ProgrammeKind) -> ResearchType {
        switch kind {
        case .naturalScienceFund, .basicResearch: .basic
        case .keyCoreTechnology: .development
        case .emergencyTackling, .other: .applied
        }
    }
}
