import KechuangCore

/// A catalogue of page strings in Chinese and English. `Msg` holds the shell's (frame, navigation,
/// sign-in, errors, dashboard, common buttons); every module keeps its own beside its pages
/// (`IdentityMsg`, `PolicyMsg`, `ProjectsMsg`, `ReviewMsg`, `IntegrityMsg`). Keys are unique across
/// catalogues (a notice is found by key).
public protocol Catalogue: RawRepresentable<String>, CaseIterable, Sendable {
    var text: LocalizedText { get }
}

extension Catalogue {
    public func callAsFunction(_ language: Language) -> String { text(language) }

    /// The text of a key of this catalogue; nil when the key is not one of its.
    static func text(forKey key: String) -> LocalizedText? { Self(rawValue: key)?.text }

    /// Every key of this catalogue with its text.
    static var keys: [(key: String, text: LocalizedText)] { allCases.map { ($0.rawValue, $0.text) } }
}

/// Every catalogue, for notices named in a redirect's query and for the bilingual tests.
enum Catalogues {
    /// Every catalogue type; a new module's catalogue is added here.
    static var all: [any Catalogue.Type] { [Msg.self, IdentityMsg.self, PolicyMsg.self, ProjectsMsg.self, CallLintMsg.self, ReviewMsg.self, IntegrityMsg.self, GrantsMsg.self, GrantsMoneyMsg.self, GrantsClosureMsg.self, InstrumentsMsg.self, PortalMsg.self, CatalogueMsg.self, ConsultationMsg.self, EnterpriseMsg.self, TalentMsg.self, MarketMsg.self, MarketScenarioMsg.self, MarketTradeMsg.self, MonitoringMsg.self, MonitoringLedgerMsg.self, MonitoringWarningMsg.self, EthicsMsg.self, AwardsMsg.self, InternationalMsg.self] }

    static func text(forKey key: String) -> LocalizedText? {
        for catalogue in all {
            if let text = catalogue.text(forKey: key) { return text }
        }
        return nil
    }

    static var allKeys: [(key: String, text: LocalizedText)] {
        all.flatMap { $0.keys }
    }
}

/// The shell's strings, in Chinese and English. A key without both texts fails
/// `MessagesAndLanguageTests`; a key without a case in `text` does not compile.
public enum Msg: String, Catalogue {
    // Site frame
    case siteName, siteTagline, skipToContent, navHome, navDashboard, navSignIn, navSignOut, navProfile, navTokens
    case navOrganisations, navPeople, navAudit, otherLanguage, footerRegulation, footerAPI, signedInAs, mainNavigation
    // Home
    case homeTitle, homeLead, homeRegulation, homeModules, homeSignInPrompt
    // Sign-in
    case loginTitle, loginEmail, loginPassword, loginSubmit, loginLockoutHint, signedOut
    // Errors
    case errorSummaryTitle, notFoundTitle, notFoundBody, forbiddenTitle, forbiddenBody, staleTitle, staleBody, serverErrorTitle
    case serverErrorBody, csrfTitle, csrfBody, signInRequired, conflictTitle, badRequestTitle, payloadTooLargeTitle
    case tooManyRequestsTitle, problemTypesTitle, problemTypesIntro, problemWhatToDo
    // Dashboard
    case dashboardTitle, dashboardRoles, dashboardNoRoles, dashboardNoRolesBody, dashboardAdminBody, dashboardIntegrityBody
    case dashboardOfficerBody, dashboardResearchOfficeBody, dashboardApplicantBody, dashboardReviewerBody, dashboardStaffBody
    case statOrganisations, statPeople, statAuditEntries, yourAccount
    // The modules' entries in the navigation
    case navPolicies, navCallLint, navCalls, navManageCalls, navApplications, navInstitutionApplications, navCallApplications
    // Common
    case save, cancel, search, searchSubmit, noResults, previousPage, nextPage, choose, actions, never, optional, name, status
    case back, edit, dateHint

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
        case .dashboardIntegrityBody: t("录入和公开科研失信处理决定，处理申诉和信用修复申请；查看审计日志。",
                                        "Record and publish misconduct decisions, decide appeals and credit repair requests, and read the audit log.")
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
        case .navPolicies: t("政策法规", "Policies")
        case .navCallLint: t("申报指南检查", "Check a call")
        case .navCalls: t("申报指南", "Calls")
        case .navManageCalls: t("指南管理", "Manage calls")
        case .navApplications: t("我的申请", "My applications")
        case .navInstitutionApplications: t("待审核的申请", "Applications to sign off")
        case .navCallApplications: t("已报送的申请", "Applications received")
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
