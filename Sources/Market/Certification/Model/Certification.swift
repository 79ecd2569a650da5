import Foundation
import KechuangCore

/// What is recognised (Art. 34(2)): new technologies, products and services by the science and
/// technology department; first (set) major technical equipment by the development and reform department.
public enum CertificationKind: String, Sendable, Codable, CaseIterable {
    case newTechnology = "new_technology"
    case newProduct = "new_product"
    case newService = "new_service"
    case firstSet = "first_set"

    public var label: LocalizedText {
        switch self {
        case .newTechnology: LocalizedText(zh: "新技术认定", en: "New technology recognition")
        case .newProduct: LocalizedText(zh: "新产品认定", en: "New product recognition")
        case .newService: LocalizedText(zh: "新服务认定", en: "New service recognition")
        case .firstSet: LocalizedText(zh: "首台（套）重大技术装备认定", en: "First (set) major technical equipment recognition")
        }
    }

    /// The certificate number's letters.
    public var code: String {
        switch self {
        case .newTechnology: "NT"
        case .newProduct: "NP"
        case .newService: "NS"
        case .firstSet: "FS"
        }
    }

    /// How long a certificate is valid, in years.
    public var validityYears: Int {
        switch self {
        case .newService: 2
        case .newTechnology, .newProduct, .firstSet: 3
        }
    }
}

/// One criterion an application must show it meets, with the basis it comes from. Data, not code:
/// `CertificationCriteria.all` is the table.
public struct CertificationCriterion: Sendable, Equatable {
    public let id: String
    public let kinds: Set<CertificationKind>
    public let text: LocalizedText
    /// What the applicant attaches or writes as evidence.
    public let evidenceHint: LocalizedText
    public let basis: LegalBasis
}

public enum CertificationState: String, Sendable, Codable, CaseIterable {
    case submitted, reviewing, certified, refused, revoked

    public var label: LocalizedText {
        switch self {
        case .submitted: LocalizedText(zh: "已提交", en: "Submitted")
        case .reviewing: LocalizedText(zh: "专家评审中", en: "Under expert review")
        case .certified: LocalizedText(zh: "已认定", en: "Recognised")
        case .refused: LocalizedText(zh: "未予认定", en: "Not recognised")
        case .revoked: LocalizedText(zh: "已撤销", en: "Revoked")
        }
    }
}

public struct CertificationApplication: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<CertificationApplication>
    public let id: ID
    public let kind: CertificationKind
    public let organisationID: UUID
    public var organisationName: String
    public let applicantID: UUID
    /// The technology, product, service or equipment.
    public var name: String
    public var description: String
    public var discipline: String
    /// Evidence per criterion id.
    public var evidence: [String: String]
    public var state: CertificationState
    public var decisionReason: String
    public var decidedAt: Date?
    public var certificateNumber: String?
    public var validFrom: BeijingDay?
    public var validUntil: BeijingDay?
    public var revokedAt: Date?
    public var revocationReason: String
    public var submittedAt: Date
    public var version: Int

    /// A certificate in force: recognised, not revoked, within its validity.
    public func isInForce(on day: BeijingDay) -> Bool {
        guard state == .certified, let from = validFrom, let until = validUntil else { return false }
        return !(day < from) && !(until < day)
    }
}

public struct CertificationInput: Sendable, Equatable {
    public var kind: CertificationKind?
    public var organisationID: UUID?
    public var name: String
    public var description: String
    public var discipline: String
    public var evidence: [String: String]

    public init(kind: CertificationKind?, organisationID: UUID?, name: String, description: String, discipline: String, evidence: [String: String]) {
        self.kind = kind
        self.organisationID = organisationID
        self.name = name
        self.description = description
        self.discipline = discipline
        self.evidence = evidence
    }
}
