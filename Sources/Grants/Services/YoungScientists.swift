import FluentKit
import Foundation
import Identity
import KechuangCore
import Projects

/// Who counts as a young scientist (青年科学家, Art. 45), as data with its source.
public struct YoungScientistDefinition: Sendable, Equatable {
    /// Young in the award year when `awardYear - birthYear <= ageAtMost`.
    public var ageAtMost: Int
    public var source: LocalizedText
    public var basis: LegalBasis

    /// The National Natural Science Foundation's Young Scientists Fund admits men under 35 and
    /// women under 40; the platform records no sex, so the stricter 35 applies to everyone, by
    /// birth year (the age reached in the award year).
    public static let standard = YoungScientistDefinition(
        ageAtMost: 35,
        source: LocalizedText(
            zh: "立项年度年满35周岁及以下（按出生年份计算；参照国家自然科学基金青年科学基金项目申请条件，平台不记录性别，统一取35周岁）",
            en: "aged 35 or less in the award year, by birth year (after the NSFC Young Scientists Fund's condition; the platform records no sex, so 35 applies to everyone)"),
        basis: .art(45))

    public func isYoung(birthYear: Int?, in year: Int) -> Bool {
        guard let birthYear else { return false }
        return year - birthYear <= ageAtMost && year >= birthYear
    }
}

/// One programme and award year: how many projects, how many led and joined by young scientists.
public struct YoungScientistShare: Sendable, Equatable {
    public let programmeID: UUID
    public let programmeName: LocalizedText
    public let year: Int
    public let projects: Int
    public let ledByYoung: Int
    /// Led by, or with at least one team member who is, a young scientist.
    public let joinedByYoung: Int

    public var ledShare: Double { projects == 0 ? 0 : Double(ledByYoung) / Double(projects) }
    public var joinedShare: Double { projects == 0 ? 0 : Double(joinedByYoung) / Double(projects) }
}

/// The share of projects led or joined by young scientists per programme and year (Art. 45),
/// computed from the projects, the PI's birth year and the team members' (looked up by e-mail
/// through `birthYear(ofEmail:)`, which the caller supplies from the directory; a member the
/// platform does not know is not counted as young).
public struct YoungScientists: Sendable {
    let db: any Database
    let definition: YoungScientistDefinition

    public init(db: any Database, definition: YoungScientistDefinition = .standard) {
        self.db = db
        self.definition = definition
    }

    public func shares(birthYear ofEmail: @Sendable (String) async throws -> Int?) async throws -> [YoungScientistShare] {
        let projects = try await ProjectRecord.query(on: db).all().map { try $0.toDomain() }
        let directory = Directory(db: db)
        let programmes = Dictionary(uniqueKeysWithValues: try await Calls(db: db).programmes().map { ($0.id, $0) })
        var piYears: [UUID: Int?] = [:], memberYears: [String: Int?] = [:]
        var groups: [String: (programme: UUID, year: Int, projects: Int, led: Int, joined: Int)] = [:]
        for project in projects {
            if piYears[project.principalInvestigatorID] == nil {
                piYears[project.principalInvestigatorID] = try await directory.person(project.principalInvestigatorID).birthYear
            }
            let year = project.awardDate.year
            let led = definition.isYoung(birthYear: piYears[project.principalInvestigatorID] ?? nil, in: year)
            var joined = led
            for member in project.team where !joined {
                let email = member.email.lowercased()
                if memberYears[email] == nil { memberYears[email] = try await ofEmail(email) }
                joined = definition.isYoung(birthYear: memberYears[email] ?? nil, in: year)
            }
            let key = "\(project.programmeID.uuidString)|\(year)"
            var group = groups[key] ?? (project.programmeID, year, 0, 0, 0)
            group.projects += 1
            group.led += led ? 1 : 0
            group.joined += joined ? 1 : 0
            groups[key] = group
        }
        return groups.values.map { g in
            let programme = programmes[g.programme]
            return YoungScientistShare(programmeID: g.programme, programmeName: LocalizedText(zh: programme?.nameZh ?? "", en: programme?.nameEn ?? ""),
                                       year: g.year, projects: g.projects, ledByYoung: g.led, joinedByYoung: g.joined)
        }.sorted { ($0.year, $0.programmeName.zh) > ($1.year, $1.programmeName.zh) }
    }
}
