import KechuangCore
import Policy
import Plot
import Search

/// The library's Chinese names in English: regions (provincial-level divisions and the larger
/// cities whose congresses legislate), issuers (State Council, courts, congresses and their
/// standing committees, ministries), article labels. A name without an English form is shown in
/// Chinese, marked `lang="zh-CN"`.
enum PolicyNames {
    static let places: [String: String] = [
        "全国": "National", "地方": "Local",
        "北京": "Beijing", "天津": "Tianjin", "上海": "Shanghai", "重庆": "Chongqing",
        "河北": "Hebei", "山西": "Shanxi", "辽宁": "Liaoning", "吉林": "Jilin", "黑龙江": "Heilongjiang",
        "江苏": "Jiangsu", "浙江": "Zhejiang", "安徽": "Anhui", "福建": "Fujian", "江西": "Jiangxi", "山东": "Shandong",
        "河南": "Henan", "湖北": "Hubei", "湖南": "Hunan", "广东": "Guangdong", "海南": "Hainan",
        "四川": "Sichuan", "贵州": "Guizhou", "云南": "Yunnan", "陕西": "Shaanxi", "甘肃": "Gansu", "青海": "Qinghai",
        "内蒙古": "Inner Mongolia", "广西": "Guangxi", "西藏": "Tibet", "宁夏": "Ningxia", "新疆": "Xinjiang",
        "香港": "Hong Kong", "澳门": "Macao", "台湾": "Taiwan",
        "郑州": "Zhengzhou", "洛阳": "Luoyang", "宁波": "Ningbo", "杭州": "Hangzhou", "青岛": "Qingdao", "淄博": "Zibo",
        "深圳": "Shenzhen", "广州": "Guangzhou", "南京": "Nanjing", "苏州": "Suzhou", "武汉": "Wuhan", "成都": "Chengdu",
        "西安": "Xi'an", "厦门": "Xiamen", "大连": "Dalian", "沈阳": "Shenyang", "济南": "Jinan", "合肥": "Hefei",
    ]

    static let issuers: [String: String] = [
        "国务院": "State Council",
        "最高人民法院": "Supreme People's Court",
        "最高人民检察院": "Supreme People's Procuratorate",
        "全国人民代表大会": "National People's Congress",
        "全国人民代表大会常务委员会": "Standing Committee of the National People's Congress",
        "国家知识产权局": "China National Intellectual Property Administration",
        "科学技术部": "Ministry of Science and Technology",
        "财政部": "Ministry of Finance",
        "教育部": "Ministry of Education",
        "工业和信息化部": "Ministry of Industry and Information Technology",
        "国家发展和改革委员会": "National Development and Reform Commission",
        "北京市人民政府": "Beijing Municipal People's Government",
        "北京市科学技术委员会": "Beijing Municipal Science & Technology Commission",
        "中关村科技园区管理委员会": "Zhongguancun Science Park Administrative Committee",
    ]

    /// `北京` → `Beijing`; nil when there is no English name.
    static func region(_ name: String) -> String? { places[name] }

    /// `河南省人民代表大会常务委员会` → `Standing Committee of the Henan Provincial People's Congress`.
    static func issuer(_ name: String) -> String? {
        if let known = issuers[name] { return known }
        let patterns: [(suffix: String, english: (String) -> String)] = [
            ("人民代表大会常务委员会", { "Standing Committee of the \($0) People's Congress" }),
            ("人民代表大会", { "\($0) People's Congress" }),
            ("人民政府", { "\($0) People's Government" }),
        ]
        for pattern in patterns where name.hasSuffix(pattern.suffix) {
            return placeName(String(name.dropLast(pattern.suffix.count))).map(pattern.english)
        }
        return nil
    }

    /// `河南省` → `Henan Provincial`, `郑州市` → `Zhengzhou Municipal`, `北京市` → `Beijing Municipal`.
    static func placeName(_ place: String) -> String? {
        if place.hasSuffix("省"), let p = places[String(place.dropLast())] { return p + " Provincial" }
        if place.hasSuffix("市"), let p = places[String(place.dropLast())] { return p + " Municipal" }
        if place.hasSuffix("自治区"), let p = places[String(place.dropLast(3))] { return p + " Autonomous Region" }
        return places[place]
    }

    /// A facet value in the page's language, as a node (marked `lang` when it stays Chinese).
    static func facet<C: HTML.BodyContext>(key: String, value: String, _ c: PageContext) -> Node<C> {
        Components.zh(facetText(key: key, value: value, c), c)
    }

    static func facetText(key: String, value: String, _ c: PageContext) -> String {
        switch key {
        case "level": return PolicyLevel(rawValue: value).map { c.text($0.label) } ?? value
        case "status": return PolicyStatus(rawValue: value).map { c.text($0.label) } ?? value
        case "region" where c.language == .en: return region(value) ?? value
        case "issuer" where c.language == .en: return issuer(value) ?? value
        default: return value
        }
    }

    /// `第五十条` → `Art. 50`, `第十条之一` → `Art. 10-1` on English pages; the label itself otherwise.
    static func articleLabel(_ label: String, _ c: PageContext) -> String {
        guard c.language == .en, label.hasPrefix("第"), let end = label.firstIndex(of: "条"),
              let number = LegalStructureParser.chineseNumber(label[label.index(after: label.startIndex)..<end]) else { return label }
        let rest = label[label.index(after: end)...]
        let suffix = rest.hasPrefix("之") ? LegalStructureParser.chineseNumber(rest.dropFirst()) : nil
        return Components.articleLabel(number: number, suffix: suffix, label: label, c)
    }
}
