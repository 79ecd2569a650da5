import Foundation
import KechuangCore

/// The rules of this module, as data; each cites the article it implements.
public enum MonitoringRules {
    /// Every rule of this module that cites an article, for the article pages.
    public static var citations: [CitedRule] { indicatorCitations + ledgerCitations + AwardSchemeRules.citations + InternationalRules.citations }

    /// monitoring-indicators: the reporting form's checks (Art. 63) and the Art. 49 growth rule.
    static var indicatorCitations: [CitedRule] { CollectionRules.citations + [FiscalGrowthRule.article49.citation] }

    /// gov-ledger: the key-task flags (Art. 8(1)) and the warning rules (Art. 65).
    static var ledgerCitations: [CitedRule] { LedgerRules.citations + WarningRules.citations }
}
