import Foundation
import KechuangCore

/// Expert recommendation (专家推荐制, Art. 29): a registered expert recommends an application of a
/// call in that mode. Each nomination passed the conflict check of the Review module when it was made.
public struct Nomination: Sendable, Equatable, Codable, Identifiable {
    public let id: UUID
    public let applicationID: UUID
    public let expertID: UUID
    public let expertName: String
    public let statement: String
    public let createdAt: Date

    public init(id: UUID, applicationID: UUID, expertID: UUID, expertName: String, statement: String, createdAt: Date) {
        self.id = id
        self.applicationID = applicationID
        self.expertID = expertID
        self.expertName = expertName
        self.statement = statement
        self.createdAt = createdAt
    }
}

/// Directed commission (定向委托制, Art. 29): the officer names the institution and its PI and
/// records why; no open call is published. The commission creates the application the funding
/// decision (`Awards`) then decides on.
public struct Commission: Sendable, Equatable, Codable, Identifiable {
    public let id: UUID
    public let callID: UUID
    public let applicationID: UUID
    public let organisationID: UUID
    public let principalInvestigatorID: UUID
    public let titleZh: String
    public let amount: Int
    public let reason: String
    public let commissionedBy: UUID
    public let createdAt: Date

    public init(id: UUID, callID: UUID, applicationID: UUID, organisationID: UUID, principalInvestigatorID: UUID, titleZh: String, amount: Int,
                reason: String, commissionedBy: UUID, createdAt: Date) {
        self.id = id
        self.callID = callID
        self.applicationID = applicationID
        self.organisationID = organisationID
        self.principalInvestigatorID = principalInvestigatorID
        self.titleZh = titleZh
        self.amount = amount
        self.reason = reason
        self.commissionedBy = commissionedBy
        self.createdAt = createdAt
    }
}

/// The officer's commission as typed into the form or sent to the API: one error per field.
public struct CommissionInput: Sendable, Equatable {
    public var callID: UUID?
    public var organisationID: UUID?
    /// Resolved by the caller from the e-mail the officer typed; nil when nobody has it.
    public var principalInvestigatorID: UUID?
    public var titleZh: String
    public var titleEn: String
    public var summary: String
    public var amount: Int?
    public var reason: String

    public init(callID: UUID?, organisationID: UUID?, principalInvestigatorID: UUID?, titleZh: String, titleEn: String, summary: String,
                amount: Int?, reason: String) {
        self.callID = callID
        self.organisationID = organisationID
        self.principalInvestigatorID = principalInvestigatorID
        self.titleZh = titleZh
        self.titleEn = titleEn
        self.summary = summary
        self.amount = amount
        self.reason = reason
    }
}
