import Identity
import KechuangCore
import Storage
import Vapor

/// Administration: organisations, people and their roles, the audit log.
struct AdminRoutes {
    static let pageSize = 50

    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, IdentityURL.organisations, action: .viewOrganisations, use: organisations)
        routes.on(.GET, IdentityURL.organisationNew, action: .manageOrganisations, use: newOrganisation)
        routes.on(.POST, IdentityURL.organisations, action: .manageOrganisations, use: createOrganisation)
        routes.on(.GET, IdentityURL.organisation(SiteURL.anyID), action: .viewOrganisations, use: organisation)
        routes.on(.POST, IdentityURL.organisation(SiteURL.anyID), action: .manageOrganisations, use: updateOrganisation)

        routes.on(.GET, IdentityURL.people, action: .viewPeople, use: people)
        routes.on(.GET, IdentityURL.personNew, action: .managePeople, use: newPerson)
        routes.on(.POST, IdentityURL.people, action: .managePeople, use: createPerson)
        routes.on(.GET, IdentityURL.person(SiteURL.anyID), action: .viewPeople, use: person)
        routes.on(.POST, IdentityURL.person(SiteURL.anyID), action: .managePeople, use: updatePerson)
        routes.on(.POST, IdentityURL.personRoles(SiteURL.anyID), action: .managePeople, use: addRole)
        routes.on(.POST, IdentityURL.personRolesRemove(SiteURL.anyID), action: .managePeople, use: removeRole)
        routes.on(.POST, IdentityURL.personStatus(SiteURL.anyID), action: .managePeople, use: setStatus)

        routes.on(.GET, SiteURL.audit, action: .viewAuditLog, use: audit)
    }

    // MARK: Organisations

    @Sendable func organisations(req: Request) async throws -> Response {
        let search = (try? req.query.get(String.self, at: "q")) ?? ""
        let paging = try Pagination(req, size: Self.pageSize)
        let rows = try await req.organisations.list(as: try req.requirePrincipal().person, search: search, limit: paging.fetchLimit, offset: paging.offset)
        let view = OrganisationListPage(organisations: Array(rows.prefix(paging.limit)), search: search, page: paging.page, hasNext: paging.hasNext(fetched: rows.count))
        return PageRenderer.response(view.render(PageContext(req)))
    }

    @Sendable func newOrganisation(req: Request) async throws -> Response {
        PageRenderer.response(OrganisationFormPage(organisation: nil, canEdit: true).render(PageContext(req)))
    }

    @Sendable func createOrganisation(req: Request) async throws -> Response {
        let form = try req.content.decode(OrganisationForm.self)
        do {
            let org = try await req.organisations.create(form.input, by: req.actor)
            return req.redirect(to: IdentityURL.organisation(org.id.rawValue), notice: IdentityMsg.orgCreated)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            let page = OrganisationFormPage(organisation: nil, input: form.input, errors: errors, canEdit: true)
            return PageRenderer.response(page.render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    @Sendable func organisation(req: Request) async throws -> Response {
        let org = try await req.organisations.find(try req.idParameter(as: Organisation.ID.self), as: try req.requirePrincipal().person)
        let c = PageContext(req)
        return PageRenderer.response(OrganisationFormPage(organisation: org, canEdit: c.can(.manageOrganisations)).render(c))
    }

    @Sendable func updateOrganisation(req: Request) async throws -> Response {
        let id = try req.idParameter(as: Organisation.ID.self)
        let form = try req.content.decode(OrganisationForm.self)
        let current = try await req.organisations.find(id, as: try req.requirePrincipal().person, for: .change)
        do {
            _ = try await req.organisations.update(id, form.input, expectedVersion: form.version ?? 0, by: req.actor)
            return req.redirect(to: IdentityURL.organisation(id.rawValue), notice: IdentityMsg.orgSaved)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            let page = OrganisationFormPage(organisation: current, input: form.input, errors: errors, canEdit: true)
            return PageRenderer.response(page.render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    // MARK: People

    @Sendable func people(req: Request) async throws -> Response {
        let search = (try? req.query.get(String.self, at: "q")) ?? ""
        let paging = try Pagination(req, size: Self.pageSize)
        let rows = try await req.people.list(as: try req.requirePrincipal().person, search: search, limit: paging.fetchLimit, offset: paging.offset)
        let view = PeopleListPage(people: Array(rows.prefix(paging.limit)), search: search, page: paging.page, hasNext: paging.hasNext(fetched: rows.count))
        return PageRenderer.response(view.render(PageContext(req)))
    }

    @Sendable func newPerson(req: Request) async throws -> Response {
        let orgs = try await req.organisations.list(limit: 1000)
        return PageRenderer.response(PersonNewPage(organisations: orgs).render(PageContext(req)))
    }

    @Sendable func createPerson(req: Request) async throws -> Response {
        let form = try req.content.decode(PersonForm.self)
        // The person and the role are checked together, so one submission shows every problem.
        var errors = req.people.problems(with: form.input, password: form.password ?? "")
        var membership: Membership?
        do { membership = try MembershipForm(role: form.role, organisation_id: form.organisation_id).membership() } catch {
            guard let roleErrors = formErrors(error) else { throw error }
            errors += roleErrors
        }
        do {
            guard errors.isEmpty, let membership else { throw DomainError.validation(errors) }
            let person = try await req.people.create(form.input, password: form.password ?? "", memberships: [membership], by: req.actor)
            return req.redirect(to: IdentityURL.person(person.id), notice: IdentityMsg.personCreated)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            let page = PersonNewPage(input: form.input, role: form.role ?? "", organisationID: form.organisation_id ?? "",
                                     errors: errors, organisations: try await req.organisations.list(limit: 1000))
            return PageRenderer.response(page.render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    @Sendable func person(req: Request) async throws -> Response {
        let person = try await req.people.find(try req.idParameter(), as: try req.requirePrincipal().person)
        let c = PageContext(req)
        let orgs = c.can(.managePeople) ? try await req.organisations.list(limit: 1000) : []
        return PageRenderer.response(PersonDetailPage(person: person, organisations: orgs, canManage: c.can(.managePeople)).render(c))
    }

    @Sendable func updatePerson(req: Request) async throws -> Response {
        let id = try req.idParameter()
        let form = try req.content.decode(PersonForm.self)
        let current = try await req.people.find(id)
        do {
            _ = try await req.people.update(id, form.input, expectedVersion: form.version ?? 0, by: req.actor)
            return req.redirect(to: IdentityURL.person(id), notice: IdentityMsg.personSaved)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            let page = PersonDetailPage(person: current, input: form.input, errors: errors,
                                        organisations: try await req.organisations.list(limit: 1000), canManage: true)
            return PageRenderer.response(page.render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    @Sendable func addRole(req: Request) async throws -> Response {
        let id = try req.idParameter()
        let form = try req.content.decode(MembershipForm.self)
        do {
            try await req.people.addMembership(try form.membership(), to: id, by: req.actor)
            return req.redirect(to: IdentityURL.person(id), notice: IdentityMsg.personSaved)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            let page = PersonDetailPage(person: try await req.people.find(id), errors: errors,
                                        organisations: try await req.organisations.list(limit: 1000), canManage: true)
            return PageRenderer.response(page.render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    @Sendable func removeRole(req: Request) async throws -> Response {
        let id = try req.idParameter()
        let form = try req.content.decode(MembershipForm.self)
        try await req.people.removeMembership(try form.membership(), from: id, by: req.actor)
        return req.redirect(to: IdentityURL.person(id), notice: IdentityMsg.personSaved)
    }

    struct StatusForm: Content {
        var disabled: String?
    }

    @Sendable func setStatus(req: Request) async throws -> Response {
        let id = try req.idParameter()
        let form = try req.content.decode(StatusForm.self)
        try await req.people.setDisabled(id, form.disabled == "true", by: req.actor)
        return req.redirect(to: IdentityURL.person(id), notice: IdentityMsg.personSaved)
    }

    // MARK: Audit

    @Sendable func audit(req: Request) async throws -> Response {
        let q = AuditQuery(req)
        let paging = try Pagination(req, size: Self.pageSize)
        let rows = q.errors.isEmpty
            ? try await AuditChain.list(q.filter, limit: paging.fetchLimit, offset: paging.offset, on: req.db) : []
        let view = AuditPage(entries: Array(rows.prefix(paging.limit)), actor: q.actor, object: q.object, from: q.from, until: q.until,
                             page: paging.page, hasNext: paging.hasNext(fetched: rows.count), errors: q.errors)
        return PageRenderer.response(view.render(PageContext(req)), status: q.errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
