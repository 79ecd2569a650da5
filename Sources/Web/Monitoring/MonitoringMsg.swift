import KechuangCore

/// Strings of the Monitoring pages, in Chinese and English.
public enum MonitoringMsg: String, Catalogue {
    case navMonitoring
    // monitoring-indicators: dashboards, indicators, reporting, releases, zones
    case monTitle, monIntro, monLiveTitle, monLiveIntro, monPublicTitle, monPublicIntro
    case monIndicatorsTitle, monIndicatorsIntro, monCode, monName, monUnit, monDefinition, monFormula, monSource, monFrequency
    case monBreakdowns, monArticle, monReportedBy, monNotComputedTitle
    case monReportTitle, monReportIntro, monYear, monValue, monNote, monPrevious, monNoPrevious, monReportButton, monReported
    case monHistoryTitle, monRevision, monEnteredAt, monNoHistory
    case monReleasesTitle, monReleasesIntro, monNoReleases, monEdition, monPublishedAt, monFigures, monPublishTitle, monPublishHint
    case monPublishButton, monPublished, monReleaseTitle, monDownloads, monDownloadCSV, monDownloadJSON, monDownloadDictionary, monDigest
    case monTimeSeries, monBreakdownOf, monTotal, monItem, monChartNote, monMapTitle, monMapNote, monNoFigures
    case monFiscalTitle, monFiscalOK, monFiscalWarning, monSpendingGrowth, monRevenueGrowth
    case monZonesTitle, monZonesIntro, monZone, monZoneKind, monDistricts, monOrganisations, monNoOrganisations
    case monAddMemberTitle, monOrganisation, monAddMemberButton, monMemberAdded
    case monLinkIndicators, monLinkReport, monLinkReleases, monLinkZones, monLinkLive, monDashboardLink
    case monCatalogueLink, monCatalogueDictionaryLink, monHomeLink

    public var text: LocalizedText {
        switch self {
        case .navMonitoring: t("监测", "Monitoring")
        case .monTitle: t("科技创新统计监测", "Statistical monitoring of the innovation center")
        case .monIntro: t("按照第六十三条，统计和科学技术部门会同有关部门采集、发布科技创新数据。",
                          "Under Art. 63 the statistics and science departments collect and publish the innovation center's figures.")
        case .monLiveTitle: t("监测数据（实时）", "Monitoring figures (live)")
        case .monLiveIntro: t("平台数据实时计算，部门填报数据取现行修订版；发布前仅供工作人员查看。",
                              "Computed from the platform's data now, with the reported figures in force; seen by officers until published.")
        case .monPublicTitle: t("已发布的监测数据", "Published monitoring figures")
        case .monPublicIntro: t("每次发布冻结当时的数据，之后的修订只在下一版中发布。",
                                "Each release freezes the figures of its day; later revisions appear only in a later edition.")
        case .monIndicatorsTitle: t("监测指标体系", "The indicator system")
        case .monIndicatorsIntro: t("每个指标的定义、计算方法、来源、频率、细分维度和依据条款。",
                                    "What each indicator means, how it is computed or who reports it, how often, its breakdowns and the article it serves.")
        case .monCode: t("代码", "Code")
        case .monName: t("指标", "Indicator")
        case .monUnit: t("单位", "Unit")
        case .monDefinition: t("定义", "Definition")
        case .monFormula: t("计算方法", "Formula")
        case .monSource: t("来源", "Source")
        case .monFrequency: t("频率", "Frequency")
        case .monBreakdowns: t("细分维度", "Breakdowns")
        case .monArticle: t("依据", "Article")
        case .monReportedBy: t("填报部门", "Reported by")
        case .monNotComputedTitle: t("尚未能计算的内容", "Not computed yet")
        case .monReportTitle: t("填报监测数据", "Report monitoring figures")
        case .monReportIntro: t("逐项填写本年度数据。与上年相比变动超过阈值时须填写说明；每次保存形成新的修订版，原数据保留。",
                                "Enter the year's figures. A change on the year before beyond the threshold needs a note; each save is a new revision and the earlier ones stay.")
        case .monYear: t("年度", "Year")
        case .monValue: t("数值", "Value")
        case .monNote: t("说明", "Note")
        case .monPrevious: t("上年数值", "The year before")
        case .monNoPrevious: t("上年无数据", "No figure for the year before")
        case .monReportButton: t("保存数据", "Save the figures")
        case .monReported: t("数据已保存。", "The figures are saved.")
        case .monHistoryTitle: t("修订记录", "Revisions")
        case .monRevision: t("修订版", "Revision")
        case .monEnteredAt: t("填报时间", "Entered at")
        case .monNoHistory: t("尚无填报数据。", "No figures reported yet.")
        case .monReleasesTitle: t("数据发布", "Releases")
        case .monReleasesIntro: t("每一版发布都是开放数据集，提供 CSV、JSON 和数据字典下载。",
                                  "Every release is an open data set: CSV, JSON and a data dictionary.")
        case .monNoReleases: t("尚未发布数据。", "Nothing has been published yet.")
        case .monEdition: t("版次", "Edition")
        case .monPublishedAt: t("发布时间", "Published")
        case .monFigures: t("数据条数", "Figures")
        case .monPublishTitle: t("发布数据", "Publish a release")
        case .monPublishHint: t("发布截至该年度的全部指标数据；发布后不再更改。", "Publishes every indicator's figures up to that year; a release never changes afterwards.")
        case .monPublishButton: t("发布", "Publish")
        case .monPublished: t("数据已发布。", "The release is published.")
        case .monReleaseTitle: t("监测数据发布", "Monitoring release")
        case .monDownloads: t("下载", "Downloads")
        case .monDownloadCSV: t("数据（CSV）", "Figures (CSV)")
        case .monDownloadJSON: t("数据与数据字典（JSON）", "Figures with the data dictionary (JSON)")
        case .monDownloadDictionary: t("数据字典（CSV）", "Data dictionary (CSV)")
        case .monDigest: t("SM3 摘要", "SM3 digest")
        case .monTimeSeries: t("逐年数据", "By year")
        case .monBreakdownOf: t("细分", "Breakdown")
        case .monTotal: t("合计", "Total")
        case .monItem: t("项目", "Item")
        case .monChartNote: t("图表下方的表格列出同样的数据。", "The table below the chart gives the same figures.")
        case .monMapTitle: t("各区立项项目数（示意网格图）", "Funded projects by district (schematic grid)")
        case .monMapNote: t("每格代表一个区，按大致方位排列，不按比例；颜色越深数值越大。",
                            "Each square is a district, placed roughly where it lies, not to scale; darker means more.")
        case .monNoFigures: t("暂无数据。", "No figures.")
        case .monFiscalTitle: t("财政科技支出增长（第四十九条）", "Growth of fiscal S&T spending (Art. 49)")
        case .monFiscalOK: t("各年度财政科学技术支出增幅均高于财政经常性收入增幅。", "In every year fiscal S&T spending grew faster than regular fiscal revenue.")
        case .monFiscalWarning: t("预警", "Warning")
        case .monSpendingGrowth: t("财政科技支出增幅", "S&T spending growth")
        case .monRevenueGrowth: t("经常性收入增幅", "Regular revenue growth")
        case .monZonesTitle: t("园区名录", "Zones and parks")
        case .monZonesIntro: t("北京国际科技创新中心的主要平台（第十三条至第十六条）及入驻机构；指标可按园区细分。",
                               "The main platforms of the innovation center (Art. 13–16) and the organisations located there, so that indicators break down by zone.")
        case .monZone: t("园区", "Zone or park")
        case .monZoneKind: t("类型", "Kind")
        case .monDistricts: t("所在区", "Districts")
        case .monOrganisations: t("入驻机构", "Organisations")
        case .monNoOrganisations: t("尚未登记机构", "No organisation listed yet")
        case .monAddMemberTitle: t("登记入驻机构", "List an organisation in a zone")
        case .monOrganisation: t("机构", "Organisation")
        case .monAddMemberButton: t("登记", "List it")
        case .monMemberAdded: t("机构已登记。", "The organisation is listed.")
        case .monLinkIndicators: t("指标体系", "Indicators")
        case .monLinkReport: t("填报数据", "Report figures")
        case .monLinkReleases: t("数据发布", "Releases")
        case .monLinkZones: t("园区名录", "Zones and parks")
        case .monLinkLive: t("监测数据（实时）", "Live figures")
        case .monDashboardLink: t("科技创新统计监测", "Innovation monitoring")
        case .monCatalogueLink: t("数据目录中的开放数据集（各版本的 CSV、JSON、XLSX 及校验值）", "The open data set in the data catalogue (CSV, JSON and XLSX of each edition, with checksums)")
        case .monCatalogueDictionaryLink: t("数据目录中的数据字典", "The data dictionary in the data catalogue")
        case .monHomeLink: t("科技创新统计监测：已发布的指标数据和图表", "Statistical monitoring of the innovation center: published figures and charts")
        }
    }
}
