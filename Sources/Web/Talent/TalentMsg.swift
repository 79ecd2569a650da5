import KechuangCore

/// Strings of the Talent pages, in Chinese and English.
public enum TalentMsg: String, Catalogue {
    case navTalent

    public var text: LocalizedText {
        switch self {
        case .navTalent: t("人才", "Talent")
        }
    }
}
