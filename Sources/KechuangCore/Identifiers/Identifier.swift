import Foundation

/// The id of one kind of thing: `Organisation.ID`, `GrantApplication.ID`, … A UUID that carries the
/// kind in its type, so that a service asked for an organisation cannot be handed an application's id.
///
/// Each model declares `public typealias ID = Identifier<Self>`. Encoded as the plain UUID string
/// (`"5C2F…"`), so JSON bodies, the API schema and database columns keep their shape.
public struct Identifier<Tag>: RawRepresentable, Hashable, Codable, Sendable,
    CustomStringConvertible, LosslessStringConvertible
{
    public let rawValue: UUID

    public init(rawValue: UUID) { self.rawValue = rawValue }

    public init(_ uuid: UUID) { self.rawValue = uuid }

    /// A new random id.
    public init() { self.rawValue = UUID() }

    /// The id written as a UUID string (any case); nil for anything else.
    public init?(_ description: String) {
        guard let uuid = UUID(uuidString: description) else { return nil }
        self.rawValue = uuid
    }

    /// The UUID string, upper case as `UUID.uuidString` writes it.
    public var description: String { rawValue.uuidString }

    /// The UUID string, as on `UUID` (audit object ids, paths).
    public var uuidString: String { rawValue.uuidString }


    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(UUID.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
