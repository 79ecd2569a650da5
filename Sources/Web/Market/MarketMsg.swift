import KechuangCore

/// Strings of the Market pages, in Chinese and English.
public enum MarketMsg: String, Catalogue {
    case navMarket

    public var text: LocalizedText {
        switch self {
        case .navMarket: t("市场", "Market")
        }
    }
}
