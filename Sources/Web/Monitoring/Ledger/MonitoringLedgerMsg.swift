import KechuangCore

/// Strings of the key-task ledger pages (Art. 6, 8, 14), in Chinese and English.
public enum MonitoringLedgerMsg: String, Catalogue {
    case ldgTitle, ldgIntro, ldgPlansTitle, ldgNoPlans, ldgLevel, ldgScope, ldgPeriod, ldgGoals, ldgIndicators
    case ldgTasksTitle, ldgNoTasks, ldgCode, ldgTask, ldgLead, ldgCo, ldgDeadline, ldgTarget, ldgUnit, ldgIndicator, ldgBasis, ldgArticle, ldgPlanItem
    case ldgAchieved, ldgStatus, ldgFlags, ldgYear, ldgShowYear, ldgPlan
    case ldgNewPlanTitle, ldgGoalsHint, ldgTitleZh, ldgTitleEn, ldgFromYear, ldgToYear, ldgScopeHint, ldgCreatePlan, ldgPlanCreated
    case ldgNewTaskTitle, ldgCoHint, ldgDeadlineHint, ldgIndicatorHint, ldgArticleHint, ldgCreateTask, ldgTaskCreated
    case ldgProgressTitle, ldgMonth, ldgMonthHint, ldgValue, ldgNarrative, ldgRevision, ldgReportedAt, ldgNoProgress, ldgReportButton, ldgReported
    case ldgAssessmentTitle, ldgAssessmentIntro, ldgDepartment, ldgTasks, ldgMet, ldgOverdue, ldgScore, ldgNoAssessment, ldgChartTitle
    case ldgLinkLedger, ldgLinkAssessment, ldgLinkWarnings, ldgRulesTitle

    public var text: LocalizedText {
        switch self {
        case .ldgTitle: t("重点任务台账", "Key-task ledger")
        case .ldgIntro: t("按照第八条，市科学技术部门组织拟订年度计划、开展绩效考核和监督落实；规划目标与监测指标挂钩（第十四条）。",
                          "Under Art. 8 the science department drafts the yearly work plan, assesses performance and supervises implementation; plan goals are tied to the monitoring indicators (Art. 14).")
        case .ldgPlansTitle: t("规划与目标", "Plans and goals")
        case .ldgNoPlans: t("尚无规划。", "No plans yet.")
        case .ldgLevel: t("层级", "Level")
        case .ldgScope: t("范围", "Scope")
        case .ldgPeriod: t("期限", "Period")
        case .ldgGoals: t("目标", "Goals")
        case .ldgIndicators: t("监测指标", "Indicators")
        case .ldgTasksTitle: t("年度重点任务", "Key tasks of the year")
        case .ldgNoTasks: t("该年度尚无重点任务。", "No key tasks for this year.")
        case .ldgCode: t("编号", "No.")
        case .ldgTask: t("任务", "Task")
        case .ldgLead: t("牵头部门", "Lead department")
        case .ldgCo: t("配合部门", "Co-departments")
        case .ldgDeadline: t("完成时限", "Deadline")
        case .ldgTarget: t("目标值", "Target")
        case .ldgUnit: t("单位", "Unit")
        case .ldgIndicator: t("对应指标", "Indicator")
        case .ldgBasis: t("依据", "Basis")
        case .ldgArticle: t("条款", "Article")
        case .ldgPlanItem: t("规划条目", "Plan item")
        case .ldgAchieved: t("完成值", "Achieved")
        case .ldgStatus: t("状态", "Status")
        case .ldgFlags: t("提示", "Flags")
        case .ldgYear: t("年度", "Year")
        case .ldgShowYear: t("查看", "Show")
        case .ldgPlan: t("所属规划", "Plan")
        case .ldgNewPlanTitle: t("新建规划", "New plan")
        case .ldgGoalsHint: t("每行一项目标；竖线后填写对应指标代码，用逗号分隔，例如：研发投入强度保持 6% 以上 | RPT-RDI",
                              "One goal per line; after a bar, the indicator codes separated by commas, e.g. Keep R&D intensity above 6% | RPT-RDI")
        case .ldgTitleZh: t("名称（中文）", "Title (Chinese)")
        case .ldgTitleEn: t("名称（英文）", "Title (English)")
        case .ldgFromYear: t("起始年度", "First year")
        case .ldgToYear: t("截止年度", "Last year")
        case .ldgScopeHint: t("区级规划填写行政区代码（如 haidian），园区规划填写园区代码（如 zgc-science-city）；市级留空。",
                              "A district plan: the district's code (e.g. haidian); a zone plan: the zone's code (e.g. zgc-science-city); the city: leave empty.")
        case .ldgCreatePlan: t("保存规划", "Save the plan")
        case .ldgPlanCreated: t("规划已保存。", "The plan is saved.")
        case .ldgNewTaskTitle: t("新建重点任务", "New key task")
        case .ldgCoHint: t("可多选。", "Choose any number.")
        case .ldgDeadlineHint: t("格式 YYYY-MM-DD", "As YYYY-MM-DD")
        case .ldgIndicatorHint: t("选填：指标体系中的指标代码，如 GRT-01", "Optional: a code of the indicator system, e.g. GRT-01")
        case .ldgArticleHint: t("条款编号，如 8 或 8(1)；或填写规划条目", "The article's number, e.g. 8 or 8(1); or the plan item")
        case .ldgCreateTask: t("保存任务", "Save the task")
        case .ldgTaskCreated: t("重点任务已保存。", "The key task is saved.")
        case .ldgProgressTitle: t("月度进展", "Monthly progress")
        case .ldgMonth: t("月份", "Month")
        case .ldgMonthHint: t("格式 YYYY-MM；同一月份再次报告即为更正，原记录保留。", "As YYYY-MM; reporting a month again corrects it and keeps the earlier report.")
        case .ldgValue: t("累计完成值", "Cumulative figure")
        case .ldgNarrative: t("进展说明", "Progress")
        case .ldgRevision: t("版本", "Revision")
        case .ldgReportedAt: t("报告时间", "Reported")
        case .ldgNoProgress: t("尚未报告进展。", "No progress reported yet.")
        case .ldgReportButton: t("报告进展", "Report progress")
        case .ldgReported: t("进展已报告。", "The progress is reported.")
        case .ldgAssessmentTitle: t("年度绩效考核", "Year-end assessment")
        case .ldgAssessmentIntro: t("按牵头部门统计当年重点任务的目标完成情况（第八条第一款）：得分为完成目标的任务数占任务数的百分比。",
                                    "For each lead department, the year's key tasks and how many met their targets (Art. 8(1)): the score is the share of tasks whose target was met.")
        case .ldgDepartment: t("部门", "Department")
        case .ldgTasks: t("任务数", "Tasks")
        case .ldgMet: t("完成目标", "Targets met")
        case .ldgOverdue: t("逾期", "Overdue")
        case .ldgScore: t("得分（%）", "Score (%)")
        case .ldgNoAssessment: t("该年度没有可考核的任务。", "No tasks to assess for this year.")
        case .ldgChartTitle: t("各部门目标完成率", "Share of targets met by department")
        case .ldgLinkLedger: t("重点任务台账", "Key-task ledger")
        case .ldgLinkAssessment: t("年度绩效考核", "Year-end assessment")
        case .ldgLinkWarnings: t("风险预警", "Risk warnings")
        case .ldgRulesTitle: t("标记规则", "Flag rules")
        }
    }
}
