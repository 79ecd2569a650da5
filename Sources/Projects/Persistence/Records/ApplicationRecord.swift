import FluentKit
import Foundation
import KechuangCore

final class ApplicationRecord: Model, @unchecked Sendable {
    static let schema = "prj_applications"

    @ID(key: .id) var id: UUID?
    @Field(key: "call_id") var callID: UUID
    @Field(key: "pi_person_id") var principalInvestigatorID: UUID
    @Field(key: "organisation_id") var organisationID: UUID
    /// The editable parts as JSON (`ApplicationDraft`): pages save them whole.
    @Field(key: "draft_json") var draftJSON: String
    @Field(key: "title_zh") var titleZh: String
    @Field(key: "state") var state: String
    @OptionalField(key: "submitted_at") var submittedAt: Date?
    @OptionalField(key: "office_comment") var officeComment: String?
    @OptionalField(key: "officer_note") var officerNote: String?
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    /// Written by `Applications.json` (ISO 8601 dates). A draft that does not decode is a
    /// `StoredDataError`: never an empty draft, which a later save would write over the applicant's work.
    func draft() throws -> ApplicationDraft {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(ApplicationDraft.self, from: Data(draftJSON.utf8))
        } catch {
            throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: "draft_json", reason: "JSON does not decode as ApplicationDraft: \(error)")
        }
    }

    /// The workflow state; one nobody knows is a `StoredDataError`, never `draft`.
    func workflowState() throws -> ApplicationState {
        try StoredValue.decode(ApplicationState.self, state, table: Self.schema, id: id, column: "state")
    }

    func toDomain() throws -> GrantApplication {
        let d = try draft()
        return GrantApplication(
            id: GrantApplication.ID(try requireID()), callID: callID, principalInvestigatorID: principalInvestigatorID, organisationID: organisationID,
            titleZh: d.titleZh, titleEn: d.titleEn, keywords: d.keywords, discipline: d.discipline, summary: d.summary, plan: d.plan,
            sensitiveAreas: d.sensitiveAreas, ethicsApprovalNumber: d.ethicsApprovalNumber, piPhDYear: d.piPhDYear, team: d.team,
            partners: d.partners, budget: d.budget, attachments: d.attachments, sections: d.sections, state: try workflowState(), submittedAt: submittedAt,
            officeComment: officeComment, officerNote: officerNote, version: version)
    }
}
