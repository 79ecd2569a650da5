import FluentKit
import Foundation
import KechuangCore

final class WarningRecord: Model, @unchecked Sendable {
    static let schema = "mon_warnings"

    @ID(key: .id) var id: UUID?
    @Field(key: "rule_id") var ruleID: String
    @Field(key: "subject_type") var subjectType: String
    @Field(key: "subject_id") var subjectID: String
    @Field(key: "subject_label") var subjectLabel: String
    @Field(key: "severity") var severity: String
    @Field(key: "evidence_zh") var evidenceZh: String
    @Field(key: "evidence_en") var evidenceEn: String
    @Field(key: "state") var state: String
    /// `rule|subject_type|subject_id` while open; nil once closed.
    @OptionalField(key: "open_key") var openKey: String?
    @OptionalField(key: "owner_id") var ownerID: UUID?
    @Field(key: "raised_at") var raisedAt: Date
    @OptionalField(key: "acknowledged_by") var acknowledgedBy: UUID?
    @OptionalField(key: "acknowledged_at") var acknowledgedAt: Date?
    @Field(key: "acknowledgement") var acknowledgement: String
    @OptionalField(key: "closed_by") var closedBy: UUID?
    @OptionalField(key: "closed_at") var closedAt: Date?
    @Field(key: "closing_note") var closingNote: String
    @Field(key: "version") var version: Int

    init() {}

    static func openKey(rule: String, type: String, subject: String) -> String { "\(rule)|\(type)|\(subject)" }

    func toDomain() throws -> RiskWarning {
        RiskWarning(id: RiskWarning.ID(try requireID()), ruleID: ruleID, subjectType: subjectType, subjectID: subjectID, subjectLabel: subjectLabel,
                    severity: try StoredValue.decode(WarningSeverity.self, severity, table: Self.schema, id: id, column: "severity"),
                    evidence: LocalizedText(zh: evidenceZh, en: evidenceEn),
                    state: try StoredValue.decode(WarningState.self, state, table: Self.schema, id: id, column: "state"),
                    ownerID: ownerID, raisedAt: raisedAt, acknowledgedBy: acknowledgedBy, acknowledgedAt: acknowledgedAt, acknowledgement: acknowledgement,
                    closedBy: closedBy, closedAt: closedAt, closingNote: closingNote, version: version)
    }
}
