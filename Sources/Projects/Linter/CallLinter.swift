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

/// Finds application conditions that the regulation forbids in the free text of a call guideline:
/// professional titles, papers, awards and honorary talent titles as restrictive conditions
/// (Art. 50(1)), conditions on ownership (Art. 5) and on nationality (Art. 72(2)).
///
/// How it reads a text:
/// 1. Normalise: full-width ASCII to half-width, quotes (“” "" 「」 『』 ‘’) dropped, stray spaces
///    between Chinese characters dropped; every normalised character remembers its original offset.
/// 2. Split into clauses at `，；：。！？` and line breaks (and before 但), sentences at `；。！？`
///    and line breaks. A clause ending in `：` or a short numbered line is a section header: a
///    header about 申报条件/资格/对象 puts the following items in "condition" mode, one about
///    考核指标/预期成果 in "output" mode; the mode lasts over the numbered items that follow
///    (1. （一） ① …) and ends at the first line that is not one.
/// 3. Find trigger words of each topic (`CallLinter.topics`) and context markers (`CallLinter.markers`),
///    each by leftmost-longest match so that 职称评审 hides 职称, 不得低于 hides 不得, 有限公司 hides 限.
/// 4. Decide per clause and topic (`CallLinter.profiles` says which markers count where):
///    negation or permissive meta-phrasing (不限, 不作为, 不以…为条件, 不得将, 破除…) clears the clause;
///    a process, reviewer or integrity context (职称评审, 评审专家, 论文须标注, 奖励提名) clears it;
///    an output context (预期成果, 考核指标, 执行期内) clears it unless a past window (近五年) shows the
///    applicant's record is meant; then exclusion/only (不得, 仅限, 方可) → block; a preference
///    (优先, 加分, 倾斜, 同等条件下) → warn; encouragement (鼓励) → nothing; a modal, threshold or
///    "condition" word (须, 应, 要求, 以上, 不少于, 门槛) → block; permission (可以, 均可) → nothing,
///    unless the clause defines who may apply by possession (具有…的均可申报) → block; possession
///    (具有, 获得, 入选, 近五年…) → block when it describes the applicant (a subject such as 申请人,
///    a modal earlier in the sentence, a conditions section, or a list item that starts with it).
/// 5. A clause without triggers that only adds 不得/仅/优先 (“…，但不得担任项目负责人”, “同等条件下，…”)
///    is read together with its neighbour, and the finding spans both.
public enum CallLinter: Sendable {
    public static func lint(_ text: String) -> [LintFinding] {
        let doc = NormalizedText(text)
        guard !doc.chars.isEmpty else { return [] }
        let engine = Engine(doc: doc)
        return engine.run()
    }
}
