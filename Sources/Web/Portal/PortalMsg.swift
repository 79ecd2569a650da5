import KechuangCore

/// Strings of the Portal pages (home, funded projects, exports), in Chinese and English.
public enum PortalMsg: String, Catalogue {
    case navPortal
    // Home
    case hpLead, hpSearchLabel, hpSearchHint, hpSearchButton
    case hpOpenCalls, hpNewProjects, hpNewResults, hpLatestPolicies, hpDatasets, hpConsultations
    case hpAllCalls, hpAllProjects, hpAllResults, hpAllPolicies, hpAllDatasets, hpAllConsultations
    case hpNothingYet, hpClosesOn, hpOpenData
    // Search
    case pjSearchTitle, pjSearchIntro, pjSearchLabel, pjSearchHint, pjSearchButton, pjResults, pjNoResults, pjExpanded
    case pjSort, pjPIFilter, pjAmountMin, pjAmountMax, pjAmountHint, pjFilters, pjClear, pjAnyValue, pjLinks
    case pjFacetProgramme, pjFacetYear, pjFacetInstitution, pjFacetDistrict, pjFacetDiscipline, pjFacetStatus, pjFacetBand
    // Project
    case pjNumber, pjTitleEn, pjAbstract, pjKeywords, pjProgramme, pjYear, pjInstitution, pjDistrict, pjDiscipline
    case pjPIName, pjAmount, pjAwardDate, pjPeriod, pjStatus, pjOutputs, pjNoOutputs, pjOutputKind, pjIdentifier, pjOutputYear, pjOutputTitle
    case pjMoreOfInstitution, pjMoreOfPI, pjPersonalNote, pjStableURL
    case pjInstitutionTitle, pjInstitutionIntro, pjPITitle, pjPIIntro, pjTotalAmount
    // Exports
    case exTitle, exIntro, exYear, exCount, exCSV, exJSONL, exNone, exDictionaryTitle, exDictionaryIntro, exField, exType, exDescription
    case exFeed, exDictionaryLink, pjFeedTitle

    public var text: LocalizedText {
        switch self {
        case .navPortal: t("项目与成果", "Funded projects")
        case .hpLead: t("在这里查找正在申报的项目指南、已立项的项目和成果、政策文件、开放数据和征求意见。无需登录。",
                          "Find open calls, funded projects and their results, policies, open data and public consultations here. No sign-in needed.")
        case .hpSearchLabel: t("查找已立项的项目", "Find a funded project")
        case .hpSearchHint: t("输入项目名称、关键词、单位或负责人姓名，中文或英文均可。", "Type a title, keyword, institution or PI name, in Chinese or English.")
        case .hpSearchButton: t("查找", "Search")
        case .hpOpenCalls: t("正在申报的项目", "Open calls")
        case .hpNewProjects: t("最新立项项目", "Newest funded projects")
        case .hpNewResults: t("最新成果", "Newest results")
        case .hpLatestPolicies: t("最新政策", "Latest policies")
        case .hpDatasets: t("开放数据", "Data sets")
        case .hpConsultations: t("正在征求意见", "Open consultations")
        case .hpAllCalls: t("全部申报指南", "All calls")
        case .hpAllProjects: t("全部立项项目", "All funded projects")
        case .hpAllResults: t("全部成果", "All results")
        case .hpAllPolicies: t("全部政策", "All policies")
        case .hpAllDatasets: t("全部数据集", "All data sets")
        case .hpAllConsultations: t("全部征求意见", "All consultations")
        case .hpNothingYet: t("暂无。", "None yet.")
        case .hpClosesOn: t("截止", "closes")
        case .hpOpenData: t("按年度下载全部立项项目（CSV、JSON Lines）", "Download every funded project by year (CSV, JSON Lines)")
        case .pjSearchTitle: t("已立项项目与成果", "Funded projects and results")
        case .pjSearchIntro: t("平台资助的每个项目都在这里公开：编号、名称、摘要、资助计划、年度、承担单位、负责人姓名、资助金额、起止日期、状态和成果（《条例》第五十六条）。不公开任何人的身份证件号码、电子邮箱或电话。",
                               "Every project the platform funds is public here: number, title, abstract, programme, year, institution, PI name, award, dates, status and results (Art. 56). No one's ID number, e-mail or phone is ever shown.")
        case .pjSearchLabel: t("关键词", "Words")
        case .pjSearchHint: t("中文或英文，例如：量子、人工智能、quantum computing", "Chinese or English, for example quantum computing")
        case .pjSearchButton: t("查找", "Search")
        case .pjResults: t("找到的项目", "Projects found")
        case .pjNoResults: t("没有符合条件的项目。请减少筛选条件或换一个词。", "No project matches. Remove a filter or try another word.")
        case .pjExpanded: t("按以下中文词查找：", "Searched in Chinese as: ")
        case .pjSort: t("排序", "Sort by")
        case .pjPIFilter: t("负责人姓名", "PI name")
        case .pjAmountMin: t("资助金额不低于（元）", "Award at least (yuan)")
        case .pjAmountMax: t("资助金额不高于（元）", "Award at most (yuan)")
        case .pjAmountHint: t("只填数字，单位为元", "Digits only, in yuan")
        case .pjFilters: t("筛选", "Filters")
        case .pjClear: t("清除全部条件", "Clear all filters")
        case .pjAnyValue: t("不限", "Any")
        case .pjLinks: t("批量下载与订阅", "Downloads and feed")
        case .pjFacetProgramme: t("资助计划", "Programme")
        case .pjFacetYear: t("立项年度", "Year")
        case .pjFacetInstitution: t("承担单位", "Institution")
        case .pjFacetDistrict: t("所在区", "District")
        case .pjFacetDiscipline: t("学科（申请代码）", "Discipline (code)")
        case .pjFacetStatus: t("项目状态", "Status")
        case .pjFacetBand: t("资助金额", "Award amount")
        case .pjNumber: t("项目编号", "Project number")
        case .pjTitleEn: t("英文名称", "English title")
        case .pjAbstract: t("摘要", "Abstract")
        case .pjKeywords: t("关键词", "Keywords")
        case .pjProgramme: t("资助计划", "Programme")
        case .pjYear: t("立项年度", "Year")
        case .pjInstitution: t("承担单位", "Institution")
        case .pjDistrict: t("所在区", "District")
        case .pjDiscipline: t("申请代码", "Discipline code")
        case .pjPIName: t("项目负责人", "Principal investigator")
        case .pjAmount: t("资助金额", "Awarded amount")
        case .pjAwardDate: t("立项日期", "Award date")
        case .pjPeriod: t("执行期", "Project period")
        case .pjStatus: t("状态", "Status")
        case .pjOutputs: t("成果", "Results")
        case .pjNoOutputs: t("尚未登记成果。", "No results registered yet.")
        case .pjOutputKind: t("类型", "Kind")
        case .pjIdentifier: t("标识", "Identifier")
        case .pjOutputYear: t("年度", "Year")
        case .pjOutputTitle: t("题名", "Title")
        case .pjMoreOfInstitution: t("该单位的全部项目", "All projects of this institution")
        case .pjMoreOfPI: t("该负责人的全部项目", "All projects of this PI")
        case .pjPersonalNote: t("依据《条例》第五十六条公开。本页只显示负责人姓名，不显示任何人的身份证件号码、电子邮箱或电话。",
                                "Published under Art. 56. This page shows the PI's name only, never anyone's ID number, e-mail or phone.")
        case .pjStableURL: t("本页固定地址", "Permanent address of this page")
        case .pjInstitutionTitle: t("承担单位的项目", "Projects of an institution")
        case .pjInstitutionIntro: t("该单位承担的全部已立项项目。", "Every funded project this institution leads.")
        case .pjPITitle: t("负责人的项目", "Projects of a principal investigator")
        case .pjPIIntro: t("该负责人主持的全部已立项项目。", "Every funded project this person leads as PI.")
        case .pjTotalAmount: t("资助金额合计", "Total awarded")
        case .exTitle: t("立项项目批量下载", "Bulk downloads of funded projects")
        case .exIntro: t("每个立项年度一个文件，提供 CSV（可用电子表格打开）和 JSON Lines（每行一个 JSON 对象，便于程序读取）两种格式。字段见数据字典。",
                         "One file per award year, as CSV (opens in a spreadsheet) and as JSON Lines (one JSON object per line, for programs). The data dictionary describes the fields.")
        case .exYear: t("立项年度", "Award year")
        case .exCount: t("项目数", "Projects")
        case .exCSV: t("CSV 文件", "CSV")
        case .exJSONL: t("JSON Lines 文件", "JSON Lines")
        case .exNone: t("暂无可下载的项目。", "No projects to download yet.")
        case .exDictionaryTitle: t("数据字典：立项项目", "Data dictionary: funded projects")
        case .exDictionaryIntro: t("CSV 与 JSON Lines 文件包含以下字段，顺序和名称相同。CSV 为 UTF-8 编码（带 BOM），日期为北京时间的 yyyy-MM-dd。",
                                   "The CSV and JSON Lines files carry these fields, in this order and under these names. CSV is UTF-8 (with a byte-order mark); dates are yyyy-MM-dd in Beijing time.")
        case .exField: t("字段", "Field")
        case .exType: t("类型", "Type")
        case .exDescription: t("说明", "Description")
        case .exFeed: t("新立项项目订阅（Atom）", "Newly funded projects (Atom feed)")
        case .exDictionaryLink: t("数据字典", "Data dictionary")
        case .pjFeedTitle: t("科创 · 新立项项目", "Kechuang · newly funded projects")
        }
    }
}
