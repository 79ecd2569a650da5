import FluentKit
import Foundation
import Identity
import Integrity
import KechuangCore
import KechuangTestSupport
import Projects
import Storage
import Testing
@testable import Market

@Suite struct ContractRegistrationTests {
    static let pdf = TestPDF.make()

    static func store() throws -> LocalAttachmentStore {
        try LocalAttachmentStore(root: FileManager.default.temporaryDirectory.appendingPathComponent("mkt-contracts-\(UUID().uuidString)"))
    }

    static func input(seller: Organisation, buyer: Organisation, subtype: ContractSubtype = .patentLicence, total: Int = 1_000_000,
                      technical: Int = 800_000, goods: Int = 200_000, signed: String = "2026-11-20") -> ContractInput {
        ContractInput(type: subtype.type, subtype: subtype, title: "固态电解质专利实施许可", field: .energy,
                      technicalContent: "许可实施专利 ZL202310123456.7（硫化物固态电解质的制备方法），普通许可，许可期限三年，含技术指导。",
                      seller: ContractParty(name: seller.nameZh, uscc: seller.uscc, kind: .university, district: .haidian),
                      buyer: ContractParty(name: buyer.nameZh, uscc: buyer.uscc, kind: .enterprise, district: .outsideBeijing),
                      totalAmount: total, technicalAmount: technical, goodsAmount: goods, otherAmount: 0,
                      signedOn: BeijingDay(parsing: signed), startsOn: BeijingDay(parsing: "2026-12-01"), endsOn: BeijingDay(parsing: "2029-11-30"), point: "HD")
    }

    @Test func test_Art36_aSubmissionReturnsEveryProblemAtOnceEachCitingItsSource() async throws {
        try await withTestDatabase { t in
            let seller = try await t.organisation(), buyer = try await t.organisation("企业", type: .enterprise)
            let clerk = try await t.person([.researchOffice], organisation: seller.id)
            var input = Self.input(seller: seller, buyer: buyer, technical: 900_000)
            input.buyer?.uscc = "91110108MA01ABCDE1"
            input.subtype = .feasibility
            input.technicalContent = "许可实施一项专利。"
            do {
                _ = try await TechnologyContracts(db: t.db, now: t.now).submit(input, pdf: nil, store: try Self.store(), by: clerk)
                Issue.record("submitted")
            } catch DomainError.validation(let errors) {
                #expect(Set(errors.map(\.rule)) == ["contract.subtype.of_type", "contract.content.required", "contract.buyer.uscc",
                                                    "contract.amount.consistent", "contract.pdf.required"])
                #expect(errors.first { $0.rule == "contract.amount.consistent" }?.message.zh.contains("《北京市技术市场条例》第二十二条第一款") == true)
                #expect(errors.first { $0.rule == "contract.buyer.uscc" }?.basis == .standard("GB 32100-2015"))
                #expect(errors.first { $0.rule == "contract.subtype.of_type" }?.basis == .art(36))
            }
        }
    }

    @Test func test_Art36_aContractReturnedForAWrongTypeIsCorrectedAndRegisteredWithANumberAndCountsInTheStatistics() async throws {
        try await withTestDatabase { t in
            let day = try #require(BeijingDay(parsing: "2026-11-25"))
            t.clock.advance(by: day.start.addingTimeInterval(36_000).timeIntervalSince(t.clock.now))
            let seller = try await t.organisation(), buyer = try await t.organisation("企业", type: .enterprise)
            let clerk = try await t.person([.researchOffice], organisation: seller.id), registrar = try await t.person([.departmentStaff])
            let contracts = TechnologyContracts(db: t.db, now: t.now), store = try Self.store()
            var input = Self.input(seller: seller, buyer: buyer, subtype: .patentRight)
            let submitted = try await contracts.submit(input, pdf: (Self.pdf, "合同.pdf"), store: store, by: clerk)
            #expect(submitted.state == .submitted && submitted.pdfSHA256 != nil)
            // The submitter cannot decide; the registrar returns it: a licence, not an assignment.
            await #expect(throws: DomainError.self) { _ = try await contracts.register(submitted.id, expectedVersion: 1, by: clerk) }
            let returned = try await contracts.returnForCorrection(submitted.id, reason: .wrongType, note: "合同约定为普通许可，应登记为专利实施许可",
                                                                    expectedVersion: 1, by: registrar)
            #expect(returned.state == .returned && returned.returns == 1 && returned.returnRule == "wrong_type")
            #expect(try await ContractStatistics.compute(from: BeijingDay(parsing: "2026-01-01")!, to: BeijingDay(parsing: "2026-12-31")!, on: t.db).total.contracts == 0)
            input.type = .licence
            input.subtype = .patentLicence
            let corrected = try await contracts.correct(submitted.id, input, pdf: nil, store: store, expectedVersion: returned.version, by: clerk)
            #expect(corrected.state == .submitted && corrected.type == .licence)
            let registered = try await contracts.register(submitted.id, expectedVersion: corrected.version, by: registrar)
            #expect(registered.state == .registered && registered.number == "BJ2026HD000001" && registered.registeredOn?.description == "2026-11-25")
            let stats = try await ContractStatistics.compute(from: BeijingDay(parsing: "2026-01-01")!, to: BeijingDay(parsing: "2026-12-31")!, on: t.db)
            #expect(stats.total == Turnover(contracts: 1, amount: 1_000_000, technicalAmount: 800_000))
            #expect(stats.rows("type").map(\.key) == ["licence"] && stats.rows("flow").map(\.key) == ["out_of_beijing"])
            #expect(stats.rows("month").first?.key == "2026-11")
            let turnover = try await TechnologyContracts.turnover(from: BeijingDay(parsing: "2026-11-01")!, to: BeijingDay(parsing: "2026-11-30")!, on: t.db)
            #expect(turnover.technicalAmount == 800_000)
            let audit = try await AuditChain.list(.init(object: submitted.id.uuidString), limit: 10, on: t.db)
            #expect(Set(audit.map(\.action)) == ["market.contract.submitted", "market.contract.returned", "market.contract.resubmitted", "market.contract.registered"])
            // The same contract again is refused: registered once.
            let again = try await contracts.submit(input, pdf: (Self.pdf, "合同.pdf"), store: store, by: clerk)
            do {
                _ = try await contracts.register(again.id, expectedVersion: 1, by: registrar)
                Issue.record("registered twice")
            } catch DomainError.forbidden(let reason, let basis) {
                #expect(basis == .art(36) && reason.zh.contains("第二十二条第三款"))
            }
        }
    }

    @Test func test_Art60_aContractWhosePartyIsRestrictedIsNotRegistered() async throws {
        try await withTestDatabase { t in
            let seller = try await t.organisation(), buyer = try await t.organisation("企业", type: .enterprise)
            let clerk = try await t.person([.researchOffice], organisation: seller.id), registrar = try await t.person([.departmentStaff])
            _ = try await t.restrict(.organisation(buyer.id.rawValue), [.fiscalFunding])
            let contracts = TechnologyContracts(db: t.db, now: t.now)
            let submitted = try await contracts.submit(Self.input(seller: seller, buyer: buyer, signed: BeijingDay(containing: t.clock.now).description),
                                                       pdf: (Self.pdf, "合同.pdf"), store: try Self.store(), by: clerk)
            do {
                _ = try await contracts.register(submitted.id, expectedVersion: 1, by: registrar)
                Issue.record("registered for a restricted party")
            } catch DomainError.forbidden(_, let basis) {
                #expect(basis == .art(60))
            }
            // Another submitter does not see it; the registrar does.
            let other = try await t.person([.applicant])
            await #expect(throws: DomainError.notFound(entity: "contract")) { _ = try await contracts.find(submitted.id, as: other) }
            #expect(try await contracts.list(as: registrar).map(\.id) == [submitted.id])
        }
    }
}
