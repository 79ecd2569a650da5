import KechuangCore

/// Strings of the Enterprise pages, in Chinese and English.
public enum EnterpriseMsg: String, Catalogue {
    case navEnterprise

    public var text: LocalizedText {
        switch self {
        case .navEnterprise: t("企业", "Enterprises")
        }
    }
}
