import Foundation
import Integrity
import KechuangCore

/// Rules of final acceptance: a programme's scheme per research type (Art. 31) and the officer's
/// decision (Art. 31, 48, 64).
public enum AcceptanceRules {
    public static let scheme = RuleBook<AcceptanceScheme>([
        Rule(id: "acceptance.scheme.criteria", basis: .art(31), field: "criteria",
             message: LocalizedText(zh: "验收指标须至少一项，每项有键名、中英文名称和正的权重，权重合计 100",
                                    en: "The indicator set needs at least one indicator, each with a key, Chinese and English names and a positive weight; weights add up to 100")) { s in
            s.criteria.isEmpty || s.criteria.contains { $0.key.isEmpty || $0.zh.isEmpty || $0.en.isEmpty || $0.weight <= 0 }
                || s.criteria.reduce(0) { $0 + $1.weight } != 100 || Set(s.criteria.map(\.key)).count != s.criteria.count
        },
        Rule(id: "acceptance.scheme.reviewers", basis: nil, field: "reviewers_per_project",
             message: LocalizedText(zh: "验收专家人数须在 1 至 15 之间", en: "An acceptance panel has 1 to 15 reviewers")) { s in
            !(1...15).contains(s.reviewersPerProject)
        },
        Rule(id: "acceptance.scheme.pass_mark", basis: nil, field: "pass_mark",
             message: LocalizedText(zh: "通过分数线须在 0 至 100 之间", en: "The pass mark is between 0 and 100")) { s in
            !(0...100).contains(s.passMark)
        },
    ])

    public static let decision = RuleBook<AcceptanceDecision>([
        Rule(id: "acceptance.outcome.required", basis: .art(31), field: "outcome",
             message: LocalizedText(zh: "请选择验收结论", en: "Choose the outcome")) { $0.outcome == nil },
        Rule(id: "acceptance.conditions.required", basis: .art(31), field: "finding",
             message: LocalizedText(zh: "有条件通过时请写明条件", en: "State the conditions of a conditional pass")) {
            $0.outcome == .passedWithConditions && ChangeRules.blank($0.finding)
        },
        Rule(id: "acceptance.failure.reason", basis: .art(31), field: "finding",
             message: LocalizedText(zh: "未通过验收时请写明理由", en: "State why the project failed")) {
            $0.outcome == .failed && ChangeRules.blank($0.finding)
        },
        Rule(id: "acceptance.diligence.finding", basis: .art(48), field: "finding",
             message: LocalizedText(zh: "认定勤勉尽责时请写明依据：团队如何履行了合理注意义务、为何未达预期",
                                    en: "For a diligent failure, record the finding: how the team exercised due care and why the targets were not reached")) {
            $0.outcome == .diligentFailure && ChangeRules.blank($0.finding)
        },
        Rule(id: "acceptance.diligence.no_misconduct", basis: .art(64), field: "outcome",
             message: LocalizedText(zh: "发现科研失信行为的项目不能认定为勤勉尽责，也不能通过验收",
                                    en: "A project with misconduct can neither pass nor close as a diligent failure")) {
            $0.misconduct != nil && $0.outcome != .failed && $0.outcome != nil
        },
        Rule(id: "acceptance.misconduct.kind", basis: .art(60), field: "misconduct",
             message: LocalizedText(zh: "请选择科研失信行为的类型", en: "Choose the kind of misconduct")) {
            $0.misconduct == .diligentFailure
        },
        Rule(id: "acceptance.misconduct.description", basis: .art(60), field: "misconduct_description",
             message: LocalizedText(zh: "发现科研失信行为时请描述事实", en: "Describe the facts of the misconduct found")) {
            $0.misconduct != nil && ChangeRules.blank($0.misconductDescription)
        },
    ])
}

extension ResearchType {
    /// The reviewers who evaluate this research type by default (Art. 31).
    public var defaultReviewerKind: AcceptanceReviewerKind {
        switch self {
        case .basic: .academicPeers
        case .applied: .users
        case .development: .market
        }
    }
}
