import Identity
import KechuangCore
import Vapor

/// Organisations and people over the JSON API, authenticated with personal access tokens. Every
/// route here is described in `IdentityAPI+OpenAPI.swift`; a test keeps the two in step.
struct IdentityAPIRoutes {
    static let pageSize = 50

    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, IdentityAPI.me, action: .viewOwnProfile, use: me)
        routes.on(.GET, IdentityAPI.organisations, action: .viewOrganisations, use: listOrganisations)
        routes.on(.POST, IdentityAPI.organisations, action: .manageOrganisations, use: createOrganisation)
        routes.on(.GET, IdentityAPI.organisation(SiteURL.anyID), action: .viewOrganisations, use: getOrganisation)
        routes.on(.PUT, IdentityAPI.organisation(SiteURL.anyID), action: .manageOrganisations, use: updateOrganisation)
        routes.on(.GET, IdentityAPI.people, action: .viewPeople, use: listPeople)
        routes.on(.POST, IdentityAPI.people, action: .managePeople, use: createPerson)
        routes.on(.GET, IdentityAPI.person(SiteURL.anyID), action: .viewPeople, use: getPerson)
        routes.on(.PUT, IdentityAPI.person(SiteURL.anyID), action: .managePeople, use: updatePerson)
    }

    @Sendable func me(req: Request) async throws -> PersonJSON {
        PersonJSON(try req.requirePrincipal().person)
    }

    @Sendable func listOrganisations(req: Request) async throws -> PageJSON<OrganisationJSON> {
        let paging = try Pagination(req, size: Self.pageSize)
        let rows = try await req.organisations.list(as: try req.requirePrincipal().person, search: try? req.query.get(String.self, at: "q"),
                                                    limit: paging.fetchLimit, offset: paging.offset)
        return PageJSON(items: rows.prefix(paging.limit).map(OrganisationJSON.init), page: paging.page, has_next: paging.hasNext(fetched: rows.count))
    }

    @Sendable func createOrganisation(req: Request) async throws -> Response {
        let body = try req.content.decode(OrganisationForm.self)
        let org = try await req.organisations.create(body.input, by: req.actor)
        return try await OrganisationJSON(org).created(at: IdentityAPI.organisation(org.id.rawValue), for: req)
    }

    @Sendable func getOrganisation(req: Request) async throws -> OrganisationJSON {
        OrganisationJSON(try await req.organisations.find(try req.idParameter(as: Organisation.ID.self), as: try req.requirePrincipal().person))
    }

    @Sendable func updateOrganisation(req: Request) async throws -> OrganisationJSON {
        let body = try req.content.decode(OrganisationForm.self)
        guard let version = body.version else { throw DomainError.versionRequired }
        return OrganisationJSON(try await req.organisations.update(try req.idParameter(as: Organisation.ID.self), body.input, expectedVersion: version, by: req.actor))
    }

    @Sendable func listPeople(req: Request) async throws -> PageJSON<PersonJSON> {
        let paging = try Pagination(req, size: Self.pageSize)
        let rows = try await req.people.list(as: try req.requirePrincipal().person, search: try? req.query.get(String.self, at: "q"),
                                             limit: paging.fetchLimit, offset: paging.offset)
        return PageJSON(items: rows.prefix(paging.limit).map(PersonJSON.init), page: paging.page, has_next: paging.hasNext(fetched: rows.count))
    }

    @Sendable func createPerson(req: Request) async throws -> Response {
        let body = try req.content.decode(PersonBody.self)
        var errors = req.people.problems(with: body.input, password: body.password)
        var memberships: [Membership] = []
        for (index, role) in (body.roles ?? []).enumerated() {
            do { memberships.append(try MembershipForm(role: role.role, organisation_id: role.organisation_id).membership()) } catch {
                guard case DomainError.validation(let roleErrors) = error else { throw error }
                errors += roleErrors.map { FieldError(field: "roles[\(index)].\($0.field)", rule: $0.rule, message: $0.message, basis: $0.basis) }
            }
        }
        if !errors.isEmpty { throw DomainError.validation(errors) }
        let person = try await req.people.create(body.input, password: body.password, memberships: memberships, by: req.actor)
        return try await PersonJSON(person).created(at: IdentityAPI.person(person.id), for: req)
    }

    @Sendable func getPerson(req: Request) async throws -> PersonJSON {
        PersonJSON(try await req.people.find(try req.idParameter(), as: try req.requirePrincipal().person))
    }

    @Sendable func updatePerson(req: Request) async throws -> PersonJSON {
        let body = try req.content.decode(PersonBody.self)
        guard let version = body.version else { throw DomainError.versionRequired }
        return PersonJSON(try await req.people.update(try req.idParameter(), body.input, expectedVersion: version, by: req.actor))
    }
}
