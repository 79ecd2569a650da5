import Foundation

// MARK: - Public API

/// One restrictive or preferential condition found in a call guideline (申报指南).
///
/// `start`/`end` are offsets in Swift `Character`s into the text given to `CallLinter.lint`,
/// so `Array(text)[start..<end]` is exactly `text`.
public struct LintFinding: Sendable, Equatable, Codable {
    public enum Severity: String, Sendable, Codable { case block, warn }
    /// The article the condition offends, in the platform's short form: `"50(1)"`, `"5"`, `"72(2)"`.
    public let article: String
    public let severity: Severity
    public let start: Int
    public let end: Int
    /// The flagged clause, exactly as written.
    public let text: String
    /// A stable rule id, e.g. `title.required`.
    public let rule: String
    public let message_zh: String
    public let message_en: String

    public init(article: String, severity: Severity, start: Int, end: Int, text: String,
                rule: String, message_zh: String, message_en: String) {
        self.article = article
        self.severity = severity
        self.start = start
        self.end = end
        self.text = text
        self.rule = rule
        self.message_zh = message_zh
        self.message_en = message_en
    }
}

/// Finds application conditions that the regulation forbids in the free text of a call guideline, in
/// Simplified or Traditional Chinese or in English: professional titles, papers, awards and honour or
/// talent-programme titles as restrictive conditions (Art. 50(1)), conditions on ownership (Art. 5)
/// and on nationality, citizenship, passport, identity document or household registration (Art. 72(2)).
///
/// A condition has a structure, and the linter reads that structure rather than trigger phrases:
/// - **the attribute restricted** (`LintTopic`): title and its ranks, papers and their indexing or
///   venue, awards, honours, ownership kind, nationality and identity documents — each cites its
///   article in `CallLinter.rule(_:_:)` (`LintRules.swift`);
/// - **whom it binds** (`MarkerKind.subject`): applicant, PI, team, lead institution;
/// - **its modality**: must (`modal`, `threshold`, `conditionWord`), only (`only`), may not
///   (`exclusion`), preferred, scored, paid more or exempted (`preference`), burdened with a step for one
///   group only (`burden`), and possession (`possession`, `qualifier`, `past`, `timeWindow`) that
///   describes the one bound;
/// - **its polarity**: a sentence that forbids using such conditions, says they do not count or
///   permits everyone (`negation`, `allow`, `encourage`, equal treatment of every group) is
///   legitimate, and so is one that names the attribute in an output, reviewer, form or integrity
///   context (a topic's `hardContext`/`softContext`) without making it a condition.
/// The words of each part are data, one lexicon per language (`LintLexiconZh.swift`,
/// `LintLexiconEn.swift`); the engine (`LintEngine.swift`, `LintDecision.swift`) is the same for both.
///
/// How it reads a text:
/// 1. Normalise: full-width forms to half-width (`FullWidth`), quotes (“” "" 「」 『』 ‘’) dropped,
///    Traditional characters to Simplified with OpenCC's table (`ChineseScript`, one character for
///    one, so offsets survive), stray spaces between Chinese characters dropped; every normalised
///    character remembers its original offset.
/// 2. Split into clauses at `，；：。！？|` and line breaks (and before 但; not at the colon of a ratio,
///    1:1), sentences at `；。！？`, line breaks and English full stops; an English sentence is one clause
///    (its commas do not split it) unless a conjunction opens a coordinate clause with its own predicate
///    (", and the PI must be …", " and are not eligible", the lexicon's `coordination`). A clause with a
///    Chinese character is read with the Chinese lexicon, any other with the English one. A clause ending
///    in `：` or `|` (a table cell) or a short numbered line is a section header: a header
///    about 申报条件/资格/对象 (eligibility, requirements) puts the following items in "condition"
///    mode, one about 考核指标/预期成果 (outputs) in "output" mode; the mode lasts over the numbered
///    items that follow (1. （一） ① …) and ends at the first line that is not one.
/// 3. Find the attribute words of each topic and the words of the other parts (markers), each by
///    leftmost-longest match so that 职称评审 hides 职称, 不得低于 hides 不得, may not hides may.
/// 4. Decide per clause and attribute (`CallLinter.profiles` says which parts count where):
///    negative polarity clears the clause; a process, reviewer or integrity context clears it (unless a
///    joined clause adds its own restriction, …，且不得担任负责人, or the reviewers prefer the applicant named
///    after them); an output context clears it unless a past window (近五年, in the last five years) shows
///    the applicant's record is meant or the clause binds its own subject by possession; then
///    exclusion/only → block; a preference or a burden → warn; encouragement → nothing; a modal,
///    threshold or condition word → block; permission → nothing, unless the clause
///    defines who may apply by possession → block; possession → block when it describes the one bound
///    (a subject, a modal earlier in the sentence, a conditions section, or a list item that starts with it).
/// 5. A clause without attribute words that only adds 不得/仅/优先 (“…，但不得担任项目负责人”, “同等条件下，…”),
///    clears it (…，不作为评分依据, unless it negates another, free attribute: …，年龄不限), continues it
///    (其…, 仍须…) or states the predicate of a topic (对获得…的团队，…) is read together with the clauses
///    before it, and the finding spans them all.
/// 6. Counted contexts (代表性论文) clear only when no minimum is set; a statistic (超过800人, 2.8万家, 年均增长12%)
///    is background unless it binds a subject; a scoring header (评审指标, evaluation criteria) reads its items
///    as scores, not outputs.
///
/// Whole calls (every field, and the text of a PDF guideline) are linted by `CallDocumentLinter`.
public enum CallLinter: Sendable {
    public static func lint(_ text: String) -> [LintFinding] {
        let doc = NormalizedText(text)
        guard !doc.chars.isEmpty else { return [] }
        let engine = Engine(doc: doc)
        return engine.run()
    }
}
