import FluentKit
import Foundation
import Grants
import KechuangCore
import SQLKit

/// The rows of other modules the warning rules read, loaded once, read-only, with SQLKit. A value
/// that cannot be decoded throws a `StoredDataError`: no warning is computed from a misread row,
/// and a rule that cannot run raises nothing rather than guessing.
public struct WarningFacts: Sendable {
    public struct Project: Sendable {
        public let id: UUID, number: String, titleZh: String, titleEn: String, programmeID: UUID, piID: UUID, organisationID: UUID, awarded: Int
    }
    public struct Finding: Sendable { public let organisationID: UUID, year: Int }

    public var projects: [Project] = []
    /// The agreement's tranches and milestones of each project that has an agreement.
    public var terms: [UUID: AgreementTerms] = [:]
    /// Milestones reported done, per project.
    public var milestonesDone: [UUID: Set<UUID>] = [:]
    /// Expenditure that counts as spent (recorded or approved), per project, in yuan.
    public var spent: [UUID: Int] = [:]
    public var findings: [Finding] = []
    public var personNames: [UUID: String] = [:]
    public var organisationNames: [UUID: String] = [:]
    public var programmeNames: [UUID: String] = [:]

    public init() {}

    static func decodeJSON<T: Decodable>(_ type: T.Type, _ raw: String, table: String, id: UUID, column: String) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do { return try decoder.decode(type, from: Data(raw.utf8)) } catch {
            throw StoredDataError(table: table, id: id.uuidString, column: column, reason: "\(error)")
        }
    }

    public static func load(on db: any Database) async throws -> WarningFacts {
        guard let sql = db as? any SQLDatabase else { throw StoredDataError(table: "-", id: "?", column: "-", reason: "not an SQL database") }
        var f = WarningFacts()
        for row in try await sql.select().columns("id", "number", "title_zh", "title_en", "programme_id", "pi_person_id", "organisation_id", "awarded_amount")
            .from("grt_projects").all() {
            f.projects.append(Project(id: try row.decode(column: "id", as: UUID.self), number: try row.decode(column: "number", as: String.self),
                                      titleZh: try row.decode(column: "title_zh", as: String.self), titleEn: try row.decode(column: "title_en", as: String.self),
                                      programmeID: try row.decode(column: "programme_id", as: UUID.self), piID: try row.decode(column: "pi_person_id", as: UUID.self),
                                      organisationID: try row.decode(column: "organisation_id", as: UUID.self), awarded: try row.decode(column: "awarded_amount", as: Int.self)))
        }
        for row in try await sql.select().columns("project_id", "terms_json").from("grt_task_agreements").all() {
            let project = try row.decode(column: "project_id", as: UUID.self)
            f.terms[project] = try decodeJSON(AgreementTerms.self, try row.decode(column: "terms_json", as: String.self), table: "grt_task_agreements", id: project, column: "terms_json")
        }
        for row in try await sql.select().columns("project_id", "milestone_id").from("grt_tranche_milestones").all() {
            f.milestonesDone[try row.decode(column: "project_id", as: UUID.self), default: []].insert(try row.decode(column: "milestone_id", as: UUID.self))
        }
        for row in try await sql.select().columns("id", "project_id", "amount", "state").from("grt_expenditures").all() {
            let id = try row.decode(column: "id", as: UUID.self)
            let state = try StoredValue.decode(ExpenditureState.self, try row.decode(column: "state", as: String.self), table: "grt_expenditures", id: id, column: "state")
            guard state.counts else { continue }
            f.spent[try row.decode(column: "project_id", as: UUID.self), default: 0] += try row.decode(column: "amount", as: Int.self)
        }
        for row in try await sql.select().columns("subject_kind", "subject_id", "state", "decision_date", "created_at").from("int_records").all() {
            let state = try row.decode(column: "state", as: String.self)
            guard state == "decided" || state == "published", try row.decode(column: "subject_kind", as: String.self) == "organisation" else { continue }
            let date = try row.decode(column: "decision_date", as: Date?.self) ?? row.decode(column: "created_at", as: Date.self)
            f.findings.append(Finding(organisationID: try row.decode(column: "subject_id", as: UUID.self), year: BeijingDay(containing: date).year))
        }
        for row in try await sql.select().columns("id", "name").from("id_people").all() {
            f.personNames[try row.decode(column: "id", as: UUID.self)] = try row.decode(column: "name", as: String.self)
        }
        for row in try await sql.select().columns("id", "name_zh").from("id_organisations").all() {
            f.organisationNames[try row.decode(column: "id", as: UUID.self)] = try row.decode(column: "name_zh", as: String.self)
        }
        for row in try await sql.select().columns("id", "name_zh").from("prj_programmes").all() {
            f.programmeNames[try row.decode(column: "id", as: UUID.self)] = try row.decode(column: "name_zh", as: String.self)
        }
        return f
    }
}
