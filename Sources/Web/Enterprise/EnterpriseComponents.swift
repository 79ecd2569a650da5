import Enterprise
import Foundation
import KechuangCore
import Plot

/// The pieces every Enterprise page shares: a criterion's result with its source, a source link.
enum EnterpriseText {
    static func source<C: HTML.BodyContext>(_ s: SourceRef?, _ c: PageContext) -> Node<C> {
        guard let s else { return .text(c(EnterpriseMsg.entNoSource)) }
        let path = s.article.map { PolicyURL.policyArticle(s.documentID, $0).path } ?? PolicyURL.policy(s.documentID).path
        return .a(.href(path), Components.zh(s.text(c.language), c))
    }

    static func basis(_ ref: ArticleRef, _ c: PageContext) -> String { Components.article(ref, c) }

    /// One criterion's result: met or not, the explanation with the figure, the threshold and the gap, the source and the article.
    static func result(_ r: CriterionResult, _ c: PageContext) -> Node<HTML.ListContext> {
        .li(.class(r.met ? "criterion-met" : "criterion-missing"),
            .strong(.text(c(r.met ? EnterpriseMsg.entMet : .entNotMet) + (c.language == .zh ? "：" : ": "))),
            .text(r.explanation(c.language)),
            .text(c.language == .zh ? "（出处：" : " (source: "), source(r.criterion.source, c),
            .text(c.language == .zh ? "；依据：\(basis(r.criterion.basis, c))）" : "; \(basis(r.criterion.basis, c)))"))
    }

    static func colon(_ c: PageContext) -> String { c.language == .zh ? "：" : ": " }
    static func sep(_ c: PageContext) -> String { c.language == .zh ? "；" : "; " }
    static func yuan(_ fen: Int, _ c: PageContext) -> String { c.language == .zh ? "\(EnterpriseForm.yuan(fen)) 元" : "¥\(EnterpriseForm.yuan(fen))" }
}
