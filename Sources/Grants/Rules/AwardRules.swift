import Foundation
import KechuangCore
import Projects

/// What the funding decision is checked against: the officer's input and the facts of the
/// application, its call and its reviews.
public struct AwardFacts: Sendable {
    /// Nil when the officer typed something that is not a whole number of yuan.
    public var awardedAmount: Int?
    public var requestedAmount: Int
    /// The call's per-project cap: twice its typical award (the application rule's bound).
    public var perProjectCap: Int
    /// The call's total budget less what projects of the call were already awarded.
    public var remainingBudget: Int
    public var reviewCount: Int
    public var aboveCutoff: Bool
    public var nearDuplicate: Bool
    public var reason: String
    public var startDate: BeijingDay?
    public var endDate: BeijingDay?
    public var fundingKind: FundingKind?
    public var researchType: ResearchType?
    /// The call's selection mode (Art. 29(1)): expert recommendation needs nominations and the
    /// officer's reason; directed commission needs its commission.
    public var selectionMode: SelectionMode
    public var nominations: Int
    public var commissioned: Bool

    public init(awardedAmount: Int?, requestedAmount: Int, perProjectCap: Int, remainingBudget: Int, reviewCount: Int, aboveCutoff: Bool,
                nearDuplicate: Bool, reason: String, startDate: BeijingDay?, endDate: BeijingDay?, fundingKind: FundingKind?, researchType: ResearchType?,
                selectionMode: SelectionMode = .openCompetition, nominations: Int = 0, commissioned: Bool = false) {
        self.selectionMode = selectionMode
        self.nominations = nominations
        self.commissioned = commissioned
        self.awardedAmount = awardedAmount
        self.requestedAmount = requestedAmount
        self.perProjectCap = perProjectCap
        self.remainingBudget = remainingBudget
        self.reviewCount = reviewCount
        self.aboveCutoff = aboveCutoff
        self.nearDuplicate = nearDuplicate
        self.reason = reason
        self.startDate = startDate
        self.endDate = endDate
        self.fundingKind = fundingKind
        self.researchType = researchType
    }

    var hasReason: Bool { !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
}

/// The funding decision's rules, as data. Merit-based support after peer review (Art. 29)
/// within the budget; stable or competitive funding and the research type recorded (Art. 28);
/// a near-duplicate application funded only with a recorded reason (Art. 60).
public enum AwardRules {
    public static let decision = RuleBook<AwardFacts>([
        Rule(id: "award.amount.required", basis: nil, field: "awarded_amount",
             message: LocalizedText(zh: "请填写资助金额（元，整数）", en: "Enter the awarded amount (whole yuan)")) {
            guard let amount = $0.awardedAmount else { return true }
            return amount <= 0 || amount > Money.maxYuan
        },
        Rule(id: "award.amount.request", basis: .art(29), field: "awarded_amount",
             message: LocalizedText(zh: "资助金额不得超过申请金额（可以低于申请金额）（第二十九条）",
                                    en: "The award may not exceed the amount requested; it may be less (Art. 29)")) {
            ($0.awardedAmount ?? 0) > $0.requestedAmount
        },
        Rule(id: "award.amount.cap", basis: .art(29), field: "awarded_amount",
             message: LocalizedText(zh: "资助金额超过本指南单项资助上限（单项资助额度的两倍）（第二十九条）",
                                    en: "The award is above the call's per-project cap (twice its typical award) (Art. 29)")) {
            ($0.awardedAmount ?? 0) > $0.perProjectCap
        },
        Rule(id: "award.budget.remaining", basis: .art(29), field: "awarded_amount",
             message: LocalizedText(zh: "资助金额超过本指南剩余预算，不能资助（第二十九条）",
                                    en: "The award is more than what remains of the call's budget: it cannot be funded (Art. 29)")) {
            ($0.awardedAmount ?? 0) > $0.remainingBudget
        },
        Rule(id: "award.reason.no_reviews", basis: .art(29), field: "reason",
             message: LocalizedText(zh: "该申请没有评审意见：资助须写明理由（第二十九条：同行评议、择优支持）",
                                    en: "This application has no reviews: give the reason for funding it (Art. 29: peer review, merit-based support)")) {
            $0.reviewCount == 0 && !$0.hasReason
        },
        Rule(id: "award.reason.below_cutoff", basis: .art(29), field: "reason",
             message: LocalizedText(zh: "该申请在资助线以下：资助须写明理由（第二十九条：择优支持）",
                                    en: "This application is below the funding cut-off: give the reason for funding it (Art. 29: merit-based support)")) {
            $0.reviewCount > 0 && !$0.aboveCutoff && !$0.hasReason
        },
        Rule(id: "award.reason.near_duplicate", basis: .art(60), field: "reason",
             message: LocalizedText(zh: "形式审查发现该申请与其他申请高度相似：资助须写明理由（第六十条）",
                                    en: "The formal check found a near-duplicate of this application: give the reason for funding it (Art. 60)")) {
            $0.nearDuplicate && !$0.hasReason
        },
        Rule(id: "award.recommendation.nominations", basis: .art(29, 1), field: "nominations",
             message: LocalizedText(zh: "专家推荐制：该申请须有至少 \(SelectionRules.requiredNominations) 位在册专家的推荐（均经利益冲突检查）方可资助（第二十九条第一款）",
                                    en: "Expert recommendation: the application needs at least \(SelectionRules.requiredNominations) nominations from registered experts, each conflict-checked, before it can be funded (Art. 29(1))")) {
            $0.selectionMode == .expertRecommendation && $0.nominations < SelectionRules.requiredNominations
        },
        Rule(id: "award.recommendation.reason", basis: .art(29, 1), field: "reason",
             message: LocalizedText(zh: "专家推荐制：请写明选定该申请的理由（第二十九条第一款）",
                                    en: "Expert recommendation: record why you choose this application (Art. 29(1))")) {
            $0.selectionMode == .expertRecommendation && !$0.hasReason
        },
        Rule(id: "award.commission.required", basis: .art(29, 1), field: "commission",
             message: LocalizedText(zh: "定向委托类指南的申请须由项目主管登记的定向委托产生，方可资助（第二十九条第一款）",
                                    en: "An application of a directed-commission call is funded only through the commission the programme officer recorded (Art. 29(1))")) {
            $0.selectionMode == .directedCommission && !$0.commissioned
        },
        Rule(id: "award.dates.required", basis: nil, field: "start_date",
             message: LocalizedText(zh: "请填写项目起止日期（年-月-日）", en: "Enter the project's start and end dates (YYYY-MM-DD)")) {
            $0.startDate == nil || $0.endDate == nil
        },
        Rule(id: "award.dates.order", basis: nil, field: "end_date",
             message: LocalizedText(zh: "项目结束日期须晚于开始日期", en: "The project must end after it starts")) {
            guard let start = $0.startDate, let end = $0.endDate else { return false }
            return end <= start
        },
        Rule(id: "award.funding_kind.required", basis: .art(28), field: "funding_kind",
             message: LocalizedText(zh: "请选择支持方式：稳定支持或竞争性支持（第二十八条）",
                                    en: "Select how it is funded: stable support or competitive funding (Art. 28)")) { $0.fundingKind == nil },
        Rule(id: "award.research_type.required", basis: .art(28), field: "research_type",
             message: LocalizedText(zh: "请选择研究类型：基础研究、应用研究或技术开发（第二十八条）",
                                    en: "Select the research type: basic, applied or development (Art. 28)")) { $0.researchType == nil },
    ])
}
