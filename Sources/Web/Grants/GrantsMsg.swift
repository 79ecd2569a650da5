import KechuangCore

/// Strings of the post-award project management pages, in Chinese and English.
public enum GrantsMsg: String, Catalogue {
    case navGrants

    public var text: LocalizedText {
        switch self {
        case .navGrants: t("项目管理", "Projects")
        }
    }
}
