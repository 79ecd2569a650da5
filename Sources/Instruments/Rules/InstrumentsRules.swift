import Foundation
import KechuangCore

/// The rules of instrument sharing, as data; each cites the article it implements.
public enum InstrumentsRules {
    /// Every rule of this module that cites an article, for the article pages.
    public static var citations: [CitedRule] { [] }
}
