import Foundation
import KechuangCore
import Market
import Plot

private typealias M = MarketScenarioMsg

/// How a recognition application reads on every page.
enum CertificationComponents {
    static func validity(_ a: CertificationApplication) -> String {
        guard let from = a.validFrom, let until = a.validUntil else { return "—" }
        return "\(from) – \(until)"
    }

    static func status(_ a: CertificationApplication, today: BeijingDay, _ c: PageContext) -> String {
        switch a.state {
        case .certified: a.isInForce(on: today) ? c(M.mcrInForce) : c(M.mcrExpired)
        case .revoked: c(M.mcrRevokedOn) + " " + (a.revokedAt.map(BeijingDay.format) ?? "")
        default: c.text(a.state.label)
        }
    }

    /// "（依据：第三十四条第二款）" for an article; a document's Chinese name only on Chinese pages.
    static func basis(_ cr: CertificationCriterion, _ c: PageContext) -> String {
        if case .article = cr.basis { return Components.parenthesised(cr.basis.text(in: c.language), c) }
        return c.language == .zh ? Components.parenthesised(cr.basis.text(in: .zh), c) : ""
    }

    static func application(_ a: CertificationApplication, _ c: PageContext) -> Node<HTML.BodyContext> {
        let colon = c.language == .zh ? "：" : ": "
        return .group(
            .dl(.class("meta"),
                .dt(.text(c(M.mcrKind))), .dd(.text(c.text(a.kind.label))),
                .dt(.text(c(M.mscOrganisation))), .dd(Components.zh(a.organisationName, c)),
                .dt(.text(c(M.mcrName))), .dd(Components.lang(of: a.name, c), .text(a.name)),
                .dt(.text(c(M.mcrDescription))), .dd(Components.lang(of: a.description, c), .text(a.description)),
                .dt(.text(c(M.mscSubmittedAt))), .dd(.text(c.format(a.submittedAt))),
                .dt(.text(c(M.mcrStatus))), .dd(.strong(.text(c.text(a.state.label)))),
                .if(a.certificateNumber != nil, .group(.dt(.text(c(M.mcrNumber))), .dd(.text(a.certificateNumber ?? "")),
                                                       .dt(.text(c(M.mcrValidity))), .dd(.text(validity(a))))),
                .if(!a.decisionReason.isEmpty, .group(.dt(.text(c(M.mscDecisionReason))), .dd(Components.lang(of: a.decisionReason, c), .text(a.decisionReason)))),
                .if(!a.revocationReason.isEmpty, .group(.dt(.text(c(M.mcrRevocationReason))), .dd(Components.lang(of: a.revocationReason, c), .text(a.revocationReason))))
            ),
            .h2(.text(c(M.mcrCriteria))),
            .dl(.class("meta"), .forEach(CertificationCriteria.criteria(for: a.kind)) { cr in
                .group(.dt(.text(c.text(cr.text)), .span(.class("basis"), Components.lang(of: cr.basis.text(in: c.language), c), .text(Components.parenthesised(cr.basis.text(in: c.language), c)))),
                       .dd(Components.lang(of: a.evidence[cr.id] ?? "", c), .text((a.evidence[cr.id] ?? "").isEmpty ? "—" : a.evidence[cr.id] ?? "")))
            }),
            .p(.class("hint"), .text(c(M.mcrBasis) + colon + Components.article(34, c)))
        )
    }
}
