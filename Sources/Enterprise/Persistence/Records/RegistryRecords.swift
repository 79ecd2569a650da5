import FluentKit
import Foundation
import KechuangCore

final class RegistryEntryRecord: Model, @unchecked Sendable {
    static let schema = "ent_registry_entries"

    @ID(key: .id) var id: UUID?
    @Field(key: "kind") var kind: String
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "name_zh") var nameZh: String
    @Field(key: "name_en") var nameEn: String
    @Field(key: "field") var field: String
    @Field(key: "recognised_year") var recognisedYear: Int
    @Field(key: "members_json") var membersJSON: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    func toDomain(evaluations: [RegistryEvaluation]) throws -> RegistryEntry {
        RegistryEntry(id: RegistryEntry.ID(try requireID()), kind: try StoredValue.decode(RegistryKind.self, kind, table: Self.schema, id: id, column: "kind"),
                      organisationID: organisationID, nameZh: nameZh, nameEn: nameEn, field: field, recognisedYear: recognisedYear,
                      members: try StoredJSON.decode([UUID].self, membersJSON, table: Self.schema, id: id, column: "members_json"), evaluations: evaluations)
    }
}

final class RegistryEvaluationRecord: Model, @unchecked Sendable {
    static let schema = "ent_registry_evaluations"

    @ID(key: .id) var id: UUID?
    @Field(key: "entry_id") var entryID: UUID
    @Field(key: "year") var year: Int
    @Field(key: "grade") var grade: String
    @Field(key: "summary") var summary: String
    @Field(key: "evaluated_by") var evaluatedBy: UUID
    @Field(key: "created_at") var createdAt: Date

    init() {}

    func toDomain() throws -> RegistryEvaluation {
        RegistryEvaluation(year: year, grade: try StoredValue.decode(EvaluationGrade.self, grade, table: Self.schema, id: id, column: "grade"),
                           summary: summary, evaluatedBy: evaluatedBy)
    }
}

final class FinanceProductRecord: Model, @unchecked Sendable {
    static let schema = "ent_finance_products"

    @ID(key: .id) var id: UUID?
    @Field(key: "provider_id") var providerID: UUID
    @Field(key: "kind") var kind: String
    @Field(key: "name_zh") var nameZh: String
    @Field(key: "name_en") var nameEn: String
    @Field(key: "description_zh") var descriptionZh: String
    @Field(key: "criteria_json") var criteriaJSON: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    func toDomain() throws -> FinanceProduct {
        FinanceProduct(id: FinanceProduct.ID(try requireID()), providerID: providerID,
                       kind: try StoredValue.decode(FinanceKind.self, kind, table: Self.schema, id: id, column: "kind"), nameZh: nameZh, nameEn: nameEn,
                       descriptionZh: descriptionZh,
                       criteria: try StoredJSON.decode([Criterion].self, criteriaJSON, table: Self.schema, id: id, column: "criteria_json"), createdAt: createdAt)
    }
}
