import Export
import Foundation
import Identity
import KechuangCore
import Monitoring
import Vapor

extension Request {
    var international: InternationalRegistry { InternationalRegistry(db: db, now: services.now) }
}

/// The international cooperation registry (Art. 9, 66–71): published entries are public (page and
/// CSV); department staff draft, edit and publish (`InternationalAccess` in the domain decides).
struct InternationalRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, InternationalURL.registry, action: .viewInternational, use: registry)
        routes.on(.GET, InternationalURL.projectsCSV, action: .viewInternational, use: projectsCSV)
        routes.on(.GET, InternationalURL.manage, action: .manageInternational, use: manage)
        routes.on(.POST, InternationalURL.projects, action: .manageInternational, use: saveProject)
        routes.on(.POST, InternationalURL.organisations, action: .manageInternational, use: saveOrganisation)
        routes.on(.POST, InternationalURL.bigScience, action: .manageInternational, use: saveBigScience)
        routes.on(.POST, InternationalURL.publish, action: .manageInternational, use: publish)
    }

    static func view(_ req: Request, as viewer: Person?) async throws -> InternationalView {
        let registry = req.international
        let orgs = try await req.organisations.list(limit: 1000)
        return InternationalView(projects: try await registry.projects(as: viewer), organisations: try await registry.organisations(as: viewer),
                                 bigScience: try await registry.bigScience(as: viewer),
                                 directory: Dictionary(orgs.map { ($0.id.rawValue, $0) }, uniquingKeysWith: { a, _ in a }), all: orgs)
    }

    @Sendable func registry(req: Request) async throws -> Response {
        PageRenderer.response(InternationalRegistryPage(view: try await Self.view(req, as: nil)).render(PageContext(req)))
    }

    /// The published projects as CSV, one row a partner (public).
    @Sendable func projectsCSV(req: Request) async throws -> Response {
        let v = try await Self.view(req, as: nil)
        var table = ExportTable(columns: ["project_id", "title_zh", "title_en", "lead_organisation", "grant_project_number", "field_zh", "field_en",
                                          "starts_on", "ends_on", "article", "partner_zh", "partner_en", "partner_country", "partner_kind"])
        for p in v.projects {
            for partner in p.partners {
                table.rows.append([.text(p.id.rawValue.uuidString.lowercased()), .text(p.titleZh), .text(p.titleEn),
                                   .text(v.directory[p.leadOrganisationID]?.nameZh ?? ""), .text(p.grantProjectNumber ?? ""), .text(p.fieldZh), .text(p.fieldEn),
                                   .text(p.startsOn.description), .text(p.endsOn?.description ?? ""), .text(String(p.basis.article)),
                                   .text(partner.nameZh), .text(partner.nameEn), .text(partner.country), .text(partner.kind.rawValue)])
            }
        }
        return ApplicationRoutes.attachment(CSVWriter.csv(table), type: "text/csv; charset=utf-8", filename: "international-cooperation-projects.csv")
    }

    func managePage(_ req: Request, form: String = "", values: [String: String] = [:], errors: [FieldError] = []) async throws -> InternationalManagePage {
        let person = try req.requirePrincipal().person
        // `?edit=project:<id>` fills that entry's form with what is stored.
        if form.isEmpty, let edit = req.query[String.self, at: "edit"], let stored = try await Self.stored(edit, req, as: person) {
            return InternationalManagePage(view: try await Self.view(req, as: person), form: stored.0, values: stored.1, errors: [])
        }
        return InternationalManagePage(view: try await Self.view(req, as: person), form: form, values: values, errors: errors)
    }

    @Sendable func manage(req: Request) async throws -> Response {
        PageRenderer.response(try await managePage(req).render(PageContext(req)))
    }

    static func uuid(_ values: [String: String], _ key: String) -> UUID? { values[key].flatMap { UUID(uuidString: $0.trimmingCharacters(in: .whitespaces)) } }

    /// What an edit form starts from: the stored entry, as the form's fields.
    static func stored(_ edit: String, _ req: Request, as person: Person) async throws -> (String, [String: String])? {
        let parts = edit.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let id = UUID(uuidString: parts[1]) else { return nil }
        let registry = req.international
        switch parts[0] {
        case "project":
            let p = try await registry.project(CooperationProject.ID(id), as: person)
            return ("project", ["id": id.uuidString, "version": String(p.version), "title_zh": p.titleZh, "title_en": p.titleEn,
                                "lead_organisation_id": p.leadOrganisationID.uuidString.lowercased(), "grant_project_number": p.grantProjectNumber ?? "",
                                "field_zh": p.fieldZh, "field_en": p.fieldEn, "starts_on": p.startsOn.description, "ends_on": p.endsOn?.description ?? "",
                                "basis": p.basis.rawValue, "partners": p.partners.map { "\($0.nameZh)|\($0.nameEn)|\($0.country)|\($0.kind.rawValue)" }.joined(separator: "\n")])
        case "organisation":
            let o = try await registry.organisation(IntlOrganisation.ID(id), as: person)
            return ("organisation", ["id": id.uuidString, "version": String(o.version), "name_zh": o.nameZh, "name_en": o.nameEn, "kind": o.kind.rawValue,
                                     "registered_on": o.registeredOn.description, "host_organisation_id": o.hostOrganisationID?.uuidString.lowercased() ?? "",
                                     "fields_zh": o.fieldsZh, "fields_en": o.fieldsEn, "website": o.website])
        case "big_science":
            let b = try await registry.bigScience(BigScienceProgramme.ID(id), as: person)
            return ("big_science", ["id": id.uuidString, "version": String(b.version), "name_zh": b.nameZh, "name_en": b.nameEn, "role": b.role.rawValue,
                                    "participant_ids": b.participantIDs.map { $0.uuidString.lowercased() }.joined(separator: ","), "start_year": String(b.startYear)])
        default:
            return nil
        }
    }

    /// `中文|English|DE|university` a line; a line that does not split in four is kept as a blank partner (refused by the rules).
    static func partners(_ text: String) -> [ForeignPartner] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let parts = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 4, let kind = PartnerKind(rawValue: parts[3]) else {
                return parts.allSatisfy(\.isEmpty) ? nil : ForeignPartner(nameZh: "", nameEn: "", country: "", kind: .university)
            }
            return ForeignPartner(nameZh: parts[0], nameEn: parts[1], country: parts[2].uppercased(), kind: kind)
        }
    }

    func respond(_ req: Request, form: String, values: [String: String], _ body: () async throws -> Void) async throws -> Response {
        do {
            try await body()
            return req.redirect(to: InternationalURL.manage, notice: InternationalMsg.icSaved)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await managePage(req, form: form, values: values, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    static func version(_ values: [String: String]) -> Int? { values["version"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } }

    @Sendable func saveProject(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let values = try req.content.decode([String: String].self)
        return try await respond(req, form: "project", values: values) {
            let input = CooperationProjectInput(
                titleZh: values["title_zh"] ?? "", titleEn: values["title_en"] ?? "", leadOrganisationID: Self.uuid(values, "lead_organisation_id"),
                grantProjectNumber: values["grant_project_number"] ?? "", fieldZh: values["field_zh"] ?? "", fieldEn: values["field_en"] ?? "",
                startsOn: values["starts_on"] ?? "", endsOn: values["ends_on"] ?? "", basis: values["basis"] ?? "", partners: Self.partners(values["partners"] ?? ""))
            _ = try await req.international.saveProject(input, id: Self.uuid(values, "id").map { CooperationProject.ID($0) }, version: Self.version(values), by: person)
        }
    }

    @Sendable func saveOrganisation(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let values = try req.content.decode([String: String].self)
        return try await respond(req, form: "organisation", values: values) {
            let input = IntlOrganisationInput(
                nameZh: values["name_zh"] ?? "", nameEn: values["name_en"] ?? "", kind: values["kind"] ?? "", registeredOn: values["registered_on"] ?? "",
                hostOrganisationID: Self.uuid(values, "host_organisation_id"), fieldsZh: values["fields_zh"] ?? "", fieldsEn: values["fields_en"] ?? "",
                website: values["website"] ?? "")
            _ = try await req.international.saveOrganisation(input, id: Self.uuid(values, "id").map { IntlOrganisation.ID($0) }, version: Self.version(values), by: person)
        }
    }

    /// The big-science form: participants come as several `participant_ids[]` checkboxes.
    struct BigScienceForm: Content {
        var id: String?
        var version: String?
        var name_zh: String?
        var name_en: String?
        var role: String?
        var start_year: String?
        var participant_ids: [String]?
    }

    @Sendable func saveBigScience(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let f = try req.content.decode(BigScienceForm.self)
        let participants = (f.participant_ids ?? []).compactMap { UUID(uuidString: $0.trimmingCharacters(in: .whitespaces)) }
        let values = ["id": f.id ?? "", "version": f.version ?? "", "name_zh": f.name_zh ?? "", "name_en": f.name_en ?? "", "role": f.role ?? "",
                      "start_year": f.start_year ?? "", "participant_ids": participants.map { $0.uuidString.lowercased() }.joined(separator: ",")]
        return try await respond(req, form: "big_science", values: values) {
            let input = BigScienceInput(nameZh: values["name_zh"] ?? "", nameEn: values["name_en"] ?? "", role: values["role"] ?? "",
                                        participantIDs: participants, startYear: values["start_year"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) })
            _ = try await req.international.saveBigScience(input, id: Self.uuid(values, "id").map { BigScienceProgramme.ID($0) }, version: Self.version(values), by: person)
        }
    }

    /// `entry` = `project:<id>`, `organisation:<id>` or `big_science:<id>`, chosen among the drafts.
    @Sendable func publish(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let values = try req.content.decode([String: String].self)
        let parts = (values["entry"] ?? "").split(separator: ":", maxSplits: 1).map(String.init)
        do {
            guard parts.count == 2, let id = UUID(uuidString: parts[1]) else {
                throw DomainError.validation([FieldError(field: "entry", rule: "international.publish.entry.required",
                                                         message: LocalizedText(zh: "请选择要公布的条目", en: "Select the entry to publish"), basis: .art(9))])
            }
            switch parts[0] {
            case "project": _ = try await req.international.publishProject(CooperationProject.ID(id), by: person)
            case "organisation": _ = try await req.international.publishOrganisation(IntlOrganisation.ID(id), by: person)
            case "big_science": _ = try await req.international.publishBigScience(BigScienceProgramme.ID(id), by: person)
            default: throw DomainError.notFound(entity: "monitoring_international_entry")
            }
            return req.redirect(to: InternationalURL.manage, notice: InternationalMsg.icPublished)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await managePage(req, form: "publish", values: values, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }
}
