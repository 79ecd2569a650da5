import Foundation
import Identity
import Integrity
import KechuangCore
import Plot
import Projects
import Review

struct SideBySidePage {
    let pair: SideBySide

    func render(_ c: PageContext) -> String {
        func column(_ a: GrantApplication, _ passages: [SideBySide.Passage]) -> Node<HTML.BodyContext> {
            .div(.class("compare-column"),
                 .h2(Components.lang(of: ApplicationText.title(a, c), c), .text(ApplicationText.title(a, c))),
                 .p(.class("hint"), .text(c.text(a.state.label))),
                 .div(.class("compare-text"), .forEach(passages) { passage in
                     passage.shared ? .element(named: "mark", nodes: [Components.lang(of: passage.text, c), .text(passage.text)]) : Components.zh(passage.text, c)
                 }))
        }
        return Layout(context: c, title: c(ReviewMsg.compareTitle), content: .div(
            .h1(.text(c(ReviewMsg.compareTitle))),
            .p(.text(c.language == .zh
                ? "\(c(ReviewMsg.checkSimilarity))：\(ReviewText.percent(pair.jaccard))。\(c(ReviewMsg.compareLegend))"
                : "\(c(ReviewMsg.checkSimilarity)): \(ReviewText.percent(pair.jaccard)). \(c(ReviewMsg.compareLegend))")),
            .div(.class("compare"), column(pair.left, pair.leftPassages), column(pair.right, pair.rightPassages)),
            .h2(.text(c(ReviewMsg.compareConfirmTitle))),
            .p(.text(c(ReviewMsg.compareConfirmHint) + " " + LegalBasis.art(60).cited(c))),
            Components.form(action: ReviewURL.applicationCompareConfirm(pair.left.id.rawValue, pair.right.id.rawValue).path, c,
                Components.submit(c(ReviewMsg.compareConfirm), secondary: true)),
            .p(.a(.href(ReviewURL.formalCheck(pair.left.id.rawValue).path), .text(c(.back))))
        )).render()
    }
}
