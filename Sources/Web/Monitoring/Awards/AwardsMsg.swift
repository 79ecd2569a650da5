import KechuangCore

/// Strings of the awards pages (Art. 12), in Chinese and English.
public enum AwardsMsg: String, Catalogue {
    case awTitle, awIntro, awNone, awScheme, awYear, awCategory, awNominee, awNominatingUnit, awAchievement, awManageLink, awNominateLink
    case awManageTitle, awManageIntro, awNewScheme, awNameZh, awNameEn, awCategories, awCategoriesHint, awCreate, awCreated
    case awNominations, awNoNominations, awState, awDecide, awAward, awNotAward, awNote, awDecided, awNominateTitle, awNominateIntro
    case awNomineeKind, awPerson, awOrganisation, awNomineePerson, awNomineeOrganisation, awAchievementZh, awAchievementEn, awSubmit
    case awNominated, awNotOffice, awNoSchemes, awIntegrityNote

    public var text: LocalizedText {
        switch self {
        case .awTitle: t("科学技术奖励与表彰", "Science and technology awards")
        case .awIntro: t("依据第十二条，市人民政府对在国际科技创新中心建设中做出重大贡献的组织和个人给予奖励和表彰。本页公布获奖者。",
                         "Under Art. 12, the city rewards and commends organisations and people who made major contributions to building the innovation center. This page lists the winners.")
        case .awNone: t("尚无公布的获奖者。", "No winners are published yet.")
        case .awScheme: t("奖项", "Award")
        case .awYear: t("年度", "Year")
        case .awCategory: t("类别", "Category")
        case .awNominee: t("获奖者", "Winner")
        case .awNominatingUnit: t("提名单位", "Nominating unit")
        case .awAchievement: t("主要贡献", "Contribution")
        case .awManageLink: t("管理奖项和评定", "Manage schemes and decisions")
        case .awNominateLink: t("提名", "Nominate")
        case .awManageTitle: t("奖项管理", "Award schemes")
        case .awManageIntro: t("设立奖项、评定提名。提名和评定时均与科研诚信信息系统核对，受评优评奖限制的不予提名或授奖（第六十条）。",
                               "Set up schemes and decide nominations. Nominations and awards are checked against the research integrity system: a nominee restricted from awards is refused (Art. 60).")
        case .awNewScheme: t("设立奖项", "New award scheme")
        case .awNameZh: t("奖项名称（中文）", "Name (Chinese)")
        case .awNameEn: t("奖项名称（英文）", "Name (English)")
        case .awCategories: t("类别", "Categories")
        case .awCategoriesHint: t("每行一个：代码|中文名称|英文名称", "One a line: code|Chinese name|English name")
        case .awCreate: t("设立", "Create")
        case .awCreated: t("奖项已设立。", "The scheme is created.")
        case .awNominations: t("提名", "Nominations")
        case .awNoNominations: t("尚无提名。", "No nominations yet.")
        case .awState: t("状态", "State")
        case .awDecide: t("评定", "Decide")
        case .awAward: t("授奖", "Award")
        case .awNotAward: t("不授奖", "Do not award")
        case .awNote: t("评定意见", "Reasons")
        case .awDecided: t("已评定。", "Decided.")
        case .awNominateTitle: t("提名", "Nominate")
        case .awNominateIntro: t("本单位科研管理部门提名个人或单位。提名时与科研诚信信息系统核对（第六十条）。",
                                 "Your research office nominates a person or an organisation. The nomination is checked against the research integrity system (Art. 60).")
        case .awNomineeKind: t("被提名者类型", "Nominee kind")
        case .awPerson: t("个人", "Person")
        case .awOrganisation: t("单位", "Organisation")
        case .awNomineePerson: t("被提名个人", "Person nominated")
        case .awNomineeOrganisation: t("被提名单位", "Organisation nominated")
        case .awAchievementZh: t("主要贡献（中文）", "Contribution (Chinese)")
        case .awAchievementEn: t("主要贡献（英文）", "Contribution (English)")
        case .awSubmit: t("提交提名", "Submit the nomination")
        case .awNominated: t("提名已提交。", "The nomination is submitted.")
        case .awNotOffice: t("您不是任何单位的科研管理部门，无法提名。", "You are not the research office of any organisation, so you cannot nominate.")
        case .awNoSchemes: t("尚未设立奖项。", "No award schemes yet.")
        case .awIntegrityNote: t("被提名者在科研诚信信息系统中受评优评奖限制的，不予提名（第六十条）。", "A nominee restricted from awards in the research integrity system is refused (Art. 60).")
        }
    }
}
