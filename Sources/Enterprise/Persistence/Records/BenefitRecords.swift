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
    /// The version of the benefit's conditions the match was judged by (ENT0011); nil for matches
    /// written before it, whose `reasons_json` holds the full `[CriterionResult]`.
    @OptionalField(key: "criteria_id") var criteriaID: UUID?

    init() {}

    /// `criteria`: the conditions of `criteriaID` (`BenefitCriteriaRecord`), needed when it is set:
    /// then `reasons_json` holds per criterion only this match's figures, `[actual, required]`
    /// (`BenefitMatching.MatchFigures`), and the explanation is those criteria with these figures.
    func toDomain(criteria: [UUID: [Criterion]] = [:]) throws -> BenefitMatch {
        let reasons: [CriterionResult]
        if let criteriaID {
            guard let judged = criteria[criteriaID] else {
                throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: "criteria_id", reason: "names no stored conditions: \(criteriaID)")
            }
            let figures = try StoredJSON.decode([BenefitMatching.MatchFigures].self, reasonsJSON, table: Self.schema, id: id, column: "reasons_json")
            guard figures.count == judged.count else {
                throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: "reasons_json",
                                      reason: "\(figures.count) figures for \(judged.count) criteria")
            }
            reasons = zip(judged, figures).map { CriterionResult(criterion: $0, met: true, actual: $1.actual, required: $1.required, gap: 0) }
        } else {
            reasons = try StoredJSON.decode([CriterionResult].self, reasonsJSON, table: Self.schema, id: id, column: "reasons_json")
        }
        return BenefitMatch(id: BenefitMatch.ID(try requireID()), benefitID: Benefit.ID(benefitID), organisationID: organisationID, year: year,
                            state: try StoredValue.decode(MatchState.self, state, table: Self.schema, id: id, column: "state"),
                            reasons: reasons, matchedAt: matchedAt, decidedBy: decidedBy, decidedAt: decidedAt, note: note, version: version)
    }
}

/// A benefit's conditions as one matching run judged them (ENT0011), stored once per version.
final class BenefitCriteriaRecord: Model, @unchecked Sendable {
    static let schema = "ent_benefit_criteria"

    @ID(key: .id) var id: UUID?
    @Field(key: "benefit_id") var benefitID: UUID
    @Field(key: "criteria_json") var criteriaJSON: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    func criteria() throws -> [Criterion] {
        try StoredJSON.decode([Criterion].self, criteriaJSON, table: Self.schema, id: id, column: "criteria_json")
    }
}
