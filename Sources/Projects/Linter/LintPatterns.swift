import Foundation

// Internal, and nested in `CallLinter` so that it cannot clash with other types of the Projects
// module or of the modules it imports.
extension CallLinter {
    /// An immutable compiled pattern. `NSRegularExpression` is immutable and documented thread-safe.
    final class CompiledPattern: @unchecked Sendable {
        let regex: NSRegularExpression
        init(_ pattern: String) {
            do {
                regex = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
            } catch {
                preconditionFailure("CallLinter: bad pattern \(pattern): \(error)")
            }
        }
        func matches(in doc: NormalizedText, range: Range<Int>? = nil) -> [Range<Int>] {
            let ns = range.map { doc.nsRange($0) } ?? NSRange(location: 0, length: doc.charToUTF16.last ?? 0)
            return regex.matches(in: doc.string, options: [], range: ns).compactMap { m in
                m.range.length == 0 ? nil : doc.charRange(m.range)
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
    }

    enum Compiled {
        static func alternation(_ patterns: [String]) -> CompiledPattern? {
            patterns.isEmpty ? nil : CompiledPattern(patterns.map { "(?:\($0))" }.joined(separator: "|"))
        }
        static let topics: [CompiledTopic] = CallLinter.topics.map { t in
            CompiledTopic(
                lexicon: t,
                triggers: t.triggers.map { (CompiledPattern($0.pattern), $0) },
                cancels: t.cancels.map { CompiledPattern($0) },
                hard: alternation(t.hardContext),
                soft: alternation(t.softContext))
        }
        static let markers: [(MarkerKind, CompiledPattern)] = CallLinter.markers.flatMap { kind, patterns in
            patterns.map { (kind, CompiledPattern($0)) }
        }
        static let enumerator = CompiledPattern(
            "^(?:[(][0-9]{1,2}[)]|[0-9]{1,2}[.、)](?![0-9])|[(][一二三四五六七八九十]{1,3}[)]|[一二三四五六七八九十]{1,3}、|[①-⑳]|[a-zA-Z][.)、]|第[一二三四五六七八九十]+[条项点]、?)\\s*")
        static let listItem = CompiledPattern(
            "^\\s*(?:[(][0-9]{1,2}[)]|[0-9]{1,2}[.、)](?![0-9])|[(][一二三四五六七八九十]{1,3}[)]|[一二三四五六七八九十]{1,3}、|[①-⑳]|[a-zA-Z][.)、])")
        static let sectionNumber = CompiledPattern("^(?:[一二三四五六七八九十]{1,3}、|[(][一二三四五六七八九十]{1,3}[)]|第[一二三四五六七八九十]+[章节部分])")
        static let link = CompiledPattern("为|是|属于|具有|具备|持有|拥有|由|限|选择|联合|与")
        /// What may stand before an honour that opens a list item: an issuing level or a conjunction.
        static let qualifierLead = CompiledPattern("^(?:或者|或|及|以及|和)?(?:国家级|国家|北京市|北京|市级|省部级|省级|中国|全国|各类|各级)?$")
        static func isLead(_ doc: NormalizedText, _ r: Range<Int>) -> Bool {
            r.isEmpty || qualifierLead.occurs(in: doc, range: r)
        }
        static let leadingConjunction = CompiledPattern("^(?:或者|或|并且|并|且|以及|及|和|同时|另外|此外|其中|但是|但)")
    }
}
