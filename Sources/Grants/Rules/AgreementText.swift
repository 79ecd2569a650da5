import Foundation
import KechuangCore
import Projects

/// The canonical text of a task agreement: the exact characters each signature's SHA-256 is taken
/// of. One line per fact, in a fixed order, numbers as plain digits, days as `YYYY-MM-DD`, new
/// lines inside a text written as `\n`; the project's identity and award are part of it, so a
/// signature cannot be moved to another project or amount.
public enum AgreementText {
    public static let format = "kechuang-task-agreement/1"

    public static func canonical(_ project: Project, _ terms: AgreementTerms) -> String {
        var lines: [String] = [format]
        func add(_ key: String, _ value: String) {
            lines.append(key + ": " + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\r\n", with: "\n")
                .replacingOccurrences(of: "\n", with: "\\n"))
        }
        add("project.id", project.id.rawValue.uuidString.lowercased())
        add("project.number", project.number)
        add("project.title_zh", project.titleZh)
        add("project.title_en", project.titleEn)
        add("project.pi", project.principalInvestigatorID.uuidString.lowercased())
        add("project.organisation", project.organisationID.uuidString.lowercased())
        add("project.period", "\(project.startDate)/\(project.endDate)")
        add("project.awarded_yuan", String(project.awardedAmount))
        add("project.funding_kind", project.fundingKind.rawValue)
        add("project.research_type", project.researchType.rawValue)
        add("project.budget_mode", project.budgetMode.rawValue)
        add("objectives_zh", terms.objectivesZh)
        add("objectives_en", terms.objectivesEn)
        add("deliverables_zh", terms.deliverablesZh)
        add("deliverables_en", terms.deliverablesEn)
        for (i, indicator) in terms.indicators.enumerated() {
            add("indicator.\(i + 1)", "\(indicator.id.uuidString.lowercased())|\(indicator.nameZh)|\(indicator.nameEn)|\(indicator.unit)|\(number(indicator.target))")
        }
        for (i, milestone) in terms.milestones.enumerated() {
            add("milestone.\(i + 1)", "\(milestone.id.uuidString.lowercased())|\(milestone.due)|\(milestone.titleZh)|\(milestone.titleEn)")
        }
        for year in terms.budgetByYear {
            add("budget.\(year.year)", String(year.amount))
        }
        for (i, tranche) in terms.tranches.enumerated() {
            add("tranche.\(i + 1)", "\(tranche.id.uuidString.lowercased())|\(tranche.amount)|\(tranche.milestoneID?.uuidString.lowercased() ?? "signature")")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Lowercase hex SHA-256 of the canonical text's UTF-8 bytes.
    public static func sha256(_ project: Project, _ terms: AgreementTerms) -> String {
        SHA256Digest.hex(Data(canonical(project, terms).utf8))
    }

    /// A target as plain digits: `3`, `2.5`.
    public static func number(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
