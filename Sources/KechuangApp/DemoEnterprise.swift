import Enterprise
import Foundation
import Identity
import KechuangCore
import Vapor

extension DemoData {
    static let enterpriseOrgs: [Org] = [
        Org(key: "ent-district", input: OrganisationInput(nameZh: "海淀区科学技术和信息化局（示例）", nameEn: "Haidian District S&T and Information Bureau (demo)",
            type: OrganisationType.governmentDepartment.rawValue, ownership: Ownership.state.rawValue, district: District.haidian.rawValue, uscc: withCheck("11110108MB0000301"))),
        Org(key: "ent-sme", input: OrganisationInput(nameZh: "京芯微测科技有限公司（示例）", nameEn: "Jingxin Microtest Co., Ltd. (demo)",
            type: OrganisationType.enterprise.rawValue, ownership: Ownership.private.rawValue, district: District.haidian.rawValue, uscc: withCheck("91110108MA0000302"))),
        Org(key: "ent-specialised", input: OrganisationInput(nameZh: "精工传感技术有限公司（示例）", nameEn: "Precision Sensing Technology Co., Ltd. (demo)",
            type: OrganisationType.enterprise.rawValue, ownership: Ownership.private.rawValue, district: District.haidian.rawValue, uscc: withCheck("91110108MA0000303"))),
        Org(key: "ent-giant", input: OrganisationInput(nameZh: "北辰光刻装备股份有限公司（示例）", nameEn: "Beichen Lithography Equipment Co., Ltd. (demo)",
            type: OrganisationType.enterprise.rawValue, ownership: Ownership.mixed.rawValue, district: District.haidian.rawValue, uscc: withCheck("91110108MA0000304"))),
        Org(key: "ent-unicorn", input: OrganisationInput(nameZh: "星图智能科技有限公司（示例）", nameEn: "Startu Intelligence Co., Ltd. (demo)",
            type: OrganisationType.enterprise.rawValue, ownership: Ownership.private.rawValue, district: District.haidian.rawValue, uscc: withCheck("91110108MA0000305"))),
        Org(key: "ent-provider", input: OrganisationInput(nameZh: "中关村检验检测服务中心（示例）", nameEn: "Zhongguancun Testing Service Centre (demo)",
            type: OrganisationType.serviceProvider.rawValue, ownership: Ownership.private.rawValue, district: District.haidian.rawValue, uscc: withCheck("91110108MA0000306"))),
        Org(key: "ent-bank", input: OrganisationInput(nameZh: "北京科技银行（示例）", nameEn: "Beijing Technology Bank (demo)",
            type: OrganisationType.financialInstitution.rawValue, ownership: Ownership.state.rawValue, district: District.xicheng.rawValue, uscc: withCheck("91110102MA0000307"))),
    ]

    static let enterpriseContact = DemoPerson(role: .applicant, orgKey: "enterprise", input: PersonInput(
        name: "周企业（示例）", email: "enterprise@demo.kechuang.cn", nationality: "CN"))
    static let voucherProvider = DemoPerson(role: .applicant, orgKey: "ent-provider", input: PersonInput(
        name: "吴服务（示例）", email: "voucher-provider@demo.kechuang.cn", nationality: "CN"))

    /// One enterprise per tier: staff, S&T staff, revenue, R&D, IP I/II, founded, niche years, main business %, equity, valuation (million USD).
    static func demoFigures(_ staff: Int, _ rdStaff: Int, _ revenue: Int, _ rd: Int, _ ip1: Int, _ ip2: Int, _ founded: Int, _ niche: Int,
                            _ main: Int, _ equity: Int, _ valuation: Int, rep: String) -> ProfileFigures {
        ProfileFigures(industryCode: "C3562", size: staff > 300 ? .medium : .small, staff: staff, rdStaff: rdStaff, revenueYuan: revenue, rdSpendingYuan: rd,
                       highTechRevenueYuan: revenue * 3 / 4, assetsYuan: revenue, classOneIP: ip1, classTwoIP: ip2, foundedYear: founded, nicheYears: niche,
                       mainBusinessPercent: main, equityFinancingYuan: equity, valuationMillionUSD: valuation, listed: false, district: .haidian,
                       zone: "中关村科学城", legalRepresentative: rep, shareholders: [rep])
    }

    /// Enterprises (Art. 23, 25, 26, 37, 51–54): the national criteria in the policy library, one
    /// enterprise in every tier (verified by the Haidian bureau), benefits matched without an
    /// application, a voucher programme with a registered provider, registries and finance
    /// products. Two printed logins. Loading twice changes nothing.
    static func loadEnterprise(into app: Application, organisations known: [String: UUID]) async throws -> [Login] {
        let orgs = KechuangApp.organisations(app), people = KechuangApp.people(app)
        var ids = known
        for org in enterpriseOrgs {
            if let existing = try await orgs.list(search: org.input.uscc, limit: 1).first { ids[org.key] = existing.id.rawValue } else {
                ids[org.key] = try await orgs.create(org.input, by: .system).id.rawValue
            }
        }
        func person(_ p: DemoPerson, login: Bool = false) async throws -> Person {
            if let existing = try await people.find(email: p.input.email) { return existing }
            return try await people.create(p.input, password: login ? password : nil, memberships: [Membership(organisationID: p.orgKey.flatMap { ids[$0] }, role: p.role)], by: .system)
        }
        let contact = try await person(enterpriseContact, login: true), providerMember = try await person(voucherProvider, login: true)
        let logins = [Login(role: enterpriseContact.role, email: enterpriseContact.input.email, password: password),
                      Login(role: voucherProvider.role, email: voucherProvider.input.email, password: password)]
        let now = app.webServices.now()
        let clock: @Sendable () -> Date = { now }
        let db = app.db
        let matching = BenefitMatching(db: db, now: clock)
        guard try await matching.benefits().isEmpty else { return logins }
        try await CriteriaDocuments.importMissing(into: KechuangApp.policies(app), actor: .system)

        let verifier = try await person(DemoPerson(role: .departmentStaff, orgKey: "ent-district", input: PersonInput(
            name: "海淀区核实员（示例）", email: "district-haidian@demo.kechuang.cn", nationality: "CN")))
        let officer = try await person(DemoPerson(role: .programmeOfficer, orgKey: "ent-district", input: PersonInput(
            name: "海淀区企业服务专员（示例）", email: "enterprise-officer@demo.kechuang.cn", nationality: "CN")))
        let year = BeijingDay(containing: now).year - 1
        let profiles = Profiles(db: db, now: clock)
        // key, figures, verified?
        let ladder: [(String, ProfileFigures, Bool)] = [
            ("ent-sme", demoFigures(60, 15, 12_000_000, 600_000, 0, 2, 2020, 1, 80, 0, 0, rep: "刘一"), true),
            ("enterprise", demoFigures(120, 30, 30_000_000, 1_800_000, 1, 3, 2018, 1, 90, 0, 0, rep: "陈二"), true),
            ("ent-specialised", demoFigures(200, 50, 45_000_000, 2_500_000, 1, 6, 2015, 4, 75, 0, 0, rep: "杨三"), true),
            ("ent-giant", demoFigures(450, 120, 180_000_000, 9_000_000, 5, 20, 2010, 8, 85, 0, 0, rep: "黄四"), true),
            ("ent-unicorn", demoFigures(400, 150, 150_000_000, 30_000_000, 12, 30, 2019, 5, 95, 900_000_000, 2_500, rep: "林五"), true),
            ("foreign", demoFigures(80, 20, 20_000_000, 900_000, 0, 1, 2021, 2, 70, 0, 0, rep: "Hans Müller"), false),
        ]
        for (key, figures, verify) in ladder {
            guard let org = ids[key] else { continue }
            let member = key == "enterprise" ? contact : try await person(DemoPerson(role: .applicant, orgKey: key, input: PersonInput(
                name: "企业填报人（示例）", email: "enterprise-\(key)@demo.kechuang.cn", nationality: "CN")))
            let saved = try await profiles.save(org, year: year, figures, expectedVersion: nil, by: member)
            let submitted = try await profiles.submit(saved.id, by: member)
            if verify { _ = try await profiles.verify(submitted.id, approve: true, note: "", by: verifier) }
        }
        func tierCriterion(_ tier: Tier) -> Criterion {
            Criterion(id: "benefit.tier.\(tier.rawValue)", label: LocalizedText(zh: "经核实达到\(tier.label.zh)层级", en: "Verified at the tier \(tier.label.en) or above"),
                      anyOf: [Condition(.tierRank, .atLeast, Double(tier.rank))], source: nil, basis: ArticleRef(23, paragraph: 1))
        }
        _ = try await matching.create(.init(titleZh: "高新技术企业研发费用补助", titleEn: "R&D spending subsidy for high-tech enterprises",
                                            summaryZh: "按上年度研发费用的10%给予补助，最高100万元，无需申请。", summaryEn: "10% of last year's R&D spending, up to 1 million yuan, without an application.",
                                            year: year, criteria: [tierCriterion(.highTech), Criterion(id: "benefit.rd", label: LocalizedText(zh: "研发费用不低于50万元", en: "R&D spending of at least 500,000 yuan"),
                                                anyOf: [Condition(.rdSpending, .atLeast, 500_000)], source: nil, basis: ArticleRef(23, paragraph: 3))],
                                            source: TierCriteria.all.first { $0.tier == .highTech }?.criteria.first?.source, basis: ArticleRef(23, paragraph: 3)), by: officer)
        _ = try await matching.create(.init(titleZh: "专精特新企业贷款贴息", titleEn: "Loan interest subsidy for specialised SMEs",
                                            summaryZh: "对专精特新中小企业的贷款按实际利息的50%贴息。", summaryEn: "Half of the interest on loans of specialised SMEs.",
                                            year: year, criteria: [tierCriterion(.specialised)], source: nil, basis: ArticleRef(23, paragraph: 2)), by: officer)
        _ = try await matching.run(year: year, by: officer)
        if let first = try await matching.pending().first(where: { $0.organisationID == ids["ent-giant"] }) {
            _ = try await matching.decide(first.id, confirm: true, note: "", by: officer)
        }
        // Vouchers: a programme on last year's profiles, a provider, vouchers for the SME ladder's first
        // two rungs; one redeemed and claimed. Each programme is issued in the year after the one
        // whose profiles it reads; the two before this one were used by the SME in their September,
        // so ENT-01/02 have three years.
        let vouchers = Vouchers(db: db, now: clock)
        let programme = try await vouchers.createProgramme(.init(year: year, nameZh: "\(year)年度首都科技创新券", nameEn: "Capital innovation vouchers \(year)",
                                                                  faceValueFen: 5_000_000, capPerEnterpriseFen: 10_000_000, budgetFen: 500_000_000,
                                                                  expiresOn: BeijingDay(containing: now.addingTimeInterval(180 * 86_400)), eligibility: Vouchers.smeEligibility), by: officer)
        if let providerOrg = ids["ent-provider"] {
            let provider = try await vouchers.registerProvider(providerOrg, services: [.testing, .consulting], legalRepresentative: "赵服务",
                                                                shareholders: ["赵服务", "中关村发展集团"], by: officer)
            if let sme = ids["ent-sme"], let ent = ids["enterprise"] {
                let used = try await vouchers.issue(programme.id, to: sme, by: officer)
                _ = try await vouchers.issue(programme.id, to: ent, by: officer)
                let smeMember = try await person(DemoPerson(role: .applicant, orgKey: "ent-sme", input: PersonInput(name: "企业填报人（示例）", email: "enterprise-ent-sme@demo.kechuang.cn", nationality: "CN")))
                let r = try await vouchers.redeem(used.id, .init(providerID: provider.id, service: .testing, amountFen: 3_200_000, description: "芯片可靠性检测"), by: smeMember)
                _ = try await vouchers.claim(r.id, serviceRecord: "检测报告 ZGC-JC-0012", by: providerMember)
                for (k, profileYear) in [year - 2, year - 1].enumerated() {
                    func at(_ month: Int, _ day: Int) -> Date { (BeijingDay(year: profileYear + 1, month: month, day: day)?.start ?? now).addingTimeInterval(10 * 3600) }
                    let filed = at(4, 10), verified = at(4, 20), opened = at(5, 6), issued = at(5, 10), spent = at(9, 16), claimed = at(9, 30)
                    guard filed >= .regulationInForce else { continue }
                    let saved = try await Profiles(db: db, now: { filed }).save(
                        sme, year: profileYear, demoFigures(48 + 6 * k, 11 + k, 8_000_000 + 2_000_000 * k, 400_000 + 100_000 * k, 0, 1, 2020, 1, 80, 0, 0, rep: "刘一"),
                        expectedVersion: nil, by: smeMember)
                    let submitted = try await Profiles(db: db, now: { filed }).submit(saved.id, by: smeMember)
                    _ = try await Profiles(db: db, now: { verified }).verify(submitted.id, approve: true, note: "", by: verifier)
                    let earlier = try await Vouchers(db: db, now: { opened }).createProgramme(.init(
                        year: profileYear, nameZh: "\(profileYear)年度首都科技创新券", nameEn: "Capital innovation vouchers \(profileYear)",
                        faceValueFen: 5_000_000, capPerEnterpriseFen: 10_000_000, budgetFen: 400_000_000,
                        expiresOn: BeijingDay(year: profileYear + 1, month: 12, day: 31) ?? BeijingDay(containing: now), eligibility: Vouchers.smeEligibility), by: officer)
                    let voucher = try await Vouchers(db: db, now: { issued }).issue(earlier.id, to: sme, by: officer)
                    let redeemed = try await Vouchers(db: db, now: { spent }).redeem(voucher.id, .init(
                        providerID: provider.id, service: .testing, amountFen: 4_500_000 - 1_000_000 * k, description: ["传感器环境适应性试验", "电磁兼容预测试"][k]), by: smeMember)
                    _ = try await Vouchers(db: db, now: { claimed }).claim(redeemed.id, serviceRecord: "检测报告 ZGC-JC-000\(k + 5)", by: providerMember)
                }
            }
        }
        // Registries and finance products.
        let registries = Registries(db: db, now: clock)
        let entries: [(RegistryKind, UUID?, String, String, String)] = [
            (.newRDInstitution, ids["institute"], "怀柔综合能源研究院（示例）", "Huairou Integrated Energy Institute (demo)", "能源"),
            (.serviceInstitution, ids["ent-provider"], "中关村检验检测服务中心（示例）", "Zhongguancun Testing Service Centre (demo)", "检验检测"),
            (.incubator, ids["university"], "京华大学科技园孵化器（示例）", "Jinghua University Science Park Incubator (demo)", "硬科技"),
            (.makerSpace, ids["university"], "京华创客空间（示例）", "Jinghua Maker Space (demo)", "人工智能"),
            (.consortium, ids["ent-giant"], "集成电路装备创新联合体（示例）", "Integrated Circuit Equipment Innovation Consortium (demo)", "集成电路装备"),
        ]
        for (kind, org, zh, en, field) in entries {
            guard let org else { continue }
            let entry = try await registries.add(.init(kind: kind, organisationID: org, nameZh: zh, nameEn: en, field: field, recognisedYear: year - 2,
                                                       members: kind == .consortium ? [ids["university"], ids["institute"]].compactMap { $0 } : []), by: officer)
            _ = try await registries.evaluate(entry.id, year: year, grade: kind == .consortium ? .excellent : .good, summary: "年度绩效评价", by: officer)
        }
        if let bank = ids["ent-bank"] {
            _ = try await registries.addProduct(.init(providerID: bank, kind: .ipPledgeLoan, nameZh: "知识产权质押贷（示例）", nameEn: "IP-pledge loan (demo)",
                                                      descriptionZh: "以有效发明专利质押，最高1000万元。", criteria: [
                                                        Criterion(id: "finance.ip", label: LocalizedText(zh: "拥有2项以上Ⅰ类知识产权", en: "At least 2 class I IP rights"),
                                                                  anyOf: [Condition(.classOneIP, .atLeast, 2)], source: nil, basis: ArticleRef(53))]), by: officer)
            _ = try await registries.addProduct(.init(providerID: bank, kind: .insurance, nameZh: "研发费用损失保险（示例）", nameEn: "R&D loss insurance (demo)",
                                                      descriptionZh: "承保研发失败造成的费用损失。", criteria: [
                                                        Criterion(id: "finance.rd", label: LocalizedText(zh: "研发费用不低于100万元", en: "R&D spending of at least 1 million yuan"),
                                                                  anyOf: [Condition(.rdSpending, .atLeast, 1_000_000)], source: nil, basis: ArticleRef(53))]), by: officer)
        }
        return logins
    }
}
