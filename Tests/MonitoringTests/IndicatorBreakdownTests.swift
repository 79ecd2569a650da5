import Enterprise
import FluentKit
import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import Market
import Projects
import SQLKit
import Storage
import Testing
@testable import Monitoring

/// The indicators and breakdowns added for Art. 10, 23(3) and 36, each compared with an
/// independent count made here with SQL over the same tables (never a number written into the
/// test, never the indicator's own code path).
@Suite struct IndicatorBreakdownTests {
    static func int(_ sql: any SQLDatabase, _ query: SQLQueryString) async throws -> Int {
        try await sql.raw(query).first()?.decode(column: "n", as: Int?.self) ?? 0
    }

    static func uscc(_ first17: String) throws -> String {
        first17 + String(try #require(UnifiedSocialCreditCode.checkCharacter(for: first17)))
    }

    @Test func test_Art10_projectsWithPartnersOutsideBeijingBreakDownByTheProvinceInTheirCreditCode() async throws {
        try await withTestDatabase { t in
            let (_, projects) = try await IndicatorComputationTests.seed(t)
            let sql = try #require(t.db as? any SQLDatabase)
            let year = projects[0].awardDate.year
            // The seeded partner is in Tianjin; a second one, in Hebei, joins two projects (one of them with the Tianjin partner).
            try await sql.raw("UPDATE id_organisations SET uscc = \(bind: try Self.uscc("91120116MA0000001")) WHERE district = 'outside_beijing'").run()
            let hebei = try await t.organisation("河北合作单位")
            try await sql.raw("UPDATE id_organisations SET district = 'outside_beijing', uscc = \(bind: try Self.uscc("91130102MA0000002")) WHERE id = \(bind: hebei.id.rawValue)").run()
            for project in [projects[2], projects[3]] {
                let team = try await sql.raw("SELECT team_json FROM grt_projects WHERE id = \(bind: project.id.rawValue)").first()?.decode(column: "team_json", as: String.self) ?? "[]"
                var members = try #require(try JSONSerialization.jsonObject(with: Data(team.utf8)) as? [[String: Any]])
                members.append(["name": "河北合作者", "email": "hebei@example.cn", "organisationID": hebei.id.rawValue.uuidString])
                let updated = String(decoding: try JSONSerialization.data(withJSONObject: members), as: UTF8.self)
                try await sql.raw("UPDATE grt_projects SET team_json = \(bind: updated) WHERE id = \(bind: project.id.rawValue)").run()
            }
            let figures = try await PlatformIndicators(db: t.db).observations()
            // Independently: the partners' organisations from the raw JSON, their province from SUBSTR in SQL.
            var province: [UUID: String] = [:]
            for row in try await sql.raw("SELECT id, SUBSTR(uscc, 3, 2) AS p FROM id_organisations WHERE district = 'outside_beijing'").all() {
                province[try row.decode(column: "id", as: UUID.self)] = try row.decode(column: "p", as: String.self)
            }
            var perProvince: [String: Int] = [:], withPartner = 0
            for row in try await sql.raw("SELECT team_json FROM grt_projects WHERE award_year = \(bind: year)").all() {
                let members = try JSONSerialization.jsonObject(with: Data(try row.decode(column: "team_json", as: String.self).utf8)) as? [[String: Any]] ?? []
                let provinces = Set(members.compactMap { ($0["organisationID"] as? String).flatMap(UUID.init(uuidString:)).flatMap { province[$0] } })
                if !provinces.isEmpty { withPartner += 1 }
                for p in provinces { perProvince[p, default: 0] += 1 }
            }
            #expect(perProvince == ["12": 1, "13": 2])
            #expect(figures.total("GRT-07", year) == Double(withPartner))
            let byRegion = figures.breakdown("GRT-07", year, by: .region)
            #expect(Dictionary(uniqueKeysWithValues: byRegion.map { ($0.key, Int($0.value)) }) == perProvince)
            #expect(byRegion.first { $0.key == "12" }?.label == LocalizedText(zh: "天津市", en: "Tianjin"))
        }
    }

    @Test func test_Art10_aPartnerWithoutAValidCreditCodeIsCountedAsProvinceUnknownNeverGuessed() throws {
        #expect(ProvinceCodes.province(uscc: "not a code").0 == ProvinceCodes.unknownKey)
        let tianjin = try Self.uscc("91120116MA0000001")
        #expect(ProvinceCodes.province(uscc: tianjin).0 == "12")
        // A wrong check character, or a division code that names no province: unknown.
        #expect(ProvinceCodes.province(uscc: String(tianjin.dropLast()) + (tianjin.last == "0" ? "1" : "0")).0 == ProvinceCodes.unknownKey)
        #expect(ProvinceCodes.province(uscc: try Self.uscc("91990000MA0000001")).0 == ProvinceCodes.unknownKey)
    }

    @Test func test_Art23_vouchersRedeemedEqualIndependentCountsByYearDistrictAndIndustry() async throws {
        try await withTestDatabase { t in
            let department = try await t.organisation("区科委", type: .governmentDepartment)
            let verifier = try await t.person([.departmentStaff], organisation: department.id), officer = try await t.person([.programmeOfficer], organisation: department.id)
            let providerOrg = try await t.organisation("检测服务公司", type: .serviceProvider)
            let providerMember = try await t.person([.applicant], organisation: providerOrg.id)
            let profiles = Profiles(db: t.db, now: t.now), vouchers = Vouchers(db: t.db, now: t.now)
            let profileYear = BeijingDay(containing: t.clock.now).year - 1
            let programme = try await vouchers.createProgramme(.init(year: profileYear, nameZh: "科技创新券", nameEn: "Innovation vouchers", faceValueFen: 100_000,
                                                                     capPerEnterpriseFen: 200_000, budgetFen: 10_000_000,
                                                                     expiresOn: BeijingDay(containing: t.clock.now.addingTimeInterval(30 * 86_400)), eligibility: Vouchers.smeEligibility), by: officer)
            let provider = try await vouchers.registerProvider(providerOrg.id.rawValue, services: [.testing], legalRepresentative: "李四", shareholders: ["李四"], by: officer)
            for (name, industry, amount) in [("软件企业", "I6513", 80_000), ("研发企业", "M7320", 55_000)] {
                let enterprise = try await t.organisation(name, type: .enterprise)
                let member = try await t.person([.applicant], organisation: enterprise.id)
                let figures = ProfileFigures(industryCode: industry, size: .small, staff: 120, rdStaff: 30, revenueYuan: 30_000_000, rdSpendingYuan: 1_800_000,
                                             highTechRevenueYuan: 21_000_000, assetsYuan: 50_000_000, classOneIP: 1, classTwoIP: 3, foundedYear: 2018,
                                             nicheYears: 1, mainBusinessPercent: 90, equityFinancingYuan: 0, valuationMillionUSD: 0, listed: false,
                                             district: .haidian, zone: "中关村科学城", legalRepresentative: "张三", shareholders: ["张三"])
                let saved = try await profiles.save(enterprise.id.rawValue, year: profileYear, figures, expectedVersion: nil, by: member)
                _ = try await profiles.verify(try await profiles.submit(saved.id, by: member).id, approve: true, note: "", by: verifier)
                let voucher = try await vouchers.issue(programme.id, to: enterprise.id.rawValue, by: officer)
                let r = try await vouchers.redeem(voucher.id, .init(providerID: provider.id, service: .testing, amountFen: amount, description: "材料检测"), by: member)
                _ = try await vouchers.claim(r.id, serviceRecord: "检测报告", by: providerMember)
            }
            let figures = try await PlatformIndicators(db: t.db).observations()
            let sql = try #require(t.db as? any SQLDatabase)
            let year = BeijingDay(containing: t.clock.now).year
            let prefix = "\(year)-%"
            #expect(figures.total("ENT-01", year) == Double(try await Self.int(sql, "SELECT COUNT(*) AS n FROM ent_redemptions WHERE redeemed_on LIKE \(bind: prefix)")))
            let fen = try await Self.int(sql, "SELECT CAST(SUM(amount_fen) AS BIGINT) AS n FROM ent_redemptions WHERE redeemed_on LIKE \(bind: prefix)")
            #expect(figures.total("ENT-02", year) == Double(fen) / 100)
            let haidian = try await Self.int(sql, """
                SELECT COUNT(*) AS n FROM ent_redemptions r JOIN id_organisations o ON o.id = r.organisation_id WHERE r.redeemed_on LIKE \(bind: prefix) AND o.district = 'haidian'
                """)
            #expect(figures.breakdown("ENT-01", year, by: .district).first { $0.key == "haidian" }?.value == Double(haidian))
            // Industry: the section letter of the code in the enterprise's verified profile, read here from the stored JSON text.
            for section in ["I", "M"] {
                let pattern = "%\"industryCode\":\"\(section)%"
                let n = try await Self.int(sql, """
                    SELECT COUNT(*) AS n FROM ent_redemptions r JOIN ent_profiles p ON p.organisation_id = r.organisation_id
                    WHERE r.redeemed_on LIKE \(bind: prefix) AND p.state IN ('submitted', 'verified') AND p.figures_json LIKE \(bind: pattern)
                    """)
                #expect(n == 1)
                #expect(figures.breakdown("ENT-01", year, by: .industry).first { $0.key == section }?.value == Double(n))
            }
            #expect(figures.breakdown("ENT-02", year, by: .industry).first { $0.key == "M" }?.label.en == "Scientific research and technical services")
        }
    }

    @Test func test_Art36_technologyContractTurnoverCountsRegisteredContractsOnly() async throws {
        try await withTestDatabase { t in
            let seller = try await t.organisation(), buyer = try await t.organisation("企业", type: .enterprise)
            let clerk = try await t.person([.researchOffice], organisation: seller.id), registrar = try await t.person([.departmentStaff])
            let store = try LocalAttachmentStore(root: FileManager.default.temporaryDirectory.appendingPathComponent("mon-contracts-\(UUID().uuidString)"))
            let contracts = TechnologyContracts(db: t.db, now: t.now), pdf = TestPDF.make()
            let today = BeijingDay(containing: t.clock.now)
            func day(_ offset: Int) -> BeijingDay { BeijingDay(containing: today.start.addingTimeInterval(Double(offset) * 86_400 + 3_600)) }
            for (i, (total, register)) in [(1_000_000, true), (640_000, true), (250_000, false)].enumerated() {
                let input = ContractInput(type: .licence, subtype: .patentLicence, title: "固态电解质专利实施许可（\(i + 1)）", field: .energy,
                                          technicalContent: "许可实施专利 ZL202310123456.7（硫化物固态电解质的制备方法），普通许可，许可期限三年，含技术指导。",
                                          seller: ContractParty(name: seller.nameZh, uscc: seller.uscc, kind: .university, district: .haidian),
                                          buyer: ContractParty(name: buyer.nameZh, uscc: buyer.uscc, kind: .enterprise, district: .outsideBeijing),
                                          totalAmount: total, technicalAmount: total * 4 / 5, goodsAmount: total / 5, otherAmount: 0,
                                          signedOn: day(-5 - i), startsOn: day(1), endsOn: day(1000), point: "HD")
                let submitted = try await contracts.submit(input, pdf: (pdf, "合同.pdf"), store: store, by: clerk)
                if register { _ = try await contracts.register(submitted.id, expectedVersion: submitted.version, by: registrar) }
            }
            let figures = try await PlatformIndicators(db: t.db).observations()
            let sql = try #require(t.db as? any SQLDatabase)
            let prefix = "\(today.year)-%"
            let sum = try await Self.int(sql, "SELECT CAST(SUM(total_amount) AS BIGINT) AS n FROM mkt_contracts WHERE state = 'registered' AND registered_on LIKE \(bind: prefix)")
            let count = try await Self.int(sql, "SELECT COUNT(*) AS n FROM mkt_contracts WHERE state = 'registered' AND registered_on LIKE \(bind: prefix)")
            let all = try await Self.int(sql, "SELECT COUNT(*) AS n FROM mkt_contracts")
            #expect(all > count)
            #expect(figures.total("MKT-01", today.year) == Double(sum))
            #expect(figures.total("MKT-02", today.year) == Double(count))
            let byType = try await Self.int(sql, "SELECT CAST(SUM(total_amount) AS BIGINT) AS n FROM mkt_contracts WHERE state = 'registered' AND type = 'licence' AND registered_on LIKE \(bind: prefix)")
            #expect(figures.breakdown("MKT-01", today.year, by: .kind).first { $0.key == "licence" }?.value == Double(byType))
            let month = String(today.description.prefix(7))
            #expect(figures.breakdown("MKT-01", today.year, by: .month).map(\.key) == [month])
            #expect(figures.breakdown("MKT-02", today.year, by: .district).first { $0.key == "haidian" }?.value == Double(count))
        }
    }
}
