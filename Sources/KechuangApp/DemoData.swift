import Foundation
import Identity
import KechuangCore
import Policy
import Storage
import Vapor

/// Demo organisations and one person per role, for trying the platform. Loading twice changes nothing.
public enum DemoData {
    public struct Login: Sendable {
        public let role: Role
        public let email: String
        public let password: String
    }

    /// The demo password of every demo account. It is printed, so it is no secret: never load
    /// demo data into a production database.
    public static let password = "Kechuang2026demo"

    struct Org {
        let key: String
        let input: OrganisationInput
    }

    // The unified social credit codes below are made up for the demo, with valid check characters.
    static let organisations: [Org] = [
        Org(key: "commission", input: OrganisationInput(nameZh: "北京市科学技术委员会（示例）", nameEn: "Beijing Municipal Science & Technology Commission (demo)",
            type: OrganisationType.governmentDepartment.rawValue, ownership: Ownership.state.rawValue, district: District.tongzhou.rawValue,
            uscc: withCheck("11110000MB1234567"))),
        Org(key: "university", input: OrganisationInput(nameZh: "京华大学（示例）", nameEn: "Jinghua University (demo)",
            type: OrganisationType.university.rawValue, ownership: Ownership.state.rawValue, district: District.haidian.rawValue,
            uscc: withCheck("12110000400000001"))),
        Org(key: "institute", input: OrganisationInput(nameZh: "怀柔综合能源研究院（示例）", nameEn: "Huairou Integrated Energy Institute (demo)",
            type: OrganisationType.newRDInstitution.rawValue, ownership: Ownership.mixed.rawValue, district: District.huairou.rawValue,
            uscc: withCheck("52110116MJ0000002"))),
        Org(key: "enterprise", input: OrganisationInput(nameZh: "中关村智算科技有限公司（示例）", nameEn: "Zhongguancun Intelligent Computing Co., Ltd. (demo)",
            type: OrganisationType.enterprise.rawValue, ownership: Ownership.private.rawValue, district: District.haidian.rawValue,
            uscc: withCheck("91110108MA0000003"))),
        Org(key: "foreign", input: OrganisationInput(nameZh: "莱茵生命科学（北京）研发中心有限公司（示例）", nameEn: "Rhine Life Sciences (Beijing) R&D Center Co., Ltd. (demo)",
            type: OrganisationType.enterprise.rawValue, ownership: Ownership.foreignInvested.rawValue, district: District.changping.rawValue,
            uscc: withCheck("91110114MA0000004"))),
    ]

    struct DemoPerson {
        let role: Role
        let orgKey: String?
        let input: PersonInput
    }

    static let people: [DemoPerson] = [
        DemoPerson(role: .platformAdmin, orgKey: nil, input: PersonInput(name: "平台管理员", email: "admin@demo.kechuang.cn", nationality: "CN")),
        DemoPerson(role: .programmeOfficer, orgKey: "commission", input: PersonInput(name: "王项目", email: "officer@demo.kechuang.cn", nationality: "CN")),
        DemoPerson(role: .integrityOfficer, orgKey: "commission", input: PersonInput(name: "赵诚信", email: "integrity@demo.kechuang.cn", nationality: "CN")),
        DemoPerson(role: .departmentStaff, orgKey: "commission", input: PersonInput(name: "钱协同", email: "staff@demo.kechuang.cn", nationality: "CN")),
        DemoPerson(role: .researchOffice, orgKey: "university", input: PersonInput(name: "孙科研", email: "research-office@demo.kechuang.cn", nationality: "CN")),
        DemoPerson(role: .applicant, orgKey: "university", input: PersonInput(name: "李青年", email: "applicant@demo.kechuang.cn",
            orcid: "0000-0002-1825-0097", nationality: "CN", birthYear: "1992")),
        DemoPerson(role: .reviewer, orgKey: "institute", input: PersonInput(name: "Anna Weber", email: "reviewer@demo.kechuang.cn", nationality: "DE", birthYear: "1975")),
    ]

    /// Loads the demo set and returns the logins to print.
    @discardableResult
    public static func load(into app: Application) async throws -> [Login] {
        let orgs = KechuangApp.organisations(app)
        let service = KechuangApp.people(app)
        var ids: [String: UUID] = [:]
        for org in organisations {
            if let existing = try await orgs.list(search: org.input.uscc, limit: 1).first {
                ids[org.key] = existing.id
            } else {
                ids[org.key] = try await orgs.create(org.input, by: .system).id
            }
        }
        try await loadPolicies(into: app)
        var logins: [Login] = []
        for person in people {
            if try await service.find(email: person.input.email) == nil {
                let membership = Membership(organisationID: person.orgKey.flatMap { ids[$0] }, role: person.role)
                _ = try await service.create(person.input, password: password, memberships: [membership], by: .system)
            }
            logins.append(Login(role: person.role, email: person.input.email, password: password))
        }
        return logins
    }

    /// The regulation itself, imported from its official text as published, and a small set of
    /// S&T policies in the corpus format — both shipped in `Demo/`.
    public static func loadPolicies(into app: Application) async throws {
        let library = KechuangApp.policies(app)
        guard let regulation = Bundle.module.url(forResource: "regulation-zh", withExtension: "md", subdirectory: "Demo"),
              let policies = Bundle.module.url(forResource: "policies", withExtension: "jsonl", subdirectory: "Demo") else {
            throw DemoDataMissing()
        }
        if (try? await library.document(Policy.regulationID)) == nil {
            try await library.importText(PolicySource(
                externalID: Policy.regulationID, title: "北京国际科技创新中心建设条例",
                titleEn: "Regulations on Building the Beijing International Science and Technology Innovation Center",
                issuer: "北京市人民代表大会", level: .localRegulation, region: "北京", date: "2024-01-25", effectiveDate: "2024-03-01",
                text: try String(contentsOf: regulation, encoding: .utf8)), actor: .system)
        }
        if try await library.count() < 2 {
            _ = try await library.importJSONL(contentsOf: policies, actor: .system)
        }
    }

    struct DemoDataMissing: Error, CustomStringConvertible {
        var description: String { "The demo files (Demo/regulation-zh.md, Demo/policies.jsonl) are missing from the build." }
    }

    static func withCheck(_ first17: String) -> String {
        first17 + String(UnifiedSocialCreditCode.checkCharacter(for: first17) ?? "0")
    }
}
