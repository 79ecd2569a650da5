import KechuangCore

/// The kinds of organisation the regulation names as innovation actors.
public enum OrganisationType: String, Sendable, Codable, CaseIterable {
    case university, researchInstitute = "research_institute", enterprise
    case newRDInstitution = "new_rd_institution", hospital, incubator
    case serviceProvider = "service_provider", financialInstitution = "financial_institution"
    case governmentDepartment = "government_department"

    public var label: LocalizedText {
        switch self {
        case .university: LocalizedText(zh: "高等学校", en: "University")
        case .researchInstitute: LocalizedText(zh: "科研机构", en: "Research institute")
        case .enterprise: LocalizedText(zh: "企业", en: "Enterprise")
        case .newRDInstitution: LocalizedText(zh: "新型研发机构", en: "New R&D institution")
        case .hospital: LocalizedText(zh: "医疗卫生机构", en: "Hospital")
        case .incubator: LocalizedText(zh: "孵化机构", en: "Incubator")
        case .serviceProvider: LocalizedText(zh: "科技服务机构", en: "S&T service provider")
        case .financialInstitution: LocalizedText(zh: "金融机构", en: "Financial institution")
        case .governmentDepartment: LocalizedText(zh: "政府部门", en: "Government department")
        }
    }
}

/// Ownership is recorded for statistics and never used to include or exclude anyone (Art. 5).
public enum Ownership: String, Sendable, Codable, CaseIterable {
    case state, `private`, foreignInvested = "foreign_invested", mixed

    public var label: LocalizedText {
        switch self {
        case .state: LocalizedText(zh: "国有", en: "State-owned")
        case .private: LocalizedText(zh: "民营", en: "Private")
        case .foreignInvested: LocalizedText(zh: "外商投资", en: "Foreign-invested")
        case .mixed: LocalizedText(zh: "混合所有制", en: "Mixed ownership")
        }
    }
}

/// Where an organisation is registered: one of Beijing's sixteen districts, or outside Beijing
/// (partners from Tianjin, Hebei and other regions take part too: Art. 10).
public enum District: String, Sendable, Codable, CaseIterable {
    case dongcheng, xicheng, chaoyang, fengtai, shijingshan, haidian, mentougou, fangshan
    case tongzhou, shunyi, changping, daxing, huairou, pinggu, miyun, yanqing
    case outsideBeijing = "outside_beijing"

    public var label: LocalizedText {
        switch self {
        case .dongcheng: LocalizedText(zh: "东城区", en: "Dongcheng")
        case .xicheng: LocalizedText(zh: "西城区", en: "Xicheng")
        case .chaoyang: LocalizedText(zh: "朝阳区", en: "Chaoyang")
        case .fengtai: LocalizedText(zh: "丰台区", en: "Fengtai")
        case .shijingshan: LocalizedText(zh: "石景山区", en: "Shijingshan")
        case .haidian: LocalizedText(zh: "海淀区", en: "Haidian")
        case .mentougou: LocalizedText(zh: "门头沟区", en: "Mentougou")
        case .fangshan: LocalizedText(zh: "房山区", en: "Fangshan")
        case .tongzhou: LocalizedText(zh: "通州区", en: "Tongzhou")
        case .shunyi: LocalizedText(zh: "顺义区", en: "Shunyi")
        case .changping: LocalizedText(zh: "昌平区", en: "Changping")
        case .daxing: LocalizedText(zh: "大兴区", en: "Daxing")
        case .huairou: LocalizedText(zh: "怀柔区", en: "Huairou")
        case .pinggu: LocalizedText(zh: "平谷区", en: "Pinggu")
        case .miyun: LocalizedText(zh: "密云区", en: "Miyun")
        case .yanqing: LocalizedText(zh: "延庆区", en: "Yanqing")
        case .outsideBeijing: LocalizedText(zh: "北京市外", en: "Outside Beijing")
        }
    }
}
