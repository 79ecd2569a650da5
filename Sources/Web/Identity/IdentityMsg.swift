import KechuangCore

/// Strings of the organisation, people, profile, access-token and audit pages (ID), in Chinese and English.
public enum IdentityMsg: String, Catalogue {
    // Organisations
    case orgListTitle, orgNew, orgEdit, orgNameZh, orgNameEn, orgType, orgOwnership, orgOwnershipHint, orgDistrict, orgUSCC
    case orgUSCCHint, orgCreated, orgSaved
    // People
    case peopleTitle, personNew, personEdit, personName, personEmail, personORCID, personORCIDHint, personResidentID
    case personResidentIDHint, personNationality, personNationalityHint, personBirthYear, personBirthYearHint
    case personInitialPassword, personRoles, personAddRole, personRemoveRole, personRole, personOrganisation, personPlatformWide
    case personDisable, personEnable, personDisabled, personActive, personStatus, personCreated, personSaved, personNoTitleNote
    // Profile and password
    case profileTitle, profileSaved, passwordTitle, passwordCurrent, passwordNew, passwordChange, passwordChanged
    case passwordCurrentWrong
    // Tokens
    case tokensTitle, tokensIntro, tokenName, tokenScopes, tokenScopeRead, tokenScopeWrite, tokenCreate, tokenCreatedOnce
    case tokenRevoke, tokenRevoked, tokenNone, tokenPrefix, tokenCreatedAt, tokenLastUsed, tokenStatus, tokenActive
    // Audit
    case auditTitle, auditIntro, auditActor, auditObject, auditFrom, auditUntil, auditFilter, auditTime, auditAction
    case auditSummary, auditBasis, auditEmpty, auditActorHint, auditObjectHint

    public var text: LocalizedText {
        switch self {
        case .orgListTitle: t("机构管理", "Organisations")
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
        case .peopleTitle: t("人员管理", "People")
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
        case .auditActor: t("操作人", "Done by")
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
        }
    }
}
