import Foundation
import KechuangCore

public struct Organisation: Sendable, Equatable, Codable, Identifiable {
    public typealias ID = Identifier<Organisation>
    public let id: ID
    public var nameZh: String
    public var nameEn: String?
    public var type: OrganisationType
    public var ownership: Ownership
    public var district: District
    /// 统一社会信用代码, normalised to upper case.
    public var uscc: String
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    public func name(in language: Language) -> String {
        language == .en ? (nameEn?.isEmpty == false ? nameEn! : nameZh) : nameZh
    }
}

/// What a person submits to create or change an organisation: raw strings, as typed, so that each
/// field can be reported back with its own error.
public struct OrganisationInput: Sendable, Codable, Equatable {
    public var nameZh: String
    public var nameEn: String?
    public var type: String
    public var ownership: String
    public var district: String
    public var uscc: String

    public init(nameZh: String, nameEn: String?, type: String, ownership: String, district: String, uscc: String) {
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.type = type
        self.ownership = ownership
        self.district = district
        self.uscc = uscc
    }
}
