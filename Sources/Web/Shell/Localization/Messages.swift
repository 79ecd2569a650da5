import KechuangCore

/// A catalogue of page strings in Chinese and English. `Msg` holds the platform's; modules added
/// later keep theirs in their own catalogue (`IntegrityMsg`, `ReviewMsg`) so that each module's
/// pages and strings live together. Keys are unique across catalogues (a notice is found by key).
public protocol Catalogue: RawRepresentable<String>, CaseIterable, Sendable {
    var text: LocalizedText { get }
}

extension Catalogue {
    public func callAsFunction(_ language: Language) -> String { text(language) }
}

/// Every catalogue, for notices named in a redirect's query and for the bilingual tests.
enum Catalogues {
    static func text(forKey key: String) -> LocalizedText? {
        Msg(rawValue: key)?.text ?? IntegrityMsg(rawValue: key)?.text ?? ReviewMsg(rawValue: key)?.text
    }

    static var allKeys: [(key: String, text: LocalizedText)] {
        Msg.allCases.map { ($0.rawValue, $0.text) } + IntegrityMsg.allCases.map { ($0.rawValue, $0.text) }
            + ReviewMsg.allCases.map { ($0.rawValue, $0.text) }
    }
}

/// Every string the web layer shows, in Chinese and English. A key without both texts fails
/// `MessagesTests`; a key without a case in `text` does not compile.
public enum Msg: String, Catalogue {
    // Site frame
    case siteName, siteTagline, skipToContent, navHome, navDashboard, navSignIn, navSignOut, navProfile, navTokens
    case navOrganisations, navPeople, navAudit, otherLanguage, footerRegulation, footerAPI, signedInAs, mainNavigation
    // Home
    case homeTitle, homeLead, homeRegulation, homeModules, homeSignInPrompt
    // Sign-in
    case loginTitle, loginEmail, loginPassword, loginSubmit, loginLockoutHint, signedOut
    // Errors
    case errorSummaryTitle, notFoundTitle, notFoundBody, forbiddenTitle, forbiddenBody, staleTitle, staleBody
    case serverErrorTitle, serverErrorBody, csrfTitle, csrfBody, signInRequired, conflictTitle, badRequestTitle
    case payloadTooLargeTitle, tooManyRequestsTitle, problemTypesTitle, problemTypesIntro, problemWhatToDo
    // Dashboard
    case dashboardTitle, dashboardRoles, dashboardNoRoles, dashboardNoRolesBody, dashboardAdminBody, dashboardIntegrityBody
    case dashboardOfficerBody, dashboardResearchOfficeBody, dashboardApplicantBody, dashboardReviewerBody, dashboardStaffBody
    case statOrganisations, statPeople, statAuditEntries, yourAccount
    // Organisations
    case orgListTitle, orgNew, orgEdit, orgNameZh, orgNameEn, orgType, orgOwnership, orgOwnershipHint, orgDistrict
    case orgUSCC, orgUSCCHint, orgCreated, orgSaved
    // People
    case peopleTitle, personNew, personEdit, personName, personEmail, personORCID, personORCIDHint, personResidentID
    case personResidentIDHint, personNationality, personNationalityHint, personBirthYear, personBirthYearHint
    case personInitialPassword, personRoles, personAddRole, personRemoveRole, personRole, personOrganisation
    case personPlatformWide, personDisable, personEnable, personDisabled, personActive, personStatus
    case personCreated, personSaved, personNoTitleNote
    // Profile and password
    case profileTitle, profileSaved, passwordTitle, passwordCurrent, passwordNew, passwordChange, passwordChanged, passwordCurrentWrong
    // Tokens
    case tokensTitle, tokensIntro, tokenName, tokenScopes, tokenScopeRead, tokenScopeWrite, tokenCreate, tokenCreatedOnce
    case tokenRevoke, tokenRevoked, tokenNone, tokenPrefix, tokenCreatedAt, tokenLastUsed, tokenStatus, tokenActive
    // Audit
    case auditTitle, auditIntro, auditActor, auditObject, auditFrom, auditUntil, auditFilter, auditTime, auditAction
    case auditSummary, auditBasis, auditEmpty, auditActorHint, auditObjectHint
    // Policy library
    case navPolicies, policiesTitle, policiesIntro, policySearchLabel, policySearchHint, policyResultsCount, policyExpanded
    case facetLevel, facetIssuer, facetRegion, facetYear, facetStatus, facetAny, facetRemove, policyNoResults
    case policyContents, policyVersions, policyCitedBy, policyPermalink, policyIssuer, policyLevel, policyRegion
    case policyDate, policyStatus, policyArticleOf, policyPreamble, policyCurrentVersion, policyFullText, policyRuleModule
    // Call linter
    case navCallLint, callLintTitle, callLintIntro, callLintText, callLintHint, callLintSubmit, callLintNone
    case callLintBlock, callLintWarn, callLintFindings
    // Calls
    case navCalls, navManageCalls, callsTitle, callsIntro, callsNone, callProgramme, callOpens, callCloses, callBudget, callAward
    case callBudgetMode, callSelectionMode, callStatusOpen, callStatusUpcoming, callStatusClosed, callStatusDraft, callGuideline
    case callEligibility, callCalendarFeed, callAtomFeed, callNew, callEdit, callTitleZh, callTitleEn, callGuidelineZh, callGuidelineEn
    case callRulesJSON, callRulesHint, callTimesHint, callAmountHint, callPublish, callPublished, callSaved, callCreated, callWarnings
    case callPublishBlocked, programmesTitle, programmeNew, programmeCode, programmeNameZh, programmeNameEn, programmeKind, programmeCreated
    case callYuan, callNegativeList, callNegativeListHint, callRequiredDocuments, callRequiredDocumentsHint, callFormSections, callFormSectionsHint
    case teamInvitations, teamInvitationsIntro, teamInvitationsNone, teamConfirm, teamConfirmed, teamInvitedBy
    case appAttachments, appAttachmentsHint, appAttachmentsNone, appAttachUpload, appAttachReplace, appAttached
    // Applications
    case navApplications, navInstitutionApplications, navCallApplications, appApply, appStarted, appSaved, appListIntro, appNone, appUntitled, appCall, appStepsLabel, appStepBasic, appStepTeam, appStepContent, appStepBudget, appStepCheck, appTitleZh, appTitleEn, appKeywords, appKeywordsHint, appPhDYear, appPhDYearHint, appYearInvalid, appMember, appMemberName, appMemberEmail, appMemberOrganisation, appEmailInvalid, appPartners, appPartnersHint, appSummary, appPlan, appSensitive, appSensitiveHuman, appSensitiveAnimal, appSensitiveAI, appSensitiveOther, appEthicsApproval, appBudgetLumpSum, appBudgetLumpSumHint, appBudgetItemizedHint, appAmountInvalid, budgetEquipment, budgetMaterials, budgetTesting, budgetTravel, budgetConferences, budgetPublication, budgetLabour, budgetConsultation, budgetIndirect, appSaveContinue, appCheckIntro, appCheckNone, appCheckProblems, appSubmit, appSubmitted, appWithdraw, appWithdrawn, appNotEditable, appNoApplicantRole, appPI, appOrganisation, appSubmittedAt, appBudgetTotal, appTitle, appOfficeComment, officeIntro, officeNone, officeApprove, officeReturn, officeComment, officeDecided, callAppsIntro, callAppsNone, callAppsFilter, callAppsAllOrganisations, callAppsCSV, callAppsXLSX
    // Common
    case save, cancel, search, searchSubmit, noResults, previousPage, nextPage, choose, actions, never, optional
    case name, status, back, edit, dateHint

    public var text: LocalizedText {
        switch self {
        case .siteName: t("科创", "Kechuang")
        case .siteTagline: t("北京国际科技创新中心服务平台", "Beijing International S&T Innovation Center")
        case .skipToContent: t("跳到主要内容", "Skip to main content")
        case .navHome: t("首页", "Home")
        case .navDashboard: t("工作台", "Dashboard")
        case .navSignIn: t("登录", "Sign in")
        case .navSignOut: t("退出登录", "Sign out")
        case .navProfile: t("个人资料", "My profile")
        case .navTokens: t("访问令牌", "Access tokens")
        case .navOrganisations: t("机构管理", "Organisations")
        case .navPeople: t("人员管理", "People")
        case .navAudit: t("审计日志", "Audit log")
        case .otherLanguage: t("English", "中文")
        case .footerRegulation: t("依据《北京国际科技创新中心建设条例》（2024 年 3 月 1 日起施行）",
                                  "Under the Regulations on Building the Beijing International Science and Technology Innovation Center (in force since 1 March 2024)")
        case .footerAPI: t("开放接口说明（OpenAPI）", "API description (OpenAPI)")
        case .signedInAs: t("当前用户", "Signed in as")
        case .mainNavigation: t("主导航", "Main navigation")
        case .homeTitle: t("北京国际科技创新中心服务平台", "Beijing International Science and Technology Innovation Center platform")
        case .homeLead: t("一个平台办理科技项目申报、专家评审、科研诚信、政策查询和开放共享等事项。",
                          "One platform for science and technology projects, expert review, research integrity, policies and open sharing.")
        case .homeRegulation: t("平台依据《北京国际科技创新中心建设条例》建设。平台作出的每一项自动决定（拒绝、限制、提醒或必经步骤）都会写明所依据的条款。",
                                "The platform implements the Regulations on Building the Beijing International Science and Technology Innovation Center. Every automated decision it takes — a rejection, a restriction, a warning or a required step — names the article it comes from.")
        case .homeModules: t("服务对象：科技主管部门项目主管、高校院所和企业科研管理部门、申请人和项目负责人、评审专家、科研诚信工作人员、服务机构、国内外人才和社会公众。",
                             "For programme officers, research offices of universities, institutes and enterprises, applicants and principal investigators, expert reviewers, integrity officers, service providers, talent from China and abroad, and the public.")
        case .homeSignInPrompt: t("已有账户？请登录后进入工作台。", "Have an account? Sign in to open your dashboard.")
        case .loginTitle: t("登录", "Sign in")
        case .loginEmail: t("电子邮箱", "Email address")
        case .loginPassword: t("密码", "Password")
        case .loginSubmit: t("登录", "Sign in")
        case .loginLockoutHint: t("为保护账户安全，同一地址 15 分钟内连续 5 次密码错误后，再次尝试须等待的时间逐步加长；账户不会被锁定。",
                                  "To protect your account, after 5 wrong passwords from one address within 15 minutes each further attempt must wait longer; the account is never locked.")
        case .signedOut: t("您已安全退出。", "You have signed out.")
        case .errorSummaryTitle: t("请修改以下问题", "There is a problem")
        case .notFoundTitle: t("页面不存在", "Page not found")
        case .notFoundBody: t("请检查网址是否正确，或返回首页。", "Check the address is correct, or go back to the home page.")
        case .forbiddenTitle: t("无权访问", "You cannot do this")
        case .forbiddenBody: t("您的账户没有执行此操作的角色。如需权限，请联系所在单位科研管理部门或平台管理员。",
                               "Your account has no role that allows this. Ask your research office or a platform administrator if you need it.")
        case .staleTitle: t("记录已被他人修改", "Someone else changed this record")
        case .staleBody: t("您打开此页面后，记录已被他人保存。请重新打开页面查看最新内容后再修改。",
                           "Someone saved this record after you opened it. Open it again to see the latest version, then make your change.")
        case .serverErrorTitle: t("服务出现问题", "Sorry, there is a problem with the service")
        case .serverErrorBody: t("您的数据没有丢失。请稍后再试；如问题持续，请联系平台管理员并提供请求编号。",
                                 "Nothing you saved was lost. Try again later; if it keeps happening, contact the platform administrators with the request id.")
        case .csrfTitle: t("表单已过期", "The form has expired")
        case .csrfBody: t("为保护您的账户，请返回上一页刷新后重新提交。", "To protect your account, go back, reload the page and submit the form again.")
        case .signInRequired: t("请先登录。", "Sign in first.")
        case .conflictTitle: t("无法保存", "This could not be saved")
        case .badRequestTitle: t("请求有误", "The request is not valid")
        case .payloadTooLargeTitle: t("提交的内容过大", "What you sent is too large")
        case .tooManyRequestsTitle: t("请求过于频繁", "Too many requests")
        case .problemTypesTitle: t("错误类型说明", "Problem types")
        case .problemTypesIntro: t("接口以 RFC 9457 问题文档（application/problem+json）报告错误，其 type 指向本页说明的类型。",
                                   "The API reports errors as RFC 9457 problem documents (application/problem+json); their type points to the types explained here.")
        case .problemWhatToDo: t("如何处理", "What to do")
        case .dashboardTitle: t("工作台", "Dashboard")
        case .dashboardRoles: t("您的角色", "Your roles")
        case .dashboardNoRoles: t("您尚未被分配角色", "You have no role yet")
        case .dashboardNoRolesBody: t("请联系所在单位科研管理部门或平台管理员为您分配角色。您可以先完善个人资料。",
                                      "Ask your research office or a platform administrator to give you a role. Meanwhile you can complete your profile.")
        case .dashboardAdminBody: t("管理机构、人员与角色，查看审计日志。", "Manage organisations, people and roles, and read the audit log.")
        case .dashboardIntegrityBody: t("查看审计日志，核查平台上每一项操作。", "Read the audit log to check every action taken on the platform.")
        case .dashboardOfficerBody: t("起草和发布申报指南（发布前自动检查条例禁止的申报条件），查看机构和人员信息。",
                                      "Draft and publish calls (checked for conditions the regulation forbids before publication); see organisations and people.")
        case .dashboardResearchOfficeBody: t("查看本单位人员与机构信息，审核本单位的申报。", "See your institution's people and details, and sign off its applications.")
        case .dashboardApplicantBody: t("完善个人资料后即可申报项目。申报条件不得以职称、论文、奖项作为限制（第五十条第一款）。",
                                        "Complete your profile to apply. Calls may not use titles, papers or awards as conditions (Art. 50(1)).")
        case .dashboardReviewerBody: t("维护您的专家资料；评审任务将在此处出现。", "Keep your expert profile up to date; review assignments will appear here.")
        case .dashboardStaffBody: t("查看机构信息，协同办理相关事项。", "See organisations and work on shared tasks.")
        case .statOrganisations: t("机构", "Organisations")
        case .statPeople: t("人员", "People")
        case .statAuditEntries: t("审计记录", "Audit entries")
        case .yourAccount: t("您的账户", "Your account")
        case .orgListTitle: t("机构", "Organisations")
        case .orgNew: t("登记机构", "Register an organisation")
        case .orgEdit: t("修改机构信息", "Change organisation details")
        case .orgNameZh: t("机构名称（中文）", "Name (Chinese)")
        case .orgNameEn: t("机构名称（英文）", "Name (English)")
        case .orgType: t("机构类型", "Type of organisation")
        case .orgOwnership: t("所有制类型", "Ownership")
        case .orgOwnershipHint: t("仅用于统计。依据第五条，所有制类型不作为参与任何事项的条件。",
                                  "For statistics only. Under Art. 5, ownership is never a condition for taking part in anything.")
        case .orgDistrict: t("注册所在区", "Registered district")
        case .orgUSCC: t("统一社会信用代码", "Unified social credit code")
        case .orgUSCCHint: t("18 位，见营业执照或法人登记证书，例如 91110108MA01ABCD2H。",
                             "18 characters, as on the business licence or registration certificate, like 91110108MA01ABCD2H.")
        case .orgCreated: t("机构已登记。", "The organisation has been registered.")
        case .orgSaved: t("机构信息已保存。", "The organisation's details have been saved.")
        case .peopleTitle: t("人员", "People")
        case .personNew: t("添加人员", "Add a person")
        case .personEdit: t("修改人员信息", "Change a person's details")
        case .personName: t("姓名", "Name")
        case .personEmail: t("电子邮箱", "Email address")
        case .personORCID: t("ORCID（选填）", "ORCID iD (optional)")
        case .personORCIDHint: t("例如 0000-0002-1825-0097", "Like 0000-0002-1825-0097")
        case .personResidentID: t("公民身份号码（选填）", "Resident ID number (optional)")
        case .personResidentIDHint: t("加密保存，仅显示部分号码。留空则保持原有号码不变。",
                                      "Stored encrypted and shown masked. Leave empty to keep the number already stored.")
        case .personNationality: t("国籍", "Nationality")
        case .personNationalityHint: t("两位国家代码，如 CN、DE。外籍人员可担任重大项目负责人（第七十二条）。",
                                       "Two-letter country code, like CN or DE. Foreign nationals may lead major projects (Art. 72).")
        case .personBirthYear: t("出生年份（选填）", "Year of birth (optional)")
        case .personBirthYearHint: t("四位数字，例如 1988。仅用于青年科学家类项目的条件核验（第四十五条）。",
                                     "Four digits, like 1988. Used only to check young-scientist calls (Art. 45).")
        case .personInitialPassword: t("初始密码", "Initial password")
        case .personRoles: t("角色", "Roles")
        case .personAddRole: t("添加角色", "Add role")
        case .personRemoveRole: t("移除", "Remove")
        case .personRole: t("角色", "Role")
        case .personOrganisation: t("所属机构", "Organisation")
        case .personPlatformWide: t("全平台", "Platform-wide")
        case .personDisable: t("停用账户", "Disable account")
        case .personEnable: t("启用账户", "Enable account")
        case .personDisabled: t("已停用", "Disabled")
        case .personActive: t("正常", "Active")
        case .personStatus: t("账户状态", "Account status")
        case .personCreated: t("人员已添加。", "The person has been added.")
        case .personSaved: t("人员信息已保存。", "The person's details have been saved.")
        case .personNoTitleNote: t("平台不收集职称：职称、论文、奖项不得作为申报的限制性条件（第五十条第一款）。",
                                   "The platform does not ask for professional titles: titles, papers and awards may not be conditions for applying (Art. 50(1)).")
        case .profileTitle: t("个人资料", "My profile")
        case .profileSaved: t("个人资料已保存。", "Your profile has been saved.")
        case .passwordTitle: t("修改密码", "Change your password")
        case .passwordCurrent: t("当前密码", "Current password")
        case .passwordNew: t("新密码", "New password")
        case .passwordChange: t("修改密码", "Change password")
        case .passwordChanged: t("密码已修改，请用新密码重新登录。", "Your password has been changed. Sign in again with the new one.")
        case .passwordCurrentWrong: t("当前密码不正确", "The current password is wrong")
        case .tokensTitle: t("访问令牌", "Access tokens")
        case .tokensIntro: t("程序通过 API 访问平台时使用个人访问令牌（Authorization: Bearer …）。令牌只显示一次，平台只保存其摘要。",
                             "Programs use a personal access token to call the API (Authorization: Bearer …). A token is shown once; the platform keeps only its digest.")
        case .tokenName: t("令牌名称", "Token name")
        case .tokenScopes: t("权限范围", "Scopes")
        case .tokenScopeRead: t("读取（GET 请求）", "Read (GET requests)")
        case .tokenScopeWrite: t("写入（新增与修改）", "Write (create and change)")
        case .tokenCreate: t("创建令牌", "Create token")
        case .tokenCreatedOnce: t("请立即复制此令牌，离开本页后将无法再次查看：", "Copy this token now. You will not be able to see it again:")
        case .tokenRevoke: t("撤销", "Revoke")
        case .tokenRevoked: t("已撤销", "Revoked")
        case .tokenNone: t("您还没有访问令牌。", "You have no access tokens.")
        case .tokenPrefix: t("令牌开头", "Starts with")
        case .tokenCreatedAt: t("创建时间", "Created")
        case .tokenLastUsed: t("最近使用", "Last used")
        case .tokenStatus: t("状态", "Status")
        case .tokenActive: t("有效", "Active")
        case .auditTitle: t("审计日志", "Audit log")
        case .auditIntro: t("平台的每一次状态变更和登录都记录在此，按 SM3 哈希链接，任何篡改都可被发现（kechuang audit verify）。",
                            "Every change and every sign-in is recorded here, linked in an SM3 hash chain so that any tampering is detected (kechuang audit verify).")
        case .auditActor: t("操作人", "AuditActor")
        case .auditObject: t("对象", "Object")
        case .auditFrom: t("起始日期", "From date")
        case .auditUntil: t("截止日期", "To date")
        case .auditFilter: t("筛选", "Filter")
        case .auditTime: t("时间（UTC）", "Time (UTC)")
        case .auditAction: t("操作", "Action")
        case .auditSummary: t("变更内容", "What changed")
        case .auditBasis: t("依据", "Basis")
        case .auditEmpty: t("没有符合条件的记录。", "No entries match.")
        case .auditActorHint: t("邮箱或人员编号", "Email or person id")
        case .auditObjectHint: t("对象类型（如 organisation）或编号", "Object type (like organisation) or id")
        case .navPolicies: t("政策法规", "Policies")
        case .policiesTitle: t("政策法规库", "Policy library")
        case .policiesIntro: t("检索科技创新相关的法律、法规、规章和政策文件，精确到条款。可以用中文检索，也可以用英文检索（英文检索词会按科技政策术语表译为中文）。",
                               "Search laws, regulations, rules and policy documents on science and technology, down to the article. Search in Chinese, or in English: English terms are translated with an S&T policy glossary.")
        case .policySearchLabel: t("检索词", "Search terms")
        case .policySearchHint: t("例如：知识产权 质押 贷款；或 intellectual property pledge loan", "For example: 知识产权 质押 贷款, or intellectual property pledge loan")
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
        case .navCallLint: t("申报指南检查", "Check a call")
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
        case .navCalls: t("申报指南", "Calls")
        case .navManageCalls: t("指南管理", "Manage calls")
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
        case .navApplications: t("我的申请", "My applications")
        case .navInstitutionApplications: t("待审核的申请", "Applications to sign off")
        case .navCallApplications: t("已报送的申请", "Applications received")
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
        case .appEthicsApproval: t("已取得伦理审查批准", "Ethics approval has been obtained")
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
        case .appCheckNone: t("自查未发现问题，可以提交。", "No problems found: you can submit.")
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
        case .save: t("保存", "Save")
        case .cancel: t("取消", "Cancel")
        case .search: t("搜索", "Search")
        case .searchSubmit: t("搜索", "Search")
        case .noResults: t("没有找到记录。", "Nothing found.")
        case .previousPage: t("上一页", "Previous page")
        case .nextPage: t("下一页", "Next page")
        case .choose: t("请选择", "Select")
        case .actions: t("操作", "Actions")
        case .never: t("从未", "Never")
        case .optional: t("选填", "optional")
        case .name: t("名称", "Name")
        case .status: t("状态", "Status")
        case .back: t("返回", "Back")
        case .edit: t("修改", "Change")
        case .dateHint: t("格式：2026-01-31", "Format: 2026-01-31")
        }
    }
}

func t(_ zh: String, _ en: String) -> LocalizedText { LocalizedText(zh: zh, en: en) }
