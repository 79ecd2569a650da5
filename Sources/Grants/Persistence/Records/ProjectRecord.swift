import FluentKit
import Foundation
import KechuangCore
import Projects

final class ProjectRecord: Model, @unchecked Sendable {
    static let schema = "grt_projects"

    @ID(key: .id) var id: UUID?
    @Field(key: "number") var number: String
    @Field(key: "application_id") var applicationID: UUID
    @Field(key: "call_id") var callID: UUID
    @Field(key: "programme_id") var programmeID: UUID
    @Field(key: "award_year") var awardYear: Int
    @Field(key: "sequence") var sequence: Int
    @Field(key: "title_zh") var titleZh: String
    @Field(key: "title_en") var titleEn: String
    @Field(key: "pi_person_id") var principalInvestigatorID: UUID
    @Field(key: "organisation_id") var organisationID: UUID
    /// `[ProjectMember]` as JSON.
    @Field(key: "team_json") var teamJSON: String
    /// `YYYY-MM-DD` Beijing calendar days.
    @Field(key: "start_date") var startDate: String
    @Field(key: "end_date") var endDate: String
    @Field(key: "requested_amount") var requestedAmount: Int
    @Field(key: "awarded_amount") var awardedAmount: Int
    @Field(key: "award_date") var awardDate: String
    @Field(key: "funding_kind") var fundingKind: String
    @Field(key: "research_type") var researchType: String
    @Field(key: "budget_mode") var budgetMode: String
    @Field(key: "selection_mode") var selectionMode: String
    @Field(key: "chief_scientist") var chiefScientist: Bool
    /// `ParallelRoute` as JSON, or nil.
    @OptionalField(key: "parallel_route_json") var parallelRouteJSON: String?
    @Field(key: "status") var status: String
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    func projectStatus() throws -> ProjectStatus {
        try StoredValue.decode(ProjectStatus.self, status, table: Self.schema, id: id, column: "status")
    }

    func toDomain() throws -> Project {
        Project(
            id: Project.ID(try requireID()), number: number, applicationID: GrantApplication.ID(applicationID), callID: callID,
            programmeID: programmeID, titleZh: titleZh, titleEn: titleEn, principalInvestigatorID: principalInvestigatorID,
            organisationID: organisationID, team: try GrantsJSONColumn.decode([ProjectMember].self, teamJSON, table: Self.schema, id: id, column: "team_json"),
            startDate: try GrantsJSONColumn.day(startDate, table: Self.schema, id: id, column: "start_date"),
            endDate: try GrantsJSONColumn.day(endDate, table: Self.schema, id: id, column: "end_date"),
            requestedAmount: requestedAmount, awardedAmount: awardedAmount,
            awardDate: try GrantsJSONColumn.day(awardDate, table: Self.schema, id: id, column: "award_date"),
            fundingKind: try StoredValue.decode(FundingKind.self, fundingKind, table: Self.schema, id: id, column: "funding_kind"),
            researchType: try StoredValue.decode(ResearchType.self, researchType, table: Self.schema, id: id, column: "research_type"),
            budgetMode: try StoredValue.decode(BudgetMode.self, budgetMode, table: Self.schema, id: id, column: "budget_mode"),
            selectionMode: try StoredValue.decode(SelectionMode.self, selectionMode, table: Self.schema, id: id, column: "selection_mode"),
            chiefScientist: chiefScientist,
            parallelRoute: try parallelRouteJSON.map { try GrantsJSONColumn.decode(ParallelRoute.self, $0, table: Self.schema, id: id, column: "parallel_route_json") },
            status: try projectStatus(), version: version, createdAt: createdAt, updatedAt: updatedAt)
    }
}
