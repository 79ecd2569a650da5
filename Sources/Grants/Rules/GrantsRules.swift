import Foundation
import KechuangCore

/// The rules of post-award management, as data; each cites the article it implements.
public enum GrantsRules {
    /// Every rule of this module that cites an article, for the article pages.
    public static var citations: [CitedRule] {
        AgreementRules.citations + ExpenditureRules.citations + BudgetRules.citations + InspectionRules.citations + SubTaskRules.citations + ClosureRules.citations
            + MoneyRefusals.citations + SelectionRules.citations
    }
}
