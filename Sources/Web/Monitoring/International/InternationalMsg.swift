import KechuangCore

/// Strings of the international cooperation registry (Art. 9, 66–71), in Chinese and English.
public enum InternationalMsg: String, Catalogue {
    case icTitle, icIntro, icProjects, icOrganisations, icBigScience, icNoneYet, icManageLink, icCSVLink
    case icTitleZh, icTitleEn, icLead, icGrantProject, icGrantProjectHint, icFieldZh, icFieldEn, icStartsOn, icEndsOn, icDateHint, icBasis
    case icPartners, icPartnersHint, icPeriod, icField, icPartnerList
    case icNameZh, icNameEn, icKind, icRegisteredOn, icHost, icFieldsZh, icFieldsEn, icWebsite, icName, icFields
    case icRole, icParticipants, icStartYear
    case icManageTitle, icManageIntro, icNewProject, icNewOrganisation, icNewBigScience, icEditing, icSave, icSaved, icPublish, icPublished
    case icEdit, icState, icNoHost, icDraftEntry

    public var text: LocalizedText {
        switch self {
        case .icTitle: t("国际科技合作", "International S&T cooperation")
        case .icIntro: t("依据第九条和第六十六条至第七十一条，本市加强国际科技创新开放合作。本页公布北京单位牵头的国际科技合作项目、在京国际科技组织和本市牵头或参与的国际大科学计划和大科学工程。",
                         "Under Art. 9 and 66–71, the city opens its science and innovation to international cooperation. This page lists the international cooperation projects led by Beijing organisations, the international S&T organisations based in Beijing, and the international big-science programmes the city leads or joins.")
        case .icProjects: t("国际科技合作项目（第六十六、六十七、六十九、七十条）", "International cooperation projects (Art. 66, 67, 69, 70)")
        case .icOrganisations: t("在京国际科技组织（第七十一条）", "International S&T organisations in Beijing (Art. 71)")
        case .icBigScience: t("国际大科学计划和大科学工程（第六十九条）", "International big-science programmes (Art. 69)")
        case .icNoneYet: t("尚无公布的条目。", "Nothing is published yet.")
        case .icManageLink: t("维护国际合作登记", "Keep the international cooperation registry")
        case .icCSVLink: t("下载项目 CSV", "Download the projects as CSV")
        case .icTitleZh: t("项目名称（中文）", "Title (Chinese)")
        case .icTitleEn: t("项目名称（英文）", "Title (English)")
        case .icLead: t("北京牵头单位", "Beijing lead organisation")
        case .icGrantProject: t("对应立项项目编号", "Funded project number")
        case .icGrantProjectHint: t("有财政科技项目支持的，填写平台上的项目编号；没有的留空", "If the project is funded on the platform, its project number; otherwise leave empty")
        case .icFieldZh: t("合作领域（中文）", "Field (Chinese)")
        case .icFieldEn: t("合作领域（英文）", "Field (English)")
        case .icStartsOn: t("开始日期", "Start day")
        case .icEndsOn: t("结束日期（可空）", "End day (optional)")
        case .icDateHint: t("格式 YYYY-MM-DD", "As YYYY-MM-DD")
        case .icBasis: t("登记依据", "Registered under")
        case .icPartners: t("境外合作方", "Foreign partners")
        case .icPartnersHint: t("每行一个：中文名称|英文名称|国家或地区代码（ISO 3166-1，如 DE）|类型（university、institute、enterprise 或 international_organisation）",
                                "One a line: Chinese name|English name|country or region code (ISO 3166-1, e.g. DE)|kind (university, institute, enterprise or international_organisation)")
        case .icPeriod: t("起止日期", "Period")
        case .icField: t("领域", "Field")
        case .icPartnerList: t("合作方（国家或地区）", "Partners (country or region)")
        case .icNameZh: t("名称（中文）", "Name (Chinese)")
        case .icNameEn: t("名称（英文）", "Name (English)")
        case .icKind: t("类型", "Kind")
        case .icRegisteredOn: t("在京设立或登记日期", "Founded or registered in Beijing on")
        case .icHost: t("支撑单位（可空）", "Host organisation (optional)")
        case .icFieldsZh: t("业务领域（中文）", "Fields (Chinese)")
        case .icFieldsEn: t("业务领域（英文）", "Fields (English)")
        case .icWebsite: t("网址", "Website")
        case .icName: t("名称", "Name")
        case .icFields: t("业务领域", "Fields")
        case .icRole: t("角色", "Role")
        case .icParticipants: t("北京参与单位", "Beijing participants")
        case .icStartYear: t("启动年份", "Start year")
        case .icManageTitle: t("国际合作登记维护", "International cooperation registry")
        case .icManageIntro: t("部门工作人员登记、修改和公布条目。草稿仅工作人员可见，公布后向社会公开。每次写入均记入审计日志。",
                               "Department staff register, edit and publish entries. Drafts are seen by staff only; published entries are public. Every write is in the audit log.")
        case .icNewProject: t("登记国际科技合作项目", "Register a cooperation project")
        case .icNewOrganisation: t("登记在京国际科技组织", "Register an international organisation")
        case .icNewBigScience: t("登记国际大科学计划或工程", "Register a big-science programme")
        case .icEditing: t("正在修改已登记的条目", "You are editing a registered entry")
        case .icSave: t("保存", "Save")
        case .icSaved: t("已保存。", "Saved.")
        case .icPublish: t("公布", "Publish")
        case .icPublished: t("已公布。", "Published.")
        case .icEdit: t("修改", "Edit")
        case .icState: t("状态", "State")
        case .icNoHost: t("无", "None")
        case .icDraftEntry: t("待公布的草稿", "Draft to publish")
        }
    }
}
