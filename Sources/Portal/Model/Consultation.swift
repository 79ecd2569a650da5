import Foundation
import KechuangCore
import Search

/// What is put to public consultation (Art. 58): a plan (规划) or a policy (政策). An adopted
/// implementing policy enters the policy library (Art. 75); a plan does not.
public enum ConsultationKind: String, Sendable, Codable, CaseIterable {
    case plan, policy

    public var label: LocalizedText {
        switch self {
        case .plan: LocalizedText(zh: "规划", en: "Plan")
        case .policy: LocalizedText(zh: "政策", en: "Policy")
        }
    }
}

/// Stored states: a draft only officers see, published for comment, and the response report
/// published. Whether a published consultation is upcoming, open or closed is derived from its
/// dates (`Consultation.phase(at:)`), never stored.
public enum ConsultationState: String, Sendable, Codable, CaseIterable {
    case draft, published, reported
}

/// Where a consultation stands at a moment.
public enum ConsultationPhase: String, Sendable, Codable, CaseIterable {
    case draft, upcoming, open, closed, reported

    public var label: LocalizedText {
        switch self {
        case .draft: LocalizedText(zh: "草稿", en: "Draft")
        case .upcoming: LocalizedText(zh: "即将开始", en: "Not open yet")
        case .open: LocalizedText(zh: "正在征求意见", en: "Open for comment")
        case .closed: LocalizedText(zh: "已截止，待反馈", en: "Closed, response to follow")
        case .reported: LocalizedText(zh: "已截止，已发布采纳情况", en: "Closed, response published")
        }
    }
}

/// A draft plan or policy published for comment from `opensOn` to `closesOn` (both Beijing days,
/// inclusive), with its text in the policy library's article structure.
public struct Consultation: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<Consultation>

    public let id: ID
    public var kind: ConsultationKind
    public var titleZh: String
    public var titleEn: String?
    public var summaryZh: String
    public var summaryEn: String?
    /// The department that drafted it and answers the comments.
    public var department: String
    /// The draft as written, split into articles by `LegalStructureParser` when read.
    public var text: String
    public var opensOn: BeijingDay
    public var closesOn: BeijingDay
    public var state: ConsultationState
    public var publishedAt: Date?
    public var reportZh: String?
    public var reportEn: String?
    public var reportedAt: Date?
    /// The policy library's id of the adopted policy (Art. 75).
    public var adoptedPolicyID: String?
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: ID, kind: ConsultationKind, titleZh: String, titleEn: String?, summaryZh: String, summaryEn: String?, department: String,
                text: String, opensOn: BeijingDay, closesOn: BeijingDay, state: ConsultationState, publishedAt: Date?, reportZh: String?,
                reportEn: String?, reportedAt: Date?, adoptedPolicyID: String?, version: Int, createdAt: Date, updatedAt: Date) {
        self.id = id
        self.kind = kind
        self.titleZh = titleZh
        self.titleEn = titleEn
        self.summaryZh = summaryZh
        self.summaryEn = summaryEn
        self.department = department
        self.text = text
        self.opensOn = opensOn
        self.closesOn = closesOn
        self.state = state
        self.publishedAt = publishedAt
        self.reportZh = reportZh
        self.reportEn = reportEn
        self.reportedAt = reportedAt
        self.adoptedPolicyID = adoptedPolicyID
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// Comments are taken from the opening day 00:00 to the end of the closing day, Beijing time.
    public func phase(at date: Date) -> ConsultationPhase {
        switch state {
        case .draft: return .draft
        case .reported: return .reported
        case .published:
            if date < opensOn.start { return .upcoming }
            if date >= closesOn.startOfNextDay { return .closed }
            return .open
        }
    }

    public func isOpen(at date: Date) -> Bool { phase(at: date) == .open }

    /// The draft in the policy library's structure: preamble, chapters and articles.
    public var structure: ConsultationText { ConsultationText(text) }
}

/// The draft's text split as the policy library splits a law (chapters, articles, paragraphs).
public struct ConsultationText: Sendable, Equatable {
    public let preamble: String
    public let articles: [ConsultationArticle]

    public init(_ raw: String) {
        let parsed = LegalStructureParser.parse(raw)
        preamble = parsed.preamble
        articles = parsed.articles.map { article in
            let chapter = article.chapter.flatMap { $0 < parsed.chapters.count ? parsed.chapters[$0] : nil }
            return ConsultationArticle(number: article.number, suffix: article.suffix, label: article.label,
                                       chapterLabel: chapter?.label, chapterTitle: chapter?.title, text: article.text)
        }
    }

    public func article(_ label: String) -> ConsultationArticle? {
        let wanted = label.filter { !$0.isWhitespace }
        return articles.first { $0.label == wanted }
    }
}

/// One article of a draft, shaped like the policy library's `PolicyArticle`.
public struct ConsultationArticle: Sendable, Equatable {
    public let number: Int
    public let suffix: Int?
    /// `第五条`, `第十条之一`
    public let label: String
    public let chapterLabel: String?
    public let chapterTitle: String?
    /// Paragraphs (款) separated by newlines, without the label.
    public let text: String

    public var paragraphs: [String] { text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) }
    /// `art-5`, `art-10-1`: the anchor on the consultation page.
    public var anchor: String { "art-\(number)" + (suffix.map { "-\($0)" } ?? "") }
}
