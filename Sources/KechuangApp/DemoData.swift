import Foundation
import Identity
import KechuangCore
import Policy
import Projects
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
                ids[org.key] = existing.id.rawValue
            } else {
                ids[org.key] = try await orgs.create(org.input, by: .system).id.rawValue
            }
        }
        try await loadPolicies(into: app)
        try await loadCalls(into: app)
        var logins: [Login] = []
        for person in people {
            if try await service.find(email: person.input.email) == nil {
                let membership = Membership(organisationID: person.orgKey.flatMap { ids[$0] }, role: person.role)
                _ = try await service.create(person.input, password: password, memberships: [membership], by: .system)
            }
            logins.append(Login(role: person.role, email: person.input.email, password: password))
        }
        logins += try await loadIntegrity(into: app, organisations: ids)
        try await loadReview(into: app, organisations: ids)
        try await loadGrants(into: app, organisations: ids)
        logins += try await loadInstruments(into: app, organisations: ids)
        logins += try await loadEnterprise(into: app, organisations: ids)
        try await loadTalent(into: app, organisations: ids)
        try await loadMarketScenarios(into: app, organisations: ids)
        try await loadLedger(into: app, organisations: ids)
        try await loadEthicsAndAwards(into: app, organisations: ids)
        try await loadInternational(into: app, organisations: ids)
        try await loadMarketTrade(into: app, organisations: ids)
        // Last: last year's release freezes every module's figures.
        try await loadMonitoring(into: app, organisations: ids)
        try await loadConsultations(into: app)
        try await loadPortalData(into: app)
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

    /// Two programmes, each with an open call whose rules and text pass the publication check.
    public static func loadCalls(into app: Application) async throws {
        let calls = KechuangApp.calls(app)
        guard try await calls.programmes().isEmpty else { return }
        let fund = try await calls.createProgramme(code: "BJNSF", nameZh: "北京市自然科学基金", nameEn: "Beijing Natural Science Foundation",
                                                   kind: .naturalScienceFund, by: .system)
        let tech = try await calls.createProgramme(code: "BJKCT", nameZh: "北京市关键核心技术攻关专项", nameEn: "Beijing Key Core Technology Programme",
                                                   kind: .keyCoreTechnology, by: .system)
        let now = app.webServices.now()
        let opens = BeijingTime.format(now.addingTimeInterval(-86_400))
        let closes = BeijingTime.format(now.addingTimeInterval(60 * 86_400))
        func rule(_ id: String, _ condition: Condition, _ article: ArticleRef?, _ zh: String, _ en: String) -> EligibilityRule {
            EligibilityRule(id: id, condition: condition, article: article, description: LocalizedText(zh: zh, en: en))
        }
        let encoder = JSONEncoder()
        let youngRules = [
            rule("registered", .registeredInBeijing, nil, "申报单位为在京注册的独立法人单位", "The applicant organisation is registered in Beijing"),
            rule("integrity", .integrityClear, ArticleRef(60), "申请人无在限制期内的科研失信记录", "The applicant has no research-integrity restriction in force"),
            rule("young", .piAgeAtMost(35), ArticleRef(45), "项目负责人年龄不超过35周岁", "The principal investigator is at most 35 years old"),
            rule("ethics", .ethicsApprovalIfSensitive, ArticleRef(61), "涉及人、动物或人工智能的研究须有伦理审查批准", "Research involving people, animals or AI has ethics approval"),
        ]
        let young = try await calls.create(CallInput(
            programmeID: fund.id.uuidString, titleZh: "北京市自然科学基金青年科学基金项目申报指南（示例）",
            titleEn: "Beijing Natural Science Foundation: Young Scientists Fund (demo)",
            guidelineZh: "一、资助范围\n支持青年科学技术人员在科学基金资助范围内自主选题，开展基础研究工作，培养青年科学技术人员独立主持科研项目、进行创新研究的能力。\n二、申报条件\n1. 申报单位为在京注册的独立法人单位，各类所有制单位平等参与。\n2. 项目负责人年龄不超过35周岁，具有博士学位或者三年以上科研经历。\n3. 申请人无在限制期内的科研失信记录。\n三、经费管理\n实行经费包干制，由项目负责人自主决定使用。",
            guidelineEn: "Supports young researchers choosing their own basic-research topics. Applicants: organisations registered in Beijing, of any ownership; principal investigators aged 35 or under with a doctorate or three years of research experience; no research-integrity restriction in force. Lump-sum funding.",
            opensAt: opens, closesAt: closes, totalBudget: "30000000", typicalAward: "300000", budgetMode: BudgetMode.lumpSum.rawValue,
            selectionMode: SelectionMode.openCompetition.rawValue, eligibilityRules: String(decoding: try encoder.encode(youngRules), as: UTF8.self)),
            by: .system)
        _ = try await calls.publish(young.id, by: .system)
        let techRules = [
            rule("consortium", .teamIncludesOrganisationType(OrganisationType.enterprise.rawValue), ArticleRef(3),
                 "联合体须包括至少一家企业（政产学研用协同）", "The consortium includes at least one enterprise"),
            rule("integrity", .integrityClear, ArticleRef(60), "申请人无在限制期内的科研失信记录", "The applicant has no research-integrity restriction in force"),
            rule("ethics", .ethicsApprovalIfSensitive, ArticleRef(61), "涉及人工智能等敏感领域的研究须有伦理审查批准", "Research in sensitive areas such as AI has ethics approval"),
        ]
        let ai = try await calls.create(CallInput(
            programmeID: tech.id.uuidString, titleZh: "人工智能基础软硬件关键核心技术攻关项目申报指南（示例）",
            titleEn: "Key core technologies for AI software and hardware (demo)",
            guidelineZh: "一、攻关方向\n面向大模型训练推理的国产算力芯片、编译器与基础软件，支持多条技术路线并行攻关。\n二、申报要求\n1. 鼓励企业牵头，联合高等学校、科研机构组成创新联合体申报。\n2. 外籍科学家可以作为项目负责人牵头申报。\n3. 研究涉及人工智能伦理问题的，须通过伦理审查。\n三、经费管理\n实行预算加负面清单管理。",
            guidelineEn: "Domestic computing chips, compilers and base software for training and serving large models; several technical routes are funded in parallel. Enterprise-led consortia with universities and institutes are encouraged; foreign scientists may lead. Ethics review for AI research. Budget with a negative list.",
            opensAt: opens, closesAt: BeijingTime.format(now.addingTimeInterval(45 * 86_400)), totalBudget: "200000000", typicalAward: "20000000",
            budgetMode: BudgetMode.negativeList.rawValue, selectionMode: SelectionMode.parallelRoutes.rawValue,
            eligibilityRules: String(decoding: try encoder.encode(techRules), as: UTF8.self),
            negativeList: "conferences", requiredDocuments: "联合体合作协议", formSections: "攻关目标与技术路线\n研究基础与条件\n产业化前景"), by: .system)
        _ = try await calls.publish(ai.id, by: .system)
    }

    struct DemoDataMissing: Error, CustomStringConvertible {
        var description: String { "The demo files (Demo/regulation-zh.md, Demo/policies.jsonl) are missing from the build." }
    }

    static func withCheck(_ first17: String) -> String {
        first17 + String(UnifiedSocialCreditCode.checkCharacter(for: first17) ?? "0")
    }
}
