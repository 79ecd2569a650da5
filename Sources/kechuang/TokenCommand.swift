import ArgumentParser
import Foundation
import Identity
import KechuangApp
import Storage

/// `kechuang token create`: a personal access token for the JSON API, for scripts and harnesses.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token", abstract: "Manage API access tokens.", subcommands: [Create.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an API token for a person and print it (shown once; stored only as a SHA-256 hash).")
        @OptionGroup var database: DatabaseOptions
        @ArgumentParser.Option(help: "Email address of the person the token acts for.") var email: String
        @ArgumentParser.Option(help: "A name to recognise the token by.") var name = "cli"
        @ArgumentParser.Option(help: "Scopes, comma-separated: read, write.") var scopes = "read,write"

        func run() async throws {
            var chosen = Set<TokenScope>()
            for word in scopes.split(separator: ",") {
                guard let scope = TokenScope(rawValue: word.trimmingCharacters(in: .whitespaces)) else {
                    throw ValidationError("--scopes: unknown scope '\(word)'. Use read, write or read,write.")
                }
                chosen.insert(scope)
            }
            guard !chosen.isEmpty else { throw ValidationError("--scopes: name at least one scope (read, write).") }
            try await withApplication(database) { app in
                guard let person = try await KechuangApp.people(app).find(email: email) else { throw notFound(email) }
                try await reportingDomainErrors {
                    let (_, secret) = try await AccessTokens(db: app.db)
                        .create(for: person.id, name: name, scopes: chosen, by: .system)
                    print(secret)
                }
            }
        }
    }
}
