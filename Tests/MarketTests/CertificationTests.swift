import FluentKit
import Foundation
import Identity
import Integrity
import KechuangCore
import KechuangTestSupport
import Review
import Storage
import Testing
@testable import Market

@Suite struct CertificationTests {
    static func input(_ org: UUID?, kind: CertificationKind = .newProduct, skip: String? = nil) -> CertificationInput {
        var evidence: [String: String] = [:]
        for c in CertificationCriteria.criteria(for: kind) where c.id != skip { evidence[c.id] = "见附件材料 \(c.id)" }
        return CertificationInput(kind: kind, organisationID: org, name: "车规级激光雷达", description: "国内首款通过车规认证的固态激光雷达", discipline: "F05", evidence: evidence)
    }

    @Test func test_Art34_everyCriterionOfTheKindNeedsEvidenceCitingItsBasis() async throws {
        try await withTestDatabase { t in
            let org = try await t.organisation("感知科技公司", type: .enterprise)
            let applicant = try await t.person([.applicant], organisation: org.id)
            do {
                _ = try await Certifications(db: t.db, now: t.now).apply(Self.input(org.id.rawValue, kind: .firstSet, skip: "firstset_catalogue"), by: applicant)
                Issue.record("applied without evidence")
            } catch DomainError.validation(let errors) {
                #expect(errors.map(\.field) == ["evidence_firstset_catalogue"])
                #expect(errors.first?.basis == .standard("首台（套）重大技术装备推广应用指导目录"))
            }
            // The criteria differ by kind: a new service needs no quality test, a first set needs no own-IP evidence.
            #expect(!CertificationCriteria.criteria(for: .newService).map(\.id).contains("quality"))
            #expect(!CertificationCriteria.criteria(for: .firstSet).map(\.id).contains("own_ip"))
        }
    }

    @Test func test_Art60_anOrganisationRestrictedFromGovernmentProcurementIsRefusedCitingArticle60AndAudited() async throws {
        try await withTestDatabase { t in
            let org = try await t.organisation("受限公司", type: .enterprise)
            let applicant = try await t.person([.applicant], organisation: org.id)
            try await t.restrict(.organisation(org.id.rawValue), [.procurement])
            do {
                _ = try await Certifications(db: t.db, now: t.now).apply(Self.input(org.id.rawValue), by: applicant)
                Issue.record("a restricted organisation applied")
            } catch DomainError.validation(let errors) {
                #expect(errors.map(\.rule) == ["certification.integrity.procurement"])
                #expect(errors.first?.basis == .art(60))
                #expect(errors.first?.message.zh.contains("政府采购") == true)
            }
            let audit = try await AuditChain.list(.init(object: org.id.uuidString), limit: 10, on: t.db)
            #expect(audit.contains { $0.action == "market.certification.refused" && $0.basis == .art(60) })
            // Another restriction (project applications only) does not stop it.
            let other = try await t.organisation("另一家公司", type: .enterprise)
            let person = try await t.person([.applicant], organisation: other.id)
            try await t.restrict(.organisation(other.id.rawValue), [.projectApplication])
            #expect(try await Certifications(db: t.db, now: t.now).apply(Self.input(other.id.rawValue), by: person).state == .submitted)
        }
    }

    @Test func test_Art34_aRecognisedApplicationGetsANumberedCertificateWithItsValidityAndRevocationNeedsAReason() async throws {
        try await withTestDatabase { t in
            let org = try await t.organisation("感知科技公司", type: .enterprise)
            let applicant = try await t.person([.applicant], organisation: org.id)
            let staff = try await t.person([.departmentStaff], organisation: try await t.organisation("市科委", type: .governmentDepartment).id)
            let certs = Certifications(db: t.db, now: t.now)
            let a = try await certs.apply(Self.input(org.id.rawValue), by: applicant)
            let b = try await certs.apply(Self.input(org.id.rawValue, kind: .newTechnology), by: applicant)
            let today = BeijingDay(containing: t.clock.now)
            let certified = try await certs.decide(a.id, certify: true, reason: "技术领先，检测合格，满足全部认定条件。", by: staff)
            #expect(certified.certificateNumber == "BJ-NP-\(today.year)-0001")
            #expect(certified.validFrom == today)
            #expect(certified.validUntil?.year == today.year + 3)
            #expect(certified.isInForce(on: today))
            // Not recognised: no number.
            let refused = try await certs.decide(b.id, certify: false, reason: "不具备自主知识产权证明，不予认定。", by: staff)
            #expect(refused.state == .refused && refused.certificateNumber == nil)
            do {
                _ = try await certs.revoke(a.id, reason: "撤销", by: staff)
                Issue.record("revoked without a reason")
            } catch DomainError.validation(let errors) {
                #expect(errors.map(\.rule) == ["certification.revocation.reason"])
                #expect(errors.first?.basis == .art(34, 2))
            }
            _ = try await certs.revoke(a.id, reason: "抽查发现关键部件为进口产品，不符合认定条件。", by: staff)
            let list = try await certs.certificates()
            #expect(list.map(\.id) == [a.id])
            #expect(list.first?.state == .revoked && list.first?.revocationReason.hasPrefix("抽查") == true)
            #expect(list.first?.isInForce(on: today) == false)
        }
    }

    @Test func test_Art60_theProcurementRestrictionIsCheckedAgainWhenRecognising() async throws {
        try await withTestDatabase { t in
            let org = try await t.organisation("感知科技公司", type: .enterprise)
            let applicant = try await t.person([.applicant], organisation: org.id)
            let staff = try await t.person([.departmentStaff], organisation: try await t.organisation("市科委", type: .governmentDepartment).id)
            let certs = Certifications(db: t.db, now: t.now)
            let a = try await certs.apply(Self.input(org.id.rawValue), by: applicant)
            try await t.restrict(.organisation(org.id.rawValue), [.procurement])
            do {
                _ = try await certs.decide(a.id, certify: true, reason: "技术领先，检测合格，满足全部认定条件。", by: staff)
                Issue.record("a restricted organisation was recognised")
            } catch DomainError.validation(let errors) {
                #expect(errors.map(\.rule) == ["certification.integrity.procurement"])
                #expect(errors.first?.basis == .art(60))
            }
            #expect(try await certs.find(a.id, as: staff).certificateNumber == nil)
            // The applicant of another organisation does not see it.
            let stranger = try await t.person([.applicant], organisation: try await t.organisation("别家", type: .enterprise).id)
            await #expect(throws: DomainError.self) { _ = try await certs.find(a.id, as: stranger) }
        }
    }
}
