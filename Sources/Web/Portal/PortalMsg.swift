import KechuangCore

/// Strings of the Portal pages, in Chinese and English.
public enum PortalMsg: String, Catalogue {
    case navPortal

    public var text: LocalizedText {
        switch self {
        case .navPortal: t("门户", "Portal")
        }
    }
}
