import FluentKit
import Foundation

final class LoginAttemptRecord: Model, @unchecked Sendable {
    static let schema = "id_login_attempts"

    @ID(key: .id) var id: UUID?
    /// Since ID0007 the account key: SHA-256 (hex) of the normalised e-mail, never the typed text.
    @Field(key: "email") var email: String
    @Field(key: "at") var at: Date
    @Field(key: "succeeded") var succeeded: Bool
    /// The client's address (ID0007); nil for attempts recorded before it or from the CLI.
    @OptionalField(key: "address") var address: String?

    init() {}
}
