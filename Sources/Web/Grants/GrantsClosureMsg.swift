import KechuangCore

/// Strings of the reports, outputs, changes, acceptance and results pages, in Chinese and English.
public enum GrantsClosureMsg: String, Catalogue {
    case gcClosureTitle, gcReports, gcOutputs, gcChanges, gcAcceptance, gcReportsDueTitle, gcWaitingTitle, gcAcceptanceReviewsTitle
    case gcResultsTitle, gcResultsIntro, gcReminders, gcNoReports, gcNoOutputs, gcNoChanges, gcNoAcceptance, gcNothingWaiting, gcNoResults
    case gcKind, gcDue, gcState, gcTitle, gcIdentifier, gcIdentifierHint, gcYear, gcOwner, gcRights, gcHolders, gcHoldersHint
    case gcGrantedOn, gcUseYears, gcReason, gcSteps, gcIndicator, gcTarget, gcActual, gcSummary, gcComment, gcProject, gcOutcome
    case gcFinding, gcFindingHint, gcPanel, gcExpert, gcAffinity, gcMean, gcReviewerKind, gcResearchType, gcNewEndDate, gcNewPI
    case gcNewPIHint, gcTeam, gcTeamHint, gcMisconduct, gcMisconductHint, gcMisconductDescription, gcOverdue, gcDueSoon, gcOfficerComment
    case gcSubmitReport, gcAcceptReport, gcReturnReport, gcRegisterOutput, gcFileChange, gcApprove, gcReject, gcOpenAcceptance
    case gcChoosePanel, gcDecide, gcSubmitReview, gcRemind, gcView, gcDiligentNote, gcWaitingFor, gcScoreHint, gcIntegrityDraft
    case gcReportSubmitted, gcReportReviewed, gcOutputRegistered, gcChangeFiled, gcChangeDecided, gcAcceptanceOpened, gcPanelChosen
    case gcAcceptanceDecided, gcReviewSubmitted, gcReminded, gcReportsNav, gcChangesNav, gcAcceptanceNav, gcResultsNav

    public var text: LocalizedText {
        switch self {
        case .gcClosureTitle: t("报告、成果、变更与结题", "Reports, outputs, changes and closure")
        case .gcReports: t("报告", "Reports")
        case .gcOutputs: t("成果登记", "Outputs")
        case .gcChanges: t("变更申请", "Change requests")
        case .gcAcceptance: t("结题验收", "Final acceptance")
        case .gcReportsDueTitle: t("待提交的报告", "Reports due")
        case .gcWaitingTitle: t("待审批的变更申请", "Change requests to decide")
        case .gcAcceptanceReviewsTitle: t("结题验收评议", "Acceptance reviews")
        case .gcResultsTitle: t("科技成果登记", "Results register")
        case .gcResultsIntro: t("财政资金项目形成的论文、专利、软件、数据集和标准，以及单位赋予科研人员的权利（第三十二条、第三十三条、第五十九条）。",
                                "Papers, patents, software, data sets and standards from publicly funded projects, with the rights institutions granted their researchers (Art. 32, 33, 59).")
        case .gcReminders: t("提醒", "Reminders")
        case .gcNoReports: t("暂无报告。项目开始执行后按项目起止日期生成。", "No reports yet. They are generated from the project's dates once it runs.")
        case .gcNoOutputs: t("尚未登记成果。", "No outputs registered yet.")
        case .gcNoChanges: t("没有变更申请。", "No change requests.")
        case .gcNoAcceptance: t("尚未启动结题验收。", "Final acceptance has not been opened.")
        case .gcNothingWaiting: t("没有待处理的事项。", "Nothing is waiting.")
        case .gcNoResults: t("尚无登记的成果。", "No results registered yet.")
        case .gcKind: t("类型", "Kind")
        case .gcDue: t("截止日期", "Due")
        case .gcState: t("状态", "State")
        case .gcTitle: t("名称", "Title")
        case .gcIdentifier: t("标识号", "Identifier")
        case .gcIdentifierHint: t("论文填 DOI；专利填专利号（如 ZL 202310123456.6）；软件填登记号或 https 仓库地址；数据集填 DOI 或 https 地址；标准填标准编号（如 GB/T 32905-2016）",
                                  "Paper: DOI; patent: patent number (e.g. ZL 202310123456.6); software: registration number or https repository; data set: DOI or https URL; standard: standard number (e.g. GB/T 32905-2016)")
        case .gcYear: t("年份", "Year")
        case .gcOwner: t("权利人", "Owner")
        case .gcRights: t("权属安排", "Rights")
        case .gcHolders: t("获得权利的科研人员", "Researchers granted rights")
        case .gcHoldersHint: t("姓名之间用分号分隔；单位保留全部权利时不填", "Names separated by semicolons; leave empty when the institution keeps all rights")
        case .gcGrantedOn: t("单位决定日期", "Granted on")
        case .gcUseYears: t("长期使用权年限", "Years of long-term use")
        case .gcReason: t("理由", "Reason")
        case .gcSteps: t("审批记录", "Approval steps")
        case .gcIndicator: t("考核指标", "Indicator")
        case .gcTarget: t("目标值", "Target")
        case .gcActual: t("完成值", "Reached")
        case .gcSummary: t("进展摘要", "Summary of progress")
        case .gcComment: t("意见", "Comments")
        case .gcProject: t("项目", "Project")
        case .gcOutcome: t("验收结论", "Outcome")
        case .gcFinding: t("结论说明", "Finding")
        case .gcFindingHint: t("有条件通过写明条件；未通过写明理由；勤勉尽责写明团队履行合理注意义务的事实和未达预期的原因",
                               "Conditions of a conditional pass; why it failed; for a diligent failure, how the team exercised due care and why the targets were not reached")
        case .gcPanel: t("验收专家", "Panel")
        case .gcExpert: t("专家", "Expert")
        case .gcAffinity: t("匹配度", "Affinity")
        case .gcMean: t("加权平均分", "Weighted mean")
        case .gcReviewerKind: t("评价主体", "Reviewers")
        case .gcResearchType: t("成果类别", "Category")
        case .gcNewEndDate: t("新的结束日期", "New end date")
        case .gcNewPI: t("新项目负责人的电子邮箱", "New principal investigator's e-mail")
        case .gcNewPIHint: t("须为平台用户", "Must be a platform user")
        case .gcTeam: t("新的项目组成员", "New team")
        case .gcTeamHint: t("每行一人：姓名,电子邮箱", "One member per line: name, e-mail")
        case .gcMisconduct: t("发现的科研失信行为", "Misconduct found")
        case .gcMisconductHint: t("如发现科研失信行为，将生成一条关联本项目的诚信记录草稿，交诚信专员处理（第六十条）",
                                  "Misconduct found creates a draft integrity record linked to this project for the integrity officers (Art. 60)")
        case .gcMisconductDescription: t("失信事实描述", "Facts of the misconduct")
        case .gcOverdue: t("已逾期", "Overdue")
        case .gcDueSoon: t("即将到期", "Due soon")
        case .gcOfficerComment: t("项目主管意见", "Programme officer's comment")
        case .gcSubmitReport: t("提交报告", "Submit the report")
        case .gcAcceptReport: t("通过", "Accept")
        case .gcReturnReport: t("退回修改", "Return for changes")
        case .gcRegisterOutput: t("登记成果", "Register the output")
        case .gcFileChange: t("提交变更申请", "File the change request")
        case .gcApprove: t("同意", "Approve")
        case .gcReject: t("不同意", "Reject")
        case .gcOpenAcceptance: t("启动结题验收", "Open final acceptance")
        case .gcChoosePanel: t("选定验收专家", "Choose the panel")
        case .gcDecide: t("作出验收结论", "Decide")
        case .gcSubmitReview: t("提交评议", "Submit the review")
        case .gcRemind: t("向到期和逾期报告的负责人发送提醒", "Remind the PIs of reports due soon or overdue")
        case .gcView: t("查看", "View")
        case .gcDiligentNote: t("勤勉尽责结题不是科研失信，不生成诚信记录，不影响项目负责人今后申报项目（第四十八条、第六十四条）。",
                                "A diligent-failure closure is not misconduct: no integrity record is written and nothing restricts the PI's later applications (Art. 48, 64).")
        case .gcWaitingFor: t("待处理", "Waiting for")
        case .gcScoreHint: t("0 至 100 的整数", "A whole number from 0 to 100")
        case .gcIntegrityDraft: t("已生成诚信记录草稿", "Draft integrity record created")
        case .gcReportSubmitted: t("报告已提交。", "The report was submitted.")
        case .gcReportReviewed: t("已审核报告。", "The report was reviewed.")
        case .gcOutputRegistered: t("成果已登记。", "The output was registered.")
        case .gcChangeFiled: t("变更申请已提交，等待依托单位审核。", "The change request was filed; the research office decides first.")
        case .gcChangeDecided: t("已处理变更申请。", "The change request was decided.")
        case .gcAcceptanceOpened: t("已启动结题验收。", "Final acceptance was opened.")
        case .gcPanelChosen: t("已选定验收专家。", "The panel was chosen.")
        case .gcAcceptanceDecided: t("已作出验收结论，项目已结题。", "The outcome was decided and the project closed.")
        case .gcReviewSubmitted: t("评议已提交。", "Your review was submitted.")
        case .gcReminded: t("已发送提醒。", "Reminders were sent.")
        case .gcReportsNav: t("项目报告", "Project reports")
        case .gcChangesNav: t("变更审批", "Change requests")
        case .gcAcceptanceNav: t("验收评议", "Acceptance reviews")
        case .gcResultsNav: t("成果登记", "Results register")
        }
    }
}
