import Foundation
import KechuangCore

/// The rules of reports, outputs, changes and acceptance that cite an article, for the article pages.
public enum ClosureRules {
    public static var citations: [CitedRule] {
        OutputRules.output.citations(module: "Grants") + ChangeRules.request.citations(module: "Grants")
            + AcceptanceRules.scheme.citations(module: "Grants") + AcceptanceRules.decision.citations(module: "Grants")
    }
}
