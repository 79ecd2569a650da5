import FluentKit
import Foundation
import KechuangCore

final class ConsultationRecord: Model, @unchecked Sendable {
    static let schema = "por_consultations"

    @ID(key: .id) var id: UUID?
    @Field(key: "kind") var kind: String
    @Field(key: "title_zh") var titleZh: String
    @OptionalField(key: "title_en") var titleEn: String?
    @Field(key: "summary_zh") var summaryZh: String
    @OptionalField(key: "summary_en") var summaryEn: String?
    @Field(key: "department") var department: String
    @Field(key: "body") var body: String
    @Field(key: "opens_on") var opensOn: String
    @Field(key: "closes_on") var closesOn: String
    @Field(key: "state") var state: String
    @OptionalField(key: "published_at") var publishedAt: Date?
    @OptionalField(key: "report_zh") var reportZh: String?
    @OptionalField(key: "report_en") var reportEn: String?
    @OptionalField(key: "reported_at") var reportedAt: Date?
    @OptionalField(key: "adopted_policy_id") var adoptedPolicyID: String?
    @Field(key: "created_by") var createdBy: UUID
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    func day(_ raw: String, column: String) throws -> BeijingDay {
        guard let day = BeijingDay(parsing: raw) else {
            throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: column, reason: "not a day: \"\(raw)\"")
        }
        return day
    }

    func toDomain() throws -> Consultation {
        Consultation(
            id: Consultation.ID(try requireID()),
            kind: try StoredValue.decode(ConsultationKind.self, kind, table: Self.schema, id: id, column: "kind"),
            titleZh: titleZh, titleEn: titleEn, summaryZh: summaryZh, summaryEn: summaryEn, department: department, text: body,
            opensOn: try day(opensOn, column: "opens_on"), closesOn: try day(closesOn, column: "closes_on"),
            state: try StoredValue.decode(ConsultationState.self, state, table: Self.schema, id: id, column: "state"),
            publishedAt: publishedAt, reportZh: reportZh, reportEn: reportEn, reportedAt: reportedAt, adoptedPolicyID: adoptedPolicyID,
            version: version, createdAt: createdAt, updatedAt: updatedAt)
    }
}
