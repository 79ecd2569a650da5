import FluentKit
import Foundation
import Identity
import KechuangCore
import Storage

/// Risk monitoring and warning (Art. 65(1)): a run evaluates the warning rules in force over the
/// platform's data and raises a warning per rule and subject, unless one is still open; officers
/// acknowledge and close them with a note. Every step is audited (`warning.*`). Nothing else in
/// the platform reads these warnings: a warning informs and never blocks anything by itself.
public struct RiskWarnings: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    static let basis = LegalBasis.art(65, 1)

    static func forbidden(_ zh: String, _ en: String) -> DomainError { .forbidden(LocalizedText(zh: zh, en: en), basis: basis) }

    public func list(state: WarningState? = nil) async throws -> [RiskWarning] {
        var q = WarningRecord.query(on: db)
        if let state { q = q.filter(\.$state == state.rawValue) }
        let all = try await q.sort(\.$raisedAt, .descending).all().map { try $0.toDomain() }
        return all.sorted { ($0.state.isOpen ? 0 : 1, -$0.severity.rank) < ($1.state.isOpen ? 0 : 1, -$1.severity.rank) }
    }

    public func find(_ id: RiskWarning.ID) async throws -> RiskWarning {
        guard let row = try await WarningRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: "warning") }
        return try row.toDomain()
    }

    /// Evaluates every rule in force and raises the new warnings, in one transaction; the runner owns them until someone acknowledges one.
    @discardableResult
    public func run(by person: Person) async throws -> WarningRun {
        guard WarningAccess.mayRun(person) else { throw Self.forbidden("只有部门工作人员可以运行预警规则", "Only department staff run the warning rules") }
        let at = now()
        let today = BeijingDay(containing: at)
        let facts = try await WarningFacts.load(on: db)
        let inForce = WarningRules.all.filter { at >= $0.effectiveFrom }
        let notEvaluated = inForce.filter { $0.unavailable != nil }.map(\.id)
        let candidates = inForce.filter { $0.unavailable == nil }.flatMap { rule in rule.evaluate(facts, today).map { (rule, $0) } }
        do {
            return try await withWriteTransaction(on: db) { tx in
                let open = Set(try await WarningRecord.query(on: tx).filter(\.$openKey != nil).all().compactMap(\.openKey))
                var raised: [RiskWarning] = [], already = 0
                for (rule, c) in candidates {
                    let key = WarningRecord.openKey(rule: rule.id, type: c.subjectType, subject: c.subjectID)
                    if open.contains(key) { already += 1; continue }
                    let row = WarningRecord()
                    row.id = UUID()
                    row.ruleID = rule.id
                    row.subjectType = c.subjectType
                    row.subjectID = c.subjectID
                    row.subjectLabel = c.subjectLabel
                    row.severity = rule.severity.rawValue
                    row.evidenceZh = c.evidence.zh
                    row.evidenceEn = c.evidence.en
                    row.state = WarningState.open.rawValue
                    row.openKey = key
                    row.ownerID = person.id
                    row.raisedAt = at
                    row.acknowledgement = ""
                    row.closingNote = ""
                    row.version = 1
                    try await row.create(on: tx)
                    try await AuditChain.append(AuditEvent(actor: person, action: "warning.raised", objectType: "monitoring_warning", objectID: try row.requireID().uuidString,
                                                           summary: "\(rule.id) \(c.subjectType) \(c.subjectID) [\(rule.severity.rawValue)]", basis: .article(rule.article)),
                                                on: tx, at: at)
                    raised.append(try row.toDomain())
                }
                try await AuditChain.append(AuditEvent(actor: person, action: "warning.run", objectType: "monitoring_warning_run", objectID: UUID().uuidString,
                                                       summary: "rules \(inForce.count), raised \(raised.count), still open \(already), not evaluated \(notEvaluated.joined(separator: ","))",
                                                       basis: Self.basis), on: tx, at: at)
                return WarningRun(raised: raised, alreadyOpen: already, notEvaluated: notEvaluated)
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // Another run raised the same warning meanwhile: nothing of this run was written.
            throw DomainError.staleVersion(entity: "warning")
        }
    }

    func update(_ id: RiskWarning.ID, expectedVersion: Int, by person: Person, action: String, summary: String,
                _ change: @escaping @Sendable (WarningRecord) throws -> Void) async throws -> RiskWarning {
        let at = now()
        return try await withWriteTransaction(on: db) { tx in
            guard let row = try await WarningRecord.find(id.rawValue, on: tx) else { throw DomainError.notFound(entity: "warning") }
            guard row.version == expectedVersion else { throw DomainError.staleVersion(entity: "warning") }
            try change(row)
            row.version += 1
            try await row.update(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: action, objectType: "monitoring_warning", objectID: id.rawValue.uuidString,
                                                   summary: summary, basis: Self.basis), on: tx, at: at)
            return try row.toDomain()
        }
    }

    /// An officer acknowledges an open warning and becomes its owner.
    @discardableResult
    public func acknowledge(_ id: RiskWarning.ID, note: String, expectedVersion: Int, by person: Person) async throws -> RiskWarning {
        guard WarningAccess.mayRun(person) else { throw Self.forbidden("只有部门工作人员可以确认预警", "Only department staff acknowledge warnings") }
        let warning = try await find(id)
        guard warning.state == .open else {
            throw DomainError.validation([FieldError(field: "note", rule: "warning.acknowledge.state",
                                                     message: LocalizedText(zh: "只有待处理的预警可以确认", en: "Only an open warning can be acknowledged"), basis: Self.basis)])
        }
        let at = now(), text = note.trimmingCharacters(in: .whitespacesAndNewlines), who = person.id
        return try await update(id, expectedVersion: expectedVersion, by: person, action: "warning.acknowledged", summary: "\(warning.ruleID) \(text)") { row in
            row.state = WarningState.acknowledged.rawValue
            row.acknowledgedBy = who
            row.acknowledgedAt = at
            row.acknowledgement = text
            row.ownerID = who
        }
    }

    /// The owner closes a warning with a note saying what was found or done; a later run may raise it again.
    @discardableResult
    public func close(_ id: RiskWarning.ID, note: String, expectedVersion: Int, by person: Person) async throws -> RiskWarning {
        let warning = try await find(id)
        guard WarningAccess.mayClose(person, warning) else { throw Self.forbidden("只有预警负责人可以关闭预警", "Only the warning's owner closes it") }
        let text = note.trimmingCharacters(in: .whitespacesAndNewlines)
        var errors: [FieldError] = []
        if warning.state == .closed {
            errors.append(FieldError(field: "note", rule: "warning.close.state", message: LocalizedText(zh: "该预警已关闭", en: "The warning is already closed"), basis: Self.basis))
        }
        if text.isEmpty {
            errors.append(FieldError(field: "note", rule: "warning.close.note", message: LocalizedText(zh: "请填写关闭说明", en: "Enter the closing note"), basis: Self.basis))
        }
        guard errors.isEmpty else { throw DomainError.validation(errors) }
        let at = now(), who = person.id
        return try await update(id, expectedVersion: expectedVersion, by: person, action: "warning.closed", summary: "\(warning.ruleID) \(text)") { row in
            row.state = WarningState.closed.rawValue
            row.openKey = nil
            row.closedBy = who
            row.closedAt = at
            row.closingNote = text
        }
    }
}
