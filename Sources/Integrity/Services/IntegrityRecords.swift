import FluentKit
import Foundation
import Identity
import KechuangCore
import Storage

/// Integrity records from draft to decision and publication, appeals and credit repair. Every change
/// is one transaction with its audit entry (object `integrity_record`, the record's id); nothing is
/// ever deleted: an upheld appeal or a granted repair changes the record's state and keeps it.
public struct IntegrityRecords: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    static let objectType = "integrity_record"

    // MARK: Officers

    /// Starts a draft. Other modules call this too (e.g. a confirmed duplicate application:
    /// finding `.duplicateApplication`, the PI as subject, both application ids in the description).
    public func draft(_ input: IntegrityRecordInput, by actor: AuditActor) async throws -> IntegrityRecord {
        let at = now()
        try IntegrityRules.record.validate(input, at: at)
        guard let subject = input.subject, let finding = input.finding else { throw DomainError.validation([]) }
        let name = try await subjectName(subject)
        return try await withWriteTransaction(on: db) { tx in
            let row = IntegrityRecordRecord()
            row.id = UUID()
            Self.apply(input, to: row)
            row.subjectName = name
            row.state = IntegrityRecordState.draft.rawValue
            row.version = 1
            row.createdAt = at
            row.updatedAt = at
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: actor, action: "integrity.drafted", objectType: Self.objectType,
                objectID: (try row.requireID()).uuidString, summary: "\(subject.kind) \(name): \(finding.rawValue)", basis: finding.basis), on: tx, at: at)
            return try row.toDomain()
        }
    }

    /// The short form other modules use: subject, finding and description; the officer completes the rest.
    public func draft(subject: IntegritySubject, finding: FindingKind, description: String, by actor: AuditActor) async throws -> IntegrityRecord {
        try await draft(IntegrityRecordInput(subject: subject, finding: finding, description: description), by: actor)
    }

    /// A programme officer confirmed that two applications duplicate each other (Projects' formal
    /// check): a draft "duplicate application" record against the PI, for the integrity officers to
    /// complete and decide. `description` names both applications.
    public func draftDuplicateApplication(person: UUID, personName: String, description: String, by officer: Person) async throws -> IntegrityRecord {
        try await draft(subject: .person(person), finding: .duplicateApplication, description: description,
                        by: officer.auditActor)
    }

    /// Changes a draft (optimistic locking: send the version you read). Decided records are not edited.
    public func update(_ id: IntegrityRecord.ID, _ input: IntegrityRecordInput, expectedVersion: Int, by actor: AuditActor) async throws -> IntegrityRecord {
        let current = try await find(id)
        let id = id.rawValue
        let at = now()
        try IntegrityRules.record.validate(input, at: at)
        guard let subject = input.subject else { throw DomainError.validation([]) }
        let name = current.subject == subject ? current.subjectName : try await subjectName(subject)
        return try await withWriteTransaction(on: db) { tx in
            let before = try await Self.row(id, on: tx)
            guard before.state == IntegrityRecordState.draft.rawValue else {
                throw DomainError.forbidden(LocalizedText(zh: "已作出决定的记录不能修改", en: "A decided record cannot be changed"), basis: .art(60))
            }
            let after = IntegrityRecordRecord()
            Self.apply(input, to: after)
            try await OptimisticLock.update(IntegrityRecordRecord.schema, id: id, expectedVersion: expectedVersion, entity: "integrity_record", on: tx) {
                $0.set("subject_kind", to: after.subjectKind).set("subject_id", to: after.subjectID).set("subject_name", to: name)
                    .set("finding", to: after.finding).set("description", to: after.description).set("deciding_body", to: after.decidingBody)
                    .set("document_number", to: after.documentNumber).set("decision_date", to: after.decisionDate)
                    .set("legal_basis", to: after.legalBasis).set("scope", to: after.scope).set("restricted_from", to: after.restrictedFrom)
                    .set("restricted_until", to: after.restrictedUntil).set("publish", to: after.publish)
                    .set("publish_from", to: after.publishFrom).set("publish_until", to: after.publishUntil).set("updated_at", to: at)
            }
            try await AuditChain.append(AuditEvent(
                actor: actor, action: "integrity.updated", objectType: Self.objectType,
                objectID: id.uuidString, summary: Self.changes(before, after), basis: .art(60)), on: tx, at: at)
            return try await Self.row(id, on: tx).toDomain()
        }
    }

    /// Enters the deciding body's decision: every field the decision needs must be there (Art. 60).
    public func decide(_ id: IntegrityRecord.ID, expectedVersion: Int, by actor: AuditActor) async throws -> IntegrityRecord {
        let record = try await find(id)
        let id = id.rawValue
        let at = now()
        try Self.validate(IntegrityRules.record.violations(of: record.input, at: at) + IntegrityRules.decision.violations(of: record.input, at: at))
        return try await step(.decide, id, expectedVersion: expectedVersion, by: actor, summary: "decided: \(record.documentNumber)")
    }

    /// Publishes a decided record, when the decision provided for publication.
    public func publish(_ id: IntegrityRecord.ID, expectedVersion: Int, by actor: AuditActor) async throws -> IntegrityRecord {
        let record = try await find(id)
        let id = id.rawValue
        try IntegrityRules.publication.validate(record.input, at: now())
        return try await step(.publish, id, expectedVersion: expectedVersion, by: actor,
                              summary: "published \(BeijingDay.format(record.publishFrom))–\(BeijingDay.format(record.publishUntil))")
    }

    // Appeals and credit-repair requests: `IntegrityRecords+Requests.swift`.

    // MARK: Reading

    public func find(_ id: IntegrityRecord.ID) async throws -> IntegrityRecord { try await Self.row(id.rawValue, on: db).toDomain() }

    /// Every record, newest first; `state` narrows the list.
    public func list(state: IntegrityRecordState? = nil) async throws -> [IntegrityRecord] {
        let query = IntegrityRecordRecord.query(on: db)
        if let state { query.filter(\.$state == state.rawValue) }
        return try await query.sort(\.$updatedAt, .descending).all().map { try $0.toDomain() }
    }

    /// What a person sees on their own page: records about them and, for a research office, about
    /// its organisation — decided ones only (drafts stay with the officers).
    public func about(_ person: Person) async throws -> [IntegrityRecord] {
        let subjects = Self.subjects(of: person)
        let rows = try await IntegrityRecordRecord.query(on: db).filter(\.$subjectID ~~ subjects.map(\.id))
            .filter(\.$state != IntegrityRecordState.draft.rawValue).sort(\.$updatedAt, .descending).all()
        let viewer = IntegrityRecordAccess.Viewer(person)
        return try rows.map { try $0.toDomain() }.filter { IntegrityRecordAccess.speaksForSubject(viewer, .init($0, at: now())) }
    }

    /// What the public sees: published records within their publication period.
    public func published(at date: Date) async throws -> [IntegrityRecord] {
        try await IntegrityRecordRecord.query(on: db).filter(\.$state == IntegrityRecordState.published.rawValue).sort(\.$decisionDate, .descending).all()
            .map { try $0.toDomain() }.filter { IntegrityRecordAccess.may(.view, .anonymous, .init($0, at: date)) }
    }

    /// Whom a person speaks for: themself, and the organisations where they are the research office.
    public static func subjects(of person: Person) -> Set<IntegritySubject> {
        Set([.person(person.id)] + person.memberships.filter { $0.role == .researchOffice }.compactMap(\.organisationID).map { .organisation($0) })
    }

    // MARK: Internals

    func subjectName(_ subject: IntegritySubject) async throws -> String {
        let directory = Directory(db: db)
        do {
            switch subject {
            case .person(let id): return try await directory.person(id).name
            case .organisation(let id): return try await directory.organisation(id).nameZh
            }
        } catch DomainError.notFound {
            throw DomainError.validation([FieldError(field: "subject", rule: "integrity.subject.exists",
                message: LocalizedText(zh: "记录对象不存在", en: "There is no such person or organisation"), basis: .art(60))])
        }
    }

    private func step(_ action: IntegrityAction, _ id: UUID, expectedVersion: Int, by actor: AuditActor, summary: String) async throws -> IntegrityRecord {
        let at = now()
        return try await withWriteTransaction(on: db) { tx in
            let before = try await Self.row(id, on: tx).toDomain()
            let record = try await Self.transition(action, id, expectedVersion: expectedVersion, liftAt: nil, at: at, on: tx)
            try await AuditChain.append(AuditEvent(
                actor: actor, action: "integrity.\(action.rawValue)", objectType: Self.objectType,
                objectID: id.uuidString, summary: "\(before.state.rawValue) → \(record.state.rawValue); \(summary)", basis: before.finding.basis),
                on: tx, at: at)
            return record
        }
    }

    /// Moves a record along the workflow table, or refuses with the state it is in.
    static func transition(_ action: IntegrityAction, _ id: UUID, expectedVersion: Int?, liftAt: Date?, at: Date,
                           on tx: any Database) async throws -> IntegrityRecord {
        let row = try await row(id, on: tx)
        let record = try row.toDomain()
        let transition = try allowed(action, record)
        try await OptimisticLock.update(IntegrityRecordRecord.schema, id: id, expectedVersion: expectedVersion ?? record.version, entity: "integrity_record", on: tx) {
            var b = $0.set("updated_at", to: at)
            if let to = transition.to { b = b.set("state", to: to.rawValue) }
            // Whole milliseconds, so that the stored moment is never after `at` on either engine.
            if let liftAt { b = b.set("lifted_at", to: Date(timeIntervalSince1970: (liftAt.timeIntervalSince1970 * 1000).rounded(.down) / 1000)) }
            return b
        }
        return try await Self.row(id, on: tx).toDomain()
    }

    @discardableResult
    static func allowed(_ action: IntegrityAction, _ record: IntegrityRecord) throws -> IntegrityTransition {
        if !record.finding.isMisconduct, IntegrityWorkflow.transitions.contains(where: { $0.action == action && $0.misconductOnly }) {
            throw DomainError.forbidden(LocalizedText(
                zh: "尽职免责（容错）结论不是科研失信，无需申诉或信用修复（第四十八条、第六十四条）",
                en: "A diligent-failure closure is not misconduct: there is nothing to appeal or repair (Art. 48, 64)"), basis: .art(48))
        }
        guard let transition = IntegrityWorkflow.transition(action, from: record.state) else {
            throw DomainError.forbidden(LocalizedText(
                zh: "记录当前状态（\(record.state.label.zh)）下不能执行此操作",
                en: "This cannot be done while the record is \(record.state.label.en.lowercased())"), basis: .art(60))
        }
        return transition
    }

    static func row(_ id: UUID, on db: any Database) async throws -> IntegrityRecordRecord {
        guard let row = try await IntegrityRecordRecord.find(id, on: db) else { throw DomainError.notFound(entity: "integrity_record") }
        return row
    }

    /// The record, if `person` may appeal it (`IntegrityRecordAccess`: they speak for its subject and it
    /// is decided); otherwise it does not exist for them.
    static func owned(_ id: UUID, by person: Person, on db: any Database) async throws -> IntegrityRecord {
        let record = try await row(id, on: db).toDomain()
        let facts = IntegrityRecordAccess.Facts(state: record.state, subject: record.subject, publicNow: false)
        guard IntegrityRecordAccess.may(.appeal, .init(person), facts) else { throw DomainError.notFound(entity: "integrity_record") }
        return record
    }

    static func apply(_ input: IntegrityRecordInput, to row: IntegrityRecordRecord) {
        if let subject = input.subject {
            row.subjectKind = subject.kind
            row.subjectID = subject.id
        }
        row.finding = (input.finding ?? .otherMisconduct).rawValue
        row.description = input.description.trimmingCharacters(in: .whitespacesAndNewlines)
        row.decidingBody = input.decidingBody.trimmingCharacters(in: .whitespacesAndNewlines)
        row.documentNumber = input.documentNumber.trimmingCharacters(in: .whitespacesAndNewlines)
        row.decisionDate = input.decisionDate
        row.legalBasis = input.legalBasis.trimmingCharacters(in: .whitespacesAndNewlines)
        row.scope = IntegrityRecordRecord.scopeString(input.scope)
        row.restrictedFrom = input.restrictedFrom
        row.restrictedUntil = input.restrictedUntil
        row.publish = input.publish
        row.publishFrom = input.publishFrom
        row.publishUntil = input.publishUntil
    }

    static func changes(_ before: IntegrityRecordRecord, _ after: IntegrityRecordRecord) -> String {
        var changed: [String] = []
        if before.subjectID != after.subjectID { changed.append("subject") }
        if before.finding != after.finding { changed.append("finding: \(before.finding) → \(after.finding)") }
        if before.description != after.description { changed.append("description") }
        if before.decidingBody != after.decidingBody { changed.append("deciding_body") }
        if before.documentNumber != after.documentNumber { changed.append("document_number: \(after.documentNumber)") }
        if before.decisionDate != after.decisionDate { changed.append("decision_date") }
        if before.legalBasis != after.legalBasis { changed.append("legal_basis") }
        if before.scope != after.scope { changed.append("scope: \(after.scope)") }
        if before.restrictedFrom != after.restrictedFrom || before.restrictedUntil != after.restrictedUntil {
            changed.append("period: \(BeijingDay.format(after.restrictedFrom))–\(BeijingDay.format(after.restrictedUntil))")
        }
        if before.publish != after.publish || before.publishFrom != after.publishFrom || before.publishUntil != after.publishUntil {
            changed.append("publication: \(after.publish ? "yes" : "no") \(BeijingDay.format(after.publishFrom))–\(BeijingDay.format(after.publishUntil))")
        }
        return changed.isEmpty ? "no change" : changed.joined(separator: "; ")
    }

    static func validate(_ errors: [FieldError]) throws {
        if !errors.isEmpty { throw DomainError.validation(errors) }
    }

    static func trimmed(_ s: String) -> String? {
        let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
        return t.isEmpty ? nil : t
    }
}
