import FluentKit
import Foundation
import Identity
import KechuangCore
import Storage

/// Public consultation (Art. 58): officers draft a plan or policy in articles, publish it for
/// comment between two days, moderate and answer the comments, and publish the response report;
/// an adopted implementing policy then enters the policy library (Art. 75, `adopt`). Every change
/// is one write transaction with its audit entry; every refusal cites its article and the
/// automated ones (outside the comment period, an incomplete report) are audited too.
public struct Consultations: Sendable {
    let db: any Database
    let now: @Sendable () -> Date
    static let entity = "consultation"

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    static func requireOfficer(_ person: Person) throws {
        guard ConsultationAccess.isOfficer(person) else { throw DomainError.notFound(entity: entity) }
    }

    static func trimmed(_ s: String) -> String { s.trimmingCharacters(in: .whitespacesAndNewlines) }
    static func optional(_ s: String) -> String? { trimmed(s).isEmpty ? nil : trimmed(s) }

    // MARK: Drafting and publishing

    public func create(_ input: ConsultationInput, by person: Person) async throws -> Consultation {
        try Self.requireOfficer(person)
        let at = now()
        try ConsultationRules.draft.validate(input, at: at)
        return try await withWriteTransaction(on: db) { tx in
            let row = ConsultationRecord()
            row.id = UUID()
            Self.apply(input, to: row)
            row.state = ConsultationState.draft.rawValue
            row.createdBy = person.id
            row.version = 1
            row.createdAt = at
            row.updatedAt = at
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "consultation.drafted", objectType: Self.entity,
                                                   objectID: (try row.requireID()).uuidString, summary: row.titleZh, basis: .art(58)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    static func apply(_ input: ConsultationInput, to row: ConsultationRecord) {
        row.kind = (input.kind ?? .policy).rawValue
        row.titleZh = trimmed(input.titleZh)
        row.titleEn = optional(input.titleEn)
        row.summaryZh = trimmed(input.summaryZh)
        row.summaryEn = optional(input.summaryEn)
        row.department = trimmed(input.department)
        row.body = trimmed(input.text)
        row.opensOn = input.opens?.description ?? ""
        row.closesOn = input.closes?.description ?? ""
    }

    /// Changes a draft (send the version you read); a published consultation is never changed.
    public func update(_ id: Consultation.ID, _ input: ConsultationInput, expectedVersion: Int, by person: Person) async throws -> Consultation {
        let existing = try await find(id, as: person)
        let at = now()
        guard existing.state == .draft else { throw DomainError.forbidden(ConsultationRules.Refusal.notEditable, basis: .art(58)) }
        try ConsultationRules.draft.validate(input, at: at)
        return try await withWriteTransaction(on: db) { tx in
            let row = ConsultationRecord()
            Self.apply(input, to: row)
            try await OptimisticLock.update(ConsultationRecord.schema, id: id.rawValue, expectedVersion: expectedVersion, entity: Self.entity, on: tx) {
                $0.set("kind", to: row.kind).set("title_zh", to: row.titleZh).set("title_en", to: row.titleEn)
                    .set("summary_zh", to: row.summaryZh).set("summary_en", to: row.summaryEn).set("department", to: row.department)
                    .set("body", to: row.body).set("opens_on", to: row.opensOn).set("closes_on", to: row.closesOn).set("updated_at", to: at)
            }
            try await AuditChain.append(AuditEvent(actor: person, action: "consultation.updated", objectType: Self.entity,
                                                   objectID: id.rawValue.uuidString, summary: row.titleZh, basis: .art(58)), on: tx, at: at)
            return try await Self.load(id, on: tx)
        }
    }

    /// Publishes a draft for comment. Refused when its closing day has passed (Art. 58).
    public func publish(_ id: Consultation.ID, expectedVersion: Int, by person: Person) async throws -> Consultation {
        let existing = try await find(id, as: person)
        let at = now()
        guard existing.state == .draft else { throw DomainError.forbidden(ConsultationRules.Refusal.notEditable, basis: .art(58)) }
        if at >= existing.closesOn.startOfNextDay {
            try await audit(person, "consultation.publish_refused", id, ConsultationRules.Refusal.publishClosed.en, at: at)
            throw DomainError.validation([FieldError(field: "closes_on", rule: "consultation.publish.closed",
                                                     message: ConsultationRules.Refusal.publishClosed, basis: .art(58))])
        }
        return try await withWriteTransaction(on: db) { tx in
            try await OptimisticLock.update(ConsultationRecord.schema, id: id.rawValue, expectedVersion: expectedVersion, entity: Self.entity, on: tx) {
                $0.set("state", to: ConsultationState.published.rawValue).set("published_at", to: at).set("updated_at", to: at)
            }
            try await AuditChain.append(AuditEvent(actor: person, action: "consultation.published", objectType: Self.entity, objectID: id.rawValue.uuidString,
                                                   summary: "\(existing.titleZh) \(existing.opensOn)–\(existing.closesOn)", basis: .art(58)), on: tx, at: at)
            return try await Self.load(id, on: tx)
        }
    }

    /// A refusal in the audit log, in a transaction of its own (the refused change wrote nothing).
    func audit(_ person: Person, _ action: String, _ id: Consultation.ID, _ summary: String, at: Date) async throws {
        try await withWriteTransaction(on: db) { tx in
            try await AuditChain.append(AuditEvent(actor: person, action: action, objectType: Self.entity, objectID: id.rawValue.uuidString,
                                                   summary: summary, basis: .art(58)), on: tx, at: at)
        }
    }

    // MARK: Reading

    static func load(_ id: Consultation.ID, on db: any Database) async throws -> Consultation {
        guard let row = try await ConsultationRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: entity) }
        return try row.toDomain()
    }

    /// A consultation; a draft is not found for anyone but officers.
    public func find(_ id: Consultation.ID, as viewer: Person?) async throws -> Consultation {
        let consultation = try await Self.load(id, on: db)
        guard ConsultationAccess.mayView(consultation, viewer) else { throw DomainError.notFound(entity: Self.entity) }
        return consultation
    }

    /// Published consultations (and, for officers, drafts too), newest opening first.
    public func list(as viewer: Person?, limit: Int = 500) async throws -> [Consultation] {
        let query = ConsultationRecord.query(on: db)
        if !ConsultationAccess.isOfficer(viewer) { query.filter(\.$state != ConsultationState.draft.rawValue) }
        return try await query.sort(\.$opensOn, .descending).sort(\.$createdAt, .descending).limit(limit).all().map { try $0.toDomain() }
    }

    /// Consultations taking comments now, closing soonest first.
    public func open(limit: Int = 20) async throws -> [Consultation] {
        let at = now()
        let today = BeijingDay(containing: at).description
        return try await ConsultationRecord.query(on: db)
            .filter(\.$state == ConsultationState.published.rawValue)
            .filter(\.$opensOn <= today).filter(\.$closesOn >= today)
            .sort(\.$closesOn).limit(limit).all().map { try $0.toDomain() }
    }
}
