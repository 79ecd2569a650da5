import Foundation
import KechuangCore
import Projects

/// The rules of sub-tasks under chief-scientist responsibility (Art. 29), as data.
public enum SubTaskRules {
    static func blank(_ s: String) -> Bool { s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

    public static let input = RuleBook<SubTaskInput>([
        Rule(id: "subtask.title.required", basis: .art(29), field: "title",
             message: LocalizedText(zh: "请填写子课题名称", en: "Enter the sub-task's title")) { blank($0.title) },
        Rule(id: "subtask.leader.required", basis: .art(29), field: "leader_name",
             message: LocalizedText(zh: "请填写子课题负责人", en: "Enter who leads the sub-task")) { blank($0.leaderName) },
        Rule(id: "subtask.budget.required", basis: .art(29), field: "budget",
             message: LocalizedText(zh: "请填写分配经费（元，不小于 0 的整数）", en: "Enter the budget (whole yuan, 0 or more)")) { input in
            guard let budget = input.budget else { return true }
            return budget < 0 || budget > Money.maxYuan
        },
    ])

    /// The sub-tasks' budgets together never exceed the award.
    public static func withinAward(total: Int, award: Int) -> FieldError? {
        guard total > award else { return nil }
        return FieldError(field: "budget", rule: "subtask.budget.award", message: LocalizedText(
            zh: "子课题经费合计 \(total) 元，超过项目经费 \(award) 元", en: "The sub-tasks together would have \(total) yuan, more than the award of \(award) yuan"),
            basis: .art(29))
    }

    /// Only in chief-scientist projects, and only by the chief scientist.
    public static let notChiefScientistProject = LocalizedText(
        zh: "本项目未实行首席科学家负责制，不能分配子课题", en: "This project is not under chief-scientist responsibility: there are no sub-tasks to allocate")

    public static var citations: [CitedRule] { input.citations(module: "PRJ") }
}
