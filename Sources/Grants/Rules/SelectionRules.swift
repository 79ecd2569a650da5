import Foundation
import KechuangCore
import Projects

/// The selection modes besides open competition (Art. 29, paragraph 1: 专家推荐制、定向委托制), as data.
public enum SelectionRules {
    /// An application of an expert-recommendation call is funded only with this many nominations
    /// from registered experts, each without a conflict of interest.
    public static let requiredNominations = 2

    static func blank(_ s: String) -> Bool { s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

    public struct NominationFacts: Sendable {
        public var statement: String
        public var isRegisteredExpert: Bool
        public var callMode: SelectionMode
        public var applicationAccepted: Bool
        /// The Review module's conflict reasons between the expert and the application, if any.
        public var conflicts: [LocalizedText]
        public var alreadyNominated: Bool

        public init(statement: String, isRegisteredExpert: Bool, callMode: SelectionMode, applicationAccepted: Bool, conflicts: [LocalizedText], alreadyNominated: Bool) {
            self.statement = statement
            self.isRegisteredExpert = isRegisteredExpert
            self.callMode = callMode
            self.applicationAccepted = applicationAccepted
            self.conflicts = conflicts
            self.alreadyNominated = alreadyNominated
        }
    }

    public static let nomination = RuleBook<NominationFacts>([
        Rule(id: "nomination.expert.registered", basis: .art(29, 1), field: "statement",
             message: LocalizedText(zh: "只有专家库中在册的专家可以推荐（第二十九条第一款：专家推荐制）",
                                    en: "Only experts registered in the expert pool may recommend (Art. 29(1): expert recommendation)")) { !$0.isRegisteredExpert },
        Rule(id: "nomination.call.mode", basis: .art(29, 1), field: "statement",
             message: LocalizedText(zh: "该申请所属指南不采用专家推荐制", en: "The call of this application does not select by expert recommendation")) {
            $0.callMode != .expertRecommendation
        },
        Rule(id: "nomination.application.accepted", basis: .art(29, 1), field: "statement",
             message: LocalizedText(zh: "只能推荐已受理、尚未作出资助决定的申请", en: "Only an application accepted for review and not yet decided can be recommended")) {
            !$0.applicationAccepted
        },
        Rule(id: "nomination.conflict", basis: .art(29, 1), field: "statement",
             message: LocalizedText(zh: "您与该申请存在利益冲突，不能推荐（第二十九条第一款：平等竞争）",
                                    en: "You have a conflict of interest with this application and cannot recommend it (Art. 29(1): equal competition)")) { !$0.conflicts.isEmpty },
        Rule(id: "nomination.once", basis: nil, field: "statement",
             message: LocalizedText(zh: "您已推荐过该申请", en: "You have already recommended this application")) { $0.alreadyNominated },
        Rule(id: "nomination.statement.required", basis: .art(29, 1), field: "statement",
             message: LocalizedText(zh: "请写明推荐意见", en: "Write your recommendation")) { blank($0.statement) },
    ])

    public struct CommissionFacts: Sendable {
        public var input: CommissionInput
        public var call: Call?
        public var piIsApplicantThere: Bool

        public init(input: CommissionInput, call: Call?, piIsApplicantThere: Bool) {
            self.input = input
            self.call = call
            self.piIsApplicantThere = piIsApplicantThere
        }
    }

    public static let commission = RuleBook<CommissionFacts>([
        Rule(id: "commission.call.mode", basis: .art(29, 1), field: "call_id",
             message: LocalizedText(zh: "请选择定向委托类、未发布的指南（定向委托不发布公开指南，第二十九条第一款）",
                                    en: "Choose an unpublished call in the directed-commission mode (a directed commission publishes no open call, Art. 29(1))")) { f in
            guard let call = f.call else { return true }
            return call.selectionMode != .directedCommission || call.status != .draft
        },
        Rule(id: "commission.organisation.required", basis: .art(29, 1), field: "organisation_id",
             message: LocalizedText(zh: "请选择受委托单位", en: "Choose the institution commissioned")) { $0.input.organisationID == nil },
        Rule(id: "commission.pi.member", basis: .art(29, 1), field: "pi_email",
             message: LocalizedText(zh: "项目负责人须是受委托单位在平台登记的申请人", en: "The PI must be registered on the platform as an applicant of the institution commissioned")) {
            $0.input.organisationID != nil && !$0.piIsApplicantThere
        },
        Rule(id: "commission.title.required", basis: nil, field: "title_zh",
             message: LocalizedText(zh: "请填写委托任务名称（中文）", en: "Enter the task's title in Chinese")) { blank($0.input.titleZh) },
        Rule(id: "commission.amount.required", basis: .art(29, 1), field: "amount",
             message: LocalizedText(zh: "请填写委托经费（元，正整数，不超过指南单项资助上限）",
                                    en: "Enter the amount (whole yuan, more than 0, at most the call's per-project cap)")) { f in
            guard let amount = f.input.amount, amount > 0, amount <= Money.maxYuan else { return true }
            guard let call = f.call else { return false }
            let (cap, overflow) = call.typicalAward.multipliedReportingOverflow(by: 2)
            return !overflow && amount > cap
        },
        Rule(id: "commission.reason.required", basis: .art(29, 1), field: "reason",
             message: LocalizedText(zh: "请写明定向委托的理由（为何不公开征集、为何选择该单位），第二十九条第一款",
                                    en: "Record why the task is commissioned (why no open call, why this institution), Art. 29(1)")) { blank($0.input.reason) },
    ])

    public static var citations: [CitedRule] { nomination.citations(module: "PRJ") + commission.citations(module: "PRJ") }
}
