import Foundation
import KechuangCore

/// How the drafting department answered a comment in its response report (Art. 58).
public enum ConsultationResponse: String, Sendable, Codable, CaseIterable {
    case adopted
    case partlyAdopted = "partly_adopted"
    case notAdopted = "not_adopted"

    public var label: LocalizedText {
        switch self {
        case .adopted: LocalizedText(zh: "采纳", en: "Adopted")
        case .partlyAdopted: LocalizedText(zh: "部分采纳", en: "Partly adopted")
        case .notAdopted: LocalizedText(zh: "未采纳", en: "Not adopted")
        }
    }
}

/// A comment on the whole draft or on one article. Made by a person, for themselves or on behalf
/// of an organisation they belong to. Never deleted: moderation hides it with a reason.
public struct ConsultationComment: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<ConsultationComment>

    public let id: ID
    public let consultationID: Consultation.ID
    public let authorID: UUID
    /// Set when the comment is made on behalf of an organisation; its name as it was then.
    public let organisationID: UUID?
    public let organisationName: String?
    /// `第五条`; nil for a comment on the whole text.
    public let articleLabel: String?
    public let text: String
    public let createdAt: Date
    public var hiddenReason: String?
    public var hiddenAt: Date?
    public var response: ConsultationResponse?
    public var responseReason: String?
    public var respondedAt: Date?
    public var version: Int

    public init(id: ID, consultationID: Consultation.ID, authorID: UUID, organisationID: UUID?, organisationName: String?, articleLabel: String?,
                text: String, createdAt: Date, hiddenReason: String?, hiddenAt: Date?, response: ConsultationResponse?, responseReason: String?,
                respondedAt: Date?, version: Int) {
        self.id = id
        self.consultationID = consultationID
        self.authorID = authorID
        self.organisationID = organisationID
        self.organisationName = organisationName
        self.articleLabel = articleLabel
        self.text = text
        self.createdAt = createdAt
        self.hiddenReason = hiddenReason
        self.hiddenAt = hiddenAt
        self.response = response
        self.responseReason = responseReason
        self.respondedAt = respondedAt
        self.version = version
    }

    public var isHidden: Bool { hiddenAt != nil }
    /// A visible comment needs an answer before the report is published.
    public var needsResponse: Bool { !isHidden && response == nil }
}
