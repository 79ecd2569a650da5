import FluentKit
import Foundation
import Identity
import KechuangCore
import Storage

/// Scenario demand lists (Art. 35): a department drafts a batch, adds scenarios, publishes it; the
/// public reads published batches; solutions are accepted from publication through closing day.
public struct ScenarioBatches: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    var today: BeijingDay { BeijingDay(containing: now()) }

    // MARK: Department

    public func create(_ input: ScenarioBatchInput, by person: Person) async throws -> ScenarioBatch {
        let at = now()
        try await MarketRefusals.validate(ScenarioRules.batch, input, by: person, objectType: "scenario_batch", objectID: input.departmentID ?? UUID(), on: db, at: at)
        guard let department = input.departmentID, let closesOn = input.closesOn else { throw DomainError.notFound(entity: "department") }
        guard MarketAccess.mayManageBatch(MarketAccess.Viewer(person), department: department) else {
            throw DomainError.validation([FieldError(field: "department_id", rule: "scenario.batch.department.staff",
                message: LocalizedText(zh: "只能以本人所在部门的名义发布", en: "You can publish only for a department you work in"))])
        }
        let name = try await Directory(db: db).organisation(department).nameZh
        return try await withWriteTransaction(on: db) { tx in
            let row = ScenarioBatchRecord()
            row.id = UUID()
            row.departmentID = department
            row.titleZh = input.titleZh.trimmingCharacters(in: .whitespacesAndNewlines)
            row.titleEn = input.titleEn.trimmingCharacters(in: .whitespacesAndNewlines)
            row.summary = input.summary
            row.closesOn = closesOn.description
            row.createdBy = person.id
            row.createdAt = at
            row.updatedAt = at
            row.version = 1
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "market.scenario_batch.created", objectType: "scenario_batch",
                                                   objectID: try row.requireID().uuidString, summary: row.titleZh, basis: .art(35)), on: tx, at: at)
            return try row.toDomain(departmentName: name)
        }
    }

    /// Adds a scenario to a batch that is not yet published.
    public func addScenario(to id: ScenarioBatch.ID, _ input: ScenarioInput, by person: Person) async throws -> Scenario {
        let batch = try await managed(id, by: person)
        let at = now()
        try await MarketRefusals.validate(ScenarioRules.scenario, input, by: person, objectType: "scenario_batch", objectID: id.rawValue, on: db, at: at)
        guard batch.publishedOn == nil else {
            throw DomainError.validation([FieldError(field: "title_zh", rule: "scenario.batch.published",
                message: LocalizedText(zh: "清单已发布，不能再增加场景；请另建一批", en: "The list is published: add scenarios to a new list"), basis: .art(35))])
        }
        let detailsJSON = try MarketJSON.encode(input.details)
        return try await withWriteTransaction(on: db) { tx in
            let position = (try await ScenarioRecord.query(on: tx).filter(\.$batchID == id.rawValue).max(\.$position) ?? 0) + 1
            let row = ScenarioRecord()
            row.id = UUID()
            row.batchID = id.rawValue
            row.position = position
            row.titleZh = input.titleZh.trimmingCharacters(in: .whitespacesAndNewlines)
            row.titleEn = input.titleEn.trimmingCharacters(in: .whitespacesAndNewlines)
            row.discipline = input.discipline.trimmingCharacters(in: .whitespaces).uppercased()
            row.detailsJSON = detailsJSON
            row.createdAt = at
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "market.scenario.added", objectType: "scenario_batch",
                                                   objectID: id.uuidString, summary: "\(position). \(row.titleZh)", basis: .art(35)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    /// Publishes the batch today; it needs at least one scenario and a closing day not before today.
    public func publish(_ id: ScenarioBatch.ID, by person: Person) async throws -> ScenarioBatch {
        let batch = try await managed(id, by: person)
        let at = now()
        var errors: [FieldError] = []
        if batch.publishedOn != nil {
            errors.append(FieldError(field: "publish", rule: "scenario.batch.published", message: LocalizedText(zh: "清单已发布", en: "The list is published already")))
        }
        if try await ScenarioRecord.query(on: db).filter(\.$batchID == id.rawValue).count() == 0 {
            errors.append(FieldError(field: "publish", rule: "scenario.batch.empty",
                message: LocalizedText(zh: "清单至少要有一个场景", en: "The list needs at least one scenario"), basis: .art(35)))
        }
        if batch.closesOn < today {
            errors.append(FieldError(field: "publish", rule: "scenario.batch.closes_past",
                message: LocalizedText(zh: "截止日期已过，无法发布", en: "The closing date has passed"), basis: .art(35)))
        }
        if !errors.isEmpty { throw try await MarketRefusals.refuse(errors, by: person, objectType: "scenario_batch", objectID: id.rawValue, on: db, at: at) }
        let day = today
        return try await withWriteTransaction(on: db) { tx in
            guard let row = try await ScenarioBatchRecord.find(id.rawValue, on: tx), row.publishedOn == nil else { throw DomainError.staleVersion(entity: "scenario batch") }
            row.publishedOn = day.description
            row.updatedAt = at
            row.version += 1
            try await row.update(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "market.scenario_batch.published", objectType: "scenario_batch",
                                                   objectID: id.uuidString, summary: "\(row.titleZh): open \(day) – \(row.closesOn)", basis: .art(35)), on: tx, at: at)
            return try row.toDomain(departmentName: batch.departmentName)
        }
    }

    // MARK: Reading

    func record(_ id: ScenarioBatch.ID, on db: any Database) async throws -> ScenarioBatch {
        guard let row = try await ScenarioBatchRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: "scenario batch") }
        return try row.toDomain(departmentName: try await Directory(db: db).organisation(row.departmentID).nameZh)
    }

    /// A batch the person manages (else not found).
    public func managed(_ id: ScenarioBatch.ID, by person: Person) async throws -> ScenarioBatch {
        let batch = try await record(id, on: db)
        guard MarketAccess.mayManageBatch(MarketAccess.Viewer(person), department: batch.departmentID) else { throw DomainError.notFound(entity: "scenario batch") }
        return batch
    }

    /// A batch with its scenarios: the public sees published ones, the department its drafts too.
    public func find(_ id: ScenarioBatch.ID, as viewer: Person?) async throws -> (batch: ScenarioBatch, scenarios: [Scenario]) {
        let batch = try await record(id, on: db)
        guard MarketAccess.mayViewBatch(MarketAccess.Viewer(viewer), department: batch.departmentID, isPublic: batch.isPublic(on: today)) else {
            throw DomainError.notFound(entity: "scenario batch")
        }
        return (batch, try await scenarios(of: id))
    }

    public func scenarios(of id: ScenarioBatch.ID) async throws -> [Scenario] {
        try await ScenarioRecord.query(on: db).filter(\.$batchID == id.rawValue).sort(\.$position).all().map { try $0.toDomain() }
    }

    /// One scenario with its batch, under the batch's visibility.
    public func scenario(_ id: Scenario.ID, as viewer: Person?) async throws -> (scenario: Scenario, batch: ScenarioBatch) {
        guard let row = try await ScenarioRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: "scenario") }
        let scenario = try row.toDomain()
        return (scenario, try await find(scenario.batchID, as: viewer).batch)
    }

    /// Published batches, newest publication first.
    public func published() async throws -> [ScenarioBatch] {
        let day = today
        return try await all().filter { $0.isPublic(on: day) }.sorted { ($0.publishedOn?.description ?? "", $0.titleZh) > ($1.publishedOn?.description ?? "", $1.titleZh) }
    }

    /// The batches the person manages (the admin: all), newest first.
    public func managed(by person: Person) async throws -> [ScenarioBatch] {
        let viewer = MarketAccess.Viewer(person)
        return try await all().filter { MarketAccess.mayManageBatch(viewer, department: $0.departmentID) }.sorted { $0.createdAt > $1.createdAt }
    }

    func all() async throws -> [ScenarioBatch] {
        let directory = Directory(db: db)
        var names: [UUID: String] = [:]
        var out: [ScenarioBatch] = []
        for row in try await ScenarioBatchRecord.query(on: db).all() {
            if names[row.departmentID] == nil { names[row.departmentID] = try await directory.organisation(row.departmentID).nameZh }
            out.append(try row.toDomain(departmentName: names[row.departmentID] ?? ""))
        }
        return out
    }
}
