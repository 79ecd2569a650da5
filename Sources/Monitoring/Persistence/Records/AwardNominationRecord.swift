import FluentKit
import Foundation
import Integrity
import KechuangCore

final class AwardNominationRecord: Model, @unchecked Sendable {
    static let schema = "mon_award_nominations"

    @ID(key: .id) var id: UUID?
    @Field(key: "scheme_id") var schemeID: UUID
    @Field(key: "category_code") var categoryCode: String
    @Field(key: "nominee_kind") var nomineeKind: String
    @Field(key: "nominee_id") var nomineeID: UUID
    @Field(key: "nominee_name") var nomineeName: String
    @Field(key: "nominating_unit_id") var nominatingUnitID: UUID
    @Field(key: "achievement_zh") var achievementZh: String
    @Field(key: "achievement_en") var achievementEn: String
    @Field(key: "state") var state: String
    @OptionalField(key: "decision_note") var decisionNote: String?
    @OptionalField(key: "decided_by") var decidedBy: UUID?
    @OptionalField(key: "decided_at") var decidedAt: Date?
    @Field(key: "created_by") var createdBy: UUID
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "version") var version: Int

    init() {}

    func toDomain() throws -> AwardNomination {
        guard let nominee = IntegritySubject(kind: nomineeKind, id: nomineeID) else {
            throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: "nominee_kind", reason: "unknown value \"\(nomineeKind)\"")
        }
        return AwardNomination(
            id: AwardNomination.ID(try requireID()), schemeID: AwardScheme.ID(schemeID), categoryCode: categoryCode, nominee: nominee,
            nomineeName: nomineeName, nominatingUnitID: nominatingUnitID, achievementZh: achievementZh, achievementEn: achievementEn,
            state: try StoredValue.decode(AwardNominationState.self, state, table: Self.schema, id: id, column: "state"),
            decisionNote: decisionNote, decidedAt: decidedAt, createdAt: createdAt, version: version)
    }
}
