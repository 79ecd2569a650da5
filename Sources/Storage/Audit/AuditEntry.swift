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

/// Whatever can act on the platform: an `AuditActor`, or a signed-in person (Identity's `Person`,
/// written as its id and e-mail address).
public protocol AuditActing {
    var auditActor: AuditActor { get }
}

extension AuditActor: AuditActing {
    public var auditActor: AuditActor { self }
}

extension AuditEvent {
    /// An entry by `actor`: its id and label become `actor_id` and `actor_label`, exactly as if
    /// written out (the audit chain hashes them).
    public init(actor: some AuditActing, action: String, objectType: String, objectID: String, summary: String, basis: LegalBasis? = nil) {
        let who = actor.auditActor
        self.init(actorID: who.id, actorLabel: who.label, action: action, objectType: objectType, objectID: objectID, summary: summary, basis: basis)
    }
}

extension AuditEntry {
    /// The hash of an entry: every field written as `length:value;` so that no two different entries
    /// share an input, then the previous entry's hash. Keyed entries (scheme `hmac-sm3`, every entry
    /// written since ST0002) take HMAC-SM3 of that input under the audit key, kept outside the
    /// database; entries written before keyed hashing (no scheme) took plain SM3 and are reported by
    /// `verify` until `AuditChain.rekey` is run once. The sequence number is a position, not content:
    /// order is proven by `prevHash`, so a moved row is reported as reordered rather than altered.
    static func chainHash(
        id: UUID, at: String, actorID: UUID?, actorLabel: String, action: String,
        objectType: String, objectID: String, summary: String, basis: String?, prevHash: String, key: AuditKey?
    ) -> String {
        let fields = [
            id.uuidString.lowercased(), at, actorID?.uuidString.lowercased() ?? "", actorLabel, action,
            objectType, objectID, summary, basis ?? "", prevHash,
        ]
        let input = fields.map { "\($0.utf8.count):\($0);" }.joined()
        guard let key else { return SM3.hex(input) }
        return key.tag(input)
    }

    static let genesisHash = String(repeating: "0", count: 64)

    /// The scheme of entries keyed with HMAC-SM3.
    static let keyedScheme = "hmac-sm3"
}
