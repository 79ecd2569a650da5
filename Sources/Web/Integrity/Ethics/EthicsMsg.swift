import KechuangCore

/// Strings of the ethics registry pages (Art. 61), in Chinese and English.
public enum EthicsMsg: String, Catalogue {
    case ethTitle, ethIntro, ethNone, ethInstitution, ethCommittee, ethRegistrationNumber, ethRegistrationDate, ethScopes, ethMembers
    case ethManageLink, ethManageTitle, ethManageIntro, ethNotManager
    case ethNewCommittee, ethNameZh, ethNameEn, ethMembersHint, ethRegister, ethRegistered
    case ethNewApproval, ethApprovalNumber, ethProjectTitle, ethDecisionDate, ethValidFrom, ethValidUntil, ethDateHint, ethHighRisk
    case ethHighRiskHint, ethRecord, ethRecorded, ethApprovals, ethNoApprovals, ethValidity, ethExpertReview, ethExpertReviewNone
    case ethExpertReviewNeeded, ethReviewedOn, ethReviewBody, ethReviewApproved, ethReviewRefused, ethReviewNote, ethRecordReview
    case ethReviewRecorded, ethDateInvalid, ethHighRiskListTitle, ethHighRiskSource, ethCheckRule, ethOrganisation

    public var text: LocalizedText {
        switch self {
        case .ethTitle: t("科技伦理审查委员会登记", "Register of ethics committees")
        case .ethIntro: t("依据第六十一条，从事生命科学、医学、人工智能等科技活动、研究内容涉及科技伦理敏感领域的单位应当设立科技伦理审查委员会。申报涉及敏感领域的项目时须填写本单位委员会出具的批件编号，平台在提交和立项时与本登记核对。",
                          "Under Art. 61, institutions whose life-science, medical, AI or similar research touches ethically sensitive areas set up an ethics committee. An application declaring such research cites an approval number from its institution's committee; the platform checks it against this register at submission and at award.")
        case .ethNone: t("尚无登记的委员会。", "No committees are registered yet.")
        case .ethInstitution: t("设立单位", "Institution")
        case .ethCommittee: t("委员会", "Committee")
        case .ethRegistrationNumber: t("登记编号", "Registration number")
        case .ethRegistrationDate: t("登记日期", "Registration date")
        case .ethScopes: t("审查范围", "Review scopes")
        case .ethMembers: t("委员", "Members")
        case .ethManageLink: t("登记委员会和审查决定", "Register committees and decisions")
        case .ethManageTitle: t("伦理审查登记管理", "Ethics registry: committees and decisions")
        case .ethManageIntro: t("科研管理部门登记本单位的委员会及其审查决定；科研诚信专员可为任何单位登记（第六十一条第二款）。",
                                "A research office registers its institution's committees and their decisions; integrity officers may do so for any institution (Art. 61(2)).")
        case .ethNotManager: t("您不是任何单位的科研管理部门，无法登记。", "You are not the research office of any institution, so you cannot register here.")
        case .ethNewCommittee: t("登记委员会", "Register a committee")
        case .ethNameZh: t("委员会名称（中文）", "Committee name (Chinese)")
        case .ethNameEn: t("委员会名称（英文）", "Committee name (English)")
        case .ethMembersHint: t("每行一名委员：姓名，专业领域（至少 5 名）", "One member a line: name, expertise (at least 5)")
        case .ethRegister: t("登记", "Register")
        case .ethRegistered: t("委员会已登记。", "The committee is registered.")
        case .ethNewApproval: t("登记审查决定（批件）", "Record a review decision (approval)")
        case .ethApprovalNumber: t("批件编号", "Approval number")
        case .ethProjectTitle: t("所审查的项目名称", "Title of the project reviewed")
        case .ethDecisionDate: t("决定日期", "Decision date")
        case .ethValidFrom: t("有效期自", "Valid from")
        case .ethValidUntil: t("有效期至（含）", "Valid until (inclusive)")
        case .ethDateHint: t("如 2026-03-01", "For example 2026-03-01")
        case .ethHighRisk: t("涉及需要专家复核的高风险科技活动", "High-risk activities that need an expert re-review")
        case .ethHighRiskHint: t("涉及清单所列活动的，立项前须登记通过的专家复核", "For a listed activity, an approving expert re-review must be recorded before the award")
        case .ethRecord: t("登记决定", "Record the decision")
        case .ethRecorded: t("审查决定已登记。", "The decision is recorded.")
        case .ethApprovals: t("审查决定", "Review decisions")
        case .ethNoApprovals: t("尚无您可查看的审查决定。", "There are no decisions you can see.")
        case .ethValidity: t("有效期", "Validity")
        case .ethExpertReview: t("专家复核", "Expert re-review")
        case .ethExpertReviewNone: t("无需专家复核", "No expert re-review needed")
        case .ethExpertReviewNeeded: t("须专家复核，尚未登记", "Expert re-review needed, not recorded")
        case .ethReviewedOn: t("复核日期", "Re-review date")
        case .ethReviewBody: t("复核专家组或机关", "Re-reviewing panel or body")
        case .ethReviewApproved: t("复核通过", "Re-review approved")
        case .ethReviewRefused: t("复核未通过", "Re-review not approved")
        case .ethReviewNote: t("复核意见", "Re-review opinion")
        case .ethRecordReview: t("登记专家复核", "Record the expert re-review")
        case .ethReviewRecorded: t("专家复核已登记。", "The expert re-review is recorded.")
        case .ethDateInvalid: t("日期格式应为 2026-03-01", "Dates look like 2026-03-01")
        case .ethHighRiskListTitle: t("需要开展专家复核的科技活动清单", "Activities that need an expert re-review")
        case .ethHighRiskSource: t("依据", "Basis")
        case .ethCheckRule: t("核对规则：批件须存在于本登记，由申报单位的委员会作出，在当日有效，覆盖申报的全部敏感领域；立项时，涉及清单所列活动的还须有通过的专家复核。任何一项不符即不予提交或立项（第六十一条）。",
                              "The check: the approval is in this register, was given by a committee of the applying institution, is valid on the day and covers every sensitive area declared; at award, a listed activity also needs an approving expert re-review. Any failure refuses the submission or the award (Art. 61).")
        case .ethOrganisation: t("单位", "Institution")
        }
    }
}
