import Identity
import KechuangCore
import Storage
import Vapor

/// The JSON API under `/api/v1`, authenticated with personal access tokens. Every route here is
/// described in `OpenAPIDocument`; a test keeps the two in step.
struct APIRoutes {
    static let pageSize = 50

    func register(on routes: any RoutesBuilder) {
        let api = routes.grouped("api", "v1")
        api.on(.GET, ["me"], action: .viewOwnProfile, use: me)
        api.on(.GET, ["organisations"], action: .viewOrganisations, use: listOrganisations)
        api.on(.POST, ["organisations"], action: .manageOrganisations, use: createOrganisation)
        api.on(.GET, ["organisations", ":id"], action: .viewOrganisations, use: getOrganisation)
        api.on(.PUT, ["organisations", ":id"], action: .manageOrganisations, use: updateOrganisation)
        api.on(.GET, ["people"], action: .viewPeople, use: listPeople)
        api.on(.POST, ["people"], action: .managePeople, use: createPerson)
        api.on(.GET, ["people", ":id"], action: .viewPeople, use: getPerson)
        api.on(.PUT, ["people", ":id"], action: .managePeople, use: updatePerson)
        api.on(.GET, ["audit"], action: .viewAuditLog, use: audit)
        api.on(.GET, ["audit", "verify"], action: .viewAuditLog, use: verifyAudit)
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
        let response = try await OrganisationJSON(org).encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: "Location", value: "/api/v1/organisations/\(org.id.uuidString.lowercased())")
        return response
    }

    @Sendable func getOrganisation(req: Request) async throws -> OrganisationJSON {
        OrganisationJSON(try await req.organisations.find(try req.idParameter(), as: try req.requirePrincipal().person))
    }

    @Sendable func updateOrganisation(req: Request) async throws -> OrganisationJSON {
        let body = try req.content.decode(OrganisationForm.self)
        guard let version = body.version else { throw Self.versionRequired }
        return OrganisationJSON(try await req.organisations.update(try req.idParameter(), body.input, expectedVersion: version, by: req.actor))
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
        let response = try await PersonJSON(person).encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: "Location", value: "/api/v1/people/\(person.id.uuidString.lowercased())")
        return response
    }

    @Sendable func getPerson(req: Request) async throws -> PersonJSON {
        PersonJSON(try await req.people.find(try req.idParameter(), as: try req.requirePrincipal().person))
    }

    @Sendable func updatePerson(req: Request) async throws -> PersonJSON {
        let body = try req.content.decode(PersonBody.self)
        guard let version = body.version else { throw Self.versionRequired }
        return PersonJSON(try await req.people.update(try req.idParameter(), body.input, expectedVersion: version, by: req.actor))
    }

    @Sendable func audit(req: Request) async throws -> Response {
        let q = AuditQuery(req)
        if !q.errors.isEmpty { throw DomainError.validation(q.errors) }
        let paging = try Pagination(req, size: Self.pageSize)
        let rows = try await AuditChain.list(q.filter, limit: paging.fetchLimit, offset: paging.offset, on: req.db)
        return try await PageJSON(items: rows.prefix(paging.limit).map(AuditEntryJSON.init), page: paging.page, has_next: paging.hasNext(fetched: rows.count))
            .encodeResponse(for: req)
    }

    @Sendable func verifyAudit(req: Request) async throws -> AuditVerificationJSON {
        let result = try await AuditChain.verify(on: req.db)
        return AuditVerificationJSON(intact: result.isIntact, count: result.count, problem: result.problem?.description)
    }

    static let versionRequired = DomainError.validation([FieldError(
        field: "version", rule: "version.required",
        message: LocalizedText(zh: "请提供读取时的版本号（version），以免覆盖他人的修改",
                               en: "Send the version you read (version), so that nobody's change is overwritten"))])
}
