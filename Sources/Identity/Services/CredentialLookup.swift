import FluentKit
import Foundation
import KechuangCore
import SQLKit

/// From a credential's hash (an API token's or a session's) to the person behind it with their
/// memberships and the memberships' organisation names, in ONE query: the credential joined to
/// `id_people`, left-joined to `id_memberships` and `id_organisations` (one row per membership; one
/// row with empty membership columns for a person without any). Every authenticated request pays
/// for this lookup, so it is one round trip, never a cache: a revoked token, an ended session or a
/// disabled person is refused on the very next request.
struct CredentialLookup {
    /// The credential's own columns, read as `c_<name>`.
    let table: String
    let columns: [String]

    struct Found {
        /// The first row: read the credential's columns from it (`c_<name>`).
        let credential: any SQLRow
        let person: Person
        let disabled: Bool
    }

    func find(hash: String, on db: any Database) async throws -> Found? {
        guard let sql = db as? any SQLDatabase else { throw CredentialLookupUnavailable() }
        let credential = columns.map { "c.\($0) AS c_\($0)" }.joined(separator: ", ")
        let rows = try await sql.raw("""
            SELECT \(unsafeRaw: credential), p.id AS p_id, p.name AS p_name, p.email AS p_email, p.orcid AS p_orcid,
                   p.resident_id_masked AS p_resident_id_masked, p.nationality AS p_nationality, p.birth_year AS p_birth_year,
                   p.disabled AS p_disabled, p.version AS p_version, p.created_at AS p_created_at,
                   m.id AS m_id, m.organisation_id AS m_organisation_id, m.role AS m_role, o.name_zh AS o_name_zh
            FROM \(ident: table) c
            JOIN \(ident: PersonRecord.schema) p ON p.id = c.person_id
            LEFT JOIN \(ident: MembershipRecord.schema) m ON m.person_id = p.id
            LEFT JOIN \(ident: OrganisationRecord.schema) o ON o.id = m.organisation_id
            WHERE c.token_hash = \(bind: hash)
            """).all()
        guard let first = rows.first else { return nil }
        var memberships: [Membership] = []
        for row in rows {
            guard let role = try row.decode(column: "m_role", as: String?.self) else { continue }
            let id = try row.decode(column: "m_id", as: UUID?.self)
            memberships.append(Membership(
                organisationID: try row.decode(column: "m_organisation_id", as: UUID?.self),
                organisationName: try row.decode(column: "o_name_zh", as: String?.self),
                role: try StoredValue.decode(Role.self, role, table: MembershipRecord.schema, id: id, column: "role")))
        }
        memberships.sort { ($0.role.rawValue, $0.organisationName ?? "") < ($1.role.rawValue, $1.organisationName ?? "") }
        let disabled = try first.decode(column: "p_disabled", as: Bool.self)
        let person = Person(
            id: try first.decode(column: "p_id", as: UUID.self), name: try first.decode(column: "p_name", as: String.self),
            email: try first.decode(column: "p_email", as: String.self), orcid: try first.decode(column: "p_orcid", as: String?.self),
            residentIDMasked: try first.decode(column: "p_resident_id_masked", as: String?.self),
            nationality: try first.decode(column: "p_nationality", as: String.self),
            birthYear: try first.decode(column: "p_birth_year", as: Int?.self), disabled: disabled, memberships: memberships,
            version: try first.decode(column: "p_version", as: Int.self), createdAt: try first.decode(column: "p_created_at", as: Date.self))
        return Found(credential: first, person: person, disabled: disabled)
    }
}

struct CredentialLookupUnavailable: Error, CustomStringConvertible {
    var description: String { "The database offers no SQL interface; cannot look up a credential." }
}
