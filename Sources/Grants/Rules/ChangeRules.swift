import Foundation
import KechuangCore

/// What a change request must say, by kind. The approval path itself (research office, then the
/// programme officer) is in `ChangeRequests`.
public enum ChangeRules {
    static func blank(_ s: String) -> Bool { s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

    static func validEmail(_ s: String) -> Bool {
        s.range(of: #"^[^@\s]+@[^@\s]+\.[^@\s]+$"#, options: .regularExpression) != nil
    }

    /// The input and the project it changes.
    public static let request = RuleBook<(ChangeInput, Project)>([
        Rule(id: "change.kind.required", basis: nil, field: "kind",
             message: LocalizedText(zh: "请选择变更类型", en: "Choose what to change")) { input, _ in input.kind == nil },
        Rule(id: "change.reason.required", basis: nil, field: "reason",
             message: LocalizedText(zh: "请说明变更理由", en: "Give the reason for the change")) { input, _ in blank(input.reason) },
        Rule(id: "change.extension.end_date", basis: nil, field: "new_end_date",
             message: LocalizedText(zh: "延期后的结束日期须晚于现在的结束日期", en: "The new end date must be after the current end date")) { input, project in
            input.kind == .extension_ && !(input.newEndDate.map { $0 > project.endDate } ?? false)
        },
        Rule(id: "change.extension.limit", basis: .art(50), field: "new_end_date",
             message: LocalizedText(zh: "一次延期不超过 24 个月", en: "One extension is at most 24 months")) { input, project in
            guard input.kind == .extension_, let end = input.newEndDate else { return false }
            return end > ReportSchedule.adding(months: 24, to: project.endDate)
        },
        Rule(id: "change.pi.required", basis: nil, field: "new_pi",
             message: LocalizedText(zh: "请填写新项目负责人（平台用户的电子邮箱），且不能是现任负责人",
                                    en: "Name the new principal investigator (a platform user's e-mail), not the current one")) { input, project in
            input.kind == .piChange && (input.newPrincipalInvestigatorID == nil || input.newPrincipalInvestigatorID == project.principalInvestigatorID)
        },
        Rule(id: "change.team.members", basis: nil, field: "team",
             message: LocalizedText(zh: "请逐行填写新的项目组成员：姓名,电子邮箱", en: "List the new team one member per line: name, e-mail")) { input, _ in
            input.kind == .teamChange && (input.team.isEmpty || input.team.contains { blank($0.name) || !validEmail($0.email) })
        },
    ])
}
