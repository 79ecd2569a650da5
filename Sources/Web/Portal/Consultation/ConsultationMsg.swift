import KechuangCore

/// Strings of the public consultation pages (Art. 58, 75), in Chinese and English.
public enum ConsultationMsg: String, Catalogue {
    case conTitle, conLead, conFeed, conFeedTitle, conManage, conManageThis, conAll, conNone, conOpenNow, conUpcoming, conClosed
    case conPeriod, conState, conAbout, conDraftText, conReport, conComments, conComment, conNoComments, conWholeText
    case conAuthorPublic, conHiddenNote, conHiddenCount, conHidden, conHiddenText, conResponse, conNoResponse
    case conCommentOnArticle, conGoToForm, conCommentTitle, conCommentPublic, conSignInToComment, conArticle, conOnBehalf
    case conOnBehalfHint, conAsMyself, conCommentText, conCommentHint, conSend
    case conNoteDraft, conNoteUpcoming, conNoteOpen, conNoteClosed, conNoteReported
    case conAdoptedNote, conAdoptedLink, conNew, conNewIntro, conSaveDraft, conEditDraft, conPublish, conPublishIntro, conPublicPage
    case conFieldKind, conFieldTitleZh, conFieldTitleEn, conFieldDepartment, conFieldSummaryZh, conFieldSummaryEn, conFieldOpens
    case conFieldCloses, conFieldText, conFieldTextHint, conDateHint
    case conFrom, conActions, conReview, conReportIntro, conReportZh, conReportEn, conPublishReport, conAdopt, conAdoptIntro, conIssuedOn
    case conHide, conHideIntro, conHideReason, conRespond, conResponseReason, conSaveResponse
    case conCreated, conSaved, conPublished, conCommented, conHiddenDone, conAnswered, conReportPublished, conAdoptedDone

    public var text: LocalizedText {
        switch self {
        case .conTitle: t("公开征求意见", "Public consultations")
        case .conLead: t("制定规划和重大政策前，向企业、科研机构、高等学校、智库和公众公开征求意见。登录后即可对全文或某一条提出意见；采纳情况在截止后公开反馈。",
                         "Before plans and major policies are made, enterprises, research institutes, universities, think tanks and the public are heard. Sign in to comment on the whole text or on one article; how each comment was taken into account is published after closing.")
        case .conFeed: t("征求意见订阅（Atom）", "Consultations feed (Atom)")
        case .conFeedTitle: t("科创 · 公开征求意见", "Kechuang · Public consultations")
        case .conManage: t("管理征求意见", "Manage consultations")
        case .conManageThis: t("管理本次征求意见", "Manage this consultation")
        case .conAll: t("全部征求意见", "All consultations")
        case .conNone: t("暂无", "None at the moment")
        case .conOpenNow: t("正在征求意见", "Open for comment")
        case .conUpcoming: t("即将开始", "Opening soon")
        case .conClosed: t("已截止", "Closed")
        case .conPeriod: t("征求意见期", "Comment period")
        case .conState: t("状态", "Status")
        case .conAbout: t("起草说明", "About this draft")
        case .conDraftText: t("征求意见稿", "Draft text")
        case .conReport: t("意见采纳情况反馈", "Response to the comments")
        case .conComments: t("意见", "Comments")
        case .conComment: t("意见", "Comment")
        case .conNoComments: t("尚无意见。", "No comments yet.")
        case .conWholeText: t("全文", "The whole text")
        case .conAuthorPublic: t("公众", "A member of the public")
        case .conHiddenNote: t("该意见已隐藏，理由", "This comment was hidden. Reason")
        case .conHiddenCount: t("已隐藏", "Hidden")
        case .conHidden: t("已隐藏", "Hidden")
        case .conHiddenText: t("原文（仅管理人员可见）：", "Original text (officers only):")
        case .conResponse: t("采纳情况", "Response")
        case .conNoResponse: t("待答复", "No response yet")
        case .conCommentOnArticle: t("对本条提出意见", "Comment on this article")
        case .conGoToForm: t("提出意见", "Send a comment")
        case .conCommentTitle: t("提出意见", "Send a comment")
        case .conCommentPublic: t("意见将公开显示，署名为“公众”或您代表的单位；不显示您的姓名和联系方式。",
                                  "Comments are shown publicly, signed as “a member of the public” or with the organisation you speak for; your name and contact details are not shown.")
        case .conSignInToComment: t("登录后提出意见", "Sign in to comment")
        case .conArticle: t("针对", "Comment on")
        case .conOnBehalf: t("署名", "Comment as")
        case .conOnBehalfHint: t("可以以个人名义，或代表您所在的单位提出意见", "Yourself, or on behalf of an organisation you belong to")
        case .conAsMyself: t("个人", "Myself")
        case .conCommentText: t("意见内容", "Your comment")
        case .conCommentHint: t("不超过 5000 字", "At most 5,000 characters")
        case .conSend: t("提交意见", "Send comment")
        case .conNoteDraft: t("草稿，尚未公开。", "A draft, not public yet.")
        case .conNoteUpcoming: t("尚未开始征求意见。征求意见期：", "Not open for comment yet. Comment period: ")
        case .conNoteOpen: t("正在征求意见。征求意见期：", "Open for comment. Comment period: ")
        case .conNoteClosed: t("征求意见已截止，不再接受意见；采纳情况将公开反馈。征求意见期：", "Closed: comments are no longer accepted; the response will be published. Comment period: ")
        case .conNoteReported: t("征求意见已截止，采纳情况已反馈。征求意见期：", "Closed; the response has been published. Comment period: ")
        case .conAdoptedNote: t("该政策已印发并纳入政策库：", "The policy was issued and is in the policy library:")
        case .conAdoptedLink: t("在政策库中查看", "see it in the policy library")
        case .conNew: t("新建征求意见", "New consultation")
        case .conNewIntro: t("先保存为草稿，核对后再发布。发布后内容不能修改。", "Save it as a draft first and publish it once checked. A published draft cannot be changed.")
        case .conSaveDraft: t("保存草稿", "Save draft")
        case .conEditDraft: t("修改草稿", "Edit the draft")
        case .conPublish: t("发布征求意见", "Publish for comment")
        case .conPublishIntro: t("发布后公众可在征求意见期内提出意见，内容不能再修改。", "Once published, people can comment during the comment period and the text cannot be changed.")
        case .conPublicPage: t("查看公开页面", "See the public page")
        case .conFieldKind: t("类别", "Kind")
        case .conFieldTitleZh: t("标题（中文）", "Title (Chinese)")
        case .conFieldTitleEn: t("标题（英文，可选）", "Title (English, optional)")
        case .conFieldDepartment: t("起草部门", "Drafting department")
        case .conFieldSummaryZh: t("起草说明（中文）", "About this draft (Chinese)")
        case .conFieldSummaryEn: t("起草说明（英文，可选）", "About this draft (English, optional)")
        case .conFieldOpens: t("开始日期", "Opening day")
        case .conFieldCloses: t("截止日期", "Closing day")
        case .conFieldText: t("征求意见稿全文", "Full text of the draft")
        case .conFieldTextHint: t("按条文书写，每条另起一行：“第一条 ……”；可分章：“第一章 总则”", "Write it in articles, each on its own line starting with its Chinese article label, as laws are written; chapters are optional")
        case .conDateHint: t("如 2026-12-31（北京时间）", "For example 2026-12-31 (Beijing time)")
        case .conFrom: t("署名", "From")
        case .conActions: t("操作", "Actions")
        case .conReview: t("审阅", "Review")
        case .conReportIntro: t("截止后逐条说明采纳、部分采纳或未采纳及理由，再发布总体反馈。", "After closing, answer each comment (adopted, partly adopted or not adopted, with the reason), then publish the summary.")
        case .conReportZh: t("总体说明（中文）", "Summary (Chinese)")
        case .conReportEn: t("总体说明（英文，可选）", "Summary (English, optional)")
        case .conPublishReport: t("发布采纳情况反馈", "Publish the response")
        case .conAdopt: t("纳入政策库", "Add to the policy library")
        case .conAdoptIntro: t("政策印发后，按印发日期将其纳入政策库。", "Once the policy is issued, add it to the policy library with its issue day.")
        case .conIssuedOn: t("印发日期", "Issue day")
        case .conHide: t("隐藏该意见", "Hide this comment")
        case .conHideIntro: t("意见不会被删除：隐藏后公开页面只显示隐藏理由。", "Comments are never deleted: once hidden, the public page shows only the reason.")
        case .conHideReason: t("隐藏理由（公开显示）", "Reason (shown publicly)")
        case .conRespond: t("答复该意见", "Answer this comment")
        case .conResponseReason: t("理由", "Reason")
        case .conSaveResponse: t("保存答复", "Save the answer")
        case .conCreated: t("草稿已保存", "Draft saved")
        case .conSaved: t("草稿已更新", "Draft updated")
        case .conPublished: t("已发布征求意见", "Published for comment")
        case .conCommented: t("意见已提交，感谢参与", "Comment sent. Thank you")
        case .conHiddenDone: t("意见已隐藏", "Comment hidden")
        case .conAnswered: t("答复已保存", "Answer saved")
        case .conReportPublished: t("采纳情况反馈已发布", "Response published")
        case .conAdoptedDone: t("已纳入政策库", "Added to the policy library")
        }
    }
}
