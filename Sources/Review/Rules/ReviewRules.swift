import Foundation
import KechuangCore

/// The review module's rules as data. Peer review with equal competition is Art. 29.
public enum ReviewRules {
    public static let profile = RuleBook<ExpertProfile>([
        Rule(id: "expert.disciplines.valid", basis: nil, field: "disciplines",
             message: LocalizedText(zh: "请至少填写一个学科代码，格式如 F01 或 F0101", en: "Enter at least one discipline code, like F01 or F0101")) {
            $0.disciplines.isEmpty || !$0.disciplines.allSatisfy(DisciplineCode.isValid)
        },
        Rule(id: "expert.keywords.required", basis: .art(29), field: "keywords",
             message: LocalizedText(zh: "请填写研究方向关键词，用于匹配同行评审", en: "Enter keywords of your field: they match you to proposals for peer review")) {
            $0.keywords.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        },
        Rule(id: "expert.languages.valid", basis: nil, field: "languages",
             message: LocalizedText(zh: "请选择至少一种评审语言", en: "Choose at least one language you review in")) {
            $0.languages.isEmpty || !$0.languages.allSatisfy { ["zh", "en"].contains($0) }
        },
        Rule(id: "expert.max_load.range", basis: nil, field: "max_load",
             message: LocalizedText(zh: "每轮最多评审数须在 1 到 200 之间", en: "The most proposals per round must be between 1 and 200")) {
            !(1...200).contains($0.maxLoad)
        },
        Rule(id: "expert.availability.order", basis: nil, field: "availability",
             message: LocalizedText(zh: "可评审时间段的开始须早于结束", en: "Each availability period must start before it ends")) {
            $0.availability.contains { $0.from >= $0.until }
        },
        Rule(id: "expert.past_affiliation.years", basis: nil, field: "past_affiliations",
             message: LocalizedText(zh: "曾任职单位的起止年份有误", en: "The years of a past organisation are wrong")) {
            $0.pastAffiliations.contains { $0.fromYear > $0.untilYear || $0.fromYear < 1950 }
        },
        Rule(id: "expert.declared_conflict.reason", basis: .art(29), field: "declared_conflicts",
             message: LocalizedText(zh: "申报利益冲突时请写明原因", en: "Give the reason for each conflict you declare")) {
            $0.declaredConflicts.contains { $0.reason.trimmingCharacters(in: .whitespaces).isEmpty }
        },
    ])

    public static let round = RuleBook<ReviewRound>([
        Rule(id: "round.k.range", basis: .art(29), field: "reviewers_per_proposal",
             message: LocalizedText(zh: "每项申请的评审专家数须在 1 到 15 之间", en: "Reviewers per proposal must be between 1 and 15")) {
            !(1...15).contains($0.reviewersPerProposal)
        },
        Rule(id: "round.loads.order", basis: nil, field: "max_load",
             message: LocalizedText(zh: "专家评审数的下限不能大于上限", en: "The fewest proposals per expert cannot exceed the most")) {
            $0.minLoad < 0 || $0.maxLoad < 1 || $0.minLoad > $0.maxLoad
        },
        Rule(id: "round.max_load.range", basis: nil, field: "max_load",
             message: LocalizedText(zh: "每位专家的评审数上限须在 1 到 200 之间", en: "The most proposals per expert must be between 1 and 200")) {
            !(1...200).contains($0.maxLoad)
        },
        Rule(id: "round.seed.range", basis: nil, field: "seed",
             message: LocalizedText(zh: "随机种子须为 0 到 2147483647 之间的整数", en: "The seed must be a whole number from 0 to 2147483647")) {
            !(0...Int(Int32.max)).contains($0.seed)
        },
        Rule(id: "round.criteria.required", basis: .art(29), field: "criteria",
             message: LocalizedText(zh: "评审表需要 1 至 50 项评分指标，每项满分为 1 至 1000 分，权重为 1 至 1000",
                                    en: "The review form needs 1 to 50 criteria, each with a maximum score of 1 to 1000 and a weight of 1 to 1000")) {
            // Bounded so that weighted sums of scores can never overflow (50 × 1000 × 1000).
            !(1...50).contains($0.criteria.count) || $0.criteria.contains { !(1...1000).contains($0.maxScore) || !(1...1000).contains($0.weight) || $0.key.isEmpty }
        },
    ])

    public static var citations: [CitedRule] {
        profile.citations(module: "REV") + round.citations(module: "REV")
    }
}
