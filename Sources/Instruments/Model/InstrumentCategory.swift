import KechuangCore

/// One class of the instrument code list (大型科研仪器分类). The list is data: `InstrumentCategories.all`.
public struct InstrumentCategory: Sendable, Hashable, Codable {
    public let code: String
    public let name: LocalizedText

    public init(code: String, zh: String, en: String) {
        self.code = code
        self.name = LocalizedText(zh: zh, en: en)
    }
}

/// The code list of instrument classes the registry uses (after the national classification of
/// large scientific instruments used in open-sharing evaluations). Codes are stable; names may change.
public enum InstrumentCategories {
    public static let all: [InstrumentCategory] = [
        InstrumentCategory(code: "01", zh: "分析仪器", en: "Analytical instruments"),
        InstrumentCategory(code: "02", zh: "物理性能测试仪器", en: "Physical property testing"),
        InstrumentCategory(code: "03", zh: "计量仪器", en: "Metrology instruments"),
        InstrumentCategory(code: "04", zh: "电子测量仪器", en: "Electronic measurement"),
        InstrumentCategory(code: "05", zh: "海洋仪器", en: "Oceanographic instruments"),
        InstrumentCategory(code: "06", zh: "地球探测仪器", en: "Earth exploration instruments"),
        InstrumentCategory(code: "07", zh: "大气探测仪器", en: "Atmospheric instruments"),
        InstrumentCategory(code: "08", zh: "特种检测仪器", en: "Special inspection instruments"),
        InstrumentCategory(code: "09", zh: "激光器", en: "Lasers"),
        InstrumentCategory(code: "10", zh: "工艺试验仪器", en: "Process testing instruments"),
        InstrumentCategory(code: "11", zh: "计算机及其配套设备", en: "Computers and peripherals"),
        InstrumentCategory(code: "12", zh: "天文仪器", en: "Astronomical instruments"),
        InstrumentCategory(code: "13", zh: "医学科研仪器", en: "Medical research instruments"),
        InstrumentCategory(code: "14", zh: "核仪器", en: "Nuclear instruments"),
        InstrumentCategory(code: "15", zh: "重大科研基础设施", en: "Major research infrastructure"),
        InstrumentCategory(code: "99", zh: "其他仪器", en: "Other instruments"),
    ]

    public static func category(_ code: String) -> InstrumentCategory? { all.first { $0.code == code } }
}
