import KechuangCore

/// Strings of the project money, sub-task and inspection-plan pages, in Chinese and English.
public enum GrantsMoneyMsg: String, Catalogue {
    // Execution
    case gmExecutionTitle, gmExecutionIntro, gmMoneyNav, gmChiefScientist, gmBudgetTotal, gmReleased, gmSpent, gmCommitted, gmRemaining
    case gmSpentShare, gmElapsedShare, gmBurnRate, gmPeriod, gmAsOf, gmChartTitle, gmChartCaption, gmChartSpentVsTime, gmChartLegend
    case gmByCategory, gmByMonth, gmMonth, gmCumulative, gmCategory, gmCategoryBudget, gmDownloadCSV, gmDownloadXLSX, gmProjectNumber, gmProject
    case gmProgrammesTitle, gmProgrammeExecutionTitle, gmProjectsCaption, gmNoProjects
    // Expenditure lines
    case gmExpendituresTitle, gmLumpSumRule, gmBudgetModeRule, gmNegativeList, gmNone, gmCrossBorderRule, gmNoLines, gmLinesCaption
    case gmDate, gmDateHint, gmAmount, gmAmountHint, gmPayee, gmPayeeKind, gmDescription, gmReceipt, gmReceiptHint, gmState, gmCategoryHint
    case gmRecordLine, gmLineRecorded, gmDecisionNote, gmApprove, gmReject, gmDecided, gmAmountInvalid, gmDateInvalid
    // Tranches
    case gmTranchesTitle, gmTranchesIntro, gmMilestones, gmMilestone, gmDue, gmMilestoneDone, gmMilestoneOpen, gmMilestoneNote, gmReportDone
    case gmMilestoneReported, gmTranches, gmOnSignature, gmRelease, gmReleasedNotice, gmNoAgreement, gmTrancheMissing
    // Budget
    case gmBudgetTitle, gmAdjustLumpSum, gmAdjustBudgetMode, gmPlanCaption, gmUsed, gmAdjustments, gmNoAdjustments, gmKind, gmFrom, gmFromHint, gmTo
    case gmReason, gmEnterAdjustment, gmAdjustmentRecorded, gmAdjustmentRequested
    // Approvals
    case gmApprovalsTitle, gmCrossBorderWaiting, gmAdjustmentsWaiting, gmNothingWaiting
    // Sub-tasks
    case gmSubTasksTitle, gmSubTasksIntro, gmAllocated, gmNoSubTasks, gmSubTask, gmLeader, gmLeaderEmail, gmAllocate, gmSubTaskAllocated
    // Inspections
    case gmInspectionsTitle, gmInspectionsIntro, gmInspectionNew, gmYears, gmNoInspections, gmInspectionTarget, gmScope, gmInspectionKind
    case gmInspectionBody, gmFindings, gmFindingsShared, gmFindingsNone, gmCalendarLink, gmInspectionTitle, gmEnteredBy, gmFindingsBy
    case gmFindingsHint, gmRecordFindings, gmSameTarget, gmSeeExisting, gmBodyName, gmBodyNameHint, gmPeriodStart, gmPeriodEnd
    case gmInspectionSubject, gmInspectionEntered, gmFindingsRecorded, gmTargetInvalid, gmYearInvalid

    public var text: LocalizedText {
        switch self {
        case .gmExecutionTitle: t("经费执行情况", "Money: execution")
        case .gmExecutionIntro: t("已支出为已记账的支出（跨境支出经批准后计入）；已占用为待批准的跨境支出；剩余为经费总额减去已支出和已占用。执行率为已支出比例与时间进度之比：1 表示与时间同步。",
                                  "Spent is what has been recorded (cross-border lines once approved); committed is cross-border lines awaiting approval; remaining is the total less spent and committed. The burn rate is the share spent divided by the share of time elapsed: 1 means on schedule.")
        case .gmMoneyNav: t("项目经费", "Project money")
        case .gmChiefScientist: t("首席科学家负责制", "Chief-scientist responsibility")
        case .gmBudgetTotal: t("经费总额", "Budget")
        case .gmReleased: t("已拨付", "Released")
        case .gmSpent: t("已支出", "Spent")
        case .gmCommitted: t("已占用（待批准）", "Committed (awaiting approval)")
        case .gmRemaining: t("剩余", "Remaining")
        case .gmSpentShare: t("支出比例", "Share spent")
        case .gmElapsedShare: t("时间进度", "Share of time elapsed")
        case .gmBurnRate: t("执行率（支出比例/时间进度）", "Burn rate (share spent / time elapsed)")
        case .gmPeriod: t("期间", "Period")
        case .gmAsOf: t("统计日期", "As of")
        case .gmChartTitle: t("支出与预算", "Spending against budget")
        case .gmChartCaption: t("图中数据与下表相同。", "The chart shows the figures in the table below.")
        case .gmChartSpentVsTime: t("支出比例与时间进度", "Spent vs time")
        case .gmChartLegend: t("蓝色：已支出；方框：预算；红线：时间进度", "Blue: spent; outline: budget; red line: time elapsed")
        case .gmByCategory: t("按科目", "By category")
        case .gmByMonth: t("按月", "By month")
        case .gmMonth: t("月份", "Month")
        case .gmCumulative: t("累计", "Cumulative")
        case .gmCategory: t("科目", "Category")
        case .gmCategoryBudget: t("预算", "Budget")
        case .gmDownloadCSV: t("下载 CSV", "Download CSV")
        case .gmDownloadXLSX: t("下载 Excel（XLSX）", "Download Excel (XLSX)")
        case .gmProjectNumber: t("项目编号", "Project number")
        case .gmProject: t("项目", "Project")
        case .gmProgrammesTitle: t("专项经费执行", "Programme execution")
        case .gmProgrammeExecutionTitle: t("专项经费执行情况", "Execution of a programme")
        case .gmProjectsCaption: t("各项目执行情况", "Execution by project")
        case .gmNoProjects: t("暂无项目。", "There are no projects yet.")
        case .gmExpendituresTitle: t("支出明细", "Expenditure lines")
        case .gmLumpSumRule: t("本项目实行经费包干制：只适用负面清单，不受预算科目限制（第五十条第二款）。",
                               "This is a lump-sum project: only the negative list applies, not the budget categories (Art. 50(2)).")
        case .gmBudgetModeRule: t("本项目实行预算加负面清单管理：负面清单内的科目不得列支，各科目支出不得超过其预算（第五十条第二款）。",
                                  "This project has a budget with a negative list: categories on the list cannot be charged, and no category may go over its budget (Art. 50(2)).")
        case .gmNegativeList: t("负面清单", "Negative list")
        case .gmNone: t("无", "None")
        case .gmCrossBorderRule: t("跨境支出（境外合作、境外设备采购）单独记账，经项目主管部门批准后计入已支出。",
                                   "Cross-border spending (foreign collaborators, equipment from abroad) is recorded in its own category and counts as spent once the programme officer approves it.")
        case .gmNoLines: t("还没有支出记录。", "No lines have been recorded yet.")
        case .gmLinesCaption: t("支出明细", "Expenditure lines")
        case .gmDate: t("支出日期", "Date")
        case .gmDateHint: t("格式：2026-05-01", "Format: 2026-05-01")
        case .gmAmount: t("金额（元）", "Amount (yuan)")
        case .gmAmountHint: t("整数，如 12000", "A whole number, for example 12000")
        case .gmPayee: t("收款方", "Payee")
        case .gmPayeeKind: t("收款方类型", "Kind of payee")
        case .gmDescription: t("支出内容", "What it was for")
        case .gmReceipt: t("票据（PDF）", "Receipt (PDF)")
        case .gmReceiptHint: t("上传发票或报销凭证的 PDF，最大 20 MB", "Upload the invoice or voucher as a PDF, at most 20 MB")
        case .gmState: t("状态", "State")
        case .gmCategoryHint: t("付给境外单位或个人的，请选跨境科目", "For a payee abroad, choose a cross-border category")
        case .gmRecordLine: t("记录支出", "Record the line")
        case .gmLineRecorded: t("支出已记录。", "The line has been recorded.")
        case .gmDecisionNote: t("审批意见（不批准时必填）", "Note (required when not approving)")
        case .gmApprove: t("批准", "Approve")
        case .gmReject: t("不批准", "Do not approve")
        case .gmDecided: t("已作出审批决定。", "The decision has been recorded.")
        case .gmAmountInvalid: t("金额须为整数（元）", "The amount must be a whole number of yuan")
        case .gmDateInvalid: t("日期格式须为 2026-05-01", "The date must look like 2026-05-01")
        case .gmTranchesTitle: t("拨款与里程碑", "Tranches and milestones")
        case .gmTranchesIntro: t("与里程碑挂钩的拨款批次，须在该里程碑报告完成后方可拨付（第五十条第二款）。",
                                 "A tranche tied to a milestone is released only once the milestone is reported done (Art. 50(2)).")
        case .gmMilestones: t("里程碑", "Milestones")
        case .gmMilestone: t("里程碑", "Milestone")
        case .gmDue: t("计划完成日期", "Due")
        case .gmMilestoneDone: t("已报告完成", "Reported done")
        case .gmMilestoneOpen: t("未完成", "Not yet done")
        case .gmMilestoneNote: t("完成情况说明", "What was achieved")
        case .gmReportDone: t("报告完成", "Report done")
        case .gmMilestoneReported: t("里程碑已报告完成。", "The milestone has been reported done.")
        case .gmTranches: t("拨款批次", "Tranches")
        case .gmOnSignature: t("任务书签订后", "On signature")
        case .gmRelease: t("拨付", "Release")
        case .gmReleasedNotice: t("已拨付。", "The tranche has been released.")
        case .gmNoAgreement: t("任务书尚未约定。", "The task agreement does not set any yet.")
        case .gmTrancheMissing: t("请选择拨款批次或里程碑", "Choose a tranche or a milestone")
        case .gmBudgetTitle: t("预算与调剂", "Budget and adjustments")
        case .gmAdjustLumpSum: t("经费包干制项目：包干范围内的调剂由依托单位自主决定，仅需备案（第二十二条）；调整经费总额须经项目主管部门批准。",
                                 "Lump-sum project: adjustments inside the lump sum are the institution's decision and are only recorded (Art. 22); changing the total needs the programme officer's approval.")
        case .gmAdjustBudgetMode: t("预算加负面清单项目：科目间调剂不超过调出科目预算一定比例的，由依托单位自主决定并备案（第二十二条）；超过的或调整总额的，须经项目主管部门批准（第五十条第二款）。比例：",
                                    "Budget project: moving money between categories up to a share of the giving category's budget is the institution's decision and is recorded (Art. 22); more than that, or a change of the total, needs the programme officer's approval (Art. 50(2)). Share:")
        case .gmPlanCaption: t("预算（按科目）", "Budget by category")
        case .gmUsed: t("已用（含待批准）", "Used (including awaiting approval)")
        case .gmAdjustments: t("调剂记录", "Adjustments")
        case .gmNoAdjustments: t("还没有调剂。", "No adjustments yet.")
        case .gmKind: t("类型", "Kind")
        case .gmFrom: t("调出科目", "From category")
        case .gmFromHint: t("科目间调剂时填写", "For a move between categories")
        case .gmTo: t("调入科目", "To category")
        case .gmReason: t("理由", "Reason")
        case .gmEnterAdjustment: t("提交调剂", "Enter the adjustment")
        case .gmAdjustmentRecorded: t("调剂已备案（依托单位自主决定）。", "The adjustment has been recorded (the institution's decision).")
        case .gmAdjustmentRequested: t("调剂已提交项目主管部门审批。", "The adjustment waits for the programme officer's approval.")
        case .gmApprovalsTitle: t("待审批的经费事项", "Money awaiting approval")
        case .gmCrossBorderWaiting: t("待批准的跨境支出", "Cross-border lines awaiting approval")
        case .gmAdjustmentsWaiting: t("待批准的预算调剂", "Budget adjustments awaiting approval")
        case .gmNothingWaiting: t("没有待审批事项。", "Nothing is waiting.")
        case .gmSubTasksTitle: t("子课题与经费分配", "Sub-tasks and their budgets")
        case .gmSubTasksIntro: t("实行首席科学家负责制的项目，由首席科学家分配子课题和经费，合计不得超过项目经费（第二十九条）。每次分配均记录在审计日志中。",
                                 "Under chief-scientist responsibility the chief scientist allocates sub-tasks and their budgets, together never more than the award (Art. 29). Every allocation is in the audit log.")
        case .gmAllocated: t("已分配", "Allocated")
        case .gmNoSubTasks: t("还没有子课题。", "No sub-tasks yet.")
        case .gmSubTask: t("子课题", "Sub-task")
        case .gmLeader: t("负责人", "Leader")
        case .gmLeaderEmail: t("负责人电子邮箱", "Leader's email")
        case .gmAllocate: t("分配子课题", "Allocate a sub-task")
        case .gmSubTaskAllocated: t("子课题已分配。", "The sub-task has been allocated.")
        case .gmInspectionsTitle: t("检查计划", "Inspection plan")
        case .gmInspectionsIntro: t("各部门对项目和单位的检查、审计、评估统一列入一个计划（第五十条第三款）：同一对象、同一内容 12 个月内不重复开展，已有结论共享。",
                                    "Every inspection, audit and evaluation of a project or institution by any body is on one plan (Art. 50(3)): the same target and scope are not inspected again within 12 months, and findings are shared.")
        case .gmInspectionNew: t("录入检查", "Enter an inspection")
        case .gmYears: t("年度", "Years")
        case .gmNoInspections: t("没有检查。", "No inspections.")
        case .gmInspectionTarget: t("检查对象", "Target")
        case .gmScope: t("检查内容", "Scope")
        case .gmInspectionKind: t("类型", "Kind")
        case .gmInspectionBody: t("检查机关", "Body")
        case .gmFindings: t("检查结论", "Findings")
        case .gmFindingsShared: t("结论已共享", "Findings shared")
        case .gmFindingsNone: t("尚无结论", "No findings yet")
        case .gmCalendarLink: t("订阅本年度检查计划（iCalendar）", "Subscribe to this year's plan (iCalendar)")
        case .gmInspectionTitle: t("检查事项", "Inspection")
        case .gmEnteredBy: t("录入人", "Entered by")
        case .gmFindingsBy: t("结论录入人", "Findings recorded by")
        case .gmFindingsHint: t("结论将共享给之后的各检查机关", "Every later body will read these findings")
        case .gmRecordFindings: t("保存结论", "Save the findings")
        case .gmSameTarget: t("同一对象的其他检查", "Other inspections of the same target")
        case .gmSeeExisting: t("查看已有的检查及其结论", "See the existing inspection and its findings")
        case .gmBodyName: t("机关名称", "Name of the body")
        case .gmBodyNameHint: t("如：北京市财政局", "For example: Beijing Municipal Finance Bureau")
        case .gmPeriodStart: t("开始日期", "First day")
        case .gmPeriodEnd: t("结束日期", "Last day")
        case .gmInspectionSubject: t("事项名称", "What it is about")
        case .gmInspectionEntered: t("检查已列入计划。", "The inspection is on the plan.")
        case .gmFindingsRecorded: t("结论已保存并共享。", "The findings are saved and shared.")
        case .gmTargetInvalid: t("请从列表中选择检查对象", "Choose the target from the list")
        case .gmYearInvalid: t("年份须为 1000 至 9999 之间的整数", "The year must be a whole number from 1000 to 9999")
        }
    }
}
