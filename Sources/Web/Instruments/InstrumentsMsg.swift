import KechuangCore

/// Strings of the instrument sharing (Art. 55) pages, in Chinese and English.
public enum InstrumentsMsg: String, Catalogue {
    case navInstruments

    public var text: LocalizedText {
        switch self {
        case .navInstruments: t("仪器共享", "Instrument sharing")
        }
    }
}
