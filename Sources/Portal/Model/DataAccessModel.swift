import Foundation
import KechuangCore

/// Where an access request stands (Art. 68).
public enum DataAccessState: String, Sendable, Codable, CaseIterable {
    case pending, approved, refused

    public var label: LocalizedText {
        switch self {
        case .pending: LocalizedText(zh: "待审核", en: "Waiting for the publisher")
        case .approved: LocalizedText(zh: "已批准", en: "Approved")
        case .refused: LocalizedText(zh: "已拒绝", en: "Refused")
        }
    }
}

/// A person's request to use an on-request data set, and the publisher's decision. An approval is
/// a grant for a limited time; every download under it is logged with the grant.
public struct DataAccessRequest: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<DataAccessRequest>
    public let id: ID
    public let datasetID: Dataset.ID
    public let personID: UUID
    /// The requester's name as shown to the publisher (no e-mail, no phone).
    public let personName: String
    public let purpose: String
    public let state: DataAccessState
    public let reason: String?
    public let decidedByLabel: String?
    public let decidedAt: Date?
    /// The grant ends at this moment (approved requests only).
    public let grantedUntil: Date?
    public let createdAt: Date

    public func isActiveGrant(at date: Date) -> Bool {
        state == .approved && (grantedUntil.map { date < $0 } ?? false)
    }
}

/// One logged download of an on-request data set under a grant.
public struct DataDownload: Sendable, Equatable {
    public let requestID: DataAccessRequest.ID?
    public let datasetID: Dataset.ID
    public let versionNumber: Int
    public let format: DatasetFormat
    public let personID: UUID?
    public let at: Date
}

/// A grant lasts 1 to 365 days; 90 unless the publisher says otherwise.
public enum DataAccessGrant {
    public static let days = 1...365
    public static let defaultDays = 90
}
