import Foundation
import Identity
import Integrity
import KechuangCore
import Storage
import Vapor

extension Request {
    var integrityRecords: IntegrityRecords { IntegrityRecords(db: db, now: services.now) }
    var integrityService: IntegrityService { IntegrityService(db: db, now: services.now) }
    var institutionIntegrityRules: InstitutionIntegrityRules { InstitutionIntegrityRules(db: db, now: services.now) }
}

/// The research integrity information system (Art. 60): the public list of published records; the
/// subject's own page with appeal and credit repair; integrity officers' records and decisions;
/// institutions' own integrity rules and handling (Art. 60(2)).
struct IntegrityRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, IntegrityURL.integrity, action: .viewPublicIntegrityRecords, use: publicList)
        routes.on(.GET, IntegrityURL.integrityMine, action: .viewOwnIntegrityRecords, use: mine)
        routes.on(.POST, IntegrityURL.integrityAppeal(SiteURL.anyID), action: .viewOwnIntegrityRecords, use: appeal)
        routes.on(.POST, IntegrityURL.integrityRepair(SiteURL.anyID), action: .viewOwnIntegrityRecords, use: repair)
        routes.on(.GET, IntegrityURL.institutionIntegrity, action: .manageInstitutionIntegrityRules, use: institution)
        routes.on(.POST, IntegrityURL.institutionIntegrity, action: .manageInstitutionIntegrityRules, use: addEntry)
        routes.on(.GET, IntegrityURL.adminIntegrity, action: .manageIntegrityRecords, use: adminList)
        routes.on(.POST, IntegrityURL.adminIntegrity, action: .manageIntegrityRecords, use: create)
        routes.on(.GET, IntegrityURL.adminIntegrityNew, action: .manageIntegrityRecords, use: newRecord)
        routes.on(.GET, IntegrityURL.adminIntegrityRecord(SiteURL.anyID), action: .manageIntegrityRecords, use: show)
        routes.on(.POST, IntegrityURL.adminIntegrityRecord(SiteURL.anyID), action: .manageIntegrityRecords, use: save)
        routes.on(.POST, IntegrityURL.adminIntegrityDecide(SiteURL.anyID), action: .manageIntegrityRecords, use: decide)
        routes.on(.POST, IntegrityURL.adminIntegrityPublish(SiteURL.anyID), action: .manageIntegrityRecords, use: publish)
        routes.on(.POST, IntegrityURL.adminIntegrityAppeal(SiteURL.anyID), action: .manageIntegrityRecords, use: decideAppeal)
        routes.on(.POST, IntegrityURL.adminIntegrityRepair(SiteURL.anyID), action: .manageIntegrityRecords, use: decideRepair)
        EthicsRoutes().register(on: routes)
    }

    // MARK: The public

    @Sendable func publicList(req: Request) async throws -> Response {
        let records = try await req.integrityRecords.published(at: req.services.now())
        return PageRenderer.response(PublicIntegrityPage(records: records).render(PageContext(req)))
    }

    // MARK: The subject

    func minePage(_ req: Request, errors: [FieldError] = [], failed: (UUID, String)? = nil) async throws -> MyIntegrityRecordsPage {
        let person = try req.requirePrincipal().person
        let records = try await req.integrityRecords.about(person)
        var appeals: [UUID: [IntegrityRequest]] = [:], repairs: [UUID: [IntegrityRequest]] = [:]
        for record in records {
            appeals[record.id.rawValue] = try await req.integrityRecords.requests(.appeal, of: record.id)
            repairs[record.id.rawValue] = try await req.integrityRecords.requests(.repair, of: record.id)
        }
        return MyIntegrityRecordsPage(records: records, appeals: appeals, repairs: repairs, now: req.services.now(),
                                      errors: errors, failedID: failed?.0, failedForm: failed?.1 ?? "")
    }

    @Sendable func mine(req: Request) async throws -> Response {
        PageRenderer.response(try await minePage(req).render(PageContext(req)))
    }

    struct RequestForm: Content {
        var grounds: String?
        var evidence: String?
        var note: String?
        var decision: String?
        var version: Int?
    }

    @Sendable func appeal(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let id = try req.idParameter()
        let form = try req.content.decode(RequestForm.self)
        do {
            _ = try await req.integrityRecords.file(.appeal, on: IntegrityRecord.ID(id), text: form.grounds ?? "", by: person)
            return req.redirect(to: IntegrityURL.integrityMine, notice: IntegrityMsg.intAppealFiled)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            let page = try await minePage(req, errors: errors.map { Self.renamed($0, to: "grounds") }, failed: (id, "appeal"))
            return PageRenderer.response(page.render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    @Sendable func repair(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let id = try req.idParameter()
        let form = try req.content.decode(RequestForm.self)
        do {
            _ = try await req.integrityRecords.file(.repair, on: IntegrityRecord.ID(id), text: form.evidence ?? "", by: person)
            return req.redirect(to: IntegrityURL.integrityMine, notice: IntegrityMsg.intRepairRequested)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            let page = try await minePage(req, errors: errors.map { Self.renamed($0, to: "evidence") }, failed: (id, "repair"))
            return PageRenderer.response(page.render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    /// The request rules name their text `text`; on the page it is the form's one text area.
    static func renamed(_ error: FieldError, to field: String) -> FieldError {
        error.field == "text" ? FieldError(field: field, rule: error.rule, message: error.message, basis: error.basis) : error
    }

    // MARK: Institutions (Art. 60(2))

    func institutionPage(_ req: Request, values: [String: String] = [:], errors: [FieldError] = []) async throws -> InstitutionIntegrityPage {
        let person = try req.requirePrincipal().person
        let ids = InstitutionIntegrityRules.organisations(of: person)
        var organisations: [Organisation] = []
        for id in ids { organisations.append(try await req.organisations.find(Organisation.ID(id))) }
        let entries = try await req.institutionIntegrityRules.list(organisations: ids)
        return InstitutionIntegrityPage(organisations: organisations, entries: entries, values: values, errors: errors)
    }

    @Sendable func institution(req: Request) async throws -> Response {
        PageRenderer.response(try await institutionPage(req).render(PageContext(req)))
    }

    @Sendable func addEntry(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let values = try req.content.decode([String: String].self)
        do {
            let mine = InstitutionIntegrityRules.organisations(of: person)
            let raw = values["organisation_id"] ?? (mine.count == 1 ? mine[0].uuidString : "")
            guard let organisation = UUID(uuidString: raw) else {
                throw DomainError.validation([FieldError(field: "organisation_id", rule: "integrity.institution.organisation.required",
                                                         message: IntegrityMsg.intEntryOrganisationRequired.text, basis: .art(60, 2))])
            }
            let rawDate = (values["date"] ?? "").trimmingCharacters(in: .whitespaces)
            let date = BeijingDay.parse(rawDate)
            if !rawDate.isEmpty && date == nil {
                throw DomainError.validation([FieldError(field: "date", rule: "integrity.date.format", message: IntegrityMsg.intDateInvalid.text)])
            }
            let input = InstitutionIntegrityRules.Input(kind: values["kind"].flatMap(InstitutionEntryKind.init(rawValue:)), title: values["title"] ?? "",
                                                        body: values["body"] ?? "", date: date)
            _ = try await req.institutionIntegrityRules.add(input, organisation: organisation, by: person)
            return req.redirect(to: IntegrityURL.institutionIntegrity, notice: IntegrityMsg.intEntryAdded)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await institutionPage(req, values: values, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    // MARK: Integrity officers

    @Sendable func adminList(req: Request) async throws -> Response {
        let state = (try? req.query.get(String.self, at: "state")).flatMap(IntegrityRecordState.init(rawValue:))
        let records = try await req.integrityRecords.list(state: state)
        return PageRenderer.response(IntegrityAdminListPage(records: records, state: state, now: req.services.now()).render(PageContext(req)))
    }

    func formPage(_ req: Request, record: IntegrityRecord?, values: [String: String], errors: [FieldError]) async throws -> IntegrityRecordFormPage {
        IntegrityRecordFormPage(record: record, values: values, people: try await req.people.list(limit: 1000),
                                organisations: try await req.organisations.list(limit: 1000), errors: errors)
    }

    @Sendable func newRecord(req: Request) async throws -> Response {
        PageRenderer.response(try await formPage(req, record: nil, values: [:], errors: []).render(PageContext(req)))
    }

    @Sendable func create(req: Request) async throws -> Response {
        let values = try req.content.decode([String: String].self)
        do {
            let record = try await req.integrityRecords.draft(try IntegrityForm.input(values), by: req.actor)
            return req.redirect(to: IntegrityURL.adminIntegrityRecord(record.id.rawValue), notice: IntegrityMsg.intCreated)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await formPage(req, record: nil, values: values, errors: errors).render(PageContext(req)),
                                         status: .unprocessableEntity)
        }
    }

    func recordPage(_ req: Request, _ record: IntegrityRecord, values: [String: String]? = nil, errors: [FieldError] = []) async throws -> IntegrityRecordPage {
        let history = try await AuditChain.list(.init(object: record.id.uuidString), limit: 100, on: req.db)
        let form = record.state == .draft ? try await formPage(req, record: record, values: values ?? IntegrityForm.values(record), errors: errors) : nil
        return IntegrityRecordPage(record: record, appeals: try await req.integrityRecords.requests(.appeal, of: record.id),
                                   repairs: try await req.integrityRecords.requests(.repair, of: record.id), history: history,
                                   now: req.services.now(), form: form, errors: errors)
    }

    @Sendable func show(req: Request) async throws -> Response {
        let record = try await req.integrityRecords.find(try req.idParameter(as: IntegrityRecord.ID.self), as: try req.requirePrincipal().person, at: req.services.now())
        return PageRenderer.response(try await recordPage(req, record).render(PageContext(req)))
    }

    @Sendable func save(req: Request) async throws -> Response {
        let record = try await req.integrityRecords.find(try req.idParameter(as: IntegrityRecord.ID.self), as: try req.requirePrincipal().person, for: .change, at: req.services.now())
        let values = try req.content.decode([String: String].self)
        do {
            _ = try await req.integrityRecords.update(record.id, try IntegrityForm.input(values), expectedVersion: Int(values["version"] ?? "") ?? 0, by: req.actor)
            return req.redirect(to: IntegrityURL.adminIntegrityRecord(record.id.rawValue), notice: IntegrityMsg.intSaved)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await recordPage(req, record, values: values, errors: errors).render(PageContext(req)),
                                         status: .unprocessableEntity)
        }
    }

    /// Decide or publish; a refusal shows the record page with every missing field, each citing Art. 60.
    func step(_ req: Request, notice: IntegrityMsg,
              _ body: @escaping @Sendable (IntegrityRecords, IntegrityRecord.ID, Int, AuditActor) async throws -> IntegrityRecord) async throws -> Response {
        let record = try await req.integrityRecords.find(try req.idParameter(as: IntegrityRecord.ID.self), as: try req.requirePrincipal().person, for: .change, at: req.services.now())
        let form = try req.content.decode(RequestForm.self)
        do {
            _ = try await body(req.integrityRecords, record.id, form.version ?? record.version, req.actor)
            return req.redirect(to: IntegrityURL.adminIntegrityRecord(record.id.rawValue), notice: notice)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await recordPage(req, record, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    @Sendable func decide(req: Request) async throws -> Response {
        try await step(req, notice: .intDecided) { try await $0.decide($1, expectedVersion: $2, by: $3) }
    }

    @Sendable func publish(req: Request) async throws -> Response {
        try await step(req, notice: .intPublished) { try await $0.publish($1, expectedVersion: $2, by: $3) }
    }

    @Sendable func decideAppeal(req: Request) async throws -> Response {
        let id = try req.idParameter()
        let form = try req.content.decode(RequestForm.self)
        _ = try await req.integrityRecords.decide(.appeal, on: IntegrityRecord.ID(id), accept: form.decision == "uphold", note: form.note ?? "", by: req.actor)
        return req.redirect(to: IntegrityURL.adminIntegrityRecord(id), notice: IntegrityMsg.intAppealDecided)
    }

    @Sendable func decideRepair(req: Request) async throws -> Response {
        let id = try req.idParameter()
        let form = try req.content.decode(RequestForm.self)
        _ = try await req.integrityRecords.decide(.repair, on: IntegrityRecord.ID(id), accept: form.decision == "grant", note: form.note ?? "", by: req.actor)
        return req.redirect(to: IntegrityURL.adminIntegrityRecord(id), notice: IntegrityMsg.intRepairDecided)
    }
}
