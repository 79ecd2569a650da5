import Foundation
import KechuangCore

/// The level of a laboratory in the Art. 18 system: national laboratories, national key
/// laboratories, Beijing key laboratories.
public enum LabLevel: String, Sendable, Codable, CaseIterable {
    case national
    case nationalKey = "national_key"
    case beijingKey = "beijing_key"

    public var label: LocalizedText {
        switch self {
        case .national: LocalizedText(zh: "国家实验室", en: "National laboratory")
        case .nationalKey: LocalizedText(zh: "全国重点实验室", en: "National key laboratory")
        case .beijingKey: LocalizedText(zh: "北京市重点实验室", en: "Beijing key laboratory")
        }
    }
}

/// A laboratory of the Art. 18 system, at its host institution.
public struct Lab: Sendable, Equatable, Codable, Identifiable {
    public typealias ID = Identifier<Lab>
    public let id: ID
    public var nameZh: String
    public var nameEn: String
    public var level: LabLevel
    public var organisationID: UUID

    public init(id: ID, nameZh: String, nameEn: String, level: LabLevel, organisationID: UUID) {
        self.id = id
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.level = level
        self.organisationID = organisationID
    }

    public func name(in language: Language) -> String { language == .zh || nameEn.isEmpty ? nameZh : nameEn }
}
