import Foundation
import KechuangCore

/// What an ethics committee reviews and an approval covers (Art. 61: 生命科学、医学、人工智能等).
public enum EthicsScope: String, Sendable, Codable, CaseIterable, Comparable {
    case human
    case animal
    case ai
    case other

    public var label: LocalizedText {
        switch self {
        case .human: LocalizedText(zh: "涉及人的研究", en: "Research involving human subjects")
        case .animal: LocalizedText(zh: "涉及实验动物的研究", en: "Research involving animals")
        case .ai: LocalizedText(zh: "人工智能", en: "Artificial intelligence")
        case .other: LocalizedText(zh: "其他科技伦理敏感领域", en: "Another ethically sensitive area")
        }
    }

    public static func < (a: EthicsScope, b: EthicsScope) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
}

/// A member of an ethics committee (no contact details are kept).
public struct EthicsCommitteeMember: Sendable, Equatable, Codable {
    public var name: String
    /// Expertise or the seat held: 医学、伦理学、法学、同行专家、社会人士 ….
    public var expertise: String

    public init(name: String, expertise: String) {
        self.name = name
        self.expertise = expertise
    }
}

/// An institution's science and technology ethics committee (科技伦理审查委员会, Art. 61(2)),
/// registered with its registration number and the scopes it reviews.
public struct EthicsCommittee: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<EthicsCommittee>
    public let id: ID
    public let organisationID: UUID
    public let nameZh: String
    public let nameEn: String
    public let registrationNumber: String
    public let registrationDate: BeijingDay
    public let scopes: [EthicsScope]
    public let members: [EthicsCommitteeMember]
    public let createdAt: Date
}

/// The expert re-review (专家复核) a decision on a listed high-risk activity needs before award.
public struct EthicsExpertReview: Sendable, Equatable, Codable {
    public var reviewedOn: BeijingDay
    /// Who re-reviewed: the competent department's expert panel.
    public var body: String
    public var approved: Bool
    public var note: String

    public init(reviewedOn: BeijingDay, body: String, approved: Bool, note: String) {
        self.reviewedOn = reviewedOn
        self.body = body
        self.approved = approved
        self.note = note
    }
}

/// A committee's review decision approving a project (伦理审查批件): its number, the scopes it
/// covers and its validity; listed high-risk activities it involves and their expert re-review.
public struct EthicsApproval: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<EthicsApproval>
    public let id: ID
    public let committeeID: EthicsCommittee.ID
    public let approvalNumber: String
    public let projectTitle: String
    public let decisionDate: BeijingDay
    public let scopes: [EthicsScope]
    public let validFrom: BeijingDay
    /// The last day it is valid (inclusive).
    public let validUntil: BeijingDay
    /// Codes of `HighRiskActivities` entries the project involves.
    public let highRiskActivities: [String]
    public let expertReview: EthicsExpertReview?
    public let createdAt: Date

    public func isValid(on day: BeijingDay) -> Bool { validFrom <= day && day <= validUntil }
}
