import Foundation
import KechuangCore

/// A person who uses the platform. No professional title is asked for anywhere (Art. 41, 50(1)).
public struct Person: Sendable, Equatable, Codable, Identifiable {
    public let id: UUID
    public var name: String
    public var email: String
    public var orcid: String?
    /// The resident ID number masked for display (`110105********002X`); the number itself is stored encrypted.
    public var residentIDMasked: String?
    public var nationality: String
    public var birthYear: Int?
    public var disabled: Bool
    public var memberships: [Membership]
    public var version: Int
    public var createdAt: Date

    public var roles: Set<Role> { Set(memberships.map(\.role)) }
}

public struct Membership: Sendable, Equatable, Codable, Hashable {
    public var organisationID: UUID?
    public var organisationName: String?
    public var role: Role

    public init(organisationID: UUID?, organisationName: String? = nil, role: Role) {
        self.organisationID = organisationID
        self.organisationName = organisationName
        self.role = role
    }

    /// A role at an organisation named by its typed id.
    public init(organisationID: Organisation.ID, organisationName: String? = nil, role: Role) {
        self.init(organisationID: organisationID.rawValue, organisationName: organisationName, role: role)
    }
}

public struct PersonInput: Sendable, Codable, Equatable {
    public var name: String
    public var email: String
    public var orcid: String?
    public var residentID: String?
    /// ISO 3166-1 alpha-2 (CN, DE, …): foreign nationals take part on equal terms (Art. 72).
    public var nationality: String
    public var birthYear: String?

    public init(name: String, email: String, orcid: String? = nil, residentID: String? = nil, nationality: String, birthYear: String? = nil) {
        self.name = name
        self.email = email
        self.orcid = orcid
        self.residentID = residentID
        self.nationality = nationality
        self.birthYear = birthYear
    }
}
