import FluentKit
import Foundation
import KechuangCore

/// Row of `audit_log`. `at` is stored as ISO-8601 text with milliseconds, exactly the string that was hashed.
final class AuditRecord: Model, @unchecked Sendable {
    static let schema = "audit_log"

    @ID(key: .id) var id: UUID?
    @Field(key: "seq") var seq: Int64
    @Field(key: "at") var at: String
    @OptionalField(key: "actor_id") var actorID: UUID?
    @Field(key: "actor_label") var actorLabel: String
    @Field(key: "action") var action: String
    @Field(key: "object_type") var objectType: String
    @Field(key: "object_id") var objectID: String
    @Field(key: "summary") var summary: String
    @OptionalField(key: "basis") var basis: String?
    @Field(key: "prev_hash") var prevHash: String
    @Field(key: "hash") var hash: String
    /// `hmac-sm3` (keyed), or nil for an entry written before keyed hashing (plain SM3; ST0002).
    @OptionalField(key: "scheme") var scheme: String?

    init() {}

    /// The hash this row's content gives: keyed when `key` is given, plain SM3 otherwise.
    func computedHash(key: AuditKey?) -> String {
        AuditEntry.chainHash(
            id: id ?? UUID(), at: at, actorID: actorID, actorLabel: actorLabel, action: action,
            objectType: objectType, objectID: objectID, summary: summary, basis: basis, prevHash: prevHash, key: key)
    }

    /// A time that does not parse is a `StoredDataError`, never 1 January 1970 (the chain's
    /// `verify` reports the row as altered too: the hash covers the stored text).
    func toEntry() throws -> AuditEntry {
        guard let time = AuditTime.parse(at) else {
            throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "seq \(seq)", column: "at", reason: "not an ISO-8601 time: \"\(at)\"")
        }
        return AuditEntry(
            seq: seq, id: id ?? UUID(), at: time, actorID: actorID, actorLabel: actorLabel,
            action: action, objectType: objectType, objectID: objectID, summary: summary,
            basis: basis.map(AuditTime.decodeBasis), prevHash: prevHash, hash: hash)
    }
}

enum AuditTime {
    static func format(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: true).timeSeparator(.colon).timeZone(separator: .omitted))
    }

    static func parse(_ text: String) -> Date? {
        try? Date(text, strategy: .iso8601.year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: true).timeSeparator(.colon).timeZone(separator: .omitted))
    }

    static func decodeBasis(_ code: String) -> LegalBasis {
        ArticleRef(code: code).map(LegalBasis.article) ?? .standard(code)
    }
}
