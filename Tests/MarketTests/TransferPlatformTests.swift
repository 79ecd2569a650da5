import FluentKit
import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import Storage
import Testing
@testable import Market

/// The registries of transfer offices, proof-of-concept centres and pilot bases, and the service
/// requests to them (Art. 32), on the run's engine.
@Suite struct TransferPlatformTests {
    static func pilotBase(_ org: Organisation) -> PlatformInput {
        PlatformInput(kind: .pilotBase, organisationID: org.id.rawValue, name: "固态电池中试基地", summary: "面向固态电池的中试线，提供电芯放大试验和工程化验证",
                      fields: [.energy, .materials], services: [.pilotProduction, .engineering], capacity: "中试线 2 条，每年可承接 12 个项目",
                      fees: "按工时收费，每天 8000 元起", district: .haidian, contact: "010-62000000")
    }

    static func office(_ org: Organisation) -> PlatformInput {
        PlatformInput(kind: .transferOffice, organisationID: org.id.rawValue, name: "大学技术转移中心", summary: "负责学校科技成果的许可、转让和作价入股",
                      fields: [.software, .energy], services: [.brokerage, .valuation], capacity: "专职人员 12 名", fees: "按成交额 3% 收取",
                      district: .haidian, contact: "tto@example.edu.cn")
    }

    @Test func test_Art32_2_aPilotBaseOffersTheScaleUpServicesOnlyAndARefusalIsAuditedWithItsParagraph() async throws {
        try await withTestDatabase { t in
            let firm = try await t.organisation("中试公司", type: .enterprise)
            let staff = try await t.person([.applicant], organisation: firm.id)
            let platforms = TransferPlatforms(db: t.db, now: t.now)
            var input = Self.pilotBase(firm)
            input.services = [.pilotProduction, .brokerage]
            input.fees = " "
            do {
                _ = try await platforms.register(input, by: staff)
                Issue.record("a pilot base offered brokerage")
            } catch DomainError.validation(let errors) {
                #expect(Set(errors.map(\.rule)) == ["platform.services.scale_up", "platform.fees.required"])
                #expect(errors.first { $0.rule == "platform.services.scale_up" }?.basis == .art(32, 2))
            }
            let refusals = try await AuditChain.list(.init(), limit: 20, on: t.db).filter { $0.action == "market.platform.refused" }
            #expect(refusals.count == 1 && refusals.first?.basis == .art(32, 2) && refusals.first?.summary.contains("platform.services.scale_up") == true)
            let base = try await platforms.register(Self.pilotBase(firm), by: staff)
            #expect(base.status == .active && base.services == [.pilotProduction, .engineering])
            let audit = try await AuditChain.list(.init(object: base.id.uuidString), limit: 5, on: t.db)
            #expect(audit.contains { $0.action == "market.platform.registered" && $0.basis == .art(32, 2) })
        }
    }

    @Test func test_Art32_1_onlyLicensedManagersAreRegisteredAndOnlyWithATransferOfficeOfOnesOwnOrganisation() async throws {
        try await withTestDatabase { t in
            let university = try await t.organisation(), firm = try await t.organisation("中试公司", type: .enterprise)
            let office = try await t.person([.researchOffice], organisation: university.id), outsider = try await t.person([.applicant], organisation: firm.id)
            let platforms = TransferPlatforms(db: t.db, now: t.now)
            let tto = try await platforms.register(Self.office(university), by: office)
            let base = try await platforms.register(Self.pilotBase(firm), by: outsider)
            let today = BeijingDay(containing: t.clock.now)
            let expired = ManagerInput(name: "王经理", licenceNumber: "BJJL-2024-0001", licensedUntil: today, fields: [.energy])
            await #expect(throws: DomainError.self) { _ = try await platforms.addManager(expired, to: tto.id, by: office) }
            let valid = ManagerInput(name: "王经理", licenceNumber: "bjjl-2024-0001", licensedUntil: BeijingDay(year: today.year + 2, month: 6, day: 30), fields: [.energy])
            do {
                _ = try await platforms.addManager(valid, to: base.id, by: outsider)
                Issue.record("a manager registered with a pilot base")
            } catch DomainError.validation(let errors) {
                #expect(errors.map(\.rule) == ["manager.office.only"] && errors.first?.basis == .art(32, 1))
            }
            do {
                _ = try await platforms.addManager(valid, to: tto.id, by: outsider)
                Issue.record("an outsider registered a manager")
            } catch DomainError.forbidden(let message, let basis) {
                #expect(basis == .art(32, 1) && message.zh.contains("第三十二条") && message.en.contains("Art. 32(1)"))
            }
            let manager = try await platforms.addManager(valid, to: tto.id, by: office)
            #expect(manager.licenceNumber == "BJJL-2024-0001" && manager.isLicensed(on: today))
            await #expect(throws: DomainError.self) { _ = try await platforms.addManager(valid, to: tto.id, by: office) }
            #expect(try await platforms.managers(of: tto.id).map(\.id) == [manager.id])
            let audit = try await AuditChain.list(.init(), limit: 30, on: t.db)
            #expect(audit.contains { $0.action == "market.tech_manager.refused" && $0.basis == .art(32, 1) })
            #expect(audit.contains { $0.action == "market.platform.refused" && $0.basis == .art(32, 1) })
        }
    }

    @Test func test_Art32_theRegistryIsSearchedWithTheChineseEngineByKindAndFieldAndAClosedPlatformLeavesIt() async throws {
        try await withTestDatabase { t in
            let university = try await t.organisation(), firm = try await t.organisation("中试公司", type: .enterprise)
            let office = try await t.person([.researchOffice], organisation: university.id), staff = try await t.person([.applicant], organisation: firm.id)
            let platforms = TransferPlatforms(db: t.db, now: t.now)
            let tto = try await platforms.register(Self.office(university), by: office)
            let base = try await platforms.register(Self.pilotBase(firm), by: staff)
            let search = PlatformSearch()
            try await search.refresh(on: t.db)
            #expect(search.search("固态电池 中试", kind: nil, limit: 10).first == base.id)
            #expect(search.search("中试生产", kind: .transferOffice, limit: 10).isEmpty)
            #expect(search.search("许可 转让", kind: .transferOffice, limit: 10) == [tto.id])
            #expect(try await platforms.active(field: .materials, limit: 10).map(\.id) == [base.id])
            #expect(try await platforms.active(kind: .transferOffice, limit: 10).map(\.id) == [tto.id])
            _ = try await platforms.close(base.id, by: staff)
            t.clock.advance(by: 5)
            try await search.refresh(on: t.db)
            #expect(search.search("固态电池 中试", kind: nil, limit: 10).allSatisfy { $0 != base.id })
            #expect(try await platforms.active(limit: 10).map(\.id) == [tto.id])
        }
    }

    @Test func test_Art32_aServiceRequestIsAnsweredByTheProviderOnlyADeclineNamesItsReasonAndEveryStepIsAudited() async throws {
        try await withTestDatabase { t in
            let university = try await t.organisation(), firm = try await t.organisation("中试公司", type: .enterprise)
            let other = try await t.organisation("其他单位")
            let researcher = try await t.person([.applicant], organisation: university.id), staff = try await t.person([.applicant], organisation: firm.id)
            let outsider = try await t.person([.applicant], organisation: other.id)
            let base = try await TransferPlatforms(db: t.db, now: t.now).register(Self.pilotBase(firm), by: staff)
            let requests = PlatformRequests(db: t.db, now: t.now)
            let description = "硫化物固态电解质的电芯放大试验，计划三个月内完成"
            do {
                _ = try await requests.request(.init(organisationID: university.id.rawValue, service: .conceptValidation, description: description), of: base.id, by: researcher)
                Issue.record("requested a service the base does not list")
            } catch DomainError.validation(let errors) {
                #expect(errors.map(\.rule) == ["request.service.scale_up"] && errors.first?.basis == .art(32, 2))
            }
            // A member of the provider cannot request its own service; nor for an organisation one is not in.
            await #expect(throws: DomainError.self) {
                _ = try await requests.request(.init(organisationID: firm.id.rawValue, service: .pilotProduction, description: description), of: base.id, by: staff)
            }
            await #expect(throws: DomainError.self) {
                _ = try await requests.request(.init(organisationID: university.id.rawValue, service: .pilotProduction, description: description), of: base.id, by: outsider)
            }
            let asked = try await requests.request(.init(organisationID: university.id.rawValue, service: .pilotProduction, description: description), of: base.id, by: researcher)
            #expect(asked.status == .requested)
            await #expect(throws: DomainError.notFound(entity: "platform_request")) { _ = try await requests.find(asked.id, as: outsider) }
            await #expect(throws: DomainError.self) { _ = try await requests.answer(asked.id, .accept, note: "", by: researcher) }
            await #expect(throws: DomainError.self) { _ = try await requests.answer(asked.id, .complete, note: "", by: staff) }
            await #expect(throws: DomainError.validation([PlatformRules.decline.violations(of: "", at: t.clock.now)].flatMap { $0 })) {
                _ = try await requests.answer(asked.id, .decline, note: " ", by: staff)
            }
            let accepted = try await requests.answer(asked.id, .accept, note: "下月第一周进线", by: staff)
            #expect(accepted.status == .accepted && accepted.decidedBy == staff.id)
            await #expect(throws: DomainError.self) { _ = try await requests.answer(asked.id, .decline, note: "排期已满", by: staff) }
            let done = try await requests.answer(asked.id, .complete, note: "已完成 3 批次放大试验", by: staff)
            #expect(done.status == .completed && done.providerNote == "已完成 3 批次放大试验")
            #expect(try await requests.mine(researcher).map(\.id) == [asked.id])
            #expect(try await requests.mine(staff).map(\.id) == [asked.id])
            let second = try await requests.request(.init(organisationID: university.id.rawValue, service: .engineering, description: description), of: base.id, by: researcher)
            let declined = try await requests.answer(second.id, .decline, note: "本季度排期已满", by: staff)
            #expect(declined.status == .declined && declined.providerNote == "本季度排期已满")
            let audit = try await AuditChain.list(.init(object: asked.id.uuidString), limit: 10, on: t.db)
            // The steps, and the refusals on it (the requester's answer, the decline without a reason), each with its basis.
            #expect(Set(audit.map(\.action)) == ["market.platform_request.submitted", "market.platform_request.accepted", "market.platform_request.completed",
                                                  "market.platform_request.refused"])
            #expect(audit.allSatisfy { $0.basis != nil })
            let refused = try await AuditChain.list(.init(), limit: 50, on: t.db).filter { $0.action == "market.platform_request.refused" }
            #expect(refused.count >= 3 && refused.allSatisfy { $0.basis != nil })
        }
    }
}
