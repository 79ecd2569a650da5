import FluentKit

/// Identity (ID) — organisations, people, their roles per organisation, sign-in sessions,
/// personal access tokens, and the one access policy every route goes through.
///
/// Articles: 5 (ownership is recorded, never a bar), 13–16 (registered district), 66–67, 70–72
/// (foreign-invested organisations and foreign nationals take part on equal terms).
/// Imports: KechuangCore, Storage, FluentKit, SQLKit, Crypto. Never Vapor: password hashing is
/// passed in as a `PasswordHashing`.
public enum Identity {
    public static let migrations: [any Migration] = [
        ID0001_CreateOrganisations(),
        ID0002_CreatePeople(),
        ID0003_CreateMemberships(),
        ID0004_CreateSessions(),
        ID0005_CreateLoginAttempts(),
        ID0006_CreateAccessTokens(),
        ID0007_LoginAttemptAddress(),
    ]
}
