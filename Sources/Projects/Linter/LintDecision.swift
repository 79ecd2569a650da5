// Internal, and nested in `CallLinter` so that it cannot clash with other types of the Projects
// module or of the modules it imports.
extension CallLinter {
    struct Context {
        let doc: NormalizedText
        let lexicon: CompiledLexicon
        let markers: [Hit<MarkerKind>]
        let triggers: [LintTopic: [TriggerHit]]

        func markers(in r: Range<Int>) -> [Hit<MarkerKind>] {
            markers.filter { $0.range.lowerBound >= r.lowerBound && $0.range.upperBound <= r.upperBound }
        }
        func markerKinds(in r: Range<Int>) -> Set<MarkerKind> { Set(markers(in: r).map(\.kind)) }
        func hasTriggers(in r: Range<Int>) -> Bool {
            triggers.values.contains { $0.contains { r.contains($0.range.lowerBound) } }
        }

        func decide(topic: CompiledTopic, range: Range<Int>, clause: Clause) -> LintFinding.Severity? {
            let hits = (triggers[topic.lexicon.topic] ?? []).filter { range.contains($0.range.lowerBound) && $0.range.upperBound <= range.upperBound }
            guard !hits.isEmpty else { return nil }
            let ms = markers(in: range)
            let kinds = Set(ms.map(\.kind))
            if kinds.contains(.negation) { return nil }
            if let hard = topic.hard {
                // A process, reviewer, form or integrity context clears the unit, unless a clause joined to it adds
                // its own restriction (外籍人员须提交护照复印件，且不得担任负责人), or reviewers or a form prefer the
                // applicant named after them (the expert panel gives extra points to applicants with national awards).
                // A document named in a later clause as refused (…；港澳台居民居住证不能作为有效证件; …; travel permits
                // are not accepted) is what the condition shuts out, not a document asked for.
                let refusedFrom = clause.range.upperBound
                let refusing = topic.lexicon.topic == .nationality && range.upperBound > refusedFrom && markerKinds(in: refusedFrom..<range.upperBound).contains(.exclusion)
                // An extra step laid on one group alone (外籍科学家牵头的项目须另行提交安全审查材料; require an additional
                // security review) is a burden, although the step itself (a security review) is asked of everyone elsewhere.
                if !kinds.contains(.burden),
                   let lastHard = hard.matches(in: doc, range: range).filter({ !(refusing && $0.lowerBound >= refusedFrom) }).map(\.upperBound).max(),
                   !addsRestriction(after: clause, in: range, hard: hard),
                   !(kinds.contains(.preference) && ms.contains { $0.kind == .subject && $0.range.lowerBound >= lastHard }) {
                    return nil
                }
                // A clause without its own subject continues the sentence's: 审查委员之遴选，以具备正教授资格者为原则;
                // one with its own exclusion, limit or minimum is a new condition (提交户口簿复印件，非京籍者不予受理;
                // 如实填写论文情况，且须有SCI论文3篇以上).
                if !kinds.contains(.subject) && kinds.isDisjoint(with: [.exclusion, .only, .threshold])
                    && hard.occurs(in: doc, range: clause.sentenceStart..<range.lowerBound) { return nil }
            }
            // The applicant's own choice of works (代表性论文, representative papers) is no condition,
            // unless the clause sets a minimum for them (代表性论文不少于十篇) or requires a venue or index of
            // them (代表著作须刊登于SSCI收录期刊，否则不予审查).
            if let counted = topic.counted, counted.occurs(in: doc, range: range), !kinds.contains(.threshold),
               !((topic.venue?.occurs(in: doc, range: range) ?? false) && !kinds.isDisjoint(with: [.modal, .only, .exclusion])) { return nil }
            if defines(topic.lexicon.topic, in: clause.sentenceStart..<range.upperBound) { return nil }
            if let soft = topic.soft, !kinds.contains(.timeWindow) {
                let prefix = clause.sentenceStart..<range.lowerBound
                // An output frame earlier in the sentence (项目验收时…) does not reach a clause that binds its own
                // subject by possession (…，项目负责人须具有正高职称; …, and the PI must be a full professor).
                let ownCondition = ms.contains { s in
                    s.kind == .subject && ms.contains { m in
                        m.kind == .modal && m.range.lowerBound >= s.range.upperBound
                            && ms.contains { $0.kind == .possession && $0.range.lowerBound >= m.range.upperBound }
                    }
                }
                // Points for the attribute in a scoring rule (考核评分中，"发表SCI论文数"一项按每篇1.5分计入申报人得分)
                // score the applicant, although the rule's name says assessment (考核).
                let scored = kinds.contains(.preference) && (kinds.contains(.subject) || markerKinds(in: prefix).contains(.preference)
                    || ms.filter { $0.kind == .preference }.count >= 2)
                if clause.mode == .output || (!scored && soft.occurs(in: doc, range: range))
                    || (!scored && !ownCondition && soft.occurs(in: doc, range: prefix)) { return nil }
                // Those the attribute names, as the topic of a duty after them (入选青年拔尖人才计划者，聘期考核时须
                // 提交…): the duty is an output of people already chosen, not a condition of applying.
                if doc.chars[range.upperBound - 1] == "者" {
                    var end = range.upperBound
                    while end < doc.chars.count, !";。!?\n".contains(doc.chars[end]) { end += 1 }
                    if soft.occurs(in: doc, range: range.upperBound..<end) { return nil }
                }
            }
            // Background prose (本基金过去十年资助了超过二百位获奖学者; has funded 300 award-winning teams
            // since 2010) tells what happened; without a modal, 仅, 不得 or a preference it binds no one.
            if kinds.contains(.narrative) && kinds.isDisjoint(with: [.modal, .only, .exclusion, .preference, .burden, .conditionWord]) { return nil }
            // A statistic (在京两院院士超过800人; more than 800 academicians work in the city) counts people
            // or bodies; unless it binds an applicant, team or lead institution it is background.
            if kinds.contains(.statistic) && kinds.isDisjoint(with: [.subject, .modal, .only, .exclusion, .preference, .burden, .conditionWord]) { return nil }
            // A share of a group (项目负责人中具有高级职称的占百分之六十八; two-thirds of funded PIs held senior titles)
            // is background even though it names applicants, unless it is required (须占三分之二以上).
            if kinds.contains(.proportion) && kinds.isDisjoint(with: [.modal, .only, .exclusion, .preference, .burden, .conditionWord, .threshold]) { return nil }
            let groups = Set(hits.map(\.spec.group))
            if groups.count >= 2 && !kinds.isDisjoint(with: [.allow, .allowAll, .encourage]) { return nil }
            // Several ranks or kinds named and all of them admitted (教授、副教授及讲师均可担任; professors,
            // lecturers and postdocs alike may lead) is equal treatment, unless a possession before them
            // makes them the qualification (具有副教授或教授职称者均可申报).
            if kinds.contains(.allowAll) && hits.count >= 2 && kinds.isDisjoint(with: [.exclusion, .only, .preference]),
               let first = hits.map(\.range.lowerBound).min(),
               !ms.contains(where: { $0.kind == .possession && $0.range.upperBound <= first }) {
                return nil
            }
            let partition = topic.lexicon.partition
            // …unless one of them alone bears an extra step (非本国公民须物色一名中国公民担任…).
            if !partition.isEmpty && partition.isSubset(of: groups) && kinds.isDisjoint(with: [.exclusion, .only, .burden]) { return nil }

            var best: EvidenceStrength?
            var weakSelfSupported = false
            var triggerIsSubjectOfDuty = false
            var triggerOpensClause = false
            for t in hits {
                guard let profile = CallLinter.profiles[t.spec.polarity] else { continue }
                // A trigger that opens the clause is its subject: a duty after it binds the award or the
                // company (国家自然科学奖应当注重…, 国有企业须经…同意), it does not make it a condition.
                let isSubject = t.range.lowerBound - range.lowerBound <= 4
                    && !ms.contains { $0.range.upperBound <= t.range.lowerBound }
                if isSubject { triggerOpensClause = true }
                for m in ms {
                    if isSubject && m.kind == .modal && m.range.lowerBound >= t.range.upperBound && !fixesOwner(t, m, in: range) {
                        triggerIsSubjectOfDuty = true
                        continue
                    }
                    guard let ev = profile[m.kind] else {
                        if m.kind == .modal && m.range.lowerBound >= t.range.upperBound { triggerIsSubjectOfDuty = true }
                        continue
                    }
                    let ok: Bool
                    switch ev.position {
                    case .anywhere: ok = true
                    case .before: ok = m.range.upperBound <= t.range.lowerBound
                    case .after: ok = m.range.lowerBound >= t.range.upperBound
                    case .beforeLinked:
                        ok = m.range.upperBound <= t.range.lowerBound
                            && (lexicon.link?.occurs(in: doc, range: m.range.upperBound..<t.range.lowerBound) ?? false)
                    }
                    if !ok {
                        if m.kind == .modal && m.range.lowerBound >= t.range.upperBound { triggerIsSubjectOfDuty = true }
                        continue
                    }
                    // "（国家）杰出青年科学基金获得者" as a list item names the applicant by the honour;
                    // "宣传国家科学技术奖获奖者…" does not.
                    if m.kind == .qualifier && lexicon.isLead(doc, range.lowerBound..<t.range.lowerBound) {
                        weakSelfSupported = true
                    }
                    best = max(best ?? ev.strength, ev.strength)
                }
            }
            // A preference, or a burden laid on one group (另行提供…承诺函), is warned when the trigger takes it.
            let hasPreference = ms.contains { m in
                [.preference, .burden].contains(m.kind) && hits.contains { CallLinter.profiles[$0.spec.polarity]?[m.kind] != nil }
            }

            if best == .strong { return .block }
            if hasPreference { return .warn }
            if kinds.contains(.encourage) { return nil }
            if best == .block { return .block }
            if best == .weak {
                // Background prose (本市涌现出一批获得国家科技奖励的团队) tells what happened; it binds no one.
                if kinds.contains(.narrative) { return nil }
                // 具有高级职称者可申报 names who may apply by merit; 有外资股东的企业可以申报 (a group
                // with a possession) only admits that group and shuts no one out.
                if !kinds.isDisjoint(with: [.allow, .allowAll]) {
                    // 讲师亦得担任主持人 (lecturers too may lead) widens who may apply; it does not restrict,
                    // unless a possession before the attribute makes it the qualification (具有…职称者均可申报).
                    if kinds.contains(.allowAll),
                       let first = hits.map(\.range.lowerBound).min(),
                       !ms.contains(where: { $0.kind == .possession && $0.range.upperBound <= first
                           && !(lexicon.modifierEnd?.occurs(in: doc, range: $0.range.upperBound..<first) ?? false) }) {
                        return nil
                    }
                    // 院士可担任团队导师 (academicians may serve as mentors): the holders are the subject of a
                    // permission; what they may do does not shut anyone else out.
                    if triggerOpensClause { return nil }
                    let personalMerit = ![LintTopic.nationality, .ownership].contains(topic.lexicon.topic)
                    return personalMerit && hits.contains { $0.spec.polarity == .merit } ? .block : nil
                }
                if weakSelfSupported || supported(range: range, clause: clause, markers: ms) { return .block }
                return nil
            }
            if !kinds.isDisjoint(with: [.allow, .allowAll]) { return nil }
            // A bare item in a conditions list ("1. 副高级以上职称") is a condition, unless the trigger
            // is the subject of its own duty ("国有企业须…") or the clause is conditional ("…申报的").
            if clause.mode == .condition && !triggerIsSubjectOfDuty {
                let last = doc.chars[range.upperBound - 1]
                if last != "的" && last != "时" { return .block }
            }
            return nil
        }

        /// Whether a clause joined to the unit's first one adds a restriction of its own (…，且不得担任负责人;
        /// …, and are not eligible to lead): it opens with an additive conjunction, excludes or limits, and has no
        /// process, form or reviewer context of its own. 否则 (otherwise) is a consequence, not an addition.
        func addsRestriction(after clause: Clause, in range: Range<Int>, hard: CompiledPattern) -> Bool {
            var lo = clause.range.upperBound
            while lo < range.upperBound, !(doc.chars[lo].isLetter || doc.chars[lo].isNumber) { lo += 1 }
            guard lo < range.upperBound else { return false }
            let rest = lo..<range.upperBound
            guard let conj = lexicon.leadingConjunction?.matches(in: doc, range: rest).first, conj.lowerBound == lo else { return false }
            return !markerKinds(in: rest).isDisjoint(with: [.exclusion, .only]) && !hard.occurs(in: doc, range: rest)
        }

        /// Whether a modal right after a share's owner links it to a value (最终实益拥有人须为香港居民; the beneficial
        /// owner must be a Hong Kong resident): the modal fixes who owns the body, it is no duty of the owner.
        func fixesOwner(_ t: TriggerHit, _ m: Hit<MarkerKind>, in range: Range<Int>) -> Bool {
            guard t.spec.polarity == .share, m.kind == .modal, m.range.upperBound < range.upperBound else { return false }
            let window = m.range.upperBound..<min(range.upperBound, m.range.upperBound + 4)
            guard let link = lexicon.link?.matches(in: doc, range: window).first else { return false }
            return link.lowerBound <= m.range.upperBound + 1
        }

        /// Whether the sentence so far defines a term of the topic (本要点所称公营事业，系指政府持股…):
        /// a definition of the attribute itself restricts no one.
        func defines(_ topic: LintTopic, in r: Range<Int>) -> Bool {
            guard let definition = lexicon.definition else { return false }
            let terms = definition.firstGroups(in: doc, range: r)
            guard !terms.isEmpty else { return false }
            let hits = triggers[topic] ?? []
            return terms.contains { term in hits.contains { term.contains($0.range.lowerBound) } }
        }

        /// A possession (具有, 获得, 近五年…) describes the applicant when the clause or the sentence so far
        /// names one, a modal earlier in the sentence governs it, it is in a conditions section, or the
        /// clause is a list item that starts with it.
        func supported(range: Range<Int>, clause: Clause, markers ms: [Hit<MarkerKind>]) -> Bool {
            // A clause ending in 的 is a condition under which something else applies ("申请人是外国企业的，…"),
            // not a requirement; when the next clause restricts, the two are read together as one unit.
            guard doc.chars[range.upperBound - 1] != "的" else { return false }
            if clause.mode == .condition { return true }
            if ms.contains(where: { $0.kind == .subject }) { return true }
            let prefix = clause.sentenceStart..<range.lowerBound
            if !prefix.isEmpty {
                let pk = markerKinds(in: prefix)
                if pk.contains(.negation) { return false }
                if !pk.isDisjoint(with: [.subject, .modal, .only]) { return true }
            }
            var lo = range.lowerBound
            if let conj = lexicon.leadingConjunction?.matches(in: doc, range: range).first, conj.lowerBound == lo { lo = conj.upperBound }
            if let first = ms.first(where: { [.possession, .timeWindow].contains($0.kind) }), first.range.lowerBound <= lo + 1 {
                return true
            }
            return false
        }
    }
}
