import KechuangCore

/// Strings of the funding decision, project and task agreement pages, in Chinese and English.
public enum GrantsMsg: String, Catalogue {
    case navGrants
    // Funding decision
    case fundTitle, fundIntro, fundFacts, fundReviews, fundMean, fundRank, fundCutoff, fundAbove, fundBelow, fundNoRanking
    case fundRequest, fundCap, fundCallBudget, fundAwarded, fundRemaining, fundDuplicates, fundNoDuplicates, fundCompare
    case fundIntegrity, fundIntegrityClear, fundDecided, fundProjectLink, fundSelection
    case fundAmount, fundAmountHint, fundStart, fundEnd, fundDatesHint, fundKind, fundType, fundReason, fundReasonHint
    case fundMilestone, fundMilestoneHint, fundConfirm, fundConfirmRequired, fundSubmit
    case notFundTitle, notFundReason, notFundReasonHint, notFundConfirm, notFundSubmit, fundDone, notFundDone
    // Projects
    case projectsTitle, projectsIntro, projectsNone, projectNumber, projectTitle, projectStatus, projectAwarded, projectPI
    case projectPeriod, projectAwardDate, projectFunding, projectResearch, projectBudgetMode, projectSelection, projectChief
    case projectParallel, projectAgreement, projectMoney, projectClosure, projectRequested, projectTeam, projectApplication
    // Agreement
    case agrTitle, agrIntro, agrStage, agrHash, agrHashHint, agrSignatures, agrNoSignatures, agrParty, agrSigner, agrAt, agrSigned
    case agrValid, agrInvalid, agrObjectives, agrDeliverables, agrIndicators, agrMilestones, agrBudget, agrTranches, agrOnSignature
    case agrEdit, agrEditHint, agrSave, agrSaved, agrSign, agrSignPI, agrSignOffice, agrSignOfficer, agrSignedNotice, agrPDF
    case agrObjectivesZh, agrObjectivesEn, agrDeliverablesZh, agrDeliverablesEn, agrIndicatorsHint, agrMilestonesHint
    case agrBudgetHint, agrTranchesHint, agrIndicatorName, agrUnit, agrTarget, agrDue, agrYear, agrAmount, agrMilestone, agrDraftMark
    // Young scientists
    case youngTitle, youngIntro, youngProgramme, youngYear, youngProjects, youngLed, youngJoined, youngShare, youngNone, youngDefinition

    public var text: LocalizedText {
        switch self {
        case .navGrants: t("项目管理", "Projects")
        case .fundTitle: t("资助决定", "Funding decision")
        case .fundIntro: t("请核对下列事实后作出决定。资助决定将立项并生成项目编号，同时根据申请起草任务书。", "Check the facts below, then decide. Funding creates the project with its number and drafts its task agreement from the application.")
        case .fundFacts: t("决定所依据的事实", "The facts of the decision")
        case .fundReviews: t("评审意见数", "Reviews")
        case .fundMean: t("平均分", "Mean score")
        case .fundRank: t("排名", "Rank")
        case .fundCutoff: t("资助线", "Funding cut-off")
        case .fundAbove: t("在资助线以上", "Above the cut-off")
        case .fundBelow: t("在资助线以下", "Below the cut-off")
        case .fundNoRanking: t("未参加排名", "Not ranked")
        case .fundRequest: t("申请金额", "Amount requested")
        case .fundCap: t("单项资助上限（单项资助额度的两倍）", "Per-project cap (twice the typical award)")
        case .fundCallBudget: t("指南总经费", "The call's budget")
        case .fundAwarded: t("本指南已资助", "Awarded in this call so far")
        case .fundRemaining: t("剩余预算", "Remaining budget")
        case .fundDuplicates: t("形式审查发现的相似申请", "Near-duplicates found at the formal check")
        case .fundNoDuplicates: t("无", "None")
        case .fundCompare: t("对照查看", "Compare side by side")
        case .fundIntegrity: t("科研诚信（财政资金支持）", "Research integrity (fiscal funding)")
        case .fundIntegrityClear: t("无限制记录", "No restriction")
        case .fundDecided: t("已作出资助决定：", "The funding decision is taken: ")
        case .fundProjectLink: t("查看项目", "Open the project")
        case .fundSelection: t("遴选方式", "Selection mode")
        case .fundAmount: t("资助金额（元）", "Awarded amount (yuan)")
        case .fundAmountHint: t("可低于申请金额；不得超过申请金额、单项上限和剩余预算（第二十九条）。", "May be below the request; not above the request, the per-project cap or the remaining budget (Art. 29).")
        case .fundStart: t("项目开始日期", "Start date")
        case .fundEnd: t("项目结束日期", "End date")
        case .fundDatesHint: t("格式：年-月-日，例如 2026-01-01", "Format: YYYY-MM-DD, for example 2026-01-01")
        case .fundKind: t("支持方式（第二十八条）", "Funding kind (Art. 28)")
        case .fundType: t("研究类型（第二十八条）", "Research type (Art. 28)")
        case .fundReason: t("资助理由", "Reason for funding")
        case .fundReasonHint: t("没有评审意见、在资助线以下或存在相似申请时必须填写（第二十九条、第六十条）。", "Required when there are no reviews, the application is below the cut-off or a near-duplicate was found (Art. 29, 60).")
        case .fundMilestone: t("择优里程碑（多技术路线并行支持）", "Down-selection milestone (parallel routes)")
        case .fundMilestoneHint: t("第三十条：第一阶段并行支持多个团队，在此里程碑择优。", "Art. 30: several teams are funded in phase one and selected at this milestone.")
        case .fundConfirm: t("我已核对上述事实，确认资助", "I have checked the facts above and confirm the award")
        case .fundConfirmRequired: t("请勾选确认后再提交资助决定", "Tick the confirmation to record the award")
        case .fundSubmit: t("确认资助并立项", "Confirm the award")
        case .notFundTitle: t("不予资助", "Not funded")
        case .notFundReason: t("不予资助的理由", "Reason for not funding")
        case .notFundReasonHint: t("申请人将看到此理由。", "The applicant will read this reason.")
        case .notFundConfirm: t("确认不予资助", "I confirm the application is not funded")
        case .notFundSubmit: t("记录不予资助", "Record: not funded")
        case .fundDone: t("已资助并立项，任务书草稿已生成。", "Funded: the project is created and its task agreement drafted.")
        case .notFundDone: t("已记录不予资助。", "Recorded as not funded.")
        case .projectsTitle: t("我的项目", "My projects")
        case .projectsIntro: t("您主持或参与的项目、本单位的项目（科研管理部门）或全部项目（项目主管部门）。", "Projects you lead or work on, your institution's projects (research office), or all projects (programme officers).")
        case .projectsNone: t("暂无项目。", "No projects yet.")
        case .projectNumber: t("项目编号", "Project number")
        case .projectTitle: t("项目名称", "Title")
        case .projectStatus: t("状态", "Status")
        case .projectAwarded: t("资助金额（元）", "Awarded (yuan)")
        case .projectPI: t("项目负责人", "Principal investigator")
        case .projectPeriod: t("执行期", "Period")
        case .projectAwardDate: t("立项日期", "Award date")
        case .projectFunding: t("支持方式", "Funding kind")
        case .projectResearch: t("研究类型", "Research type")
        case .projectBudgetMode: t("经费管理方式", "Budget mode")
        case .projectSelection: t("遴选方式", "Selection mode")
        case .projectChief: t("首席科学家负责制：项目负责人自主分配子任务和经费（第四十四条）", "Chief-scientist responsibility: the PI allocates sub-tasks and budget (Art. 44)")
        case .projectParallel: t("多技术路线并行支持，择优里程碑：", "Parallel technical routes; down-selection at: ")
        case .projectAgreement: t("任务书", "Task agreement")
        case .projectMoney: t("经费", "Money")
        case .projectClosure: t("报告、变更与结题", "Reports, changes and closure")
        case .projectRequested: t("申请金额（元）", "Requested (yuan)")
        case .projectTeam: t("项目组成员", "Team")
        case .projectApplication: t("申请书", "Application")
        case .agrTitle: t("任务书", "Task agreement")
        case .agrIntro: t("任务书由项目负责人编制并签署，依托单位科研管理部门审核（第二十二条），项目主管部门签署后项目开始执行。每个签名记录签署人、时间和所签文本的SHA-256；签署后修改文本，此前的签名失效。", "The PI drafts and signs the agreement, the research office approves it (Art. 22), and the project starts when the programme officer signs. Each signature records who, when and the SHA-256 of the text signed; editing the text afterwards invalidates earlier signatures.")
        case .agrStage: t("当前状态", "Stage")
        case .agrHash: t("当前文本的SHA-256", "SHA-256 of the current text")
        case .agrHashHint: t("签名即对此摘要所代表的规范文本签署。", "A signature is given on the canonical text this digest stands for.")
        case .agrSignatures: t("签名", "Signatures")
        case .agrNoSignatures: t("尚无签名。", "No signatures yet.")
        case .agrParty: t("签署方", "Party")
        case .agrSigner: t("签署人", "Signed by")
        case .agrAt: t("时间", "At")
        case .agrSigned: t("所签文本SHA-256", "SHA-256 signed")
        case .agrValid: t("有效", "Holds")
        case .agrInvalid: t("已失效（文本已修改）", "No longer holds (text changed)")
        case .agrObjectives: t("研究目标", "Objectives")
        case .agrDeliverables: t("预期成果", "Deliverables")
        case .agrIndicators: t("考核指标", "Assessment indicators")
        case .agrMilestones: t("里程碑", "Milestones")
        case .agrBudget: t("分年度预算（元）", "Budget by year (yuan)")
        case .agrTranches: t("拨款批次（元）", "Tranches (yuan)")
        case .agrOnSignature: t("任务书签订时", "On signature")
        case .agrEdit: t("编辑任务书", "Edit the agreement")
        case .agrEditHint: t("保存后，已有的签名失效，需要重新签署。", "Saving invalidates any signature given so far; it must be signed again.")
        case .agrSave: t("保存任务书", "Save the agreement")
        case .agrSaved: t("任务书已保存。", "The agreement is saved.")
        case .agrSign: t("签署", "Sign")
        case .agrSignPI: t("项目负责人签署并提交审核", "Sign as principal investigator and submit")
        case .agrSignOffice: t("依托单位审核通过并签署（第二十二条）", "Approve and sign for the institution (Art. 22)")
        case .agrSignOfficer: t("项目主管部门签署，项目开始执行", "Sign for the funder: the project starts")
        case .agrSignedNotice: t("已签署。", "Signed.")
        case .agrPDF: t("下载任务书（PDF，中英文）", "Download the agreement (PDF, Chinese and English)")
        case .agrObjectivesZh: t("研究目标（中文）", "Objectives (Chinese)")
        case .agrObjectivesEn: t("研究目标（英文）", "Objectives (English)")
        case .agrDeliverablesZh: t("预期成果（中文）", "Deliverables (Chinese)")
        case .agrDeliverablesEn: t("预期成果（英文）", "Deliverables (English)")
        case .agrIndicatorsHint: t("每行一项：名称|Name|单位|目标值，例如 高水平论文|Papers|篇|3", "One per line: 名称|Name|unit|target, e.g. 高水平论文|Papers|papers|3")
        case .agrMilestonesHint: t("每行一项：日期|标题|Title，例如 2027-06-30|中期评估|Mid-term review", "One per line: date|标题|Title, e.g. 2027-06-30|中期评估|Mid-term review")
        case .agrBudgetHint: t("每行一年：年份|金额，合计须等于资助金额（第五十条第二款）", "One line per year: year|amount; the total must equal the award (Art. 50(2))")
        case .agrTranchesHint: t("每行一批：金额|里程碑标题（签订时拨付则留空），合计须等于资助金额", "One per line: amount|milestone title (empty: on signature); the total must equal the award")
        case .agrIndicatorName: t("指标", "Indicator")
        case .agrUnit: t("单位", "Unit")
        case .agrTarget: t("目标值", "Target")
        case .agrDue: t("日期", "Due")
        case .agrYear: t("年度", "Year")
        case .agrAmount: t("金额（元）", "Amount (yuan)")
        case .agrMilestone: t("里程碑", "Milestone")
        case .agrDraftMark: t("草稿：尚未由三方签署", "Draft: not yet signed by all three parties")
        case .youngTitle: t("青年科学家参与情况", "Young scientists in projects")
        case .youngIntro: t("按计划和立项年度统计由青年科学家主持或参与的项目比例（第四十五条）。", "The share of projects led or joined by young scientists, per programme and award year (Art. 45).")
        case .youngProgramme: t("计划", "Programme")
        case .youngYear: t("年度", "Year")
        case .youngProjects: t("项目数", "Projects")
        case .youngLed: t("青年主持", "Led by a young scientist")
        case .youngJoined: t("青年参与（含主持）", "Joined by a young scientist (incl. led)")
        case .youngShare: t("青年主持比例", "Share led")
        case .youngNone: t("暂无项目。", "No projects yet.")
        case .youngDefinition: t("“青年科学家”的定义：", "Who counts as a young scientist: ")
        }
    }
}
