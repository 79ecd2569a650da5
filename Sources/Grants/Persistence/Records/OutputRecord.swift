import FluentKit
import Foundation
import KechuangCore

final class OutputRecord: Model, @unchecked Sendable {
    static let schema = "grt_outputs"

    @ID(key: .id) var id: UUID?
    @Field(key: "project_id") var projectID: UUID
    @OptionalField(key: "report_id") var reportID: UUID?
    @Field(key: "kind") var kind: String
    @Field(key: "title") var title: String
    @Field(key: "identifier") var identifier: String
    @Field(key: "year") var year: Int
    @Field(key: "owner_organisation_id") var ownerOrganisationID: UUID
    @Field(key: "owner_name") var ownerName: String
    @Field(key: "rights") var rights: String
    /// `[String]` as JSON: names of the researchers granted rights.
    @Field(key: "rights_holders_json") var rightsHoldersJSON: String
    @OptionalField(key: "rights_granted_on") var rightsGrantedOn: String?
    @OptionalField(key: "use_years") var useYears: Int?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    func toDomain() throws -> ProjectOutput {
        ProjectOutput(
            id: ProjectOutput.ID(try requireID()), projectID: projectID, reportID: reportID,
            kind: try StoredValue.decode(OutputKind.self, kind, table: Self.schema, id: id, column: "kind"), title: title, identifier: identifier,
            year: year, ownerOrganisationID: ownerOrganisationID, ownerName: ownerName,
            rights: try StoredValue.decode(ResultRights.self, rights, table: Self.schema, id: id, column: "rights"),
            rightsHolders: try GrantsJSONColumn.decode([String].self, rightsHoldersJSON, table: Self.schema, id: id, column: "rights_holders_json"),
            rightsGrantedOn: try rightsGrantedOn.map { try GrantsJSONColumn.day($0, table: Self.schema, id: id, column: "rights_granted_on") },
            useYears: useYears, createdAt: createdAt)
    }
}
