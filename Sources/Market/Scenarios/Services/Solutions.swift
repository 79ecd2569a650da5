import FluentKit
import Foundation
import Identity
import KechuangCore
import Review
import Storage

/// Solutions to scenarios (Art. 35): submitted while the batch is open (refused after, citing the
/// article), reviewed by an expert panel chosen with Review's machinery, selected or not by the
/// department with its reason; a selected solution becomes a pilot.
public struct Solutions: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    var batches: ScenarioBatches { ScenarioBatches(db: db, now: now) }
    var panels: MarketPanels { MarketPanels(db: db, now: now) }

    /// Organisation types that may submit: enterprises, institutes, universities, hospitals, new R&D
    /// institutions and service providers (a consortium is led by one of them, partners on the team).
    public static let submitterTypes: Set<OrganisationType> = [.enterprise, .researchInstitute, .university, .newRDInstitution, .hospital, .serviceProvider, .incubator]

    public func submit(to scenarioID: Scenario.ID, _ input: SolutionInput, by person: Person) async throws -> Solution {
        let (scenario, batch) = try await batches.scenario(scenarioID, as: person)
        let at = now()
        if batch.phase(on: BeijingDay(containing: at)) != .open {
            throw try await MarketRefusals.refuse([FieldError(field: "scenario", rule: ScenarioRules.closed.id, message: LocalizedText(
                zh: "「\(batch.titleZh)」征集期为 \(batch.publishedOn?.description ?? "—") 至 \(batch.closesOn)，现已不接受解决方案",
                en: "“\(batch.titleEn.isEmpty ? batch.titleZh : batch.titleEn)” accepted solutions from \(batch.publishedOn?.description ?? "—") to \(batch.closesOn); it no longer does"),
                basis: .art(35))], by: person, objectType: "scenario", objectID: scenarioID.rawValue, on: db, at: at)
        }
        try await MarketRefusals.validate(ScenarioRules.solution, input, by: person, objectType: "scenario", objectID: scenarioID.rawValue, on: db, at: at)
        guard let organisationID = input.organisationID else { throw DomainError.notFound(entity: "organisation") }
        let organisation = try await Directory(db: db).organisation(organisationID)
        guard MarketAccess.maySubmit(MarketAccess.Viewer(person), for: organisationID), Self.submitterTypes.contains(organisation.type) else {
            throw DomainError.validation([FieldError(field: "organisation_id", rule: "solution.organisation.member",
                message: LocalizedText(zh: "只能以本人任职的企业、科研机构或高校名义提交", en: "Submit for an enterprise, institute or university you work for"))])
        }
        if try await SolutionRecord.query(on: db).filter(\.$scenarioID == scenarioID.rawValue).filter(\.$organisationID == organisationID).first() != nil {
            throw DomainError.duplicate(field: "organisation_id", message: LocalizedText(zh: "该单位已就此场景提交过方案", en: "This organisation has submitted a solution to this scenario already"))
        }
        let teamJSON = try MarketJSON.encode(input.team.map { TeamMember(name: $0.name, email: $0.email.lowercased(), role: $0.role) })
        return try await withWriteTransaction(on: db) { tx in
            let row = SolutionRecord()
            row.id = UUID()
            row.scenarioID = scenario.id.rawValue
            row.organisationID = organisationID
            row.submitterID = person.id
            row.title = input.title.trimmingCharacters(in: .whitespacesAndNewlines)
            row.text = input.text
            row.teamJSON = teamJSON
            row.priorDeployments = input.priorDeployments
            row.state = SolutionState.submitted.rawValue
            row.decisionReason = ""
            row.submittedAt = at
            row.version = 1
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "market.solution.submitted", objectType: "solution",
                                                   objectID: try row.requireID().uuidString, summary: "\(organisation.nameZh) → \(scenario.titleZh)", basis: .art(35)), on: tx, at: at)
            return try row.toDomain(organisationName: organisation.nameZh)
        }
    }

    // MARK: Reading

    func load(_ row: SolutionRecord) async throws -> Solution {
        try row.toDomain(organisationName: try await Directory(db: db).organisation(row.organisationID).nameZh)
    }

    /// A solution with its scenario and batch, for those `MarketAccess` lets see it (else not found).
    public func find(_ id: Solution.ID, as viewer: Person) async throws -> (solution: Solution, scenario: Scenario, batch: ScenarioBatch) {
        guard let row = try await SolutionRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: "solution") }
        let solution = try await load(row)
        guard let scenarioRow = try await ScenarioRecord.find(solution.scenarioID.rawValue, on: db) else { throw DomainError.notFound(entity: "scenario") }
        let scenario = try scenarioRow.toDomain()
        let batch = try await batches.record(scenario.batchID, on: db)
        let onPanel = try await panels.isOnPanel(viewer.id, .init(kind: .solution, id: id.rawValue))
        guard MarketAccess.mayViewSolution(MarketAccess.Viewer(viewer), submitter: solution.submitterID, organisation: solution.organisationID,
                                           department: batch.departmentID, onPanel: onPanel) else { throw DomainError.notFound(entity: "solution") }
        return (solution, scenario, batch)
    }

    /// The solutions to a batch's scenarios, for its department.
    public func list(batch id: ScenarioBatch.ID, by person: Person) async throws -> [Solution] {
        _ = try await batches.managed(id, by: person)
        let scenarioIDs = try await ScenarioRecord.query(on: db).filter(\.$batchID == id.rawValue).all().compactMap(\.id)
        var out: [Solution] = []
        if scenarioIDs.isEmpty { return out }
        for row in try await SolutionRecord.query(on: db).filter(\.$scenarioID ~~ scenarioIDs).sort(\.$submittedAt).all() { out.append(try await load(row)) }
        return out
    }

    /// The solutions the person submitted or that their organisations submitted.
    public func mine(_ person: Person) async throws -> [(solution: Solution, scenario: Scenario)] {
        let orgs = Array(MarketAccess.Viewer(person).actsFor)
        let query = SolutionRecord.query(on: db)
        if orgs.isEmpty {
            query.filter(\.$submitterID == person.id)
        } else {
            query.group(.or) { $0.filter(\.$submitterID == person.id).filter(\.$organisationID ~~ orgs) }
        }
        let rows = try await query.sort(\.$submittedAt, .descending).all()
        var out: [(Solution, Scenario)] = []
        for row in rows {
            guard let scenario = try await ScenarioRecord.find(row.scenarioID, on: db) else { continue }
            out.append((try await load(row), try scenario.toDomain()))
        }
        return out
    }

    // MARK: Review and decision

    /// The department has a panel chosen for the solution (Review's machinery; conflicts with the
    /// submitting organisation and the team are computed, not declared).
    public func assignPanel(_ id: Solution.ID, reviewers k: Int, by person: Person) async throws -> (MarketPanel, [PanelReview]) {
        let (solution, scenario, batch) = try await find(id, as: person)
        guard MarketAccess.mayManageBatch(MarketAccess.Viewer(person), department: batch.departmentID) else { throw DomainError.notFound(entity: "solution") }
        guard [.submitted, .reviewing].contains(solution.state) else {
            throw DomainError.validation([FieldError(field: "reviewers", rule: "solution.decided",
                message: LocalizedText(zh: "方案已有结论", en: "The solution is decided"), basis: .art(35))])
        }
        let submitter = try await Directory(db: db).person(solution.submitterID)
        let facts = MarketPanels.Facts(
            title: solution.title, text: [scenario.titleZh, scenario.titleEn, scenario.details.problem, solution.title, solution.text].joined(separator: "\n"),
            discipline: scenario.discipline, people: Set(solution.team.map(\.email) + [submitter.email]),
            organisations: Set([solution.organisationID] + submitter.memberships.compactMap(\.organisationID)))
        let result = try await panels.assign(.init(kind: .solution, id: id.rawValue), facts: facts, reviewers: k, by: person)
        try await setState(id, .reviewing, reason: nil, by: person, action: nil)
        return result
    }

    /// The department selects the solution or not, with its reason (Art. 35); a selected solution
    /// gets its pilot, starting on `pilotStart`.
    public func decide(_ id: Solution.ID, select: Bool, reason: String, pilotStart: BeijingDay?, by person: Person) async throws -> Solution {
        let (solution, _, batch) = try await find(id, as: person)
        guard MarketAccess.mayManageBatch(MarketAccess.Viewer(person), department: batch.departmentID) else { throw DomainError.notFound(entity: "solution") }
        let at = now()
        var errors: [FieldError] = []
        if reason.trimmingCharacters(in: .whitespacesAndNewlines).count < ScenarioRules.minimumReason {
            errors.append(FieldError(field: "reason", rule: ScenarioRules.reason.id, message: LocalizedText(
                zh: "请写明理由（不少于 \(ScenarioRules.minimumReason) 个字）", en: "Give the reason (at least \(ScenarioRules.minimumReason) characters)"), basis: .art(35)))
        }
        if select && pilotStart == nil {
            errors.append(FieldError(field: "pilot_start", rule: "solution.pilot.start",
                message: LocalizedText(zh: "请填写试点开始日期（如 2027-04-01）", en: "Enter the pilot's start date (e.g. 2027-04-01)")))
        }
        if [.selected, .notSelected].contains(solution.state) {
            errors.append(FieldError(field: "reason", rule: "solution.decided", message: LocalizedText(zh: "方案已有结论", en: "The solution is decided already")))
        }
        if !errors.isEmpty { throw try await MarketRefusals.refuse(errors, by: person, objectType: "solution", objectID: id.rawValue, on: db, at: at) }
        try await setState(id, select ? .selected : .notSelected, reason: reason, by: person, action: select ? "market.solution.selected" : "market.solution.not_selected",
                           pilotStart: select ? pilotStart : nil)
        return try await find(id, as: person).solution
    }

    private func setState(_ id: Solution.ID, _ state: SolutionState, reason: String?, by person: Person, action: String?, pilotStart: BeijingDay? = nil) async throws {
        let at = now()
        try await withWriteTransaction(on: db) { tx in
            guard let row = try await SolutionRecord.find(id.rawValue, on: tx) else { throw DomainError.notFound(entity: "solution") }
            row.state = state.rawValue
            if let reason {
                row.decisionReason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
                row.decidedAt = at
                row.decidedBy = person.id
            }
            row.version += 1
            try await row.update(on: tx)
            if let pilotStart {
                let pilot = PilotRecord()
                pilot.id = UUID()
                pilot.solutionID = id.rawValue
                pilot.startOn = pilotStart.description
                pilot.milestonesJSON = "[]"
                pilot.outcome = ""
                pilot.updatedAt = at
                pilot.version = 1
                try await pilot.create(on: tx)
            }
            if let action {
                try await AuditChain.append(AuditEvent(actor: person, action: action, objectType: "solution", objectID: id.uuidString,
                                                       summary: reason ?? "", basis: .art(35)), on: tx, at: at)
            }
        }
    }
}
