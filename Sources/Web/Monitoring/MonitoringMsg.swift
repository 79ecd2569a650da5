import KechuangCore

/// Strings of the Monitoring pages, in Chinese and English.
public enum MonitoringMsg: String, Catalogue {
    case navMonitoring

    public var text: LocalizedText {
        switch self {
        case .navMonitoring: t("监测", "Monitoring")
        }
    }
}
