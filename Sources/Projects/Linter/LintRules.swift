// The reported rules (data): for each restricted attribute of a condition, the article that forbids
// restricting it and the message for a requirement (block) and for a preference (warn); and which
// parts of a condition make a mention of an attribute a condition (`profiles`). Language-independent;
// the words of each language are in `LintLexiconZh.swift` and `LintLexiconEn.swift`.

extension CallLinter {
    /// The rule reported when a condition on `topic` is found at `severity`: every attribute has both.
    static func rule(_ topic: LintTopic, _ severity: LintFinding.Severity) -> LintRule {
        let block = severity == .block
        switch topic {
        case .title:
            return block
                ? LintRule(id: "title.required", article: "50(1)", severity: .block, topic: .title,
                           zh: "不得将职称作为申报的限制性条件（第五十条第一款）。请删除职称要求。",
                           en: "A professional title may not be a restrictive condition of application (Art. 50(1)). Remove the title requirement.")
                : LintRule(id: "title.preferred", article: "50(1)", severity: .warn, topic: .title,
                           zh: "以职称作为优先或加分条件，仍以职称评价申报人，与第五十条第一款的要求不符。请删除或说明依据。",
                           en: "Preferring or scoring applicants by professional title still selects them by title, contrary to Art. 50(1). Remove it or state the basis.")
        case .paper:
            return block
                ? LintRule(id: "paper.required", article: "50(1)", severity: .block, topic: .paper,
                           zh: "不得将论文（数量、期刊级别、影响因子等）作为申报的限制性条件（第五十条第一款）。",
                           en: "Papers (counts, journal rank, impact factor) may not be a restrictive condition of application (Art. 50(1)).")
                : LintRule(id: "paper.preferred", article: "50(1)", severity: .warn, topic: .paper,
                           zh: "以论文作为优先或加分条件，仍以论文评价申报人，与第五十条第一款的要求不符。可改为代表性成果评价。",
                           en: "Preferring or scoring applicants by papers still selects them by papers, contrary to Art. 50(1); consider representative achievements instead.")
        case .award:
            return block
                ? LintRule(id: "award.required", article: "50(1)", severity: .block, topic: .award,
                           zh: "不得将奖项作为申报的限制性条件（第五十条第一款）。",
                           en: "Awards may not be a restrictive condition of application (Art. 50(1)).")
                : LintRule(id: "award.preferred", article: "50(1)", severity: .warn, topic: .award,
                           zh: "以获奖情况作为优先或加分条件，仍以奖项评价申报人，与第五十条第一款的要求不符。请删除或说明依据。",
                           en: "Preferring or scoring applicants for awards still selects them by awards, contrary to Art. 50(1). Remove it or state the basis.")
        case .honour:
            return block
                ? LintRule(id: "honour.required", article: "50(1)", severity: .block, topic: .honour,
                           zh: "不得将人才称号（“帽子”）、院士等荣誉作为申报的限制性条件（第五十条第一款）。",
                           en: "Talent titles and honours (academician, talent programmes) may not be a restrictive condition of application (Art. 50(1)).")
                : LintRule(id: "honour.preferred", article: "50(1)", severity: .warn, topic: .honour,
                           zh: "以人才称号或荣誉作为优先或加分条件，与第五十条第一款的要求不符。请删除或说明依据。",
                           en: "Preferring or scoring applicants for talent titles or honours is contrary to Art. 50(1). Remove it or state the basis.")
        case .ownership:
            return block
                ? LintRule(id: "ownership.restricted", article: "5", severity: .block, topic: .ownership,
                           zh: "按所有制（国有、民营、外资等）限制申报，妨碍创新主体平等获取创新资源（第五条）。请删除或写明法律依据。",
                           en: "Restricting applicants by ownership (state, private, foreign-invested) denies innovators equal access to resources (Art. 5). Remove it or state the legal basis.")
                : LintRule(id: "ownership.preferred", article: "5", severity: .warn, topic: .ownership,
                           zh: "按所有制给予优先或倾斜，不利于平等获取创新资源（第五条）。请删除或写明依据。",
                           en: "Preferring applicants by ownership works against equal access to innovation resources (Art. 5). Remove it or state the basis.")
        case .nationality:
            return block
                ? LintRule(id: "nationality.restricted", article: "72(2)", severity: .block, topic: .nationality,
                           zh: "外籍创新人才可以按照规定担任重大科研项目主持人或者首席科学家（第七十二条第二款），不得以国籍、护照、身份证件或户籍限制申报或担任项目负责人。",
                           en: "Foreign talent may lead major research projects or serve as chief scientist (Art. 72(2)); nationality, passport, identity document or household registration may not restrict who applies or leads.")
                : LintRule(id: "nationality.preferred", article: "72(2)", severity: .warn, topic: .nationality,
                           zh: "按国籍、身份证件或户籍给予优先，与第七十二条第二款外籍人才可以主持项目的规定不符。",
                           en: "Preferring applicants by nationality, identity document or household registration is at odds with Art. 72(2), under which foreign talent may lead projects.")
        }
    }

    /// The reported rules: one `required`/`restricted` (block) and one `preferred` (warn) per attribute.
    static let rules: [LintRule] = LintTopic.allCases.flatMap { [rule($0, .block), rule($0, .warn)] }

    /// Which context markers make a trigger a condition, where they must stand, and how strongly.
    static let profiles: [TriggerPolarity: [MarkerKind: Evidence]] = [
        .merit: [
            .exclusion: Evidence(position: .anywhere, strength: .strong),
            .only: Evidence(position: .anywhere, strength: .strong),
            .preference: Evidence(position: .anywhere, strength: .prefer),
            .burden: Evidence(position: .anywhere, strength: .prefer),
            .modal: Evidence(position: .anywhere, strength: .block),
            .threshold: Evidence(position: .anywhere, strength: .block),
            .count: Evidence(position: .anywhere, strength: .block),
            .conditionWord: Evidence(position: .anywhere, strength: .block),
            .possession: Evidence(position: .anywhere, strength: .weak),
            .qualifier: Evidence(position: .after, strength: .weak),
            .past: Evidence(position: .anywhere, strength: .weak),
            .timeWindow: Evidence(position: .anywhere, strength: .weak),
        ],
        .admitted: [
            .exclusion: Evidence(position: .anywhere, strength: .strong),
            .only: Evidence(position: .anywhere, strength: .strong),
            .preference: Evidence(position: .anywhere, strength: .prefer),
            .burden: Evidence(position: .anywhere, strength: .prefer),
            .modal: Evidence(position: .beforeLinked, strength: .block),
            .conditionWord: Evidence(position: .anywhere, strength: .block),
            .possession: Evidence(position: .before, strength: .weak),
        ],
        .mention: [
            .exclusion: Evidence(position: .anywhere, strength: .strong),
            .only: Evidence(position: .anywhere, strength: .strong),
            .preference: Evidence(position: .anywhere, strength: .prefer),
            .burden: Evidence(position: .anywhere, strength: .prefer),
        ],
        .excludable: [
            .exclusion: Evidence(position: .anywhere, strength: .strong),
            // An extra step for the group alone (非中国籍人员须经特别批准) shuts it out in part; less money or a
            // preference for or against it (外国籍人士申请者，补助额度减半) treats it apart.
            .burden: Evidence(position: .anywhere, strength: .prefer),
            .preference: Evidence(position: .anywhere, strength: .prefer),
            .only: Evidence(position: .after, strength: .strong),
        ],
        .share: [
            .exclusion: Evidence(position: .anywhere, strength: .strong),
            .only: Evidence(position: .anywhere, strength: .strong),
            .preference: Evidence(position: .anywhere, strength: .prefer),
            .burden: Evidence(position: .anywhere, strength: .prefer),
            .modal: Evidence(position: .anywhere, strength: .block),
            .threshold: Evidence(position: .anywhere, strength: .block),
            .count: Evidence(position: .anywhere, strength: .block),
            .bound: Evidence(position: .anywhere, strength: .block),
            .conditionWord: Evidence(position: .anywhere, strength: .block),
        ],
    ]
}
