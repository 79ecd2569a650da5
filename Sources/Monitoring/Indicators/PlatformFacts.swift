import Enterprise
import FluentKit
import Foundation
import Grants
import Identity
import KechuangCore
import SQLKit

/// The rows of other modules that the computed indicators read, loaded once, read-only, with
/// SQLKit (the columns named in each indicator's formula). Values that cannot be decoded throw a
/// `StoredDataError`: an indicator is never computed from a row read as something else.
struct PlatformFacts: Sendable {
    struct Organisation: Sendable { let district: District; let type: OrganisationType; let uscc: String }
    struct Project: Sendable {
        let programmeID: UUID, year: Int, organisationID: UUID, piID: UUID, amount: Int
        let awardDate: BeijingDay, fundingKind: FundingKind, researchType: ResearchType
        let applicationID: UUID, partnerOrganisations: [UUID]
    }
    struct Usage: Sendable { let instrumentID: UUID, start: Date, end: Date, external: Bool, effective: Bool }
    struct Instrument: Sendable { let district: District, organisationID: UUID }
    struct Redemption: Sendable { let organisationID: UUID, amountFen: Int64, year: Int }
    struct Finding: Sendable { let kind: String, year: Int }

    var organisations: [UUID: Organisation] = [:]
    var zonesOf: [UUID: [String]] = [:]
    var programmes: [UUID: LocalizedText] = [:]
    var birthYears: [UUID: Int] = [:]
    var projects: [Project] = []
    var submittedAt: [UUID: Date] = [:]
    var instruments: [UUID: Instrument] = [:]
    var usage: [Usage] = []
    var redemptions: [Redemption] = []
    var findings: [Finding] = []
    /// Enterprises' declared GB/T 4754 codes by profile year (submitted or verified profiles).
    var industries: [UUID: [Int: String]] = [:]

    /// The industry code an enterprise declared for `year`, or in its latest earlier profile.
    func industry(of organisation: UUID, in year: Int) -> String? {
        guard let byYear = industries[organisation], let y = byYear.keys.filter({ $0 <= year }).max() else { return nil }
        return byYear[y]
    }

    static func bad(_ table: String, _ column: String, _ reason: String) -> StoredDataError {
        StoredDataError(table: table, id: "?", column: column, reason: reason)
    }

    static func load(on db: any Database) async throws -> PlatformFacts {
        guard let sql = db as? any SQLDatabase else { throw bad("-", "-", "not an SQL database") }
        var f = PlatformFacts()
        for row in try await sql.select().columns("id", "district", "type", "uscc").from("id_organisations").all() {
            let id = try row.decode(column: "id", as: UUID.self)
            f.organisations[id] = Organisation(
                district: try StoredValue.decode(District.self, try row.decode(column: "district", as: String.self), table: "id_organisations", id: id, column: "district"),
                type: try StoredValue.decode(OrganisationType.self, try row.decode(column: "type", as: String.self), table: "id_organisations", id: id, column: "type"),
                uscc: try row.decode(column: "uscc", as: String.self))
        }
        for row in try await sql.select().columns("zone_code", "organisation_id").from("mon_zone_members").all() {
            f.zonesOf[try row.decode(column: "organisation_id", as: UUID.self), default: []].append(try row.decode(column: "zone_code", as: String.self))
        }
        for row in try await sql.select().columns("id", "name_zh", "name_en").from("prj_programmes").all() {
            f.programmes[try row.decode(column: "id", as: UUID.self)] = LocalizedText(zh: try row.decode(column: "name_zh", as: String.self),
                                                                                      en: try row.decode(column: "name_en", as: String.self))
        }
        for row in try await sql.select().columns("id", "birth_year").from("id_people").where(SQLIdentifier("birth_year"), .isNot, SQLLiteral.null).all() {
            f.birthYears[try row.decode(column: "id", as: UUID.self)] = try row.decode(column: "birth_year", as: Int.self)
        }
        for row in try await sql.select().columns("id", "submitted_at").from("prj_applications").where(SQLIdentifier("submitted_at"), .isNot, SQLLiteral.null).all() {
            f.submittedAt[try row.decode(column: "id", as: UUID.self)] = try row.decode(column: "submitted_at", as: Date.self)
        }
        for row in try await sql.select().columns("id", "programme_id", "award_year", "organisation_id", "pi_person_id", "awarded_amount", "award_date",
                                                  "funding_kind", "research_type", "application_id", "team_json").from("grt_projects").all() {
            let id = try row.decode(column: "id", as: UUID.self)
            let t = "grt_projects"
            let rawDay = try row.decode(column: "award_date", as: String.self)
            guard let day = BeijingDay(parsing: rawDay) else { throw StoredDataError(table: t, id: id.uuidString, column: "award_date", reason: rawDay) }
            let team: [ProjectMember]
            do { team = try JSONDecoder().decode([ProjectMember].self, from: Data(try row.decode(column: "team_json", as: String.self).utf8)) } catch {
                throw StoredDataError(table: t, id: id.uuidString, column: "team_json", reason: "\(error)")
            }
            f.projects.append(Project(
                programmeID: try row.decode(column: "programme_id", as: UUID.self), year: try row.decode(column: "award_year", as: Int.self),
                organisationID: try row.decode(column: "organisation_id", as: UUID.self), piID: try row.decode(column: "pi_person_id", as: UUID.self),
                amount: try row.decode(column: "awarded_amount", as: Int.self), awardDate: day,
                fundingKind: try StoredValue.decode(FundingKind.self, try row.decode(column: "funding_kind", as: String.self), table: t, id: id, column: "funding_kind"),
                researchType: try StoredValue.decode(ResearchType.self, try row.decode(column: "research_type", as: String.self), table: t, id: id, column: "research_type"),
                applicationID: try row.decode(column: "application_id", as: UUID.self), partnerOrganisations: team.compactMap(\.organisationID)))
        }
        for row in try await sql.select().columns("id", "district", "organisation_id").from("ins_instruments").all() {
            let id = try row.decode(column: "id", as: UUID.self)
            f.instruments[id] = Instrument(
                district: try StoredValue.decode(District.self, try row.decode(column: "district", as: String.self), table: "ins_instruments", id: id, column: "district"),
                organisationID: try row.decode(column: "organisation_id", as: UUID.self))
        }
        for row in try await sql.select().columns("instrument_id", "started_at", "ended_at", "external", "outcome").from("ins_usage").all() {
            let outcome = try row.decode(column: "outcome", as: String.self)
            f.usage.append(Usage(instrumentID: try row.decode(column: "instrument_id", as: UUID.self), start: try row.decode(column: "started_at", as: Date.self),
                                 end: try row.decode(column: "ended_at", as: Date.self), external: try row.decode(column: "external", as: Bool.self),
                                 effective: outcome == "completed" || outcome == "partial"))
        }
        for row in try await sql.select().columns("organisation_id", "amount_fen", "redeemed_on").from("ent_redemptions").all() {
            let day = try row.decode(column: "redeemed_on", as: String.self)
            guard let parsed = BeijingDay(parsing: day) else { throw bad("ent_redemptions", "redeemed_on", day) }
            f.redemptions.append(Redemption(organisationID: try row.decode(column: "organisation_id", as: UUID.self),
                                            amountFen: try row.decode(column: "amount_fen", as: Int64.self), year: parsed.year))
        }
        for row in try await sql.select().columns("finding", "state", "decision_date", "created_at").from("int_records").all() {
            let state = try row.decode(column: "state", as: String.self)
            guard state == "decided" || state == "published" else { continue }
            let date = try row.decode(column: "decision_date", as: Date?.self) ?? row.decode(column: "created_at", as: Date.self)
            f.findings.append(Finding(kind: try row.decode(column: "finding", as: String.self), year: BeijingDay(containing: date).year))
        }
        for row in try await sql.select().columns("id", "organisation_id", "year", "figures_json").from("ent_profiles")
            .where(SQLIdentifier("state"), .in, SQLBind.group(["submitted", "verified"])).all() {
            let id = try row.decode(column: "id", as: UUID.self)
            let figures: ProfileFigures
            do { figures = try JSONDecoder().decode(ProfileFigures.self, from: Data(try row.decode(column: "figures_json", as: String.self).utf8)) } catch {
                throw StoredDataError(table: "ent_profiles", id: id.uuidString, column: "figures_json", reason: "\(error)")
            }
            f.industries[try row.decode(column: "organisation_id", as: UUID.self), default: [:]][try row.decode(column: "year", as: Int.self)] = figures.industryCode
        }
        return f
    }
}
