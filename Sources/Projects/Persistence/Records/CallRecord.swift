import FluentKit
import Foundation
import KechuangCore

final class CallRecord: Model, @unchecked Sendable {
    static let schema = "prj_calls"

    @ID(key: .id) var id: UUID?
    @Field(key: "programme_id") var programmeID: UUID
    @Field(key: "title_zh") var titleZh: String
    @Field(key: "title_en") var titleEn: String
    @Field(key: "guideline_zh") var guidelineZh: String
    @Field(key: "guideline_en") var guidelineEn: String
    @Field(key: "opens_at") var opensAt: Date
    @Field(key: "closes_at") var closesAt: Date
    @Field(key: "total_budget") var totalBudget: Int
    @Field(key: "typical_award") var typicalAward: Int
    @Field(key: "budget_mode") var budgetMode: String
    @Field(key: "selection_mode") var selectionMode: String
    @Field(key: "eligibility_rules") var eligibilityRules: String
    /// JSON array of budget categories (added by PRJ0004).
    @Field(key: "negative_list") var negativeList: String
    /// JSON array of document names (added by PRJ0004).
    @Field(key: "required_documents") var requiredDocuments: String
    /// JSON array of section headings (added by PRJ0005).
    @Field(key: "form_sections") var formSections: String
    @Field(key: "status") var status: String
    @OptionalField(key: "published_at") var publishedAt: Date?
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    /// A JSON array column (`[]` when empty). One that does not decode is a `StoredDataError`, never
    /// an empty list: an unreadable eligibility rule list would otherwise let everyone apply.
    func list<T: Decodable>(_ json: String, column: String) throws -> [T] {
        do {
            return try JSONDecoder().decode([T].self, from: Data(json.utf8))
        } catch {
            throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: column, reason: "JSON does not decode as [\(T.self)]: \(error)")
        }
    }

    func toDomain() throws -> Call {
        let s = Self.schema
        return Call(
            id: Call.ID(try requireID()), programmeID: programmeID, titleZh: titleZh, titleEn: titleEn, guidelineZh: guidelineZh, guidelineEn: guidelineEn,
            opensAt: opensAt, closesAt: closesAt, totalBudget: totalBudget, typicalAward: typicalAward,
            budgetMode: try StoredValue.decode(BudgetMode.self, budgetMode, table: s, id: id, column: "budget_mode"),
            selectionMode: try StoredValue.decode(SelectionMode.self, selectionMode, table: s, id: id, column: "selection_mode"),
            eligibilityRules: try list(eligibilityRules, column: "eligibility_rules"), negativeList: try list(negativeList, column: "negative_list"),
            requiredDocuments: try list(requiredDocuments, column: "required_documents"), formSections: try list(formSections, column: "form_sections"),
            status: try StoredValue.decode(CallStatus.self, status, table: s, id: id, column: "status"), publishedAt: publishedAt, version: version,
            updatedAt: updatedAt)
    }
}
