import FluentKit
import Foundation
import KechuangCore

final class EthicsApprovalRecord: Model, @unchecked Sendable {
    static let schema = "int_ethics_approvals"

    @ID(key: .id) var id: UUID?
    @Field(key: "committee_id") var committeeID: UUID
    @Field(key: "approval_number") var approvalNumber: String
    @Field(key: "project_title") var projectTitle: String
    @Field(key: "decision_date") var decisionDate: String
    @Field(key: "scopes") var scopes: String
    @Field(key: "valid_from") var validFrom: String
    @Field(key: "valid_until") var validUntil: String
    @Field(key: "high_risk") var highRisk: String
    @OptionalField(key: "expert_review_json") var expertReviewJSON: String?
    @Field(key: "created_by") var createdBy: UUID
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "version") var version: Int

    init() {}

    func day(_ raw: String, _ column: String) throws -> BeijingDay {
        guard let day = BeijingDay(parsing: raw) else {
            throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: column, reason: "not a date: \(raw)")
        }
        return day
    }

    func toDomain() throws -> EthicsApproval {
        var review: EthicsExpertReview?
        if let json = expertReviewJSON {
            do { review = try JSONDecoder().decode(EthicsExpertReview.self, from: Data(json.utf8)) } catch {
                throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: "expert_review_json", reason: "does not decode: \(error)")
            }
        }
        let codes = highRisk.split(separator: ",").map(String.init)
        if let unknown = codes.first(where: { !HighRiskActivities.knownCodes.contains($0) }) {
            throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: "high_risk", reason: "unknown activity \"\(unknown)\"")
        }
        return EthicsApproval(
            id: EthicsApproval.ID(try requireID()), committeeID: EthicsCommittee.ID(committeeID), approvalNumber: approvalNumber,
            projectTitle: projectTitle, decisionDate: try day(decisionDate, "decision_date"),
            scopes: try StoredValue.decodeList(EthicsScope.self, scopes, separator: ",", table: Self.schema, id: id, column: "scopes"),
            validFrom: try day(validFrom, "valid_from"), validUntil: try day(validUntil, "valid_until"),
            highRiskActivities: codes, expertReview: review, createdAt: createdAt)
    }
}
