import FluentKit
import Foundation
import KechuangCore

final class RoundRecord: Model, @unchecked Sendable {
    static let schema = "rev_rounds"
    @ID(key: .id) var id: UUID?
    @Field(key: "call_id") var callID: UUID
    @Field(key: "reviewers_per_proposal") var reviewersPerProposal: Int
    @Field(key: "min_load") var minLoad: Int
    @Field(key: "max_load") var maxLoad: Int
    @Field(key: "criteria_json") var criteriaJSON: String
    @Field(key: "deadline") var deadline: Date
    @Field(key: "fair") var fair: Bool
    @Field(key: "seed") var seed: Int
    @Field(key: "state") var state: String
    @OptionalField(key: "report_json") var reportJSON: String?
    /// The `rap-bench/1` instance files the last run solved, as `{file name: content}`.
    @OptionalField(key: "instance_json") var instanceJSON: String?
    @Field(key: "version") var version: Int
    @Field(key: "updated_at") var updatedAt: Date
    init() {}

    func toDomain() throws -> ReviewRound {
        ReviewRound(id: ReviewRound.ID(try requireID()), callID: callID, reviewersPerProposal: reviewersPerProposal, minLoad: minLoad, maxLoad: maxLoad,
                    criteria: try ReviewJSON.decode([Criterion].self, criteriaJSON), deadline: deadline, fair: fair, seed: seed,
                    state: try StoredValue.decode(RoundState.self, state, table: Self.schema, id: id, column: "state"), report: try reportJSON.map { try ReviewJSON.decode(AssignmentReport.self, $0) },
                    version: version)
    }
}
