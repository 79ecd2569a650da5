import FluentKit
import Foundation
import Identity
import KechuangCore
import Storage

/// The pilot of a selected solution (Art. 35): the department tracks its start, milestones and
/// outcome, then publishes it; the public reads published pilots.
public struct Pilots: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    public struct Published: Sendable {
        public let pilot: Pilot
        public let solution: Solution
        public let scenario: Scenario
        public let batch: ScenarioBatch
    }

    /// The pilot of a solution the viewer may see, if it was selected.
    public func pilot(of id: Solution.ID, as viewer: Person) async throws -> Pilot? {
        _ = try await Solutions(db: db, now: now).find(id, as: viewer)
        return try await PilotRecord.query(on: db).filter(\.$solutionID == id.rawValue).first()?.toDomain()
    }

    /// The department records where the pilot stands.
    public func record(_ id: Solution.ID, startOn: BeijingDay?, milestones: [PilotMilestone], outcome: String, by person: Person) async throws -> Pilot {
        let (_, _, batch) = try await Solutions(db: db, now: now).find(id, as: person)
        guard MarketAccess.mayManageBatch(MarketAccess.Viewer(person), department: batch.departmentID) else { throw DomainError.notFound(entity: "pilot") }
        guard let startOn else {
            throw DomainError.validation([FieldError(field: "start_on", rule: "pilot.start",
                message: LocalizedText(zh: "请填写试点开始日期（如 2027-04-01）", en: "Enter the pilot's start date (e.g. 2027-04-01)"))])
        }
        let at = now()
        let json = try MarketJSON.encode(milestones)
        return try await withWriteTransaction(on: db) { tx in
            guard let row = try await PilotRecord.query(on: tx).filter(\.$solutionID == id.rawValue).first() else { throw DomainError.notFound(entity: "pilot") }
            row.startOn = startOn.description
            row.milestonesJSON = json
            row.outcome = outcome.trimmingCharacters(in: .whitespacesAndNewlines)
            row.updatedAt = at
            row.version += 1
            try await row.update(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "market.pilot.recorded", objectType: "solution", objectID: id.uuidString,
                summary: "start \(startOn); \(milestones.filter(\.done).count)/\(milestones.count) milestones done", basis: .art(35)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    /// Publishes the pilot once its outcome is recorded.
    public func publish(_ id: Solution.ID, by person: Person) async throws -> Pilot {
        let (_, _, batch) = try await Solutions(db: db, now: now).find(id, as: person)
        guard MarketAccess.mayManageBatch(MarketAccess.Viewer(person), department: batch.departmentID),
              let current = try await PilotRecord.query(on: db).filter(\.$solutionID == id.rawValue).first() else { throw DomainError.notFound(entity: "pilot") }
        let at = now()
        if current.outcome.isEmpty {
            throw try await MarketRefusals.refuse([FieldError(field: "outcome", rule: ScenarioRules.pilotOutcome.id, message: ScenarioRules.pilotOutcome.message, basis: .art(35))],
                                                  by: person, objectType: "solution", objectID: id.rawValue, on: db, at: at)
        }
        return try await withWriteTransaction(on: db) { tx in
            guard let row = try await PilotRecord.query(on: tx).filter(\.$solutionID == id.rawValue).first() else { throw DomainError.notFound(entity: "pilot") }
            row.publishedAt = row.publishedAt ?? at
            row.version += 1
            try await row.update(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "market.pilot.published", objectType: "solution", objectID: id.uuidString,
                                                   summary: row.outcome, basis: .art(35)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    /// Published pilots, newest first, with what they came from.
    public func published() async throws -> [Published] {
        let batches = ScenarioBatches(db: db, now: now)
        let solutions = Solutions(db: db, now: now)
        var out: [Published] = []
        for row in try await PilotRecord.query(on: db).filter(\.$publishedAt != nil).sort(\.$publishedAt, .descending).all() {
            guard let solutionRow = try await SolutionRecord.find(row.solutionID, on: db),
                  let scenarioRow = try await ScenarioRecord.find(solutionRow.scenarioID, on: db) else { continue }
            let scenario = try scenarioRow.toDomain()
            out.append(Published(pilot: try row.toDomain(), solution: try await solutions.load(solutionRow), scenario: scenario,
                                 batch: try await batches.record(scenario.batchID, on: db)))
        }
        return out
    }
}
