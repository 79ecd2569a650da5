import Foundation
import KechuangCore

/// The rules of this module, as data; each cites the article it implements.
public enum MarketRules {
    /// Every rule of this module that cites an article, for the article pages.
    public static var citations: [CitedRule] {
        ScenarioRules.citations + CertificationRules.citations + TradeRules.citations + RegistrationRules.citations + PlatformRules.citations
    }
}
