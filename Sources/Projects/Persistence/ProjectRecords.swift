import FluentKit
import Foundation
import KechuangCore

final class ProgrammeRecord: Model, @unchecked Sendable {
    static let schema = "prj_programmes"

    @ID(key: .id) var id: UUID?
    @Field(key: "code") var code: String
    @Field(key: "name_zh") var nameZh: String
    @Field(key: "name_en") var nameEn: String
    @Field(key: "kind") var kind: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    func toDomain() throws -> Programme {
        Programme(id: try requireID(), code: code, nameZh: nameZh, nameEn: nameEn,
                  kind: try StoredValue.decode(ProgrammeKind.self, kind, table: Self.schema, id: id, column: "kind"))
    }
}

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
            id: try requireID(), programmeID: programmeID, titleZh: titleZh, titleEn: titleEn, guidelineZh: guidelineZh, guidelineEn: guidelineEn,
            opensAt: opensAt, closesAt: closesAt, totalBudget: totalBudget, typicalAward: typicalAward,
            budgetMode: try StoredValue.decode(BudgetMode.self, budgetMode, table: s, id: id, column: "budget_mode"),
            selectionMode: try StoredValue.decode(SelectionMode.self, selectionMode, table: s, id: id, column: "selection_mode"),
            eligibilityRules: try list(eligibilityRules, column: "eligibility_rules"), negativeList: try list(negativeList, column: "negative_list"),
            requiredDocuments: try list(requiredDocuments, column: "required_documents"), formSections: try list(formSections, column: "form_sections"),
            status: try StoredValue.decode(CallStatus.self, status, table: s, id: id, column: "status"), publishedAt: publishedAt, version: version,
            updatedAt: updatedAt)
    }
}

struct PRJ0001_CreateProgrammes: AsyncMigration {
    var name: String { "PRJ0001 create prj_programmes" }
    func prepare(on db: any Database) async throws {
        try await db.schema("prj_programmes")
            .id()
            .field("code", .string, .required)
            .field("name_zh", .string, .required)
            .field("name_en", .string, .required)
            .field("kind", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "code")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("prj_programmes").delete() }
}

struct PRJ0002_CreateCalls: AsyncMigration {
    var name: String { "PRJ0002 create prj_calls" }
    func prepare(on db: any Database) async throws {
        try await db.schema("prj_calls")
            .id()
            .field("programme_id", .uuid, .required, .references("prj_programmes", "id", onDelete: .restrict))
            .field("title_zh", .string, .required)
            .field("title_en", .string, .required)
            .field("guideline_zh", .string, .required)
            .field("guideline_en", .string, .required)
            .field("opens_at", .datetime, .required)
            .field("closes_at", .datetime, .required)
            .field("total_budget", .int64, .required)
            .field("typical_award", .int64, .required)
            .field("budget_mode", .string, .required)
            .field("selection_mode", .string, .required)
            .field("eligibility_rules", .string, .required)
            .field("status", .string, .required)
            .field("published_at", .datetime)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("prj_calls").delete() }
}

struct PRJ0004_AddCallNegativeListAndDocuments: AsyncMigration {
    var name: String { "PRJ0004 add prj_calls.negative_list and required_documents" }
    func prepare(on db: any Database) async throws {
        try await db.schema("prj_calls").field("negative_list", .string, .required, .sql(.default("[]"))).update()
        try await db.schema("prj_calls").field("required_documents", .string, .required, .sql(.default("[]"))).update()
    }
    func revert(on db: any Database) async throws {
        try await db.schema("prj_calls").deleteField("negative_list").deleteField("required_documents").update()
    }
}

struct PRJ0005_AddCallFormSections: AsyncMigration {
    var name: String { "PRJ0005 add prj_calls.form_sections" }
    func prepare(on db: any Database) async throws {
        try await db.schema("prj_calls").field("form_sections", .string, .required, .sql(.default("[]"))).update()
    }
    func revert(on db: any Database) async throws { try await db.schema("prj_calls").deleteField("form_sections").update() }
}
