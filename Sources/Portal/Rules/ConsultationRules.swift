import Foundation
import KechuangCore

/// What an officer enters for a consultation. Days are `YYYY-MM-DD` as typed; the rules read them.
public struct ConsultationInput: Sendable, Equatable {
    public var kind: ConsultationKind?
    public var titleZh: String
    public var titleEn: String
    public var summaryZh: String
    public var summaryEn: String
    public var department: String
    public var text: String
    public var opensOn: String
    public var closesOn: String

    public init(kind: ConsultationKind?, titleZh: String, titleEn: String = "", summaryZh: String, summaryEn: String = "", department: String,
                text: String, opensOn: String, closesOn: String) {
        self.kind = kind
        self.titleZh = titleZh
        self.titleEn = titleEn
        self.summaryZh = summaryZh
        self.summaryEn = summaryEn
        self.department = department
        self.text = text
        self.opensOn = opensOn
        self.closesOn = closesOn
    }

    var opens: BeijingDay? { BeijingDay(parsing: opensOn.trimmingCharacters(in: .whitespaces)) }
    var closes: BeijingDay? { BeijingDay(parsing: closesOn.trimmingCharacters(in: .whitespaces)) }
}

/// A comment as a person sends it.
public struct ConsultationCommentInput: Sendable, Equatable {
    /// `第五条`, or empty for the whole text.
    public var articleLabel: String
    public var text: String
    /// The organisation the comment is made on behalf of; nil for one's own comment.
    public var organisationID: UUID?

    public init(articleLabel: String = "", text: String, organisationID: UUID? = nil) {
        self.articleLabel = articleLabel
        self.text = text
        self.organisationID = organisationID
    }
}

/// The rules of public consultation, each citing Art. 58 (hearing the public before plans and
/// major policies are made) or Art. 75 (implementing policies enter the policy library).
public enum ConsultationRules {
    static func blank(_ s: String) -> Bool { s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    public static let commentMaxLength = 5000

    public static let draft = RuleBook<ConsultationInput>([
        Rule(id: "consultation.kind.required", basis: .art(58), field: "kind",
             message: LocalizedText(zh: "请选择征求意见的文件类别（规划或政策）", en: "Choose what is consulted on: a plan or a policy")) { $0.kind == nil },
        Rule(id: "consultation.title.required", basis: .art(58), field: "title_zh",
             message: LocalizedText(zh: "请填写中文标题", en: "Enter the title in Chinese")) { blank($0.titleZh) },
        Rule(id: "consultation.department.required", basis: .art(58), field: "department",
             message: LocalizedText(zh: "请填写起草部门", en: "Enter the drafting department")) { blank($0.department) },
        Rule(id: "consultation.summary.required", basis: .art(58), field: "summary_zh",
             message: LocalizedText(zh: "请用中文简要说明起草背景和主要内容", en: "Explain in Chinese, briefly, why the draft was written and what it does")) { blank($0.summaryZh) },
        Rule(id: "consultation.text.articles", basis: .art(58), field: "text",
             message: LocalizedText(zh: "征求意见稿须按条文书写（第一条、第二条……），以便公众逐条提出意见",
                                    en: "Write the draft in articles (with Chinese article labels, one per line) so that people can comment on each one")) { ConsultationText($0.text).articles.isEmpty },
        Rule(id: "consultation.opens.format", basis: .art(58), field: "opens_on",
             message: LocalizedText(zh: "请按 2026-12-01 的格式填写开始日期", en: "Enter the opening day as e.g. 2026-12-01")) { $0.opens == nil },
        Rule(id: "consultation.closes.format", basis: .art(58), field: "closes_on",
             message: LocalizedText(zh: "请按 2026-12-31 的格式填写截止日期", en: "Enter the closing day as e.g. 2026-12-31")) { $0.closes == nil },
        Rule(id: "consultation.closes.after_opens", basis: .art(58), field: "closes_on",
             message: LocalizedText(zh: "截止日期不能早于开始日期", en: "The closing day cannot be before the opening day")) { input in
            guard let opens = input.opens, let closes = input.closes else { return false }
            return closes < opens
        },
    ])

    public static let comment = RuleBook<ConsultationCommentInput>([
        Rule(id: "consultation.comment.text.required", basis: .art(58), field: "text",
             message: LocalizedText(zh: "请填写意见内容", en: "Enter your comment")) { blank($0.text) },
        Rule(id: "consultation.comment.text.length", basis: .art(58), field: "text",
             message: LocalizedText(zh: "意见不超过 5000 字", en: "A comment has at most 5,000 characters")) { $0.text.count > commentMaxLength },
    ])

    /// The refusals that are not a field of a form: each cites its article.
    public enum Refusal {
        public static let notOpenYet = LocalizedText(zh: "征求意见尚未开始，暂不接受意见", en: "The consultation is not open yet: comments are not accepted")
        public static let closed = LocalizedText(zh: "征求意见已截止，不再接受意见", en: "The consultation has closed: comments are no longer accepted")
        public static let notPublished = LocalizedText(zh: "该征求意见稿未发布", en: "This draft has not been published for comment")
        public static let publishClosed = LocalizedText(zh: "截止日期已过，不能发布征求意见", en: "The closing day has passed: the draft cannot be published for comment")
        public static let reportBeforeClosing = LocalizedText(zh: "征求意见截止后才能发布采纳情况反馈", en: "The response report is published only after the consultation has closed")
        public static let unanswered = LocalizedText(zh: "还有意见未反馈采纳情况，每条意见都须说明采纳、部分采纳或未采纳及理由",
                                                     en: "Some comments have no response: each comment needs adopted, partly adopted or not adopted, with the reason")
        public static let reportRequired = LocalizedText(zh: "请填写采纳情况总体说明", en: "Enter the summary of how the comments were taken into account")
        public static let responseRequired = LocalizedText(zh: "请选择采纳情况", en: "Choose whether the comment was adopted")
        public static let reasonRequired = LocalizedText(zh: "请说明理由", en: "Give the reason")
        public static let hideReasonRequired = LocalizedText(zh: "请说明隐藏的理由（公开显示）", en: "Give the reason for hiding it (shown publicly)")
        public static let responseAfterClosing = LocalizedText(zh: "征求意见截止后、反馈发布前才能答复意见", en: "Comments are answered after closing and before the report is published")
        public static let notAMember = LocalizedText(zh: "只能以本人所在单位的名义提出意见", en: "You can comment on behalf of an organisation you belong to only")
        public static let unknownArticle = LocalizedText(zh: "征求意见稿中没有这一条", en: "The draft has no such article")
        public static let adoptPolicyOnly = LocalizedText(zh: "只有政策类征求意见稿在发布采纳情况反馈后才能纳入政策库",
                                                          en: "Only a policy whose response report is published can enter the policy library")
        public static let alreadyAdopted = LocalizedText(zh: "该政策已纳入政策库", en: "This policy is already in the policy library")
        public static let adoptDate = LocalizedText(zh: "请按 2026-12-31 的格式填写印发日期", en: "Enter the issue day as e.g. 2026-12-31")
        public static let notEditable = LocalizedText(zh: "已发布的征求意见稿不能修改", en: "A published draft cannot be changed")
    }

    /// Every rule of this part that cites an article, for the article pages.
    public static var citations: [CitedRule] {
        draft.citations(module: "POR") + comment.citations(module: "POR") + [
            CitedRule(id: "consultation.comment.window", module: "POR", article: ArticleRef(58),
                      message: LocalizedText(zh: "征求意见期间以外不接受意见", en: "No comments before the opening day or after the closing day"),
                      effectiveFrom: .regulationInForce),
            CitedRule(id: "consultation.report.complete", module: "POR", article: ArticleRef(58), message: Refusal.unanswered, effectiveFrom: .regulationInForce),
            CitedRule(id: "consultation.adopt.library", module: "POR", article: ArticleRef(75),
                      message: LocalizedText(zh: "采纳的实施性政策纳入政策库", en: "An adopted implementing policy enters the policy library"),
                      effectiveFrom: .regulationInForce),
        ]
    }
}
