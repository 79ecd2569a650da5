import Foundation
import KechuangCore

// Evaluation of a condition on an application's facts, three-valued: a missing fact is neither met
// nor not met.

enum Verdict: Equatable {
    case met, notMet, unknown
}

struct Finding {
    var verdict: Verdict
    /// Neutral statements of the facts behind the verdict, so that `not` can reuse them.
    var facts: [LocalizedText]
}

struct EvaluationContext {
    let facts: ApplicationFacts
    /// The call's closing year, in Beijing time.
    let referenceYear: Int

    init(facts: ApplicationFacts) {
        self.facts = facts
        self.referenceYear = BeijingDay(containing: facts.referenceDate).year
    }
}

extension Condition {
    func evaluate(_ context: EvaluationContext) -> Finding {
        let facts = context.facts
        switch self {
        case .organisationTypeIn(let types):
            guard let type = facts.organisationType else {
                return Finding(verdict: .unknown, facts: [LocalizedText(
                    zh: "申报单位类型未知，无法核验", en: "the applicant organisation's type is not known, so this could not be checked")])
            }
            let label = Labels.organisationType(type)
            return Finding(verdict: types.contains(type) ? .met : .notMet, facts: [LocalizedText(
                zh: "申报单位类型为\(label.zh)", en: "the applicant organisation is of the type \(label.en)")])

        case .registeredInBeijing:
            guard let district = facts.organisationDistrict, !district.isEmpty else {
                return Finding(verdict: .unknown, facts: [LocalizedText(
                    zh: "申报单位注册地未知，无法核验", en: "the applicant organisation's district is not known, so this could not be checked")])
            }
            if district == "outside_beijing" {
                return Finding(verdict: .notMet, facts: [LocalizedText(
                    zh: "申报单位注册地在北京市外", en: "the applicant organisation is registered outside Beijing")])
            }
            let label = Labels.district(district)
            return Finding(verdict: .met, facts: [LocalizedText(
                zh: "申报单位注册于\(label.zh)", en: "the applicant organisation is registered in \(label.en)")])

        case .integrityClear:
            switch facts.integrityRestricted {
            case nil:
                return Finding(verdict: .unknown, facts: [LocalizedText(
                    zh: "无法核验科研诚信状况", en: "the integrity status could not be checked")])
            case true?:
                return Finding(verdict: .notMet, facts: [LocalizedText(
                    zh: "申报主体因科研失信行为被限制申报科技项目",
                    en: "the applicant is restricted from applying for projects because of research misconduct")])
            case false?:
                return Finding(verdict: .met, facts: [LocalizedText(
                    zh: "科研诚信信息系统中无限制申报记录",
                    en: "the research integrity system records no restriction on applying for projects")])
            }

        case .runningProjectsOfPIBelow(let n):
            guard let running = facts.runningProjectsOfPI else {
                return Finding(verdict: .unknown, facts: [LocalizedText(
                    zh: "项目负责人在研项目数未知，无法核验",
                    en: "the number of running projects the principal investigator leads is not known, so this could not be checked")])
            }
            return Finding(verdict: running < n ? .met : .notMet, facts: [LocalizedText(
                zh: "项目负责人现主持\(running)项在研项目",
                en: "the principal investigator leads \(running) running \(running == 1 ? "project" : "projects")")])

        case .piAgeAtMost(let n):
            guard let born = facts.piBirthYear else {
                return Finding(verdict: .unknown, facts: [LocalizedText(
                    zh: "项目负责人出生年份未知，无法核验年龄",
                    en: "the principal investigator's year of birth is not known, so the age could not be checked")])
            }
            // A year far outside the calendar (an old row, a hand-written fact) is unknown, not a trap.
            let (age, ageOverflow) = context.referenceYear.subtractingReportingOverflow(born)
            guard !ageOverflow, age >= 0 else {
                return Finding(verdict: .unknown, facts: [LocalizedText(
                    zh: "项目负责人出生年份（\(born)年）晚于申报截止年份（\(context.referenceYear)年），无法核验年龄",
                    en: "the principal investigator's year of birth (\(born)) is after the closing year (\(context.referenceYear)), so the age could not be checked")])
            }
            return Finding(verdict: age <= n ? .met : .notMet, facts: [LocalizedText(
                zh: "项目负责人\(context.referenceYear)年为\(age)周岁（\(born)年出生）",
                en: "the principal investigator is \(age) in \(context.referenceYear) (born in \(born))")])

        case .yearsSincePhDAtMost(let n):
            guard let phd = facts.piPhDYear else {
                return Finding(verdict: .unknown, facts: [LocalizedText(
                    zh: "项目负责人获得博士学位的年份未知，无法核验",
                    en: "the year of the principal investigator's PhD is not known, so this could not be checked")])
            }
            let (years, yearsOverflow) = context.referenceYear.subtractingReportingOverflow(phd)
            guard !yearsOverflow, years >= 0 else {
                return Finding(verdict: .unknown, facts: [LocalizedText(
                    zh: "项目负责人获得博士学位的年份（\(phd)年）晚于申报截止年份（\(context.referenceYear)年），无法核验",
                    en: "the year of the principal investigator's PhD (\(phd)) is after the closing year (\(context.referenceYear)), so this could not be checked")])
            }
            return Finding(verdict: years <= n ? .met : .notMet, facts: [LocalizedText(
                zh: "项目负责人于\(phd)年获得博士学位，至\(context.referenceYear)年为\(years)年",
                en: "the principal investigator received the PhD in \(phd), \(Labels.years(years)) before \(context.referenceYear)")])

        case .teamIncludesOrganisationType(let wanted):
            let members = (facts.organisationType.map { [($0, true)] } ?? []) + facts.teamOrganisationTypes.map { ($0, false) }
            let list = LocalizedText(
                zh: members.map { Labels.organisationType($0.0).zh + ($0.1 ? "（牵头）" : "") }.joined(separator: "、"),
                en: members.map { Labels.organisationType($0.0).en + ($0.1 ? " (lead)" : "") }.joined(separator: ", "))
            if members.contains(where: { $0.0 == wanted }) {
                return Finding(verdict: .met, facts: [LocalizedText(zh: "联合体成员为\(list.zh)", en: "the consortium consists of \(list.en)")])
            }
            let label = Labels.organisationType(wanted)
            if facts.organisationType == nil {
                return Finding(verdict: .unknown, facts: [LocalizedText(
                    zh: members.isEmpty ? "联合体成员未知，无法核验" : "牵头单位类型未知，合作单位为\(list.zh)，无法核验是否包括\(label.zh)",
                    en: members.isEmpty ? "the members of the consortium are not known, so this could not be checked"
                        : "the lead organisation's type is not known and the partners are \(list.en), so whether it includes a \(label.en) could not be checked")])
            }
            return Finding(verdict: .notMet, facts: [LocalizedText(
                zh: "联合体成员为\(list.zh)，不包括\(label.zh)", en: "the consortium consists of \(list.en), with no \(label.en)")])

        case .ethicsApprovalIfSensitive:
            let areas = facts.sensitiveAreas.sorted { Labels.sensitiveAreaOrder($0) < Labels.sensitiveAreaOrder($1) }
            if areas.isEmpty {
                return Finding(verdict: .met, facts: [LocalizedText(
                    zh: "研究不涉及科技伦理敏感领域，无需伦理审查", en: "the research involves no ethically sensitive area, so no ethics approval is needed")])
            }
            let zh = areas.map { Labels.sensitiveArea($0).zh }.joined(separator: "、")
            let en = Labels.englishList(areas.map { Labels.sensitiveArea($0).en })
            return facts.hasEthicsApproval
                ? Finding(verdict: .met, facts: [LocalizedText(
                    zh: "研究涉及\(zh)，已通过伦理审查", en: "the research involves \(en) and has ethics approval")])
                : Finding(verdict: .notMet, facts: [LocalizedText(
                    zh: "研究涉及\(zh)，但未通过伦理审查", en: "the research involves \(en) but has no ethics approval")])

        case .all(let cs):
            let findings = cs.map { $0.evaluate(context) }
            if findings.contains(where: { $0.verdict == .notMet }) {
                return Finding(verdict: .notMet, facts: findings.filter { $0.verdict != .met }.flatMap(\.facts))
            }
            if findings.contains(where: { $0.verdict == .unknown }) {
                return Finding(verdict: .unknown, facts: findings.filter { $0.verdict == .unknown }.flatMap(\.facts))
            }
            return Finding(verdict: .met, facts: findings.flatMap(\.facts))

        case .any(let cs):
            let findings = cs.map { $0.evaluate(context) }
            if findings.contains(where: { $0.verdict == .met }) {
                return Finding(verdict: .met, facts: findings.filter { $0.verdict == .met }.flatMap(\.facts))
            }
            return Finding(verdict: findings.contains { $0.verdict == .unknown } ? .unknown : .notMet,
                           facts: findings.flatMap(\.facts))

        case .not(let c):
            let inner = c.evaluate(context)
            let verdict: Verdict = switch inner.verdict {
            case .met: .notMet
            case .notMet: .met
            case .unknown: .unknown
            }
            return Finding(verdict: verdict, facts: inner.facts)

        case .professionalTitleAtLeast, .papersAtLeast, .awardRequired, .ownershipIn, .nationalityIn:
            // Never applied: `Eligibility.outcome` reports the whole rule as not applied first.
            return Finding(verdict: .met, facts: [LocalizedText(
                zh: "该条件为条例所禁止，不予适用", en: "this condition is forbidden by the regulation and not applied")])
        }
    }
}
