import Foundation
import KechuangCore

/// The provinces of China by their GB/T 2260 code (the first two digits of an administrative
/// division code), to break down partners outside Beijing by region (Art. 10). The platform does
/// not record a partner's province; it is read from the division code inside the partner's unified
/// social credit code (GB 32100-2015, positions 3–8: where the organisation was registered). A
/// partner without a valid code is counted as "province unknown", never guessed. Data table.
public enum ProvinceCodes {
    private static func t(_ zh: String, _ en: String) -> LocalizedText { LocalizedText(zh: zh, en: en) }

    public static let all: [String: LocalizedText] = [
        "11": t("北京市", "Beijing"), "12": t("天津市", "Tianjin"), "13": t("河北省", "Hebei"), "14": t("山西省", "Shanxi"),
        "15": t("内蒙古自治区", "Inner Mongolia"), "21": t("辽宁省", "Liaoning"), "22": t("吉林省", "Jilin"), "23": t("黑龙江省", "Heilongjiang"),
        "31": t("上海市", "Shanghai"), "32": t("江苏省", "Jiangsu"), "33": t("浙江省", "Zhejiang"), "34": t("安徽省", "Anhui"),
        "35": t("福建省", "Fujian"), "36": t("江西省", "Jiangxi"), "37": t("山东省", "Shandong"), "41": t("河南省", "Henan"),
        "42": t("湖北省", "Hubei"), "43": t("湖南省", "Hunan"), "44": t("广东省", "Guangdong"), "45": t("广西壮族自治区", "Guangxi"),
        "46": t("海南省", "Hainan"), "50": t("重庆市", "Chongqing"), "51": t("四川省", "Sichuan"), "52": t("贵州省", "Guizhou"),
        "53": t("云南省", "Yunnan"), "54": t("西藏自治区", "Tibet"), "61": t("陕西省", "Shaanxi"), "62": t("甘肃省", "Gansu"),
        "63": t("青海省", "Qinghai"), "64": t("宁夏回族自治区", "Ningxia"), "65": t("新疆维吾尔自治区", "Xinjiang"),
        "71": t("台湾省", "Taiwan"), "81": t("香港特别行政区", "Hong Kong SAR"), "82": t("澳门特别行政区", "Macao SAR"),
    ]

    public static let unknownKey = "unknown"
    public static let unknown = t("省份不详（无有效统一社会信用代码）", "Province unknown (no valid unified social credit code)")

    /// The province key and name of an organisation's USCC, or `unknown` when the code is not a
    /// valid USCC or its division code names no province.
    public static func province(uscc: String) -> (String, LocalizedText) {
        let code = UnifiedSocialCreditCode.normalized(uscc)
        guard UnifiedSocialCreditCode.problem(in: code) == nil else { return (unknownKey, unknown) }
        let key = String(Array(code)[2...3])
        guard let name = all[key] else { return (unknownKey, unknown) }
        return (key, name)
    }
}

/// The sections (门类) of the national industry classification GB/T 4754-2017, to break down by
/// industry the figures of enterprises that declared an industry code in their profile. Data table.
public enum IndustrySections {
    private static func t(_ zh: String, _ en: String) -> LocalizedText { LocalizedText(zh: zh, en: en) }

    public static let all: [String: LocalizedText] = [
        "A": t("农、林、牧、渔业", "Agriculture, forestry, animal husbandry and fishery"), "B": t("采矿业", "Mining"),
        "C": t("制造业", "Manufacturing"), "D": t("电力、热力、燃气及水生产和供应业", "Electricity, heat, gas and water supply"),
        "E": t("建筑业", "Construction"), "F": t("批发和零售业", "Wholesale and retail trade"),
        "G": t("交通运输、仓储和邮政业", "Transport, storage and postal services"), "H": t("住宿和餐饮业", "Accommodation and catering"),
        "I": t("信息传输、软件和信息技术服务业", "Information transmission, software and IT services"), "J": t("金融业", "Finance"),
        "K": t("房地产业", "Real estate"), "L": t("租赁和商务服务业", "Leasing and business services"),
        "M": t("科学研究和技术服务业", "Scientific research and technical services"),
        "N": t("水利、环境和公共设施管理业", "Water, environment and public facilities management"),
        "O": t("居民服务、修理和其他服务业", "Resident services, repair and other services"), "P": t("教育", "Education"),
        "Q": t("卫生和社会工作", "Health and social work"), "R": t("文化、体育和娱乐业", "Culture, sports and entertainment"),
        "S": t("公共管理、社会保障和社会组织", "Public administration, social security and social organisations"),
        "T": t("国际组织", "International organisations"),
    ]

    public static let undeclaredKey = "undeclared"
    public static let undeclared = t("未申报行业代码", "No industry code declared")

    /// The section of a GB/T 4754 code (`I6513` → `I`), nil when the code names no section.
    public static func section(of code: String) -> (String, LocalizedText)? {
        guard let first = code.trimmingCharacters(in: .whitespaces).uppercased().first, let name = all[String(first)] else { return nil }
        return (String(first), name)
    }
}
