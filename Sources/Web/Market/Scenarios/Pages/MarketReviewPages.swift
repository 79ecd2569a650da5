import Foundation
import KechuangCore
import Market
import Plot
import Review

private typealias M = MarketScenarioMsg

/// What an expert reviews: a solution with its scenario, or a recognition application.
enum MarketReviewSubject {
    case solution(Solution, Scenario)
    case certification(CertificationApplication)

    var title: String {
        switch self {
        case .solution(let s, _): s.title
        case .certification(let a): a.name
        }
    }

    func summary(_ c: PageContext) -> Node<HTML.BodyContext> {
        switch self {
        case .solution(let s, let scenario):
            return .group(
                .h2(.text(c(M.mscScenario) + (c.language == .zh ? "：" : ": ")), Components.localized(zh: scenario.titleZh, en: scenario.titleEn, c)),
                ScenarioComponents.details(scenario, c),
                .h2(.text(c(M.mscSolutionPage))),
                ScenarioComponents.solution(s, c))
        case .certification(let a):
            return CertificationComponents.application(a, c)
        }
    }
}

/// `/expert/market-reviews`: the expert's places on solution and recognition panels.
struct MarketReviewsPage {
    let rows: [(review: PanelReview, title: String)]

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(M.mscReviewsTitle), content: .div(
            .h1(.text(c(M.mscReviewsTitle))),
            .p(.class("lead"), .text(c(M.mscReviewsIntro))),
            .if(rows.isEmpty, .p(.text(c(M.mscReviewsNone))), else: Components.scrollTable(label: c(M.mscReviewsTitle),
                .thead(.tr(.th(.text(c(M.mscKind))), .th(.text(c(M.mscSolutionName))), .th(.text(c(M.mscScore))))),
                .tbody(.forEach(rows) { row in
                    .tr(.td(.text(c(row.review.subject.kind == .solution ? M.mscKindSolution : M.mscKindCertification))),
                        .td(.a(.href(ScenarioURL.review(row.review.id.rawValue).path), Components.lang(of: row.title, c), .text(row.title))),
                        .td(.text(row.review.total.map { String(format: "%.1f", $0) } ?? c(M.mscNotYet))))
                })
            ))
        )).render()
    }
}

/// `/expert/market-reviews/:id`: the subject and the proposals' review form.
struct MarketReviewFormPage {
    let review: PanelReview
    let subject: MarketReviewSubject
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let criteria = MarketPanel.criteria(review.subject.kind)
        let value = { (k: String) in values[k] ?? "" }
        return Layout(context: c, title: c(M.mscReviewTitle), content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(ScenarioURL.reviews.path), .text(c(M.mscReviewsTitle)))),
            .h1(.text(c(M.mscReviewTitle) + (c.language == .zh ? "：" : ": ")), Components.lang(of: subject.title, c), .text(subject.title)),
            subject.summary(c),
            .h2(.text(c(M.mscReviewTitle))),
            .if(review.submittedAt != nil, .group(
                .ul(.forEach(criteria) { cr in .li(.text("\(c.text(cr.label))\(c.language == .zh ? "：" : ": ")\(review.scores[cr.key].map(String.init) ?? "—") / \(cr.maxScore)")) }),
                .p(.strong(.text(c(M.mscScore) + (c.language == .zh ? "：" : ": ") + ScenarioComponents.score(review.total)))),
                .p(Components.lang(of: review.comment, c), .text(review.comment))
            ), else: Components.form(action: ScenarioURL.review(review.id.rawValue).path, c,
                .forEach(criteria) { cr in
                    Components.textField(.init(name: "score_\(cr.key)", label: c.text(cr.label),
                                               hint: "0–\(cr.maxScore)；\(c(M.mscWeight)) \(cr.weight)".replacingOccurrences(of: "；", with: c.language == .zh ? "；" : "; "),
                                               value: value("score_\(cr.key)"), width: "width-5"), errors: errors, c)
                },
                Components.textArea("comment", c(M.mscComment), c(M.mscCommentHint), value("comment"), errors, c),
                Components.selectField(name: "language", label: c(M.mscLanguage), options: [("zh", c(M.mscChineseLanguage)), ("en", c(M.mscEnglishLanguage))],
                                       selected: values["language"] ?? c.language.rawValue, errors: errors, c),
                .div(.id(Components.fieldID("confidentiality")),
                     Components.checkbox(name: "confidentiality", value: "yes", label: c(M.mscConfidentiality), checked: value("confidentiality") == "yes")),
                .div(.id(Components.fieldID("no_conflict")),
                     Components.checkbox(name: "no_conflict", value: "yes", label: c(M.mscNoConflict), checked: value("no_conflict") == "yes")),
                Components.submit(c(M.mscSubmitReview))
            ))
        )).render()
    }
}
