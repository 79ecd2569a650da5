import Foundation
import Identity
import KechuangCore

/// The rules of the international cooperation registry, as data; each names its field and cites
/// the article the entry is kept under (Art. 66–71).
public enum InternationalRules {
    static func blank(_ s: String) -> Bool { s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    static func day(_ s: String) -> BeijingDay? { BeijingDay(parsing: s.trimmingCharacters(in: .whitespaces)) }
    static func t(_ zh: String, _ en: String) -> LocalizedText { LocalizedText(zh: zh, en: en) }

    /// A partner's country or region: a code of the list, and outside the mainland (partners in
    /// other provinces are cross-region cooperation, Art. 10, counted by GRT-07).
    public static func foreignCountry(_ code: String) -> Bool { code != "CN" && CountryCodes.entry(code) != nil }

    public static let project = RuleBook<CooperationProjectInput>([
        Rule(id: "international.project.title_zh.required", basis: .art(69), field: "title_zh",
             message: t("请填写项目名称（中文）", "Enter the project's title in Chinese")) { blank($0.titleZh) },
        Rule(id: "international.project.title_en.required", basis: .art(69), field: "title_en",
             message: t("请填写项目名称（英文）", "Enter the project's title in English")) { blank($0.titleEn) },
        Rule(id: "international.project.lead.required", basis: .art(69), field: "lead_organisation_id",
             message: t("请选择北京牵头单位", "Select the Beijing lead organisation")) { $0.leadOrganisationID == nil },
        Rule(id: "international.project.field.required", basis: .art(69), field: "field_zh",
             message: t("请填写合作领域（中文）", "Enter the field of cooperation in Chinese")) { blank($0.fieldZh) },
        Rule(id: "international.project.basis.known", basis: .art(9), field: "basis",
             message: t("请选择登记依据（第六十六、六十七、六十九或七十条）", "Select the article the project is registered under (Art. 66, 67, 69 or 70)")) {
            CooperationBasis(rawValue: $0.basis) == nil
        },
        Rule(id: "international.project.starts_on.date", basis: .art(69), field: "starts_on",
             message: t("请按 YYYY-MM-DD 填写开始日期", "Enter the start day as YYYY-MM-DD")) { day($0.startsOn) == nil },
        Rule(id: "international.project.ends_on.after_start", basis: .art(69), field: "ends_on",
             message: t("结束日期须按 YYYY-MM-DD 填写且不早于开始日期", "Enter the end day as YYYY-MM-DD, not before the start day")) { input in
            guard !blank(input.endsOn) else { return false }
            guard let end = day(input.endsOn) else { return true }
            return day(input.startsOn).map { end < $0 } ?? false
        },
        Rule(id: "international.project.partners.required", basis: .art(69), field: "partners",
             message: t("请至少填写一个境外合作方，每行一个：中文名称|英文名称|国家或地区代码|类型", "Enter at least one foreign partner, one a line: Chinese name|English name|country or region code|kind")) {
            $0.partners.isEmpty || $0.partners.contains { blank($0.nameZh) || blank($0.nameEn) }
        },
        Rule(id: "international.project.partners.country", basis: .art(69), field: "partners",
             message: t("合作方的国家或地区须为 ISO 3166-1 二位代码（境内合作方属区域合作，见第十条）",
                        "A partner's country or region must be an ISO 3166-1 alpha-2 code outside the mainland (partners in China are regional cooperation, Art. 10)")) {
            $0.partners.contains { !foreignCountry($0.country) }
        },
    ])

    public static let organisation = RuleBook<IntlOrganisationInput>([
        Rule(id: "international.organisation.name_zh.required", basis: .art(71), field: "name_zh",
             message: t("请填写组织名称（中文）", "Enter the organisation's name in Chinese")) { blank($0.nameZh) },
        Rule(id: "international.organisation.name_en.required", basis: .art(71), field: "name_en",
             message: t("请填写组织名称（英文）", "Enter the organisation's name in English")) { blank($0.nameEn) },
        Rule(id: "international.organisation.kind.known", basis: .art(71), field: "kind",
             message: t("请选择组织类型", "Select the kind of organisation")) { IntlOrganisationKind(rawValue: $0.kind) == nil },
        Rule(id: "international.organisation.registered_on.date", basis: .art(71), field: "registered_on",
             message: t("请按 YYYY-MM-DD 填写在京设立或登记日期", "Enter the day it was founded or registered in Beijing as YYYY-MM-DD")) { day($0.registeredOn) == nil },
        Rule(id: "international.organisation.fields.required", basis: .art(71), field: "fields_zh",
             message: t("请填写业务领域（中文）", "Enter its fields in Chinese")) { blank($0.fieldsZh) },
        Rule(id: "international.organisation.website.url", basis: .art(71), field: "website",
             message: t("请填写以 https:// 或 http:// 开头的网址", "Enter a web address starting with https:// or http://")) { input in
            let w = input.website.trimmingCharacters(in: .whitespaces)
            return !(w.hasPrefix("https://") || w.hasPrefix("http://")) || w.count < 12 || w.contains(" ")
        },
    ])

    public static let bigScience = RuleBook<BigScienceInput>([
        Rule(id: "international.big_science.name_zh.required", basis: .art(69), field: "name_zh",
             message: t("请填写计划或工程名称（中文）", "Enter the programme's name in Chinese")) { blank($0.nameZh) },
        Rule(id: "international.big_science.name_en.required", basis: .art(69), field: "name_en",
             message: t("请填写计划或工程名称（英文）", "Enter the programme's name in English")) { blank($0.nameEn) },
        Rule(id: "international.big_science.role.known", basis: .art(69), field: "role",
             message: t("请选择牵头发起或参与", "Select whether Beijing led or joined it")) { BigScienceRole(rawValue: $0.role) == nil },
        Rule(id: "international.big_science.participants.required", basis: .art(69), field: "participant_ids",
             message: t("请至少选择一个北京参与单位", "Select at least one Beijing participant")) { $0.participantIDs.isEmpty },
        Rule(id: "international.big_science.start_year.range", basis: .art(69), field: "start_year",
             message: t("请填写启动年份（1950–2100）", "Enter the start year (1950–2100)")) { ($0.startYear.map { !(1950...2100).contains($0) }) ?? true },
    ])

    public static var citations: [CitedRule] {
        project.citations(module: "MON") + organisation.citations(module: "MON") + bigScience.citations(module: "MON")
    }
}

/// Who may see or change an entry of the international cooperation registry. Pure; deny by default.
public enum InternationalAccess {
    public enum Action: Sendable, CaseIterable { case view, change, publish }

    public struct Viewer: Sendable, Equatable {
        public let roles: Set<Role>
        public init(roles: Set<Role>) { self.roles = roles }
        /// Anyone not signed in is a viewer without roles.
        public init(_ person: Person?) { roles = person?.roles ?? [] }
    }

    public struct Facts: Sendable, Equatable {
        public let state: RegistryState
        public init(state: RegistryState) { self.state = state }
    }

    /// Department staff and the platform administrator keep the registry.
    public static func keepsRegistry(_ viewer: Viewer) -> Bool { !viewer.roles.isDisjoint(with: [.departmentStaff, .platformAdmin]) }

    /// Anyone sees a published entry; only the registry's keepers see drafts, change and publish.
    public static func may(_ action: Action, _ viewer: Viewer, _ facts: Facts) -> Bool {
        switch action {
        case .view: facts.state == .published || keepsRegistry(viewer)
        case .change, .publish: keepsRegistry(viewer)
        }
    }
}
