import KechuangCore

/// Strings of the programme, call, call-linter and application pages (PRJ), in Chinese and English.
public enum ProjectsMsg: String, Catalogue {
    // Call linter
    case callLintTitle, callLintIntro, callLintText, callLintHint, callLintSubmit, callLintNone, callLintBlock, callLintWarn
    case callLintFindings
    // Calls
    case callsTitle, callsIntro, callsNone, callProgramme, callOpens, callCloses, callBudget, callAward, callBudgetMode
    case callSelectionMode, callStatusOpen, callStatusUpcoming, callStatusClosed, callStatusDraft, callGuideline
    case callEligibility, callCalendarFeed, callAtomFeed, callNew, callEdit, callTitleZh, callTitleEn, callGuidelineZh
    case callGuidelineEn, callRulesJSON, callRulesHint, callTimesHint, callAmountHint, callPublish, callPublished, callSaved
    case callCreated, callWarnings, callPublishBlocked, programmesTitle, programmeNew, programmeCode, programmeNameZh
    case programmeNameEn, programmeKind, programmeCreated, callYuan, callNegativeList, callNegativeListHint
    case callRequiredDocuments, callRequiredDocumentsHint, callFormSections, callFormSectionsHint, teamInvitations
    case teamInvitationsIntro, teamInvitationsNone, teamConfirm, teamConfirmed, teamInvitedBy, appAttachments
    case appAttachmentsHint, appAttachmentsNone, appAttachUpload, appAttachReplace, appAttached
    // Applications
    case appApply, appStarted, appSaved, appListIntro, appNone, appUntitled, appCall, appStepsLabel, appStepBasic, appStepTeam
    case appStepContent, appStepBudget, appStepCheck, appTitleZh, appTitleEn, appKeywords, appKeywordsHint, appPhDYear
    case appPhDYearHint, appYearInvalid, appMember, appMemberName, appMemberEmail, appMemberOrganisation, appEmailInvalid
    case appPartners, appPartnersHint, appSummary, appPlan, appSensitive, appSensitiveHuman, appSensitiveAnimal, appSensitiveAI
    case appSensitiveOther, appEthicsApproval, appEthicsApprovalHint, appBudgetLumpSum, appBudgetLumpSumHint, appBudgetItemizedHint, appAmountInvalid
    case budgetEquipment, budgetMaterials, budgetTesting, budgetTravel, budgetConferences, budgetPublication, budgetLabour
    case budgetConsultation, budgetIndirect, appSaveContinue, appCheckIntro, appCheckNone, appCheckProblems, appSubmit
    case appSubmitted, appWithdraw, appWithdrawn, appNotEditable, appNoApplicantRole, appPI, appOrganisation, appSubmittedAt
    case appBudgetTotal, appTitle, appOfficeComment, officeIntro, officeNone, officeApprove, officeReturn, officeComment
    case callOwnCondition, appAnswerNone, appAnswersTitle, appAnswerEthicsYes, appAnswerEthicsNo, appSubmitAppears, appSubmitHeading, appSubmitDeclaration
    case officeDecided, callAppsIntro, callAppsNone, callAppsFilter, callAppsAllOrganisations, callAppsCSV, callAppsXLSX

    public var text: LocalizedText {
        switch self {
        case .callLintTitle: t("申报指南合规检查", "Check a call's conditions")
        case .callLintIntro: t("粘贴申报指南文本，平台会找出条例禁止的申报条件：以职称、论文、奖项作为限制性条件（第五十条第一款），按所有制类型限制申报（第五条），限制外籍人员担任项目负责人（第七十二条第二款）。有“禁止”类问题的指南不能发布。",
                               "Paste the text of a call. The platform finds the application conditions the regulation forbids: titles, papers or awards as restrictive conditions (Art. 50(1)), restrictions by ownership (Art. 5), and excluding foreign nationals from leading a project (Art. 72(2)). A call with a blocking finding cannot be published.")
        case .callLintText: t("申报指南文本", "Text of the call")
        case .callLintHint: t("可粘贴整篇指南，也可只粘贴“申报条件”部分。", "Paste the whole call or just its conditions.")
        case .callLintSubmit: t("检查", "Check")
        case .callLintNone: t("未发现条例禁止的申报条件。", "No forbidden conditions found.")
        case .callLintBlock: t("禁止", "Blocks publication")
        case .callLintWarn: t("提醒", "Warning")
        case .callLintFindings: t("检查结果", "Findings")
        case .callsTitle: t("项目申报指南", "Calls for applications")
        case .callsIntro: t("财政性资金设立的科技项目在此统一发布（第五十条第一款）。申报条件不以职称、论文、奖项为限制，各类所有制单位平等参与。",
                            "Calls for S&T projects funded by public money are published here in one place (Art. 50(1)). No call makes titles, papers or awards a condition, and organisations of every ownership take part equally.")
        case .callsNone: t("目前没有已发布的申报指南。", "There are no published calls at the moment.")
        case .callProgramme: t("所属专项", "Programme")
        case .callOpens: t("开始时间", "Opens")
        case .callCloses: t("截止时间", "Closes")
        case .callBudget: t("总经费", "Total budget")
        case .callAward: t("单项资助额度", "Typical award")
        case .callBudgetMode: t("经费管理方式", "Budget management")
        case .callSelectionMode: t("遴选方式", "Selection")
        case .callStatusOpen: t("正在受理", "Open")
        case .callStatusUpcoming: t("即将开始", "Opens soon")
        case .callStatusClosed: t("已截止", "Closed")
        case .callStatusDraft: t("草稿（未发布）", "Draft (not published)")
        case .callGuideline: t("指南正文", "The call")
        case .callEligibility: t("申报条件", "Who can apply")
        case .callCalendarFeed: t("截止日期日历（iCalendar）", "Deadlines calendar (iCalendar)")
        case .callAtomFeed: t("新指南订阅（Atom）", "New calls feed (Atom)")
        case .callNew: t("新建申报指南", "New call")
        case .callEdit: t("修改申报指南", "Change a call")
        case .callTitleZh: t("标题（中文）", "Title (Chinese)")
        case .callTitleEn: t("标题（英文）", "Title (English)")
        case .callGuidelineZh: t("指南正文（中文）", "Text of the call (Chinese)")
        case .callGuidelineEn: t("指南正文（英文）", "Text of the call (English)")
        case .callRulesJSON: t("申报条件规则（JSON）", "Eligibility rules (JSON)")
        case .callRulesHint: t("每条规则写明所依据的条款。以职称、论文、奖项、所有制或国籍为条件的规则会被拒绝。", "Each rule names its article. Rules on titles, papers, awards, ownership or nationality are refused.")
        case .callTimesHint: t("北京时间，格式：2026-03-31 17:00", "Beijing time, like 2026-03-31 17:00")
        case .callAmountHint: t("单位：元", "In yuan")
        case .callPublish: t("发布", "Publish")
        case .callPublished: t("申报指南已发布。", "The call has been published.")
        case .callSaved: t("申报指南已保存。", "The call has been saved.")
        case .callCreated: t("申报指南草稿已创建。", "The draft call has been created.")
        case .callWarnings: t("请注意以下表述", "Check these phrases")
        case .callPublishBlocked: t("指南含有条例禁止的申报条件，不能发布。请修改下列标出的内容。", "The call has conditions the regulation forbids, so it cannot be published. Change the marked text.")
        case .programmesTitle: t("专项", "Programmes")
        case .programmeNew: t("新建专项", "New programme")
        case .programmeCode: t("专项代码", "Code")
        case .programmeNameZh: t("专项名称（中文）", "Name (Chinese)")
        case .programmeNameEn: t("专项名称（英文）", "Name (English)")
        case .programmeKind: t("专项类型", "Kind")
        case .programmeCreated: t("专项已创建。", "The programme has been created.")
        case .callYuan: t("元", "yuan")
        case .callFormSections: t("申请书正文栏目", "Sections of the application")
        case .callFormSectionsHint: t("申请人须逐项填写的栏目，每行一项，例如：立项依据", "Sections every applicant writes, one per line, for example: Rationale")
        case .callRequiredDocuments: t("须上传的材料", "Required documents")
        case .callRequiredDocumentsHint: t("每行一项，例如：伦理审查批件", "One per line, for example: Ethics approval")
        case .teamInvitations: t("项目团队邀请", "Team invitations")
        case .teamInvitationsIntro: t("以下申请将您列为项目成员。确认后，申请人才能提交（联合申报，第三条）。", "These applications list you as a team member. The applicant can submit only once you confirm (joint applications, Art. 3).")
        case .teamInvitationsNone: t("目前没有待确认的邀请。", "You have no invitations to confirm.")
        case .teamConfirm: t("确认参与", "Confirm I take part")
        case .teamConfirmed: t("已确认参与。", "You have confirmed you take part.")
        case .teamInvitedBy: t("申报指南", "Call")
        case .appAttachments: t("附件材料", "Attachments")
        case .appAttachmentsHint: t("按指南要求逐项上传 PDF 文件，每个文件不超过 20 MB。平台保存文件的 SHA-256 摘要。", "Upload each document the call asks for as a PDF of up to 20 MB. The platform keeps each file's SHA-256 digest.")
        case .appAttachmentsNone: t("本指南不要求上传附件材料。", "This call asks for no attachments.")
        case .appAttachUpload: t("上传 PDF", "Upload PDF")
        case .appAttachReplace: t("重新上传 PDF", "Replace PDF")
        case .appAttached: t("附件已上传。", "The file has been attached.")
        case .callNegativeList: t("预算负面清单", "Budget negative list")
        case .callNegativeListHint: t("本指南不予支持的预算科目，用逗号分隔（第五十条第二款）。可选：", "Budget categories this call does not fund, separated by commas (Art. 50(2)). Choose from: ")
        case .appApply: t("申报", "Apply")
        case .appStarted: t("申请草稿已创建，请逐页填写。", "Your draft application has been created. Fill in each page.")
        case .appSaved: t("已保存。", "Saved.")
        case .appListIntro: t("您作为项目负责人的申请。草稿可随时修改，截止前可以撤回。", "Applications you lead as principal investigator. A draft can be changed at any time and withdrawn before the deadline.")
        case .appNone: t("您还没有申请。请在申报指南页面点击“申报”。", "You have no applications yet. Choose Apply on a call's page.")
        case .appUntitled: t("（未填写项目名称）", "(no title yet)")
        case .appCall: t("申报指南", "Call")
        case .appStepsLabel: t("申报步骤", "Steps")
        case .appStepBasic: t("基本信息", "Basic information")
        case .appStepTeam: t("项目团队", "Team")
        case .appStepContent: t("研究内容", "Research")
        case .appStepBudget: t("预算", "Budget")
        case .appStepCheck: t("自查与提交", "Check and submit")
        case .appTitleZh: t("项目名称（中文）", "Title (Chinese)")
        case .appTitleEn: t("项目名称（英文）", "Title (English)")
        case .appKeywords: t("关键词", "Keywords")
        case .appKeywordsHint: t("用逗号分隔，最多5个。", "Separated by commas, at most 5.")
        case .appPhDYear: t("项目负责人获得博士学位的年份", "Year the PI obtained a doctorate")
        case .appPhDYearHint: t("四位数字，如 2020；没有博士学位的可不填。", "Four digits, like 2020; leave empty without a doctorate.")
        case .appYearInvalid: t("请填写四位数字的年份", "Enter a year as four digits")
        case .appMember: t("成员", "Member")
        case .appMemberName: t("姓名", "Name")
        case .appMemberEmail: t("电子邮箱", "Email")
        case .appMemberOrganisation: t("所在单位", "Organisation")
        case .appEmailInvalid: t("请填写有效的电子邮箱", "Enter a valid email address")
        case .appPartners: t("联合申报单位", "Partner organisations")
        case .appPartnersHint: t("组成创新联合体申报时选择（第三条）。", "Select them when you apply as a consortium (Art. 3).")
        case .appSummary: t("项目摘要", "Summary")
        case .appPlan: t("研究内容与计划", "Research and plan")
        case .appSensitive: t("研究是否涉及以下领域（第六十一条）", "Does the research involve any of these areas (Art. 61)")
        case .appSensitiveHuman: t("涉及人的研究", "Research with people")
        case .appSensitiveAnimal: t("实验动物", "Laboratory animals")
        case .appSensitiveAI: t("人工智能", "Artificial intelligence")
        case .appSensitiveOther: t("其他科技伦理敏感领域", "Other ethically sensitive areas")
        case .appEthicsApproval: t("伦理审查批件编号", "Ethics approval number")
        case .appEthicsApprovalHint: t("涉及上述领域的，填写本单位科技伦理审查委员会出具的批件编号；提交和立项时将与伦理审查登记核对（第六十一条）",
                                       "If the research involves an area above, enter the approval number from your institution's ethics committee; it is checked against the ethics registry at submission and at award (Art. 61)")
        case .appBudgetLumpSum: t("申请经费总额", "Total amount requested")
        case .appBudgetLumpSumHint: t("本指南实行经费包干制（第五十条第二款），只填写总额。单位：元", "This call uses lump-sum funding (Art. 50(2)): enter the total only. In yuan.")
        case .appBudgetItemizedHint: t("按科目填写，单位：元；不需要的科目留空。", "By category, in yuan; leave unused categories empty.")
        case .appAmountInvalid: t("请填写以元为单位的整数金额", "Enter a whole number of yuan")
        case .budgetEquipment: t("设备费", "Equipment")
        case .budgetMaterials: t("材料费", "Materials")
        case .budgetTesting: t("测试化验加工费", "Testing and processing")
        case .budgetTravel: t("差旅费", "Travel")
        case .budgetConferences: t("会议费", "Conferences")
        case .budgetPublication: t("出版/文献/信息传播费", "Publication and information")
        case .budgetLabour: t("劳务费", "Labour")
        case .budgetConsultation: t("专家咨询费", "Expert consultation")
        case .budgetIndirect: t("间接费用", "Indirect costs")
        case .appSaveContinue: t("保存并继续", "Save and continue")
        case .appCheckIntro: t("提交前，平台按申报指南检查申请。每个问题都链接到需要修改的页面。", "Before you submit, the platform checks the application against the call. Each problem links to the page to change.")
        case .appCheckNone: t("自查未发现问题。请核对以下内容，然后在页面底部提交。", "No problems found. Check your answers below, then submit at the bottom of the page.")
        case .callOwnCondition: t("（本指南自定的条件）", "(a condition of this call)")
        case .appAnswerNone: t("未填写", "Not given")
        case .appAnswersTitle: t("核对您的申请内容", "Check your answers")
        case .appAnswerEthicsYes: t("伦理审查批件", "ethics approval")
        case .appAnswerEthicsNo: t("未填写伦理审查批件编号", "no ethics approval number given")
        case .appSubmitAppears: t("以上问题全部解决后，本页底部会出现“提交申请”按钮。", "The “Submit the application” button appears at the bottom of this page once every problem above is solved.")
        case .appSubmitHeading: t("提交申请", "Submit the application")
        case .appSubmitDeclaration: t("提交后申请将送交您所在单位的科研管理部门审核，在单位审核前您可以撤回。", "Once submitted, the application goes to your organisation's research office; you can withdraw it until they decide.")
        case .appCheckProblems: t("提交前请处理以下问题", "Deal with these problems before you submit")
        case .appSubmit: t("提交申请", "Submit the application")
        case .appSubmitted: t("申请已提交，等待单位科研管理部门审核。", "The application has been submitted; the research office of your organisation will decide on it.")
        case .appWithdraw: t("撤回申请", "Withdraw the application")
        case .appWithdrawn: t("申请已撤回。", "The application has been withdrawn.")
        case .appNotEditable: t("申请已提交，不能修改。", "This application has been submitted and cannot be changed.")
        case .appNoApplicantRole: t("您没有作为申请人隶属的单位，不能申报。", "You are not an applicant at any organisation, so you cannot apply.")
        case .appPI: t("项目负责人", "Principal investigator")
        case .appOrganisation: t("申报单位", "Organisation")
        case .appSubmittedAt: t("提交时间", "Submitted")
        case .appBudgetTotal: t("申请经费", "Budget")
        case .appTitle: t("项目名称", "Title")
        case .appOfficeComment: t("单位意见", "Research office's comment")
        case .officeIntro: t("本单位人员已提交的申请。单位自主审核，同意后报送项目主管部门，或写明意见退回修改（第二十二条）。", "Applications submitted by your organisation's people. You decide: approve to send it to the programme officer, or return it with comments (Art. 22).")
        case .officeNone: t("没有等待审核的申请。", "No applications are waiting for a decision.")
        case .officeApprove: t("同意报送", "Approve and send on")
        case .officeReturn: t("退回修改", "Return for changes")
        case .officeComment: t("退回意见", "Comments for the applicant")
        case .officeDecided: t("审核结果已保存。", "The decision has been recorded.")
        case .callAppsIntro: t("经申报单位审核同意报送的申请。", "Applications approved by their organisations' research offices.")
        case .callAppsNone: t("还没有报送的申请。", "No applications have arrived yet.")
        case .callAppsFilter: t("筛选", "Filter")
        case .callAppsAllOrganisations: t("全部单位", "All organisations")
        case .callAppsCSV: t("导出 CSV", "Download CSV")
        case .callAppsXLSX: t("导出 Excel（XLSX）", "Download Excel (XLSX)")
        }
    }
}
