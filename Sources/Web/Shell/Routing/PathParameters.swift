import Foundation
import Identity
import KechuangCore
import Vapor

extension Request {
    /// A path parameter that must be a UUID; anything else is a 404, not a crash.
    func idParameter() throws -> UUID {
        guard let raw = parameters.get("id"), let id = UUID(uuidString: raw) else { throw Abort(.notFound) }
        return id
    }

    /// The same, as the typed id of one kind of thing: `try req.idParameter(as: Organisation.ID.self)`.
    func idParameter<Tag>(as type: Identifier<Tag>.Type) throws -> Identifier<Tag> {
        Identifier(try idParameter())
    }
}
