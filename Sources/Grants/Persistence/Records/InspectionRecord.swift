import FluentKit
import Foundation
import KechuangCore

/// A row of `grt_inspections`: one `Inspection`.
final class InspectionRecord: Model, @unchecked Sendable {
    static let schema = "grt_inspections"

    @ID(key: .id) var id: UUID?
    @Field(key: "kind") var kind: String
    @Field(key: "body") var body: String
    @Field(key: "body_name") var bodyName: String
    @Field(key: "target_kind") var targetKind: String
    @Field(key: "target_id") var targetID: UUID
    @Field(key: "target_name") var targetName: String
    @Field(key: "organisation_id") var organisationID: UUID
    /// Scopes, comma-separated raw values in `InspectionScope.allCases` order.
    @Field(key: "scopes") var scopes: String
    @Field(key: "period_start") var periodStart: String
    @Field(key: "period_end") var periodEnd: String
    @Field(key: "title") var title: String
    @Field(key: "findings") var findings: String
    @OptionalField(key: "findings_at") var findingsAt: Date?
    @OptionalField(key: "findings_by") var findingsBy: String?
    @Field(key: "entered_by") var enteredBy: String
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date

    init() {}

    static func scopeString(_ scopes: Set<InspectionScope>) -> String {
        InspectionScope.allCases.filter(scopes.contains).map(\.rawValue).joined(separator: ",")
    }

    static func day(_ raw: String, id: UUID?, column: String) throws -> BeijingDay {
        guard let day = BeijingDay(parsing: raw) else {
            throw StoredDataError(table: schema, id: id?.uuidString ?? "", column: column, reason: "not a day: \"\(raw)\"")
        }
        return day
    }

    /// Throws `StoredDataError` for a kind, body, target kind, scope or day nobody knows: an unknown
    /// scope dropped would let a repeat inspection through.
    func toDomain() throws -> Inspection {
        guard let target = InspectionTarget(kind: targetKind, id: targetID) else {
            throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: "target_kind", reason: "unknown target kind \"\(targetKind)\"")
        }
        let scopes = try StoredValue.decodeList(InspectionScope.self, scopes, separator: ",", table: Self.schema, id: id, column: "scopes")
        return Inspection(
            id: Inspection.ID(try requireID()),
            kind: try StoredValue.decode(InspectionKind.self, kind, table: Self.schema, id: id, column: "kind"),
            body: try StoredValue.decode(InspectionBody.self, body, table: Self.schema, id: id, column: "body"),
            bodyName: bodyName, target: target, targetName: targetName, organisationID: organisationID, scopes: Set(scopes),
            periodStart: try Self.day(periodStart, id: id, column: "period_start"), periodEnd: try Self.day(periodEnd, id: id, column: "period_end"),
            title: title, findings: findings, findingsRecordedAt: findingsAt, findingsRecordedBy: findingsBy, enteredBy: enteredBy,
            createdAt: createdAt, version: version)
    }
}
