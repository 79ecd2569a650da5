import Foundation
import Identity
import KechuangCore

/// The rules of award schemes and nominations, as data; each cites Art. 12.
public enum AwardSchemeRules {
    static func blank(_ s: String) -> Bool { s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

    public static let scheme = RuleBook<AwardSchemeInput>([
        Rule(id: "award_scheme.name.required", basis: .art(12), field: "name_zh",
             message: LocalizedText(zh: "请填写奖项名称（中文）", en: "Enter the scheme's name in Chinese")) { blank($0.nameZh) },
        Rule(id: "award_scheme.name_en.required", basis: .art(12), field: "name_en",
             message: LocalizedText(zh: "请填写奖项名称（英文）", en: "Enter the scheme's name in English")) { blank($0.nameEn) },
        Rule(id: "award_scheme.year.range", basis: .art(12), field: "year",
             message: LocalizedText(zh: "请填写年度（2024–2100）", en: "Enter the year (2024–2100)")) { ($0.year.map { !(2024...2100).contains($0) }) ?? true },
        Rule(id: "award_scheme.categories.required", basis: .art(12), field: "categories",
             message: LocalizedText(zh: "请至少填写一个类别，每行一个：代码|中文名称|英文名称", en: "Enter at least one category, one a line: code|Chinese name|English name")) {
            $0.categories.isEmpty || $0.categories.contains { blank($0.code) || blank($0.nameZh) || blank($0.nameEn) }
                || Set($0.categories.map(\.code)).count != $0.categories.count
        },
    ])

    public static let nomination = RuleBook<AwardNominationInput>([
        Rule(id: "award_nomination.scheme.required", basis: .art(12), field: "scheme_id",
             message: LocalizedText(zh: "请选择奖项", en: "Select the award scheme")) { $0.schemeID == nil },
        Rule(id: "award_nomination.category.known", basis: .art(12), field: "category",
             message: LocalizedText(zh: "请选择该奖项的类别", en: "Select one of the scheme's categories")) { !$0.schemeCategories.contains($0.categoryCode) },
        Rule(id: "award_nomination.nominee.required", basis: .art(12), field: "nominee",
             message: LocalizedText(zh: "请选择被提名的个人或单位", en: "Select the person or organisation nominated")) { $0.nominee == nil },
        Rule(id: "award_nomination.unit.required", basis: .art(12), field: "nominating_unit_id",
             message: LocalizedText(zh: "请选择提名单位", en: "Select the nominating unit")) { $0.nominatingUnitID == nil },
        Rule(id: "award_nomination.achievement.required", basis: .art(12), field: "achievement_zh",
             message: LocalizedText(zh: "请填写主要贡献（中文）", en: "Describe the contribution in Chinese")) { blank($0.achievementZh) },
    ])

    static let decision = RuleBook<String>([
        Rule(id: "award_nomination.decision.note", basis: .art(12), field: "note",
             message: LocalizedText(zh: "请写明评定意见", en: "Give the reasons for the decision")) { blank($0) },
    ])

    public static var citations: [CitedRule] {
        scheme.citations(module: "MON") + nomination.citations(module: "MON") + decision.citations(module: "MON")
    }
}

/// Who keeps award schemes and decides, and who nominates (object level, behind the route's action). Pure.
public enum AwardsAccess {
    /// Department staff and the administrator set up schemes and decide nominations.
    public static func mayDecide(_ person: Person) -> Bool {
        !person.roles.isDisjoint(with: [.departmentStaff, .platformAdmin])
    }

    /// A research office nominates for its own organisation; the administrator for any.
    public static func mayNominate(_ person: Person, unit: UUID) -> Bool {
        person.roles.contains(.platformAdmin) || person.memberships.contains { $0.role == .researchOffice && $0.organisationID == unit }
    }

    /// The organisations `person` may nominate for.
    public static func nominatingUnits(of person: Person) -> [UUID] {
        person.memberships.filter { $0.role == .researchOffice }.compactMap(\.organisationID)
    }
}
