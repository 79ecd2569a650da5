import KechuangCore

/// Strings of the formal check and expert review pages (PRJ formal check, REV), in Chinese and English.
public enum ReviewMsg: String, Catalogue {
    case navReview, navExpertProfile, navReviews, navExperts, appDiscipline, appDisciplineHint
    // Formal check
    case checkTitle, checkIntro, checkIntegrity, checkIntegrityClear, checkDuplicates, checkDuplicatesHint, checkNoDuplicates
    case checkSimilarity, checkCompare, checkDecision, checkAccept, checkNotAccept, checkReason, checkReasonHint, checkDecided, checkReferred
    case compareTitle, compareLegend, compareConfirmTitle, compareConfirmHint, compareConfirm, checkLink
    // Experts
    case expertTitle, expertIntro, expertInactive, expertDisciplines, expertDisciplinesHint, expertKeywords, expertExpertise, expertLanguages
    case expertMaxLoad, expertAvailability, expertAvailabilityHint, expertPast, expertPastHint, expertDeclared, expertDeclaredHint
    case expertSaved, expertInvited, expertStatusChanged, expertActive, expertInactiveShort, expertActivate, expertDeactivate
    case expertsTitle, expertsIntro, expertsInviteEmail, expertsInvite
    // Round
    case roundTitle, roundIntro, roundProposals, roundExperts, roundParameters, roundK, roundMinLoad, roundMaxLoad, roundMaxLoadHint
    case roundDeadline, roundFair, roundSeed, roundSeedHint, roundRun, roundPublish, roundProgress, roundRemind, roundAssignments
    case roundExpert, roundAffinity, roundSourceManual, roundSourceReplacement, roundSwapTo, roundSwap, roundAddConflict, roundConflictReason
    case roundExclusions, roundReason, roundDetail, roundSaved, roundComputed, roundSwapped, roundConflictAdded, roundPublished, roundReminded
    // Report
    case reportTitle, reportIntro, reportDigest, reportEligible, reportParameters, reportObjective, reportMinTotal, reportFormula
    case reportComputedAt, reportPublishedAt, reportFiles, reportRerun, reportPublicLink
    // Ranking
    case rankingTitle, rankingIntro, rankingReviews, rankingMean, rankingSpread, rankingOutliers, rankingCutoff, rankingWithin, rankingBeyond
    case rankingFund, rankingNotFund, fundingDecided
    // Reviews
    case reviewsTitle, reviewsIntro, reviewsNone, reviewsReminder, reviewTitle, reviewAcceptHint, reviewAccept, reviewDecline, reviewDeclineReason
    case reviewForm, reviewComment, reviewLanguage, reviewDeclarations, reviewConfidentiality, reviewNoConflict, reviewSubmit
    case reviewYours, reviewOthers, reviewOthersNone, reviewOthersHidden, reviewAccepted, reviewDeclined, reviewSubmitted

    public var text: LocalizedText {
        switch self {
        case .navReview: t("专家评审", "Expert review")
        case .navExpertProfile: t("专家信息", "Expert profile")
        case .navReviews: t("我的评审", "My reviews")
        case .navExperts: t("专家库", "Expert pool")
        case .appDiscipline: t("申请代码", "Discipline code")
        case .appDisciplineHint: t("如 F0101，用于匹配同行评审专家", "Like F0101: it matches your proposal to peer reviewers")
        case .checkTitle: t("形式审查", "Formal check")
        case .checkIntro: t("核对申请人和申请单位的科研诚信记录，并与本年度及前两年度所有专项的申请比对文本相似度。", "Check the integrity records of the applicant and the organisation, and compare the text with every application of this season and the two before, in all programmes.")
        case .checkIntegrity: t("科研诚信", "Research integrity")
        case .checkIntegrityClear: t("申请人和申请单位没有限制项目申报的科研诚信记录。", "No integrity record restricts the applicant or the organisation from applying.")
        case .checkDuplicates: t("相似申请", "Similar applications")
        case .checkDuplicatesHint: t("列出文本相似度（三字片段集合的杰卡德系数）不低于 70% 的申请。", "Applications whose text similarity (Jaccard of three-token shingle sets) is 70% or more.")
        case .checkNoDuplicates: t("没有发现相似的申请。", "No similar application was found.")
        case .checkSimilarity: t("相似度", "Similarity")
        case .checkCompare: t("对照查看", "Compare side by side")
        case .checkDecision: t("审查结论", "Decision")
        case .checkAccept: t("受理，进入评审", "Accept for review")
        case .checkNotAccept: t("不予受理", "Do not accept")
        case .checkReason: t("不予受理的理由", "Reason for not accepting")
        case .checkReasonHint: t("申请人将看到这段说明。", "The applicant will read this.")
        case .checkDecided: t("已记录形式审查结论。", "The formal check decision is recorded.")
        case .checkReferred: t("已作为重复申报线索转交科研诚信专员。", "Referred to the integrity officers as a duplicate application.")
        case .checkLink: t("形式审查", "Formal check")
        case .compareTitle: t("相似申请对照", "Similar applications side by side")
        case .compareLegend: t("两份申请共有的文字以高亮显示。", "Text the two applications share is highlighted.")
        case .compareConfirmTitle: t("确认重复申报", "Confirm a duplicate application")
        case .compareConfirmHint: t("确认后将生成一条“重复申报”科研诚信记录草稿，由科研诚信专员审查决定。", "Confirming creates a draft integrity record (duplicate application) for the integrity officers to decide on.")
        case .compareConfirm: t("确认重复并转交", "Confirm and refer")
        case .expertTitle: t("专家信息", "Expert profile")
        case .expertIntro: t("请如实填写研究领域、可评审时间和利益冲突，平台据此匹配同行评审并自动回避。", "Describe your field, when you can review and your conflicts of interest: the platform matches proposals and excludes conflicts from these.")
        case .expertInactive: t("您目前不在可分配的专家名单中。", "You are not currently in the pool that receives assignments.")
        case .expertDisciplines: t("学科代码", "Discipline codes")
        case .expertDisciplinesHint: t("如 F01 或 F0101，多个以逗号分隔", "Like F01 or F0101; separate several with commas")
        case .expertKeywords: t("研究方向关键词", "Keywords of your field")
        case .expertExpertise: t("专长简介", "Expertise")
        case .expertLanguages: t("评审语言", "Languages you review in")
        case .expertMaxLoad: t("每轮最多评审数", "Most proposals per round")
        case .expertAvailability: t("可评审时间", "When you can review")
        case .expertAvailabilityHint: t("每行一段：开始日期 结束日期，如 2026-12-01 2027-01-31；不填表示随时", "One period per line: start end, like 2026-12-01 2027-01-31; leave empty for any time")
        case .expertPast: t("曾任职单位", "Past organisations")
        case .expertPastHint: t("每行一个：单位全称, 起始年, 结束年", "One per line: full name, first year, last year")
        case .expertDeclared: t("申报的利益冲突", "Conflicts you declare")
        case .expertDeclaredHint: t("每行一个：对方邮箱或单位全称, 原因, 截止日期（可选）", "One per line: the person's email or the organisation's full name, reason, until (optional)")
        case .expertSaved: t("专家信息已保存。", "Your expert profile is saved.")
        case .expertInvited: t("已邀请加入专家库。", "Invited to the expert pool.")
        case .expertStatusChanged: t("专家状态已更新。", "The expert's status is updated.")
        case .expertActive: t("可分配", "Active")
        case .expertInactiveShort: t("已停用", "Inactive")
        case .expertActivate: t("启用", "Activate")
        case .expertDeactivate: t("停用", "Deactivate")
        case .expertsTitle: t("专家库", "Expert pool")
        case .expertsIntro: t("邀请平台用户成为评审专家；停用的专家不再被分配。", "Invite people on the platform as expert reviewers; inactive experts get no assignments.")
        case .expertsInviteEmail: t("被邀请人的邮箱", "Email of the person to invite")
        case .expertsInvite: t("邀请", "Invite")
        case .roundTitle: t("评审分配", "Review assignment")
        case .roundIntro: t("为已受理的申请分配同行评审专家：在回避所有利益冲突的前提下，使专家与申请的匹配度总和最大。", "Assign peer reviewers to accepted applications: the total fit of experts to proposals is maximised, and every conflict of interest is excluded.")
        case .roundProposals: t("申请数", "Proposals")
        case .roundExperts: t("专家数", "Experts")
        case .roundParameters: t("分配参数", "Parameters")
        case .roundK: t("每项申请的专家人数", "Reviewers per proposal")
        case .roundMinLoad: t("每位专家最少评审数", "Fewest proposals per expert")
        case .roundMaxLoad: t("每位专家最多评审数", "Most proposals per expert")
        case .roundMaxLoadHint: t("专家本人设定的上限更低时，以专家的为准", "An expert's own lower maximum applies")
        case .roundDeadline: t("评审截止时间", "Reviews due")
        case .roundFair: t("公平模式：先提高匹配度最低的分配，再使总和最大", "Fairness mode: raise the weakest match first, then maximise the total")
        case .roundSeed: t("随机种子", "Seed")
        case .roundSeedHint: t("相同输入和种子得到相同结果", "The same inputs and seed give the same result")
        case .roundRun: t("计算最优分配", "Compute the optimal assignment")
        case .roundPublish: t("发布分配结果", "Publish the assignment")
        case .roundProgress: t("评审进度", "Progress")
        case .roundRemind: t("提醒未完成的专家", "Remind experts who have not finished")
        case .roundAssignments: t("分配结果", "Assignment")
        case .roundExpert: t("专家", "Expert")
        case .roundAffinity: t("匹配度", "Affinity")
        case .roundSourceManual: t("人工调整", "swapped by the officer")
        case .roundSourceReplacement: t("谢绝后递补", "replacement after a decline")
        case .roundSwapTo: t("替换为", "Swap in")
        case .roundSwap: t("替换", "Swap")
        case .roundAddConflict: t("登记利益冲突", "Record a conflict of interest")
        case .roundConflictReason: t("原因", "Reason")
        case .roundExclusions: t("回避情况", "Excluded pairs")
        case .roundReason: t("回避原因", "Reason")
        case .roundDetail: t("说明", "Details")
        case .roundSaved: t("分配参数已保存。", "The parameters are saved.")
        case .roundComputed: t("已计算最优分配，请核对后发布。", "The optimal assignment is computed: check it, then publish.")
        case .roundSwapped: t("已替换专家。", "The reviewer is swapped.")
        case .roundConflictAdded: t("已登记利益冲突。", "The conflict is recorded.")
        case .roundPublished: t("分配结果已发布，专家可以看到评审邀请。", "The assignment is published: experts see their invitations.")
        case .roundReminded: t("已提醒未完成评审的专家。", "Experts who have not finished were reminded.")
        case .reportTitle: t("分配报告", "Assignment report")
        case .reportIntro: t("本报告列出分配的输入摘要、参数和结果，任何人可以下载输入文件重新计算核对。", "This report lists the inputs' digest, the parameters and the result; anyone can download the inputs and re-run the assignment to check it.")
        case .reportDigest: t("输入文件摘要（SHA-256）", "Inputs digest (SHA-256)")
        case .reportEligible: t("可分配的申请—专家对", "Eligible proposal–expert pairs")
        case .reportParameters: t("参数", "Parameters")
        case .reportObjective: t("匹配度总和（目标值）", "Total affinity (objective)")
        case .reportMinTotal: t("单项申请最低匹配度之和", "Smallest per-proposal total")
        case .reportFormula: t("匹配度公式", "Affinity formula")
        case .reportComputedAt: t("计算时间", "Computed")
        case .reportPublishedAt: t("发布时间", "Published")
        case .reportFiles: t("输入文件（rap-bench/1 格式，已匿名化）", "Input files (rap-bench/1 format, pseudonymised)")
        case .reportRerun: t("下载全部文件到同一目录后运行：", "Download every file into one folder and run:")
        case .reportPublicLink: t("公开的分配报告", "The public assignment report")
        case .rankingTitle: t("评审排序", "Ranking")
        case .rankingIntro: t("按评审平均分排序；按顺序资助至指南总经费用完为止，分界线以下的申请超出预算。指南总经费：", "By mean review score; funded in rank order until the call's budget runs out — below the line exceeds it. The call's budget:")
        case .rankingReviews: t("评审数", "Reviews")
        case .rankingMean: t("平均分", "Mean score")
        case .rankingSpread: t("标准差", "Spread")
        case .rankingOutliers: t("离群评分", "Outlying scores")
        case .rankingCutoff: t("预算分界", "Budget cut-off")
        case .rankingWithin: t("预算内", "Within budget")
        case .rankingBeyond: t("超出预算", "Beyond budget")
        case .rankingFund: t("资助", "Fund")
        case .rankingNotFund: t("不资助", "Do not fund")
        case .fundingDecided: t("已记录资助决定。", "The funding decision is recorded.")
        case .reviewsTitle: t("我的评审", "My reviews")
        case .reviewsIntro: t("接受邀请前请确认与申请不存在利益冲突；谢绝后平台会自动递补其他专家。", "Before accepting, make sure you have no conflict with the proposal; if you decline, the platform assigns the next best expert.")
        case .reviewsNone: t("目前没有评审邀请。", "You have no review invitations.")
        case .reviewsReminder: t("请尽快完成评审", "Please finish this review soon")
        case .reviewTitle: t("评审", "Review")
        case .reviewAcceptHint: t("接受即表示您有时间在截止前完成评审。", "Accept if you can finish the review before it is due.")
        case .reviewAccept: t("接受评审", "Accept")
        case .reviewDecline: t("谢绝评审", "Decline")
        case .reviewDeclineReason: t("谢绝原因", "Why you decline")
        case .reviewForm: t("评审表", "Review form")
        case .reviewComment: t("评审意见", "Comments")
        case .reviewLanguage: t("意见语言", "Language of your comments")
        case .reviewDeclarations: t("声明", "Declarations")
        case .reviewConfidentiality: t("我承诺对申请内容和评审意见保密", "I keep the proposal and my review confidential")
        case .reviewNoConflict: t("我确认与该申请不存在利益冲突", "I have no conflict of interest with this proposal")
        case .reviewSubmit: t("提交评审意见", "Submit the review")
        case .reviewYours: t("您的评审意见", "Your review")
        case .reviewOthers: t("其他专家的评审意见", "Other experts' reviews")
        case .reviewOthersNone: t("其他专家尚未提交。", "No other expert has submitted yet.")
        case .reviewOthersHidden: t("提交您的评审意见后，才能看到其他专家的意见。", "You see the other reviews once you have submitted yours.")
        case .reviewAccepted: t("已接受评审邀请。", "You accepted the invitation.")
        case .reviewDeclined: t("已谢绝评审邀请。", "You declined the invitation.")
        case .reviewSubmitted: t("评审意见已提交。", "Your review is submitted.")
        }
    }
}
