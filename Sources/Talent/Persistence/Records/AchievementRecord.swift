import FluentKit
import Foundation
import KechuangCore

final class AchievementRecord: Model, @unchecked Sendable {
    static let schema = "tal_achievements"

    @ID(key: .id) var id: UUID?
    @Field(key: "person_id") var personID: UUID
    @Field(key: "slot") var slot: Int
    @Field(key: "kind") var kind: String
    @Field(key: "title") var title: String
    @Field(key: "year") var year: Int
    @Field(key: "evidence") var evidence: String
    @Field(key: "contribution") var contribution: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    /// Throws `StoredDataError` for an unknown kind or a slot outside 1…5.
    func toDomain() throws -> Achievement {
        guard (1...TalentRules.maximumAchievements).contains(slot) else {
            throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: "slot", reason: "slot \(slot) outside 1…\(TalentRules.maximumAchievements)")
        }
        return Achievement(id: Achievement.ID(try requireID()), personID: personID, slot: slot,
                           kind: try StoredValue.decode(AchievementKind.self, kind, table: Self.schema, id: id, column: "kind"),
                           title: title, year: year, evidence: evidence, contribution: contribution, createdAt: createdAt)
    }
}
