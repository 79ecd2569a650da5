import Foundation
import Identity
import Integrity
import KechuangCore

extension TestFixtures {
    /// An ethics committee of `organisation` (registered by an integrity officer) reviewing every scope.
    public func ethicsCommittee(of organisation: Organisation.ID) async throws -> EthicsCommittee {
        let officer = try await person([.integrityOfficer])
        let members = (1...5).map { EthicsCommitteeMember(name: "委员\($0)", expertise: ["医学", "伦理学", "法学", "人工智能", "社会人士"][$0 - 1]) }
        return try await EthicsRegistry(db: db, now: { self.clock.now }).registerCommittee(EthicsCommitteeInput(
            organisationID: organisation.rawValue, nameZh: "测试伦理委员会", nameEn: "Test ethics committee",
            registrationNumber: "伦备-\(UUID().uuidString.prefix(8))", registrationDate: BeijingDay(containing: clock.now.addingTimeInterval(-400 * 86_400)),
            scopes: Set(EthicsScope.allCases), members: members), by: officer)
    }

    /// An approval by a committee of `organisation`, valid from yesterday for `days` days.
    @discardableResult
    public func ethicsApproval(_ number: String, of organisation: Organisation.ID, scopes: Set<EthicsScope>, days: Int = 365,
                               highRisk: Set<String> = []) async throws -> EthicsApproval {
        let committee = try await ethicsCommittee(of: organisation)
        let officer = try await person([.integrityOfficer])
        let today = BeijingDay(containing: clock.now)
        return try await EthicsRegistry(db: db, now: { self.clock.now }).recordApproval(EthicsApprovalInput(
            committeeID: committee.id.rawValue, approvalNumber: number, projectTitle: "测试项目", decisionDate: today, scopes: scopes,
            validFrom: BeijingDay(containing: clock.now.addingTimeInterval(-86_400)),
            validUntil: BeijingDay(containing: clock.now.addingTimeInterval(Double(days) * 86_400)), highRiskActivities: highRisk), by: officer)
    }
}
