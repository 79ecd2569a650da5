import FluentKit
import Foundation
import KechuangCore

final class BenefitRecord: Model, @unchecked Sendable {
    static let schema = "ent_benefits"

    @ID(key: .id) var id: UUID?
    @Field(key: "title_zh") var titleZh: String
    @Field(key: "title_en") var titleEn: String
    @Field(key: "summary_zh") var summaryZh: String
    @Field(key: "summary_en") var summaryEn: String
    @Field(key: "year") var year: Int
    @Field(key: "criteria_json") var criteriaJSON: String
    @OptionalField(key: "source_json") var sourceJSON: String?
    @Field(key: "basis") var basis: String
    @Field(key: "active") var active: Bool
    @Field(key: "created_at") var createdAt: Date

    init() {}

    func toDomain() throws -> Benefit {
        guard let basis = ArticleRef(code: basis) else {
            throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: "basis", reason: "not an article: \"\(basis)\"")
        }
        return Benefit(id: Benefit.ID(try requireID()), titleZh: titleZh, titleEn: titleEn, summaryZh: summaryZh, summaryEn: summaryEn, year: year,
                       criteria: try StoredJSON.decode([Criterion].self, criteriaJSON, table: Self.schema, id: id, column: "criteria_json"),
                       source: try sourceJSON.map { try StoredJSON.decode(SourceRef.self, $0, table: Self.schema, id: id, column: "source_json") },
                       basis: basis, active: active, createdAt: createdAt)
    }
}

final class BenefitMatchRecord: Model, @unchecked Sendable {
    static let schema = "ent_benefit_matches"

    @ID(key: .id) var id: UUID?
    @Field(key: "benefit_id") var benefitID: UUID
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "year") var year: Int
    @Field(key: "state") var state: String
    @Field(key: "reasons_json") var reasonsJSON: String
    @Field(key: "matched_at") var matchedAt: Date
    @OptionalField(key: "decided_by") var decidedBy: UUID?
    @OptionalField(key: "decided_at") var decidedAt: Date?
    @Field(key: "note") var note: String
    @Field(key: "version") var version: Int

    init() {}

    func toDomain() throws -> BenefitMatch {
        BenefitMatch(id: BenefitMatch.ID(try requireID()), benefitID: Benefit.ID(benefitID), organisationID: organisationID, year: year,
                     state: try StoredValue.decode(MatchState.self, state, table: Self.schema, id: id, column: "state"),
                     reasons: try StoredJSON.decode([CriterionResult].self, reasonsJSON, table: Self.schema, id: id, column: "reasons_json"),
                     matchedAt: matchedAt, decidedBy: decidedBy, decidedAt: decidedAt, note: note, version: version)
    }
}
