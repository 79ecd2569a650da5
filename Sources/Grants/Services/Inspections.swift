import FluentKit
import Foundation
import Identity
import KechuangCore
import Storage

/// The one inspection plan (Art. 50(3)): every inspection, audit and evaluation of a project or an
/// institution, by any body, on one calendar. An entry that repeats one already on the plan (same
/// target, a scope in common, within 12 months) is refused, pointing to that entry, whose findings
/// are shared with every later body. Every entry, refusal and finding is audited (object
/// `inspection`).
public struct Inspections: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    static let objectType = "inspection"

    /// What the plan needs to know about a target: its name and its institution.
    public struct TargetFacts: Sendable, Equatable {
        public var name: String
        public var organisationID: UUID
        public init(name: String, organisationID: UUID) {
            self.name = name
            self.organisationID = organisationID
        }
    }

    /// Enters an inspection. Refused with `DomainError.validation` citing Art. 50(3) when it
    /// repeats an entry already on the plan; the refusal is audited too.
    public func plan(_ input: InspectionInput, by person: Person) async throws -> Inspection {
        guard InspectionAccess.Viewer(person).isBody else { throw DomainError.notFound(entity: "inspection") }
        let at = now()
        try InspectionRules.input.validate(input, at: at)
        guard let kind = input.kind, let body = input.body, let target = input.target, let start = input.periodStart,
              let end = input.periodEnd else { throw DomainError.validation([]) }
        let facts = try await targetFacts(target)
        enum Outcome: Sendable { case entered(Inspection), repeats(Inspection) }
        let outcome: Outcome = try await withWriteTransaction(on: db) { tx in
            let existing = try await InspectionRecord.query(on: tx).filter(\.$targetID == target.id).all().map { try $0.toDomain() }
            if let earlier = existing.sorted(by: { $0.periodStart < $1.periodStart })
                .first(where: { InspectionRules.repeats(target: target, scopes: input.scopes, start: start, end: end, existing: $0) }) {
                try await AuditChain.append(AuditEvent(
                    actor: person, action: "inspection.refused", objectType: Self.objectType, objectID: earlier.id.uuidString,
                    summary: "\(body.rawValue) \(input.bodyName): \(target.kind) \(facts.name) \(InspectionRecord.scopeString(input.scopes)) \(start)–\(end) repeats \(earlier.id.uuidString)",
                    basis: .art(50, 3)), on: tx, at: at)
                return .repeats(earlier)
            }
            let row = InspectionRecord()
            row.id = UUID()
            row.kind = kind.rawValue
            row.body = body.rawValue
            row.bodyName = input.bodyName.trimmingCharacters(in: .whitespacesAndNewlines)
            row.targetKind = target.kind
            row.targetID = target.id
            row.targetName = facts.name
            row.organisationID = facts.organisationID
            row.scopes = InspectionRecord.scopeString(input.scopes)
            row.periodStart = start.description
            row.periodEnd = end.description
            row.title = input.title.trimmingCharacters(in: .whitespacesAndNewlines)
            row.findings = ""
            row.enteredBy = person.name
            row.version = 1
            row.createdAt = at
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: person, action: "inspection.planned", objectType: Self.objectType, objectID: (try row.requireID()).uuidString,
                summary: "\(kind.rawValue) by \(body.rawValue) \(row.bodyName): \(target.kind) \(facts.name) \(row.scopes) \(start)–\(end)",
                basis: .art(50, 3)), on: tx, at: at)
            return .entered(try row.toDomain())
        }
        switch outcome {
        case .entered(let inspection): return inspection
        case .repeats(let earlier): throw DomainError.validation([InspectionRules.repeatRefusal(earlier)])
        }
    }

    /// Records the findings, which every later body then reads (Art. 50(3)). Optimistic locking.
    public func recordFindings(_ id: Inspection.ID, _ text: String, expectedVersion: Int, by person: Person) async throws -> Inspection {
        let inspection = try await find(id, as: person, for: .change)
        let at = now()
        try InspectionRules.findingsText.validate(text, at: at)
        let findings = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return try await withWriteTransaction(on: db) { tx in
            try await OptimisticLock.update(InspectionRecord.schema, id: id.rawValue, expectedVersion: expectedVersion, entity: "inspection", on: tx) {
                $0.set("findings", to: findings).set("findings_at", to: at).set("findings_by", to: person.name)
            }
            try await AuditChain.append(AuditEvent(
                actor: person, action: "inspection.findings", objectType: Self.objectType, objectID: id.uuidString,
                summary: "findings recorded (\(findings.count) characters) for \(inspection.target.kind) \(inspection.targetName)", basis: .art(50, 3)),
                on: tx, at: at)
            return try await Self.row(id.rawValue, on: tx).toDomain()
        }
    }

    // MARK: Reading

    /// The entry, if `person` may do `action` with it (`InspectionAccess`); otherwise it does not exist for them.
    public func find(_ id: Inspection.ID, as person: Person, for action: InspectionAccess.Action = .view) async throws -> Inspection {
        let inspection = try await Self.row(id.rawValue, on: db).toDomain()
        guard InspectionAccess.may(action, .init(person), organisation: inspection.organisationID) else {
            throw DomainError.notFound(entity: "inspection")
        }
        return inspection
    }

    /// The plan as `person` may read it: every entry for a body, the entries concerning its
    /// institutions for a research office. `year` keeps entries whose period touches that year;
    /// `organisation` keeps one institution's.
    public func plan(as person: Person, year: Int? = nil, organisation: UUID? = nil) async throws -> [Inspection] {
        let viewer = InspectionAccess.Viewer(person)
        let query = InspectionRecord.query(on: db)
        if let organisation { query.filter(\.$organisationID == organisation) }
        if !viewer.isBody { query.filter(\.$organisationID ~~ Array(viewer.researchOfficeOf)) }
        if let year {
            query.filter(\.$periodStart <= String(format: "%04d-12-31", year)).filter(\.$periodEnd >= String(format: "%04d-01-01", year))
        }
        return try await query.sort(\.$periodStart).sort(\.$createdAt).all().map { try $0.toDomain() }
            .filter { InspectionAccess.may(.view, viewer, organisation: $0.organisationID) }
    }

    /// Every entry about the same target, oldest first: the findings a later body reads before it plans.
    public func history(of target: InspectionTarget, as person: Person) async throws -> [Inspection] {
        let viewer = InspectionAccess.Viewer(person)
        return try await InspectionRecord.query(on: db).filter(\.$targetID == target.id).sort(\.$periodStart).all()
            .map { try $0.toDomain() }.filter { $0.target == target && InspectionAccess.may(.view, viewer, organisation: $0.organisationID) }
    }

    // MARK: Internals

    /// The target's name and institution; a target that does not exist is a field error.
    public func targetFacts(_ target: InspectionTarget) async throws -> TargetFacts {
        do {
            switch target {
            case .institution(let id):
                let organisation = try await Directory(db: db).organisation(id)
                return TargetFacts(name: organisation.nameZh, organisationID: id)
            case .project(let id):
                let project = try await GrantProjects.find(Project.ID(id), on: db)
                return TargetFacts(name: "\(project.number) \(project.titleZh)", organisationID: project.organisationID)
            }
        } catch DomainError.notFound {
            throw DomainError.validation([FieldError(field: "target", rule: "inspection.target.exists",
                message: LocalizedText(zh: "检查对象不存在", en: "There is no such project or institution"), basis: .art(50, 3))])
        }
    }

    static func row(_ id: UUID, on db: any Database) async throws -> InspectionRecord {
        guard let row = try await InspectionRecord.find(id, on: db) else { throw DomainError.notFound(entity: "inspection") }
        return row
    }
}
