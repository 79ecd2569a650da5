import KechuangCore

/// Strings of the policy library pages (POL), in Chinese and English.
public enum PolicyMsg: String, Catalogue {
    // Policy library
    case policiesTitle, policiesIntro, policySearchLabel, policySearchHint, policyResultsCount, policyExpanded, facetLevel
    case facetIssuer, facetRegion, facetYear, facetStatus, facetAny, facetRemove, policyNoResults, policyContents
    case policyVersions, policyCitedBy, policyPermalink, policyIssuer, policyLevel, policyRegion, policyDate, policyStatus
    case policyArticleOf, policyPreamble, policyCurrentVersion, policyFullText, policyRuleModule, facetsTitle

    public var text: LocalizedText {
        switch self {
        case .policiesTitle: t("政策法规库", "Policy library")
        case .policiesIntro: t("检索科技创新相关的法律、法规、规章和政策文件，精确到条款。可以用中文检索，也可以用英文检索（英文检索词会按科技政策术语表译为中文）。",
                               "Search laws, regulations, rules and policy documents on science and technology, down to the article. Search in Chinese, or in English: English terms are translated with an S&T policy glossary.")
        case .policySearchLabel: t("检索词", "Search terms")
        case .policySearchHint: t("例如：知识产权 质押 贷款；或 intellectual property pledge loan", "For example: intellectual property pledge loan (Chinese words work too)")
        case .policyResultsCount: t("件文件", "documents")
        case .policyExpanded: t("已按中文检索：", "Searched in Chinese as:")
        case .facetLevel: t("效力级别", "Level")
        case .facetIssuer: t("制定机关", "Issuer")
        case .facetRegion: t("地区", "Region")
        case .facetYear: t("年份", "Year")
        case .facetStatus: t("时效性", "Status")
        case .facetAny: t("全部（含已修订、已废止）", "All (including amended and repealed)")
        case .facetRemove: t("取消筛选", "Remove filter")
        case .policyNoResults: t("没有找到相关文件。请减少检索词或更换说法。", "No documents found. Try fewer or different words.")
        case .policyContents: t("目录", "Contents")
        case .policyVersions: t("版本历史", "Versions")
        case .policyCitedBy: t("引用本条的平台规则", "Platform rules that cite this article")
        case .policyPermalink: t("本条链接", "Link to this article")
        case .policyIssuer: t("制定机关", "Issued by")
        case .policyLevel: t("效力级别", "Level")
        case .policyRegion: t("地区", "Region")
        case .policyDate: t("版本日期", "Version date")
        case .policyStatus: t("时效性", "Status")
        case .policyArticleOf: t("出自", "From")
        case .policyPreamble: t("题注", "Preamble")
        case .policyCurrentVersion: t("现行版本", "current version")
        case .policyFullText: t("查看全文", "Full text")
        case .policyRuleModule: t("模块", "Module")
        case .facetsTitle: t("筛选", "Filters")
        }
    }
}
