import Foundation
import KechuangCore
import Projects

/// A task agreement as typed into the form or sent to the API: texts, and one line per
/// indicator (`名称|Name|unit|target`), milestone (`YYYY-MM-DD|标题|Title`), year of budget
/// (`2025|300000`) and tranche (`amount|milestone title (中文) or empty for "on signature"`).
public struct AgreementInput: Sendable, Equatable, Codable {
    public var objectivesZh: String
    public var objectivesEn: String
    public var deliverablesZh: String
    public var deliverablesEn: String
    public var indicators: String
    public var milestones: String
    public var budgetByYear: String
    public var tranches: String
    /// The version the editor started from (optimistic locking).
    public var version: Int

    public init(objectivesZh: String = "", objectivesEn: String = "", deliverablesZh: String = "", deliverablesEn: String = "",
                indicators: String = "", milestones: String = "", budgetByYear: String = "", tranches: String = "", version: Int = 0) {
        self.objectivesZh = objectivesZh
        self.objectivesEn = objectivesEn
        self.deliverablesZh = deliverablesZh
        self.deliverablesEn = deliverablesEn
        self.indicators = indicators
        self.milestones = milestones
        self.budgetByYear = budgetByYear
        self.tranches = tranches
        self.version = version
    }

    /// The form's text for existing terms: what `parse` reads back into the same terms.
    public init(_ terms: AgreementTerms, version: Int) {
        let titles = Dictionary(uniqueKeysWithValues: terms.milestones.map { ($0.id, $0.titleZh) })
        self.init(
            objectivesZh: terms.objectivesZh, objectivesEn: terms.objectivesEn, deliverablesZh: terms.deliverablesZh, deliverablesEn: terms.deliverablesEn,
            indicators: terms.indicators.map { "\($0.nameZh)|\($0.nameEn)|\($0.unit)|\(AgreementText.number($0.target))" }.joined(separator: "\n"),
            milestones: terms.milestones.map { "\($0.due)|\($0.titleZh)|\($0.titleEn)" }.joined(separator: "\n"),
            budgetByYear: terms.budgetByYear.map { "\($0.year)|\($0.amount)" }.joined(separator: "\n"),
            tranches: terms.tranches.map { "\($0.amount)|\($0.milestoneID.flatMap { titles[$0] } ?? "")" }.joined(separator: "\n"),
            version: version)
    }

    static func lines(_ text: String) -> [[String]] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .map { $0.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } }
    }

    /// The terms, keeping the ids of milestones (by Chinese title), indicators (by Chinese name)
    /// and tranches (by position) that existed before; a line that cannot be read is a field error.
    public func parse(previous: AgreementTerms) -> (terms: AgreementTerms, errors: [FieldError]) {
        var errors: [FieldError] = []
        func bad(_ field: String, _ line: Int, zh: String, en: String) {
            errors.append(FieldError(field: field, rule: "agreement.\(field).format",
                                     message: LocalizedText(zh: "第\(line)行：\(zh)", en: "Line \(line): \(en)")))
        }
        var indicators: [Indicator] = []
        for (i, parts) in Self.lines(self.indicators).enumerated() {
            guard parts.count == 4, !parts[0].isEmpty, let target = Double(parts[3]), target.isFinite else {
                bad("indicators", i + 1, zh: "请按“名称|Name|单位|目标值”填写", en: "write “名称|Name|unit|target”"); continue
            }
            let id = previous.indicators.first { $0.nameZh == parts[0] }?.id ?? UUID()
            indicators.append(Indicator(id: id, nameZh: parts[0], nameEn: parts[1], unit: parts[2], target: target))
        }
        var milestones: [Milestone] = []
        for (i, parts) in Self.lines(self.milestones).enumerated() {
            guard parts.count == 3, let due = BeijingDay(parsing: parts[0]), !parts[1].isEmpty else {
                bad("milestones", i + 1, zh: "请按“YYYY-MM-DD|标题|Title”填写", en: "write “YYYY-MM-DD|标题|Title”"); continue
            }
            let id = previous.milestones.first { $0.titleZh == parts[1] }?.id ?? UUID()
            milestones.append(Milestone(id: id, titleZh: parts[1], titleEn: parts[2], due: due))
        }
        var years: [YearBudget] = []
        for (i, parts) in Self.lines(self.budgetByYear).enumerated() {
            guard parts.count == 2, let year = Int(parts[0]), BeijingDay.years.contains(year),
                  let amount = Money.parse(parts[1]), Money.range.contains(amount) else {
                bad("budget_by_year", i + 1, zh: "请按“年份|金额（元）”填写", en: "write “year|amount (yuan)”"); continue
            }
            years.append(YearBudget(year: year, amount: amount))
        }
        var tranches: [Tranche] = []
        for (i, parts) in Self.lines(self.tranches).enumerated() {
            guard (1...2).contains(parts.count), let amount = Money.parse(parts[0]), Money.range.contains(amount) else {
                bad("tranches", i + 1, zh: "请按“金额（元）|里程碑标题（签订时拨付则留空）”填写", en: "write “amount (yuan)|milestone title (empty: on signature)”"); continue
            }
            let title = parts.count == 2 ? parts[1] : ""
            var milestoneID: UUID?
            if !title.isEmpty {
                guard let milestone = milestones.first(where: { $0.titleZh == title || $0.titleEn == title }) else {
                    bad("tranches", i + 1, zh: "没有标题为“\(title)”的里程碑", en: "there is no milestone titled “\(title)”"); continue
                }
                milestoneID = milestone.id
            }
            let id = i < previous.tranches.count ? previous.tranches[i].id : UUID()
            tranches.append(Tranche(id: id, amount: amount, milestoneID: milestoneID))
        }
        let terms = AgreementTerms(objectivesZh: objectivesZh.trimmingCharacters(in: .whitespacesAndNewlines),
                                   objectivesEn: objectivesEn.trimmingCharacters(in: .whitespacesAndNewlines),
                                   deliverablesZh: deliverablesZh.trimmingCharacters(in: .whitespacesAndNewlines),
                                   deliverablesEn: deliverablesEn.trimmingCharacters(in: .whitespacesAndNewlines),
                                   indicators: indicators, milestones: milestones, budgetByYear: years, tranches: tranches)
        return (terms, errors)
    }
}

/// What a complete task agreement needs before the PI may sign it. The institution approves it
/// (Art. 22); the budget and the tranches add up to the award.
public enum AgreementRules {
    public struct Input: Sendable {
        public var project: Project
        public var terms: AgreementTerms
    }

    static func blank(_ s: String) -> Bool { s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

    public static let complete = RuleBook<Input>([
        Rule(id: "agreement.objectives.required", basis: nil, field: "objectives_zh",
             message: LocalizedText(zh: "请填写研究目标（中文与英文）", en: "Enter the objectives (Chinese and English)")) {
            blank($0.terms.objectivesZh) || blank($0.terms.objectivesEn)
        },
        Rule(id: "agreement.deliverables.required", basis: nil, field: "deliverables_zh",
             message: LocalizedText(zh: "请填写预期成果（中文与英文）", en: "Enter the deliverables (Chinese and English)")) {
            blank($0.terms.deliverablesZh) || blank($0.terms.deliverablesEn)
        },
        Rule(id: "agreement.indicators.required", basis: .art(31), field: "indicators",
             message: LocalizedText(zh: "请至少填写一项考核指标及目标值（第三十一条：分类评价）",
                                    en: "Enter at least one assessment indicator with its target (Art. 31: evaluation by category)")) {
            $0.terms.indicators.isEmpty || $0.terms.indicators.contains { $0.target <= 0 }
        },
        Rule(id: "agreement.milestones.required", basis: nil, field: "milestones",
             message: LocalizedText(zh: "请至少填写一个里程碑", en: "Enter at least one milestone")) { $0.terms.milestones.isEmpty },
        Rule(id: "agreement.milestones.period", basis: nil, field: "milestones",
             message: LocalizedText(zh: "里程碑日期须在项目起止日期之内", en: "Milestones must fall within the project's dates")) { input in
            input.terms.milestones.contains { $0.due < input.project.startDate || $0.due > input.project.endDate }
        },
        Rule(id: "agreement.budget.total", basis: .art(50, 2), field: "budget_by_year",
             message: LocalizedText(zh: "分年度预算之和须等于资助金额（第五十条第二款）",
                                    en: "The budget by year must add up to the awarded amount (Art. 50(2))")) {
            Money.sum($0.terms.budgetByYear.map(\.amount)) != $0.project.awardedAmount
        },
        Rule(id: "agreement.tranches.total", basis: .art(50, 2), field: "tranches",
             message: LocalizedText(zh: "拨款批次金额之和须等于资助金额（第五十条第二款）",
                                    en: "The tranches must add up to the awarded amount (Art. 50(2))")) {
            Money.sum($0.terms.tranches.map(\.amount)) != $0.project.awardedAmount
        },
    ])

    public static var citations: [CitedRule] {
        complete.citations(module: "PRJ") + AwardRules.decision.citations(module: "PRJ")
    }
}
