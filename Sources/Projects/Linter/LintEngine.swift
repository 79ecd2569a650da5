import Foundation

// Internal, and nested in `CallLinter` so that it cannot clash with other types of the Projects
// module or of the modules it imports.
extension CallLinter {
    struct Hit<K> {
        let kind: K
        let range: Range<Int>
    }

    struct TriggerHit {
        let spec: TriggerSpec
        let range: Range<Int>
    }

    enum SectionMode { case neutral, condition, output }

    struct Clause {
        let range: Range<Int>
        let sentence: Int
        /// Where the clause's sentence starts: markers between there and the clause support it.
        let sentenceStart: Int
        let isHeader: Bool
        let mode: SectionMode
        /// Chinese when the clause has a Chinese character, English otherwise.
        let language: Language
    }

    struct Engine {
        let doc: NormalizedText

        /// Leftmost-longest selection among overlapping candidates.
        static func select<K>(_ candidates: [Hit<K>]) -> [Hit<K>] {
            let sorted = candidates.sorted {
                $0.range.lowerBound != $1.range.lowerBound ? $0.range.lowerBound < $1.range.lowerBound : $0.range.count > $1.range.count
            }
            var out: [Hit<K>] = []
            var reach = 0
            for h in sorted where h.range.lowerBound >= reach {
                out.append(h)
                reach = h.range.upperBound
            }
            return out
        }

        func run() -> [LintFinding] {
            let clauses = segment()
            var findings: [LintFinding] = []
            for lexicon in Compiled.lexicons {
                let own = clauses.filter { $0.language == lexicon.lexicon.language }
                guard !own.isEmpty else { continue }
                findings += run(lexicon, clauses: own)
            }
            return findings.sorted { $0.start != $1.start ? $0.start < $1.start : $0.rule < $1.rule }
        }

        /// The findings of one language's lexicon on that language's clauses.
        func run(_ lexicon: CompiledLexicon, clauses: [Clause]) -> [LintFinding] {
            let markers = Engine.select(lexicon.markers.flatMap { kind, p in
                p.matches(in: doc).map { Hit(kind: kind, range: $0) }
            }).filter { $0.kind != .neutral }
            var triggers: [LintTopic: [TriggerHit]] = [:]
            for topic in lexicon.topics {
                var cands: [Hit<TriggerSpec>] = []
                for (p, spec) in topic.triggers { cands += p.matches(in: doc).map { Hit(kind: spec, range: $0) } }
                let cancelled = topic.cancels.flatMap { $0.matches(in: doc) }
                triggers[topic.lexicon.topic] = Engine.select(cands)
                    .filter { h in !cancelled.contains { $0.overlaps(h.range) } }
                    .map { TriggerHit(spec: $0.kind, range: $0.range) }
            }
            let ctx = Context(doc: doc, lexicon: lexicon, markers: markers, triggers: triggers)

            // Build units: a clause, or a clause read together with a neighbour that only adds 不得/仅/优先.
            var units: [(range: Range<Int>, first: Clause)] = []
            var i = 0
            while i < clauses.count {
                let c = clauses[i]
                var range = c.range
                var j = i
                while j + 1 < clauses.count {
                    let next = clauses[j + 1]
                    guard next.sentence == c.sentence else { break }
                    // Whether the unit read so far names an attribute: a clause that only adds 可作为背景材料
                    // does not end it, so that a negation two clauses later (…，不作为评分依据) still reaches it.
                    let curHas = ctx.hasTriggers(in: range)
                    let nextHas = ctx.hasTriggers(in: next.range)
                    // A header that names the attribute ("Nationality:", "国籍：") and the value after it
                    // ("PRC only", "不限") are one condition.
                    // A header that scores or prefers ("Bonus points:", "加分项：") and the items after it are one too.
                    if clauses[j].isHeader {
                        let prefers = !curHas && nextHas && ctx.markerKinds(in: clauses[j].range).contains(.preference)
                        guard (curHas && !nextHas || prefers) && j == i else { break }
                        range = range.lowerBound..<next.range.upperBound; j += 1; continue
                    }
                    let carry = ctx.markerKinds(in: next.range)
                    // …，但不得担任负责人 / …，均不影响立项评审: the next clause restricts or clears this one.
                    // A negation of another, free attribute (…，年龄不限; …, any discipline) does not clear it.
                    let clears = carry.contains(.negation) && !carry.contains(.subject)
                        && !(lexicon.otherAttribute?.occurs(in: doc, range: next.range) ?? false)
                    let continues = lexicon.backReference?.matches(in: doc, range: next.range).first?.lowerBound == next.range.lowerBound
                        || (j == i && lexicon.topicLead?.matches(in: doc, range: c.range).first?.lowerBound == c.range.lowerBound)
                    if curHas && !nextHas && (clears || continues || !carry.isDisjoint(with: [.exclusion, .only, .preference, .burden, .allow, .allowAll])) {
                        range = range.lowerBound..<next.range.upperBound; j += 1; continue
                    }
                    let lead = ctx.markerKinds(in: clauses[j].range)
                    if !curHas && nextHas && lead.contains(.preference) && clauses[j].range.count <= 8 {
                        range = range.lowerBound..<next.range.upperBound; j += 1; continue
                    }
                    break
                }
                units.append((range, c))
                i = j + 1
            }

            var findings: [LintFinding] = []
            for unit in units {
                for topic in lexicon.topics {
                    guard let severity = ctx.decide(topic: topic, range: unit.range, clause: unit.first) else { continue }
                    let rule = CallLinter.rule(topic.lexicon.topic, severity)
                    let orig = doc.originalRange(unit.range)
                    findings.append(LintFinding(
                        article: rule.article, severity: severity, start: orig.lowerBound, end: orig.upperBound,
                        text: String(doc.original[orig]), rule: rule.id, message_zh: rule.zh, message_en: rule.en))
                }
            }
            return findings
        }

        /// Clauses with their sentence and section mode.
        func segment() -> [Clause] {
            let chars = doc.chars
            // A `|` separates the cells of a table row ("户籍所在地 | 北京市"): the cell before it is read as a header.
            let clauseEnds: Set<Character> = [",", ";", ":", "|", "。", "!", "?", "\n"]
            let sentenceEnds: Set<Character> = [";", "。", "!", "?", "\n"]
            func isASCIILetter(_ k: Int) -> Bool { k >= 0 && k < chars.count && chars[k].isASCII && chars[k].isLetter }
            // A comma between two ASCII characters is inside an English sentence: English clauses are
            // whole sentences, so that "Enterprises of all ownership types, state-owned, …, may apply"
            // is read as one condition.
            func isEnglishComma(_ k: Int) -> Bool {
                chars[k] == "," && k > 0 && k + 1 < chars.count && chars[k - 1].isASCII && chars[k + 1].isASCII
            }
            // A full stop after a word (not 1. or 3.5) that ends the text or a line or is followed by a
            // capital or a Chinese character ends an English sentence (spaces after it are gone in the
            // normalised text).
            func isEnglishFullStop(_ k: Int) -> Bool {
                guard chars[k] == ".", k > 0, isASCIILetter(k - 1) || chars[k - 1] == ")" else { return false }
                guard k + 1 < chars.count else { return true }
                let next = chars[k + 1]
                return next == "\n" || (next.isASCII && next.isUppercase) || Self.isChinese(next)
            }
            var clauses: [Clause] = []
            var sentence = 0
            var sentenceStart = 0
            var mode = SectionMode.neutral
            var start = 0
            var idx = 0
            func emit(_ raw: Range<Int>, terminator: Character?) {
                // Split before 但 (not 不但): "…，但须…" starts a new clause; so does an English coordinate clause
                // (", and the PI must be …"), at its lexicon's `coordination` delimiter.
                var cuts: [(end: Int, next: Int)] = []
                for k in raw where k > raw.lowerBound && chars[k] == "但" && chars[k - 1] != "不" { cuts.append((k, k)) }
                for pattern in Compiled.coordination {
                    for m in pattern.matches(in: doc, range: raw) where m.lowerBound > raw.lowerBound { cuts.append((m.lowerBound, m.upperBound)) }
                }
                var pieces: [Range<Int>] = []
                var s = raw.lowerBound
                for cut in cuts.sorted(by: { $0.end < $1.end }) where cut.end >= s {
                    pieces.append(s..<cut.end); s = cut.next
                }
                pieces.append(s..<raw.upperBound)
                for (pi, piece) in pieces.enumerated() {
                    guard let r = trim(piece) else { continue }
                    let isLast = pi == pieces.count - 1
                    let wholeLine = (terminator == "\n" || terminator == nil) && pieces.count == 1
                        && (raw.lowerBound == 0 || chars[raw.lowerBound - 1] == "\n")
                    let header = isLast && isHeader(r, terminator: terminator, wholeLine: wholeLine)
                    var clauseMode = mode
                    if header {
                        let newMode = headerMode(r)
                        if let newMode { mode = newMode }
                        clauseMode = .neutral
                    }
                    let language: Language = chars[r].contains(where: Self.isChinese) ? .zh : .en
                    clauses.append(Clause(range: r, sentence: sentence, sentenceStart: sentenceStart, isHeader: header,
                                          mode: clauseMode, language: language))
                }
            }
            while idx < chars.count {
                let c = chars[idx]
                // A section's mode lasts over its numbered items; any other line ends it
                // (the line may itself be the next header).
                if (idx == 0 || chars[idx - 1] == "\n") && c != "\n" && !startsListItem(idx) { mode = .neutral }
                let fullStop = isEnglishFullStop(idx)
                // A colon between digits is a ratio or a time (按1:1比例, 9:30), not a clause end.
                let isRatio = c == ":" && idx > 0 && idx + 1 < chars.count && chars[idx - 1].isNumber && chars[idx + 1].isNumber
                if (clauseEnds.contains(c) && !isEnglishComma(idx) && !isRatio) || fullStop {
                    emit(start..<idx, terminator: fullStop ? "。" : (c == "|" ? ":" : c))
                    start = idx + 1
                    if sentenceEnds.contains(c) || fullStop { sentence += 1; sentenceStart = idx + 1 }
                }
                idx += 1
            }
            emit(start..<chars.count, terminator: nil)
            return clauses
        }

        /// A CJK ideograph (the text is already Simplified).
        static func isChinese(_ c: Character) -> Bool {
            guard let v = c.unicodeScalars.first?.value else { return false }
            return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0xF900...0xFAFF).contains(v)
                || (0x20000...0x3134F).contains(v)
        }

        func startsListItem(_ lineStart: Int) -> Bool {
            var end = lineStart
            while end < doc.chars.count && doc.chars[end] != "\n" { end += 1 }
            guard let m = Compiled.listItem?.matches(in: doc, range: lineStart..<end).first else { return false }
            return m.lowerBound == lineStart
        }

        /// Trims spaces and list enumerators (1. （一） ① …) from a clause.
        func trim(_ r: Range<Int>) -> Range<Int>? {
            var lo = r.lowerBound, hi = r.upperBound
            while lo < hi, doc.chars[lo].isWhitespace { lo += 1 }
            while hi > lo, doc.chars[hi - 1].isWhitespace { hi -= 1 }
            guard lo < hi else { return nil }
            if let m = Compiled.enumerator?.matches(in: doc, range: lo..<hi).first, m.lowerBound == lo, m.upperBound < hi {
                lo = m.upperBound
                while lo < hi, doc.chars[lo].isWhitespace { lo += 1 }
            }
            return lo < hi ? lo..<hi : nil
        }

        func isHeader(_ r: Range<Int>, terminator: Character?, wholeLine: Bool) -> Bool {
            if terminator == ":" { return r.count <= 24 }
            guard wholeLine, r.count <= 14 else { return false }
            let lineStartIdx = { () -> Int in
                var k = r.lowerBound
                while k > 0 && doc.chars[k - 1] != "\n" { k -= 1 }
                return k
            }()
            guard let sec = Compiled.sectionNumber?.matches(in: doc, range: lineStartIdx..<r.upperBound).first else { return false }
            return sec.lowerBound == lineStartIdx
        }

        func headerMode(_ r: Range<Int>) -> SectionMode? {
            let text = String(doc.chars[r])
            let lexicon = r.contains { Self.isChinese(doc.chars[$0]) } ? CallLinter.chinese : CallLinter.english
            let lower = text.lowercased()
            if lexicon.scoringHeaders.contains(where: lower.contains) { return .neutral }
            if lexicon.outputHeaders.contains(where: lower.contains) { return .output }
            if lexicon.conditionHeaders.contains(where: lower.contains) { return .condition }
            if lexicon.neutralHeaders.contains(where: lower.contains) { return .neutral }
            return nil
        }
    }
}
