import Foundation

// Internal, and nested in `CallLinter` so that it cannot clash with other types of the Projects
// module or of the modules it imports.
extension CallLinter {
    /// An immutable compiled pattern. `NSRegularExpression` is immutable and documented thread-safe.
    /// A pattern that does not compile is no pattern (`nil`): the lexicon drops it, and
    /// `test_everyLexiconPatternCompiles` fails, so a typo in the data never reaches a request.
    final class CompiledPattern: @unchecked Sendable {
        let regex: NSRegularExpression
        init?(_ pattern: String) {
            guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return nil }
            self.regex = regex
        }
        func matches(in doc: NormalizedText, range: Range<Int>? = nil) -> [Range<Int>] {
            let ns = range.map { doc.nsRange($0) } ?? NSRange(location: 0, length: doc.charToUTF16.last ?? 0)
            return regex.matches(in: doc.string, options: [], range: ns).compactMap { m in
                m.range.length == 0 ? nil : doc.charRange(m.range)
            }
        }
        /// The ranges of capture group 1 of each match in `range` (empty when the group did not take part).
        func firstGroups(in doc: NormalizedText, range: Range<Int>) -> [Range<Int>] {
            guard !range.isEmpty, regex.numberOfCaptureGroups >= 1 else { return [] }
            return regex.matches(in: doc.string, options: [], range: doc.nsRange(range)).compactMap { m in
                let g = m.range(at: 1)
                return g.location == NSNotFound || g.length == 0 ? nil : doc.charRange(g)
            }
        }
        func occurs(in doc: NormalizedText, range: Range<Int>) -> Bool {
            guard !range.isEmpty else { return false }
            return regex.firstMatch(in: doc.string, options: [], range: doc.nsRange(range)) != nil
        }
    }

    struct CompiledTopic: Sendable {
        let lexicon: TopicLexicon
        let triggers: [(CompiledPattern, TriggerSpec)]
        let cancels: [CompiledPattern]
        let hard: CompiledPattern?
        let soft: CompiledPattern?
        let counted: CompiledPattern?
        let venue: CompiledPattern?
    }

    /// One language's lexicon, compiled once.
    struct CompiledLexicon: Sendable {
        let lexicon: Lexicon
        let topics: [CompiledTopic]
        let markers: [(MarkerKind, CompiledPattern)]
        let link: CompiledPattern?
        let qualifierLead: CompiledPattern?
        let leadingConjunction: CompiledPattern?
        let definition: CompiledPattern?
        let otherAttribute: CompiledPattern?
        let backReference: CompiledPattern?
        let modifierEnd: CompiledPattern?
        let topicLead: CompiledPattern?
        let coordination: CompiledPattern?
        /// How many of the lexicon's patterns compiled, and how many it has.
        let compiledCount: Int
        let patternCount: Int

        init(_ lexicon: Lexicon) {
            self.lexicon = lexicon
            topics = lexicon.topics.map { t in
                CompiledTopic(
                    lexicon: t,
                    triggers: t.triggers.compactMap { spec in CompiledPattern(spec.pattern).map { ($0, spec) } },
                    cancels: t.cancels.compactMap(CompiledPattern.init),
                    hard: Compiled.alternation(t.hardContext),
                    soft: Compiled.alternation(t.softContext),
                    counted: Compiled.alternation(t.countedContext),
                    venue: Compiled.alternation(t.venueContext))
            }
            markers = lexicon.markers.flatMap { kind, patterns in patterns.compactMap { p in CompiledPattern(p).map { (kind, $0) } } }
            link = CompiledPattern(lexicon.link)
            qualifierLead = CompiledPattern(lexicon.qualifierLead)
            leadingConjunction = CompiledPattern(lexicon.leadingConjunction)
            definition = CompiledPattern(lexicon.definition)
            otherAttribute = CompiledPattern(lexicon.otherAttribute)
            backReference = CompiledPattern(lexicon.backReference)
            modifierEnd = CompiledPattern(lexicon.modifierEnd)
            topicLead = CompiledPattern(lexicon.topicLead)
            coordination = lexicon.coordination.flatMap(CompiledPattern.init)
            var single: [String] = [lexicon.link, lexicon.qualifierLead, lexicon.leadingConjunction, lexicon.definition,
                                    lexicon.otherAttribute, lexicon.backReference, lexicon.modifierEnd, lexicon.topicLead]
            if let coordination = lexicon.coordination { single.append(coordination) }
            for topic in lexicon.topics {
                single += topic.triggers.map(\.pattern)
                single += topic.cancels
                single += topic.hardContext
                single += topic.softContext
                single += topic.countedContext
                single += topic.venueContext
            }
            for (_, patterns) in lexicon.markers { single += patterns }
            patternCount = single.count
            compiledCount = single.filter { CompiledPattern($0) != nil }.count
        }

        /// Whether the text before an honour that opens a list item is only an issuing level or a conjunction.
        func isLead(_ doc: NormalizedText, _ r: Range<Int>) -> Bool {
            r.isEmpty || (qualifierLead?.occurs(in: doc, range: r) ?? false)
        }
    }

    enum Compiled {
        static func alternation(_ patterns: [String]) -> CompiledPattern? {
            let valid = patterns.filter { CompiledPattern($0) != nil }
            return valid.isEmpty ? nil : CompiledPattern(valid.map { "(?:\($0))" }.joined(separator: "|"))
        }
        static let lexicons: [CompiledLexicon] = CallLinter.lexicons.map(CompiledLexicon.init)
        static let coordination: [CompiledPattern] = lexicons.compactMap(\.coordination)

        // Language-independent structure: list enumerators and section numbers.
        static let enumerator = CompiledPattern(
            "^(?:[(][0-9]{1,2}[)]|[0-9]{1,2}[.、)](?![0-9])|[(][一二三四五六七八九十]{1,3}[)]|[一二三四五六七八九十]{1,3}、|[①-⑳]|[a-zA-Z][.)、]|第[一二三四五六七八九十]+[条项点]、?)\\s*")
        static let listItem = CompiledPattern(
            "^\\s*(?:[(][0-9]{1,2}[)]|[0-9]{1,2}[.、)](?![0-9])|[(][一二三四五六七八九十]{1,3}[)]|[一二三四五六七八九十]{1,3}、|[①-⑳]|[a-zA-Z][.)、])")
        static let sectionNumber = CompiledPattern("^(?:[一二三四五六七八九十]{1,3}、|[(][一二三四五六七八九十]{1,3}[)]|第[一二三四五六七八九十]+[章节部分])")
    }
}
