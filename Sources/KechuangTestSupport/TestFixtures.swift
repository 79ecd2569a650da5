import FluentKit
import Foundation
import Identity
import KechuangCore
import Storage

/// What every test fixture offers, with or without the web layer (`TestDB` from
/// `withTestDatabase`, `TestApp` from `withTestApp`): a migrated database, a clock tests move by
/// hand, the services built on them, and helpers to make people and sign them in.
public protocol TestFixtures: Sendable {
    var db: any Database { get }
    var url: DatabaseURL { get }
    var clock: TestClock { get }
    var hasher: PasswordHashing { get }
    var sealer: FieldSealer { get }
}

extension TestFixtures {
    /// The password of every person `person(…)` creates.
    public static var password: String { TestKeys.password }
    /// The data key for encrypted fields.
    public static var dataKey: String { TestKeys.dataKey }
    /// The audit key every test database is written with.
    public static var auditKey: AuditKey { TestKeys.auditKey }

    public var now: @Sendable () -> Date { { [clock] in clock.now } }
    public var people: People { People(db: db, hasher: hasher, sealer: sealer, now: now) }
    public var organisations: Organisations { Organisations(db: db, now: now) }
    public var signIn: SignInService { SignInService(db: db, hasher: hasher, now: now) }
    public var tokens: AccessTokens { AccessTokens(db: db, now: now) }

    /// Creates an organisation with a valid unified social credit code.
    public func organisation(_ name: String = "测试大学", type: OrganisationType = .university) async throws -> Organisation {
        try await organisations.create(OrganisationInput(
            nameZh: name + String(UUID().uuidString.prefix(4)), nameEn: nil, type: type.rawValue, ownership: Ownership.state.rawValue,
            district: District.haidian.rawValue, uscc: TestData.uscc()), by: .system)
    }

    /// Creates a person holding `roles` (at `organisation`, or platform-wide) who can sign in.
    public func person(_ roles: [Role] = [], email: String? = nil, organisation: Organisation.ID? = nil) async throws -> Person {
        let email = email ?? "p\(UUID().uuidString.prefix(8).lowercased())@example.cn"
        return try await people.create(
            PersonInput(name: "测试用户", email: email, nationality: "CN"), password: Self.password,
            memberships: roles.map { Membership(organisationID: $0 == .platformAdmin ? nil : organisation?.rawValue, role: $0) }, by: .system)
    }

    /// Signs the person in and returns the session cookie's value.
    public func sessionToken(for person: Person) async throws -> String {
        try await signIn.login(email: person.email, password: Self.password).sessionToken
    }
}
