import FluentKit
import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
@testable import Enterprise

/// An enterprise with a member, a district department in its district (Haidian) with staff, a
/// programme officer, and a registered testing provider with a member.
struct EnterpriseWorld {
    let t: TestDB
    let enterprise: Organisation
    let member: Person
    let department: Organisation
    let verifier: Person
    let officer: Person
    let providerOrg: Organisation
    let providerMember: Person

    var profiles: Profiles { Profiles(db: t.db, now: t.now) }
    var matching: BenefitMatching { BenefitMatching(db: t.db, now: t.now) }
    var vouchers: Vouchers { Vouchers(db: t.db, now: t.now) }
    var registries: Registries { Registries(db: t.db, now: t.now) }
    var year: Int { BeijingDay(containing: t.clock.now).year - 1 }

    static func make(_ t: TestDB) async throws -> EnterpriseWorld {
        let enterprise = try await t.organisation("海淀测试科技公司", type: .enterprise)
        let member = try await t.person([.applicant], organisation: enterprise.id)
        let department = try await t.organisation("海淀区科委", type: .governmentDepartment)
        let verifier = try await t.person([.departmentStaff], organisation: department.id)
        let officer = try await t.person([.programmeOfficer], organisation: department.id)
        let providerOrg = try await t.organisation("检测服务公司", type: .serviceProvider)
        let providerMember = try await t.person([.applicant], organisation: providerOrg.id)
        return EnterpriseWorld(t: t, enterprise: enterprise, member: member, department: department, verifier: verifier, officer: officer,
                               providerOrg: providerOrg, providerMember: providerMember)
    }

    /// A high-tech enterprise of 30 million yuan revenue that is not yet 专精特新 (one year in its niche).
    static func figures(staff: Int = 120, rdStaff: Int = 30, revenue: Int = 30_000_000, rd: Int = 1_800_000, nicheYears: Int = 1,
                        legalRepresentative: String = "张三", shareholders: [String] = ["张三", "北京创投基金"]) -> ProfileFigures {
        ProfileFigures(industryCode: "I6513", size: .small, staff: staff, rdStaff: rdStaff, revenueYuan: revenue, rdSpendingYuan: rd,
                       highTechRevenueYuan: revenue * 7 / 10, assetsYuan: 50_000_000, classOneIP: 1, classTwoIP: 3, foundedYear: 2018,
                       nicheYears: nicheYears, mainBusinessPercent: 90, equityFinancingYuan: 0, valuationMillionUSD: 0, listed: false,
                       district: .haidian, zone: "中关村科学城", legalRepresentative: legalRepresentative, shareholders: shareholders)
    }

    /// Enters, submits and has the district verify a profile for `year`.
    func verified(_ figures: ProfileFigures = EnterpriseWorld.figures(), year: Int? = nil) async throws -> EnterpriseProfile {
        let p = try await profiles.save(enterprise.id.rawValue, year: year ?? self.year, figures, expectedVersion: nil, by: member)
        let s = try await profiles.submit(p.id, by: member)
        return try await profiles.verify(s.id, approve: true, note: "", by: verifier)
    }

    func programme(face: Int = 100_000, cap: Int = 200_000, budget: Int = 10_000_000, expires: BeijingDay? = nil) async throws -> VoucherProgramme {
        let expiry = expires ?? BeijingDay(containing: t.clock.now.addingTimeInterval(30 * 86_400))
        return try await vouchers.createProgramme(.init(year: year, nameZh: "科技创新券", nameEn: "Innovation vouchers", faceValueFen: face,
                                                        capPerEnterpriseFen: cap, budgetFen: budget, expiresOn: expiry, eligibility: Vouchers.smeEligibility), by: officer)
    }

    func provider(legalRepresentative: String = "李四", shareholders: [String] = ["李四"]) async throws -> VoucherProvider {
        try await vouchers.registerProvider(providerOrg.id.rawValue, services: [.testing, .instrumentUse], legalRepresentative: legalRepresentative,
                                            shareholders: shareholders, by: officer)
    }
}

func rules(_ error: any Error) -> [String] {
    if case DomainError.validation(let errors) = error { return errors.map(\.rule) }
    return []
}

func bases(_ error: any Error) -> [String] {
    if case DomainError.validation(let errors) = error { return errors.compactMap { $0.basis?.code } }
    return []
}
