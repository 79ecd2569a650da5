import FluentKit
import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import SQLKit
import Testing

/// Object-level access to people and organisations (issue #11, item 8): who may read which
/// object, as a matrix of viewer role × relation to the object, and the services enforcing it.
@Suite("Directory access: people and organisations")
struct DirectoryAccessTests {
    static let a = UUID()
    static let b = UUID()

    /// Viewers by role and organisation.
    static let viewers: [String: [Membership]] = [
        "platform admin": [Membership(organisationID: nil, role: .platformAdmin)],
        "programme officer": [Membership(organisationID: nil, role: .programmeOfficer)],
        "integrity officer": [Membership(organisationID: nil, role: .integrityOfficer)],
        "department staff": [Membership(organisationID: nil, role: .departmentStaff)],
        "research office of A": [Membership(organisationID: a, role: .researchOffice)],
        "research office of A and B": [Membership(organisationID: a, role: .researchOffice), Membership(organisationID: b, role: .researchOffice)],
        "research office of A, programme officer": [Membership(organisationID: a, role: .researchOffice), Membership(organisationID: nil, role: .programmeOfficer)],
        "applicant of A": [Membership(organisationID: a, role: .applicant)],
        "reviewer": [Membership(organisationID: nil, role: .reviewer)],
        "nobody": [],
    ]

    /// People by the organisations where they hold a role.
    static let people: [String: Set<UUID>] = ["member of A": [a], "member of B": [b], "member of A and B": [a, b], "member of none": []]

    /// viewer → the people they may read (every other cell: may not).
    static let expectedPeople: [String: Set<String>] = [
        "platform admin": Set(people.keys), "programme officer": Set(people.keys), "integrity officer": Set(people.keys),
        "department staff": [],
        "research office of A": ["member of A", "member of A and B"],
        "research office of A and B": ["member of A", "member of B", "member of A and B"],
        "research office of A, programme officer": Set(people.keys),
        "applicant of A": [], "reviewer": [], "nobody": [],
    ]

    /// viewer → the organisations they may read.
    static let expectedOrganisations: [String: Set<String>] = [
        "platform admin": ["A", "B"], "programme officer": ["A", "B"], "integrity officer": ["A", "B"], "department staff": ["A", "B"],
        "research office of A": ["A"], "research office of A and B": ["A", "B"], "research office of A, programme officer": ["A", "B"],
        "applicant of A": [], "reviewer": [], "nobody": [],
    ]

    @Test func test_item8_personAccessMatrix_researchOfficeReadsOnlyMembersOfItsOwnOrganisations() {
        for (viewer, memberships) in Self.viewers {
            for (person, organisations) in Self.people {
                let expected = Self.expectedPeople[viewer]!.contains(person)
                #expect(PersonAccess.mayView(personOrganisations: organisations, viewer: memberships) == expected, "\(viewer) × \(person)")
            }
        }
    }

    @Test func test_item8_organisationAccessMatrix_researchOfficeReadsOnlyItsOwnOrganisations() {
        let organisations = ["A": Self.a, "B": Self.b]
        for (viewer, memberships) in Self.viewers {
            for (name, id) in organisations {
                let expected = Self.expectedOrganisations[viewer]!.contains(name)
                #expect(OrganisationAccess.mayView(organisation: id, viewer: memberships) == expected, "\(viewer) × organisation \(name)")
            }
        }
    }

    /// viewer → the organisations they may change (every other cell: may not).
    static let changesOrganisations: [String: Set<String>] = [
        "platform admin": ["A", "B"], "programme officer": [], "integrity officer": [], "department staff": [],
        "research office of A": [], "research office of A and B": [], "research office of A, programme officer": [],
        "applicant of A": [], "reviewer": [], "nobody": [],
    ]

    /// (role, relation to the organisation) × action: a research office reads only its own
    /// organisation and changes none; only the platform admin changes organisations.
    @Test func test_organisationAccessMatrix_roleAndRelationTimesAction() {
        let organisations = ["A": Self.a, "B": Self.b]
        for (viewer, memberships) in Self.viewers {
            for (name, id) in organisations {
                for action in OrganisationAccess.Action.allCases {
                    let expected = switch action {
                    case .view: Self.expectedOrganisations[viewer]?.contains(name) == true
                    case .change: Self.changesOrganisations[viewer]?.contains(name) == true
                    }
                    #expect(OrganisationAccess.may(action, organisation: id, viewer: memberships) == expected, "\(viewer) × organisation \(name) × \(action)")
                }
            }
        }
        #expect(Set(Self.changesOrganisations.keys) == Set(Self.viewers.keys), "every viewer has a row")
    }

    /// A research office may read its own organisation but not change it: for change it does not exist.
    @Test func test_researchOffice_changesNoOrganisation_notEvenItsOwn() async throws {
        try await withTestDatabase { t in
            let orgA = try await t.organisation("甲大学")
            let office = try await t.person([.researchOffice], organisation: orgA.id)
            let admin = try await t.person([.platformAdmin])
            #expect(try await t.organisations.find(orgA.id, as: office).id == orgA.id)
            await #expect(throws: DomainError.notFound(entity: "organisation")) { _ = try await t.organisations.find(orgA.id, as: office, for: .change) }
            #expect(try await t.organisations.find(orgA.id, as: admin, for: .change).id == orgA.id)
        }
    }

    /// Every viewer the access policy lets list people or organisations is covered by the matrix.
    @Test func test_item8_matrixCoversEveryRoleThePolicyLetsIn() {
        for role in Role.allCases where AccessPolicy.decide(.viewPeople, roles: [role]) == .allow || AccessPolicy.decide(.viewOrganisations, roles: [role]) == .allow {
            #expect(Self.viewers.values.contains { $0.count == 1 && $0[0].role == role }, "\(role) is in the matrix")
        }
    }

    @Test func test_item8_servicesApplyTheRuleInTheirQueries_researchOfficeOfA() async throws {
        try await withTestDatabase { t in
            let orgA = try await t.organisation("甲大学")
            let orgB = try await t.organisation("乙大学")
            let office = try await t.person([.researchOffice], organisation: orgA.id)
            let memberA = try await t.person([.applicant], organisation: orgA.id)
            let memberB = try await t.person([.applicant], organisation: orgB.id)
            let admin = try await t.person([.platformAdmin])

            // People: the list holds only members of A; a member of B does not exist for the office.
            let listed = Set(try await t.people.list(as: office, limit: 100).map(\.id))
            #expect(listed == [office.id, memberA.id])
            #expect(try await t.people.find(memberA.id, as: office).id == memberA.id)
            await #expect(throws: DomainError.notFound(entity: "person")) { _ = try await t.people.find(memberB.id, as: office) }
            await #expect(throws: DomainError.notFound(entity: "person")) { _ = try await t.people.find(admin.id, as: office) }
            // Search does not reach past the scope either.
            #expect(try await t.people.list(as: office, search: memberB.email, limit: 100).isEmpty)

            // Organisations: only A.
            #expect(try await t.organisations.list(as: office, limit: 100).map(\.id) == [orgA.id])
            #expect(try await t.organisations.find(orgA.id, as: office).id == orgA.id)
            await #expect(throws: DomainError.notFound(entity: "organisation")) { _ = try await t.organisations.find(orgB.id, as: office) }

            // The platform admin keeps the whole directory; an applicant sees none of it.
            #expect(Set(try await t.people.list(as: admin, limit: 100).map(\.id)).isSuperset(of: [office.id, memberA.id, memberB.id, admin.id]))
            #expect(Set(try await t.organisations.list(as: admin, limit: 100).map(\.id)) == [orgA.id, orgB.id])
            #expect(try await t.people.list(as: memberA, limit: 100).isEmpty)
            #expect(try await t.organisations.list(as: memberA, limit: 100).isEmpty)
        }
    }
}

/// Fail loudly, never open: an Identity row that cannot be read is a `StoredDataError`, not a default.
@Suite("Identity: damaged stored rows")
struct IdentityStoredDataTests {
    @Test func test_damagedOrganisationType_isAnError_notEnterprise() async throws {
        try await withTestDatabase { t in
            let org = try await t.organisation()
            try await t.damage("id_organisations", id: org.id.rawValue, set: "type", to: "univeristy")
            await #expect { _ = try await t.organisations.find(org.id) } throws: { TestDB.isStoredDataError($0, table: "id_organisations", column: "type") }
            await #expect { _ = try await Directory(db: t.db).organisation(org.id.rawValue) } throws: {
                TestDB.isStoredDataError($0, table: "id_organisations", column: "type")
            }
            await #expect { _ = try await t.organisations.list() } throws: { TestDB.isStoredDataError($0, table: "id_organisations", column: "type") }
        }
    }

    @Test func test_damagedMembershipRole_isAnError_notDropped() async throws {
        try await withTestDatabase { t in
            let org = try await t.organisation()
            let person = try await t.person([.researchOffice], organisation: org.id)
            try await sql(t.db).update("id_memberships").set("role", to: "research-office").where("person_id", .equal, person.id).run()
            await #expect { _ = try await t.people.find(person.id) } throws: { TestDB.isStoredDataError($0, table: "id_memberships", column: "role") }
        }
    }

    @Test func test_damagedTokenScope_isAnError_notDropped() async throws {
        try await withTestDatabase { t in
            let person = try await t.person([.applicant])
            let created = try await t.tokens.create(for: person.id, name: "api", scopes: [.read], by: .system)
            try await t.damage("id_access_tokens", id: created.0.id, set: "scopes", to: "read admin")
            await #expect { _ = try await t.tokens.list(for: person.id) } throws: { TestDB.isStoredDataError($0, table: "id_access_tokens", column: "scopes") }
            await #expect { _ = try await t.tokens.resolve(created.secret) } throws: { TestDB.isStoredDataError($0, table: "id_access_tokens", column: "scopes") }
        }
    }
}
