import Foundation
import Identity
import Integrity
import KechuangCore
import Monitoring
import Vapor

extension Request {
    var awardSchemes: AwardSchemes { AwardSchemes(db: db, now: services.now) }
}

/// Awards and commendations (Art. 12): public winners; research offices nominate (checked against the
/// integrity system, Art. 60); department staff set up schemes and decide (`AwardsAccess`).
struct AwardsRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, AwardsURL.winners, action: .viewAwards, use: winners)
        routes.on(.GET, AwardsURL.manage, action: .manageAwards, use: manage)
        routes.on(.POST, AwardsURL.schemes, action: .manageAwards, use: createScheme)
        routes.on(.POST, AwardsURL.decisions, action: .manageAwards, use: decide)
        routes.on(.GET, AwardsURL.nominate, action: .nominateForAwards, use: nominateForm)
        routes.on(.POST, AwardsURL.nominations, action: .nominateForAwards, use: nominate)
    }

    static func rows(_ nominations: [AwardNomination], schemes: [AwardScheme], _ req: Request) async throws -> [AwardRow] {
        let byID = Dictionary(uniqueKeysWithValues: schemes.map { ($0.id, $0) })
        var units: [UUID: LocalizedText] = [:]
        var rows: [AwardRow] = []
        for n in nominations {
            guard let scheme = byID[n.schemeID] else { continue }
            if units[n.nominatingUnitID] == nil {
                let org = try await req.organisations.find(Organisation.ID(n.nominatingUnitID))
                units[n.nominatingUnitID] = LocalizedText(zh: org.nameZh, en: org.nameEn ?? org.nameZh)
            }
            rows.append(AwardRow(nomination: n, scheme: scheme, unitName: units[n.nominatingUnitID] ?? LocalizedText(zh: "", en: "")))
        }
        return rows
    }

    @Sendable func winners(req: Request) async throws -> Response {
        let schemes = try await req.awardSchemes.schemes()
        let rows = try await Self.rows(try await req.awardSchemes.winners(), schemes: schemes, req)
        return PageRenderer.response(AwardsWinnersPage(schemes: schemes, winners: rows).render(PageContext(req)))
    }

    func managePage(_ req: Request, form: String = "", values: [String: String] = [:], errors: [FieldError] = []) async throws -> AwardsManagePage {
        let schemes = try await req.awardSchemes.schemes()
        var nominations: [AwardNomination] = []
        for s in schemes { nominations += try await req.awardSchemes.nominations(scheme: s.id) }
        return AwardsManagePage(schemes: schemes, rows: try await Self.rows(nominations, schemes: schemes, req), form: form, values: values, errors: errors)
    }

    @Sendable func manage(req: Request) async throws -> Response {
        PageRenderer.response(try await managePage(req).render(PageContext(req)))
    }

    /// `code|中文|English` a line.
    static func categories(_ text: String) -> [AwardCategory] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let parts = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 3 else { return parts.allSatisfy(\.isEmpty) ? nil : AwardCategory(code: "", nameZh: "", nameEn: "") }
            return AwardCategory(code: parts[0], nameZh: parts[1], nameEn: parts[2])
        }
    }

    @Sendable func createScheme(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let values = try req.content.decode([String: String].self)
        do {
            let rawYear = (values["year"] ?? "").trimmingCharacters(in: .whitespaces)
            _ = try await req.awardSchemes.createScheme(AwardSchemeInput(nameZh: values["name_zh"] ?? "", nameEn: values["name_en"] ?? "",
                                                                         year: Int(rawYear), categories: Self.categories(values["categories"] ?? "")), by: person)
            return req.redirect(to: AwardsURL.manage, notice: AwardsMsg.awCreated)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await managePage(req, form: "scheme", values: values, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    @Sendable func decide(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let values = try req.content.decode([String: String].self)
        do {
            guard let id = values["nomination_id"].flatMap(UUID.init(uuidString:)), let decision = values["decision"], ["award", "not_award"].contains(decision) else {
                throw DomainError.validation([FieldError(field: "nomination_id", rule: "award_nomination.decision.required",
                                                         message: LocalizedText(zh: "请选择提名和评定结果", en: "Select the nomination and the decision"), basis: .art(12))])
            }
            _ = try await req.awardSchemes.decide(AwardNomination.ID(id), award: decision == "award", note: values["note"] ?? "", by: person)
            return req.redirect(to: AwardsURL.manage, notice: AwardsMsg.awDecided)
        } catch {
            let errors: [FieldError]
            if let fields = formErrors(error) {
                errors = fields
            } else if case DomainError.forbidden(let reason, let basis) = error {
                // An integrity refusal (Art. 60) is shown on the form, with the record.
                errors = [FieldError(field: "nomination_id", rule: "award_nomination.integrity", message: reason, basis: basis)]
            } else { throw error }
            return PageRenderer.response(try await managePage(req, form: "decision", values: values, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    func nominatePage(_ req: Request, values: [String: String] = [:], errors: [FieldError] = []) async throws -> AwardsNominatePage {
        let person = try req.requirePrincipal().person
        let all = try await req.organisations.list(limit: 1000)
        let units = person.roles.contains(.platformAdmin) ? all : all.filter { AwardsAccess.nominatingUnits(of: person).contains($0.id.rawValue) }
        return AwardsNominatePage(schemes: try await req.awardSchemes.schemes(), people: try await req.people.list(as: person, limit: 500),
                                  organisations: all, units: units, values: values, errors: errors)
    }

    @Sendable func nominateForm(req: Request) async throws -> Response {
        PageRenderer.response(try await nominatePage(req).render(PageContext(req)))
    }

    @Sendable func nominate(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let values = try req.content.decode([String: String].self)
        do {
            _ = try await req.awardSchemes.nominate(Self.nominationInput(values), by: person)
            return req.redirect(to: AwardsURL.nominate, notice: AwardsMsg.awNominated)
        } catch {
            let errors: [FieldError]
            if let fields = formErrors(error) {
                errors = fields.map { $0.field == "scheme_id" ? FieldError(field: "category", rule: $0.rule, message: $0.message, basis: $0.basis) : $0 }
            } else if case DomainError.forbidden(let reason, let basis) = error {
                // The nominee is restricted from awards (Art. 60): the record is named on the form.
                errors = [FieldError(field: "nominee", rule: "award_nomination.integrity", message: reason, basis: basis)]
            } else { throw error }
            return PageRenderer.response(try await nominatePage(req, values: values, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    /// `category` = `<scheme id>:<code>`, `nominee` = `person:<id>` or `organisation:<id>`.
    static func nominationInput(_ values: [String: String]) -> AwardNominationInput {
        let category = (values["category"] ?? "").split(separator: ":", maxSplits: 1).map(String.init)
        let nominee = (values["nominee"] ?? "").split(separator: ":", maxSplits: 1).map(String.init)
        return AwardNominationInput(
            schemeID: category.first.flatMap(UUID.init(uuidString:)), categoryCode: category.count > 1 ? category[1] : "",
            nominee: nominee.count == 2 ? UUID(uuidString: nominee[1]).flatMap { IntegritySubject(kind: nominee[0], id: $0) } : nil,
            nominatingUnitID: values["nominating_unit_id"].flatMap(UUID.init(uuidString:)),
            achievementZh: values["achievement_zh"] ?? "", achievementEn: values["achievement_en"] ?? "")
    }
}

extension AwardsAPI: ModuleAPI {
    static func register(on routes: any RoutesBuilder) {
        routes.on(.GET, AwardsAPI.winners, action: .viewAwards, use: { req async throws -> [AwardWinnerJSON] in
            let schemes = try await req.awardSchemes.schemes()
            return try await AwardsRoutes.rows(try await req.awardSchemes.winners(), schemes: schemes, req).map(AwardWinnerJSON.init)
        })
    }

    static var operations: [OpenAPIDocument.Operation] {
        [.init(.GET, AwardsAPI.winners, summary: "Winners of the city's S&T awards and commendations (Art. 12): names, category, nominating unit and contribution; no identity numbers or contact details (public)",
               tag: "awards", response: "AwardWinnerList")]
    }

    static var schemas: [(String, JSONValue)] {
        let string = OpenAPIDocument.string
        return [
            ("AwardWinner", ["type": "object", "properties": [
                "nomination_id": OpenAPIDocument.uuid, "scheme_id": OpenAPIDocument.uuid, "scheme_zh": string, "scheme_en": string, "year": ["type": "integer"],
                "category": string, "category_zh": string, "category_en": string, "nominee_kind": ["type": "string", "enum": ["person", "organisation"]],
                "nominee_name": string, "nominating_unit_zh": string, "nominating_unit_en": string, "achievement_zh": string, "achievement_en": string,
                "article": string,
            ]]),
            ("AwardWinnerList", ["type": "array", "items": OpenAPIDocument.ref("AwardWinner")]),
        ]
    }
}

struct AwardWinnerJSON: Content {
    let nomination_id: UUID
    let scheme_id: UUID
    let scheme_zh: String
    let scheme_en: String
    let year: Int
    let category: String
    let category_zh: String
    let category_en: String
    let nominee_kind: String
    let nominee_name: String
    let nominating_unit_zh: String
    let nominating_unit_en: String
    let achievement_zh: String
    let achievement_en: String
    let article: String

    init(_ r: AwardRow) {
        let n = r.nomination, category = r.scheme.category(n.categoryCode)
        nomination_id = n.id.rawValue; scheme_id = r.scheme.id.rawValue; scheme_zh = r.scheme.nameZh; scheme_en = r.scheme.nameEn; year = r.scheme.year
        self.category = n.categoryCode; category_zh = category?.nameZh ?? ""; category_en = category?.nameEn ?? ""; nominee_kind = n.nominee.kind
        nominee_name = n.nomineeName; nominating_unit_zh = r.unitName.zh; nominating_unit_en = r.unitName.en
        achievement_zh = n.achievementZh; achievement_en = n.achievementEn; article = "12"
    }
}
