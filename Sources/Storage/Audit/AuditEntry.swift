import Foundation
import KechuangCore

/// What happened, by whom, to what, and under which article. Entries are appended, never changed.
public struct AuditEntry: Sendable, Equatable, Codable {
    public var seq: Int64
    public var id: UUID
    public var at: Date
    public var actorID: UUID?
    public var actorLabel: String
    public var action: String
    public var objectType: String
    public var objectID: String
    public var summary: String
    public var basis: LegalBasis?
    public var prevHash: String
    public var hash: String
}

/// An entry to append: the chain fills in the sequence number, time and hashes.
public struct AuditEvent: Sendable {
    public var actorID: UUID?
    public var actorLabel: String
    public var action: String
    public var objectType: String
    public var objectID: String
    public var summary: String
    public var basis: LegalBasis?

    public init(
        actorID: UUID?, actorLabel: String, action: String, objectType: String, objectID: String,
        summary: String, basis: LegalBasis? = nil
    ) {
        self.actorID = actorID
        self.actorLabel = actorLabel
        self.action = action
        self.objectType = objectType
        self.objectID = objectID
        self.summary = summary
        self.basis = basis
    }
}

/// Who acts: a signed-in person, or the platform itself (CLI, start-up, anonymous visitors).
public struct AuditActor: Sendable, Equatable {
    public let id: UUID?
    public let label: String

    public init(id: UUID?, label: String) {
        self.id = id
        self.label = label
    }

    public static let system = AuditActor(id: nil, label: "system")
    public static let anonymous = AuditActor(id: nil, label: "anonymous")
}

extension AuditEntry {
    /// The hash of an entry: SM3 over every field, each written as `length:value` so that no two
    /// different entries share an input, chained to the previous entry's hash. The sequence number
    /// is a position, not content: order is proven by `prevHash`, so a moved row is reported as
    /// reordered rather than altered.
    static func chainHash(
        id: UUID, at: String, actorID: UUID?, actorLabel: String, action: String,
        objectType: String, objectID: String, summary: String, basis: String?, prevHash: String
    ) -> String {
        let fields = [
            id.uuidString.lowercased(), at, actorID?.uuidString.lowercased() ?? "", actorLabel, action,
            objectType, objectID, summary, basis ?? "", prevHash,
        ]
        var sm3 = SM3()
        for field in fields {
            sm3.update("\(field.utf8.count):\(field);")
        }
        return sm3.finalize().map { String(format: "%02x", $0) }.joined()
    }

    static let genesisHash = String(repeating: "0", count: 64)
}
