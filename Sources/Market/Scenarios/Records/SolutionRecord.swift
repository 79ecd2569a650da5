import FluentKit
import Foundation
import KechuangCore

final class SolutionRecord: Model, @unchecked Sendable {
    static let schema = "mkt_solutions"

    @ID(key: .id) var id: UUID?
    @Field(key: "scenario_id") var scenarioID: UUID
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "submitter_id") var submitterID: UUID
    @Field(key: "title") var title: String
    @Field(key: "text") var text: String
    @Field(key: "team_json") var teamJSON: String
    @Field(key: "prior_deployments") var priorDeployments: String
    @Field(key: "state") var state: String
    @Field(key: "decision_reason") var decisionReason: String
    @OptionalField(key: "decided_at") var decidedAt: Date?
    @OptionalField(key: "decided_by") var decidedBy: UUID?
    @Field(key: "submitted_at") var submittedAt: Date
    @Field(key: "version") var version: Int

    init() {}

    /// Throws `StoredDataError` for an unknown state or a team that does not decode.
    func toDomain(organisationName: String) throws -> Solution {
        Solution(id: Solution.ID(try requireID()), scenarioID: Scenario.ID(scenarioID), organisationID: organisationID, organisationName: organisationName,
                 submitterID: submitterID, title: title, text: text,
                 team: try MarketJSON.decode([TeamMember].self, teamJSON, table: Self.schema, id: id, column: "team_json"),
                 priorDeployments: priorDeployments,
                 state: try StoredValue.decode(SolutionState.self, state, table: Self.schema, id: id, column: "state"),
                 decisionReason: decisionReason, decidedAt: decidedAt, submittedAt: submittedAt, version: version)
    }
}
