import KechuangCore

/// Strings of the integrity pages (INT), in Chinese and English.
public enum IntegrityMsg: String, Catalogue {
    case navIntegrity
    // Public list
    case intPublicTitle, intPublicIntro, intPublicDiligent, intPublicNone, intSubject, intFinding, intDocumentNumber, intDecidingBody
    case intDecisionDate, intScope, intPeriod, intBasis, intLegalBasis, intArticle, intMyRecordsLink, intAdminLink, intInstitutionLink
    case intPublication, intPublicationPeriod, intState, intPhase, intDescription, intNoScope
    // Officers
    case intAdminTitle, intAdminIntro, intAdminNone, intNewRecord, intAllStates, intFilter, intRecordTitle, intEditDraft
    case intSubjectHint, intSubjectPeople, intSubjectOrganisations, intFindingHint, intDescriptionHint, intDecidingBodyHint
    case intDocumentNumberHint, intDateHint, intLegalBasisHint, intScopeHint, intRestrictedFrom, intRestrictedUntil, intUntilHint
    case intPublish, intPublishFrom, intPublishUntil, intSaveDraft, intDecide, intDecideHint, intPublishAction, intPublishHint
    case intAppeals, intRepairs, intPendingAppeal, intPendingRepair, intUphold, intDismiss, intGrant, intRefuse, intNote, intNoteHint
    case intFiledBy, intFiledAt, intDecidedBy, intOutcome, intGrounds, intEvidence, intHistory, intDateInvalid, intSubjectInvalid
    case intCreated, intSaved, intDecided, intPublished, intAppealDecided, intRepairDecided, intYes, intNo, intDiligentNote
    // The subject
    case intMineTitle, intMineIntro, intMineNone, intAppeal, intAppealHint, intRepair, intRepairHint, intAppealFiled, intRepairRequested
    case intAbout, intAppealPending, intRepairPending
    // Institutions (Art. 60(2))
    case intInstitutionTitle, intInstitutionIntro, intInstitutionNone, intInstitutionNotOffice, intEntryKind, intEntryTitle, intEntryBody
    case intEntryDate, intEntryOrganisation, intEntryAdd, intEntryAdded, intEntryOrganisationRequired

    public var text: LocalizedText {
        switch self {
        case .navIntegrity: t("科研诚信", "Research integrity")
        case .intPublicTitle: t("科研诚信信息公开", "Research integrity records")
        case .intPublicIntro: t("依据《北京国际科技创新中心建设条例》第六十条，对存在科研失信行为的创新主体，在科技项目申报、政府采购、财政资金支持、融资授信、奖励表彰等方面依法予以限制。本页列出决定公开且在公开期内的记录。",
                                "Under Art. 60 of the Regulations, innovation actors found to have committed research misconduct are restricted in project applications, government procurement, fiscal funding, financing and credit, and awards. This page lists the records decided for publication, during their publication period.")
        case .intPublicDiligent: t("依据第四十八条、第六十四条，已履行勤勉尽责义务但未能实现预期目标的项目予以尽职免责，不属于科研失信。",
                                   "Under Art. 48 and 64, a project that fails after diligent work is exempted as a diligent failure: it is not research misconduct.")
        case .intPublicNone: t("目前没有公开的科研诚信记录。", "No integrity records are published at present.")
        case .intSubject: t("记录对象", "Subject")
        case .intFinding: t("认定行为", "Finding")
        case .intDocumentNumber: t("决定文号", "Document number")
        case .intDecidingBody: t("决定机关", "Deciding body")
        case .intDecisionDate: t("决定日期", "Decision date")
        case .intScope: t("限制范围", "Restricted activities")
        case .intPeriod: t("限制期限", "Restriction period")
        case .intBasis: t("依据", "Basis")
        case .intLegalBasis: t("处理依据", "Legal basis")
        case .intArticle: t("第六十条", "Art. 60")
        case .intMyRecordsLink: t("我的科研诚信记录", "My integrity records")
        case .intAdminLink: t("科研诚信记录管理", "Integrity records")
        case .intInstitutionLink: t("本单位科研诚信制度", "My organisation's integrity rules")
        case .intPublication: t("是否公开", "Publication")
        case .intPublicationPeriod: t("公开期限", "Publication period")
        case .intState: t("状态", "Status")
        case .intPhase: t("限制情况", "Restriction")
        case .intDescription: t("事实描述", "Facts")
        case .intNoScope: t("无（不限制任何活动）", "None (restricts nothing)")
        case .intAdminTitle: t("科研诚信记录管理", "Integrity records")
        case .intAdminIntro: t("记录对个人或单位作出的科研失信处理决定和容错免责结论（第四十八条、第六十条、第六十四条）。草稿仅专员可见；作出决定后，限制范围内的活动在限制期内受限；记录只变更状态，从不删除。",
                               "Records of misconduct decisions about people and organisations, and of diligent-failure closures (Art. 48, 60, 64). Drafts are seen by officers only; once decided, the activities in scope are restricted during the period. Records change state and are never deleted.")
        case .intAdminNone: t("还没有记录。", "There are no records yet.")
        case .intNewRecord: t("新建记录", "New record")
        case .intAllStates: t("全部状态", "All statuses")
        case .intFilter: t("筛选", "Filter")
        case .intRecordTitle: t("科研诚信记录", "Integrity record")
        case .intEditDraft: t("编辑草稿", "Edit the draft")
        case .intSubjectHint: t("被记录的个人或单位", "The person or organisation the record is about")
        case .intSubjectPeople: t("个人", "People")
        case .intSubjectOrganisations: t("单位", "Organisations")
        case .intFindingHint: t("“尽职免责”是结案结论，不属于科研失信，不设限制（第四十八条、第六十四条）",
                                "“Diligent failure” is a closure, not misconduct, and restricts nothing (Art. 48, 64)")
        case .intDescriptionHint: t("认定的事实，如涉及的项目或申请书", "The facts found, e.g. the projects or applications concerned")
        case .intDecidingBodyHint: t("如：北京市科学技术委员会", "E.g. Beijing Municipal Science & Technology Commission")
        case .intDocumentNumberHint: t("如：京科诚〔2026〕3号", "As printed on the decision, e.g. Jingkecheng [2026] No. 3")
        case .intDateHint: t("格式：2026-06-30（北京时间）", "Format: 2026-06-30 (Beijing time)")
        case .intLegalBasisHint: t("决定所依据的法律法规条款", "The laws and articles the decision rests on")
        case .intScopeHint: t("限制期内不得从事的活动（第六十条）", "The activities restricted during the period (Art. 60)")
        case .intRestrictedFrom: t("限制开始日期", "Restriction starts on")
        case .intRestrictedUntil: t("限制结束日期", "Restriction ends on")
        case .intUntilHint: t("自该日起不再限制。格式：2027-06-30", "No longer restricted from this day. Format: 2027-06-30")
        case .intPublish: t("决定予以公开", "The decision provides for publication")
        case .intPublishFrom: t("公开开始日期", "Publication starts on")
        case .intPublishUntil: t("公开结束日期", "Publication ends on")
        case .intSaveDraft: t("保存草稿", "Save the draft")
        case .intDecide: t("录入决定", "Enter the decision")
        case .intDecideHint: t("录入后记录生效，不能再修改；限制范围内的活动在限制期内受限。", "Once entered the record takes effect and cannot be changed; the activities in scope are restricted during the period.")
        case .intPublishAction: t("公开记录", "Publish the record")
        case .intPublishHint: t("在公开期内向社会公开。", "Shown to the public during the publication period.")
        case .intAppeals: t("申诉", "Appeals")
        case .intRepairs: t("信用修复申请", "Credit repair requests")
        case .intPendingAppeal: t("待处理的申诉", "Pending appeal")
        case .intPendingRepair: t("待处理的信用修复申请", "Pending credit repair request")
        case .intUphold: t("申诉成立（撤销记录）", "Uphold (revoke the record)")
        case .intDismiss: t("驳回申诉", "Dismiss")
        case .intGrant: t("准予修复（解除限制）", "Grant (lift the restriction)")
        case .intRefuse: t("不予修复", "Refuse")
        case .intNote: t("处理意见", "Note")
        case .intNoteHint: t("将告知记录对象", "The subject will see it")
        case .intFiledBy: t("提出人", "Filed by")
        case .intFiledAt: t("提出时间", "Filed at")
        case .intDecidedBy: t("处理人", "Decided by")
        case .intOutcome: t("结果", "Outcome")
        case .intGrounds: t("申诉理由", "Grounds")
        case .intEvidence: t("修复证明", "Evidence")
        case .intHistory: t("变更记录（审计日志）", "History (audit log)")
        case .intDateInvalid: t("日期格式应为 2026-06-30", "Enter the date as 2026-06-30")
        case .intSubjectInvalid: t("请选择记录对象（个人或单位）", "Select whom the record is about (a person or an organisation)")
        case .intCreated: t("草稿已创建", "The draft was created")
        case .intSaved: t("草稿已保存", "The draft was saved")
        case .intDecided: t("决定已录入，记录已生效", "The decision was entered: the record is in effect")
        case .intPublished: t("记录已公开", "The record was published")
        case .intAppealDecided: t("申诉已处理", "The appeal was decided")
        case .intRepairDecided: t("信用修复申请已处理", "The credit repair request was decided")
        case .intYes: t("是", "Yes")
        case .intNo: t("否", "No")
        case .intDiligentNote: t("尽职免责结论，不属于科研失信，不限制任何活动（第四十八条、第六十四条）", "A diligent-failure closure: not misconduct, restricts nothing (Art. 48, 64)")
        case .intMineTitle: t("我的科研诚信记录", "My integrity records")
        case .intMineIntro: t("这里列出关于您（以及您所在科研管理部门的单位）的科研诚信记录。对记录有异议的，可以提出申诉；限制期内已整改的，可以申请信用修复（第六十条）。",
                              "Integrity records about you (and about the organisations whose research office you are). You may appeal a record you disagree with, and ask for credit repair once you have made amends (Art. 60).")
        case .intMineNone: t("没有关于您的科研诚信记录。", "There are no integrity records about you.")
        case .intAppeal: t("提出申诉", "Appeal")
        case .intAppealHint: t("写明不服的理由和证据", "State why you disagree and the evidence")
        case .intRepair: t("申请信用修复", "Ask for credit repair")
        case .intRepairHint: t("说明整改情况并列出证明材料", "Describe what you corrected and list the evidence")
        case .intAppealFiled: t("申诉已提交", "Your appeal was filed")
        case .intRepairRequested: t("信用修复申请已提交", "Your credit repair request was filed")
        case .intAbout: t("关于", "About")
        case .intAppealPending: t("申诉处理中", "Appeal pending")
        case .intRepairPending: t("信用修复申请处理中", "Credit repair request pending")
        case .intInstitutionTitle: t("本单位科研诚信制度与处理情况", "Our integrity rules and handling")
        case .intInstitutionIntro: t("依据第六十条第二款，单位履行科研诚信建设主体责任，健全内部科研诚信管理制度，明确责任追究办法。在此记录本单位的内部制度和处理情况。",
                                     "Under Art. 60(2), institutions are responsible for research integrity in their own house: internal rules, and how violations are handled. Record yours here.")
        case .intInstitutionNone: t("还没有记录。", "Nothing recorded yet.")
        case .intInstitutionNotOffice: t("您不是任何单位的科研管理部门，无法维护单位制度。", "You are not the research office of any organisation, so there is nothing to keep here.")
        case .intEntryKind: t("类别", "Kind")
        case .intEntryTitle: t("标题", "Title")
        case .intEntryBody: t("内容", "Text")
        case .intEntryDate: t("日期", "Date")
        case .intEntryOrganisation: t("单位", "Organisation")
        case .intEntryAdd: t("添加", "Add")
        case .intEntryAdded: t("已添加", "Added")
        case .intEntryOrganisationRequired: t("请选择单位", "Select the organisation")
        }
    }
}
