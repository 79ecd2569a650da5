import Foundation
import KechuangCore
import Search

/// What a rule found: the subject it concerns and the evidence, in both languages.
public struct WarningCandidate: Sendable, Equatable {
    public let subjectType: String
    public let subjectID: String
    public let subjectLabel: String
    public let evidence: LocalizedText
}

/// A warning rule (Art. 65(1): the risk monitoring and warning mechanism), as data: what it looks
/// for, its threshold, its severity and the day it takes effect. A rule whose data the platform
/// does not hold says so (`unavailable`) and is never evaluated — it raises nothing made up.
public struct WarningRule: Sendable {
    public let id: String
    public let name: LocalizedText
    public let description: LocalizedText
    public let article: ArticleRef
    public let severity: WarningSeverity
    public let effectiveFrom: Date
    public let unavailable: LocalizedText?
    let evaluate: @Sendable (WarningFacts, BeijingDay) -> [WarningCandidate]

    public var citation: CitedRule { CitedRule(id: id, module: "Monitoring", article: article, message: name, effectiveFrom: effectiveFrom) }
}

/// The warning rules, as data. Data table.
public enum WarningRules {
    /// Spending ahead of milestones: spent minus what the reached milestones release, as a share of the award.
    public static let spendingAheadShare = 0.2
    /// Two projects' titles are on the same topic at this Jaccard similarity of their tokens or more.
    public static let similarTitles = 0.5
    /// Findings against an institution are rising when this year has more than last year and at least this many.
    public static let risingFindingsAtLeast = 2

    static func t(_ zh: String, _ en: String) -> LocalizedText { LocalizedText(zh: zh, en: en) }

    public static let all: [WarningRule] = [
        WarningRule(id: "warning.spending_ahead", name: t("经费支出明显超前于里程碑", "Spending far ahead of milestones"),
                    description: t("已支出金额超过已完成里程碑对应的拨款批次金额，差额超过资助金额的 20%（比较任务书的批次与里程碑、经费支出记录）",
                                   "Money spent exceeds the tranches of the milestones reached by more than 20% of the award (the agreement's tranches and milestones against the expenditure lines)"),
                    article: ArticleRef(65, paragraph: 1), severity: .high, effectiveFrom: .regulationInForce, unavailable: nil, evaluate: spendingAhead),
        WarningRule(id: "warning.pi_overlap", name: t("同一负责人在多个专项承担相近课题", "A PI with projects on similar topics in several programmes"),
                    description: t("同一项目负责人在不同专项中主持的项目，题目分词后的相似度（Jaccard）不低于 0.5",
                                   "The same PI leads projects in different programmes whose titles' tokens overlap with a Jaccard similarity of 0.5 or more"),
                    article: ArticleRef(65, paragraph: 1), severity: .medium, effectiveFrom: .regulationInForce, unavailable: nil, evaluate: piOverlap),
        WarningRule(id: "warning.integrity_rising", name: t("机构科研失信认定数同比上升", "An institution's integrity findings rising year over year"),
                    description: t("以机构为对象的科研失信认定（已决定或已公开）本年度多于上年度，且本年度不少于 2 起",
                                   "Integrity findings against an institution (decided or published) this year exceed last year's, with at least 2 this year"),
                    article: ArticleRef(65, paragraph: 1), severity: .medium, effectiveFrom: .regulationInForce, unavailable: nil, evaluate: integrityRising),
        WarningRule(id: "warning.control_change", name: t("关键技术项目牵头企业控制权变更", "Change of control of a critical-technology project's lead enterprise"),
                    description: t("牵头企业的实际控制人或控股股东发生变化", "The lead enterprise's actual controller or controlling shareholder changes"),
                    article: ArticleRef(65, paragraph: 1), severity: .high, effectiveFrom: .regulationInForce,
                    unavailable: t("平台未记录企业的股权结构、实际控制人及其变更，也未标记关键技术项目，本规则无法运行，不产生预警",
                                   "The platform records no enterprise ownership, actual controller or change of control, and no project is marked as critical technology: the rule cannot run and raises nothing"),
                    evaluate: { _, _ in [] }),
    ]

    public static func rule(_ id: String) -> WarningRule? { all.first { $0.id == id } }

    public static var citations: [CitedRule] { all.map(\.citation) }

    static func yuan(_ n: Int) -> String { ExportNumber.text(Double(n)) }

    /// For each project whose agreement has tranches: the money its reached milestones release
    /// (tranches without a milestone, or whose milestone is reported done) against the money spent.
    static func spendingAhead(_ f: WarningFacts, _ today: BeijingDay) -> [WarningCandidate] {
        f.projects.compactMap { p in
            guard let terms = f.terms[p.id], !terms.tranches.isEmpty, p.awarded > 0 else { return nil }
            let done = f.milestonesDone[p.id] ?? []
            let earned = terms.tranches.filter { $0.milestoneID.map(done.contains) ?? true }.reduce(0) { $0 + $1.amount }
            let spent = f.spent[p.id] ?? 0
            let ahead = spent - earned
            guard Double(ahead) > spendingAheadShare * Double(p.awarded) else { return nil }
            let share = Int((Double(ahead) / Double(p.awarded) * 100).rounded())
            return WarningCandidate(subjectType: "project", subjectID: p.id.uuidString, subjectLabel: "\(p.number) \(p.titleZh)", evidence: t(
                "已支出 \(yuan(spent)) 元，已完成里程碑对应拨款 \(yuan(earned)) 元，超出 \(yuan(ahead)) 元，占资助金额 \(yuan(p.awarded)) 元的 \(share)%",
                "Spent ¥\(yuan(spent)) against ¥\(yuan(earned)) released by the milestones reached: ¥\(yuan(ahead)) ahead, \(share)% of the ¥\(yuan(p.awarded)) awarded"))
        }
    }

    /// The tokens of a title (the policy search's tokenizer: CJK bigrams and words).
    static func tokens(_ p: WarningFacts.Project) -> Set<String> { Set(PolicyTokenizer.tokens(p.titleZh + " " + p.titleEn)) }

    static func similarity(_ a: Set<String>, _ b: Set<String>) -> Double {
        let union = a.union(b).count
        return union == 0 ? 0 : Double(a.intersection(b).count) / Double(union)
    }

    /// A PI's projects in different programmes whose titles are on the same topic.
    static func piOverlap(_ f: WarningFacts, _ today: BeijingDay) -> [WarningCandidate] {
        Dictionary(grouping: f.projects, by: \.piID).sorted { $0.key.uuidString < $1.key.uuidString }.compactMap { pi, projects in
            let list = projects.sorted { $0.number < $1.number }
            var pairs: [(WarningFacts.Project, WarningFacts.Project, Double)] = []
            for (i, a) in list.enumerated() {
                for b in list[(i + 1)...] where a.programmeID != b.programmeID {
                    let s = similarity(tokens(a), tokens(b))
                    if s >= similarTitles { pairs.append((a, b, s)) }
                }
            }
            guard !pairs.isEmpty else { return nil }
            let zh = pairs.map { "\($0.0.number)（\(f.programmeNames[$0.0.programmeID] ?? "")）与 \($0.1.number)（\(f.programmeNames[$0.1.programmeID] ?? "")）题目相似度 \(String(format: "%.2f", $0.2))" }
            let en = pairs.map { "\($0.0.number) and \($0.1.number), in different programmes: title similarity \(String(format: "%.2f", $0.2))" }
            return WarningCandidate(subjectType: "person", subjectID: pi.uuidString, subjectLabel: f.personNames[pi] ?? pi.uuidString,
                                    evidence: t(zh.joined(separator: "；"), en.joined(separator: "; ")))
        }
    }

    /// Institutions with more findings this year than last, and at least the threshold this year.
    static func integrityRising(_ f: WarningFacts, _ today: BeijingDay) -> [WarningCandidate] {
        Dictionary(grouping: f.findings, by: \.organisationID).sorted { $0.key.uuidString < $1.key.uuidString }.compactMap { org, findings in
            let now = findings.filter { $0.year == today.year }.count, before = findings.filter { $0.year == today.year - 1 }.count
            guard now > before, now >= risingFindingsAtLeast else { return nil }
            return WarningCandidate(subjectType: "organisation", subjectID: org.uuidString, subjectLabel: f.organisationNames[org] ?? org.uuidString, evidence: t(
                "\(today.year) 年科研失信认定 \(now) 起，\(today.year - 1) 年 \(before) 起", "\(now) integrity findings in \(today.year) against \(before) in \(today.year - 1)"))
        }
    }
}
