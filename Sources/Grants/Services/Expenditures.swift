import FluentKit
import Foundation
import Identity
import KechuangCore
import Projects
import Storage

/// Expenditure lines of funded projects (Art. 50(2)). The institution's research office records
/// them with a PDF receipt; a line on the call's negative list, over its budget category (budget
/// modes only — in lump-sum projects only the negative list applies) or over the project's total is
/// refused citing Art. 50(2), and the refusal is audited. Cross-border lines wait for the programme
/// officer's approval before they count. Object `expenditure`, audited.
public struct Expenditures: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    static let objectType = "expenditure"

    /// The receipt uploaded with a line.
    public struct ReceiptUpload: Sendable {
        public var data: Data
        public var name: String
        public init(data: Data, name: String) {
            self.data = data
            self.name = name
        }
    }

    /// Records a line for `projectID` as the research office of the project's institution.
    public func record(_ projectID: Project.ID, _ input: ExpenditureInput, receipt: ReceiptUpload?, store: any AttachmentStore,
                       by person: Person) async throws -> Expenditure {
        let project = try await GrantProjects(db: db, now: now).find(projectID, as: person, for: .approve)
        try Self.requireRunning(project)
        let at = now()
        var errors = ExpenditureRules.input.violations(of: input, at: at)
        if receipt == nil || receipt?.data.isEmpty == true {
            errors.append(FieldError(field: "receipt", rule: "expenditure.receipt.required",
                message: LocalizedText(zh: "请上传票据（PDF）", en: "Upload the receipt (PDF)"), basis: .art(50, 2)))
        }
        if !errors.isEmpty { throw DomainError.validation(errors) }
        guard let category = input.category, let amount = input.amount, let date = input.date, let payeeKind = input.payeeKind,
              let receipt else { throw DomainError.validation([]) }
        let ledger = try await ExecutionLedger.load(project, on: db)
        let refusals = ExpenditureRules.money(category, amount: amount, date: date, ledger.context)
        if !refusals.isEmpty {
            try await withWriteTransaction(on: db) { tx in
                try await AuditChain.append(AuditEvent(
                    actor: person, action: "expenditure.refused", objectType: "project", objectID: projectID.uuidString,
                    summary: "\(category.rawValue) \(amount) yuan \(date): " + refusals.map(\.rule).joined(separator: ", "),
                    basis: .art(50, 2)), on: tx, at: at)
            }
            throw DomainError.validation(refusals)
        }
        let stored: StoredAttachment
        do {
            stored = try await store.put(receipt.data, originalName: receipt.name)
        } catch let problem as AttachmentProblem {
            throw DomainError.validation([FieldError(field: "receipt", rule: "expenditure.receipt.\(problem.rule)",
                message: LocalizedText(zh: problem.message.zh, en: problem.message.en))])
        }
        return try await withWriteTransaction(on: db) { tx in
            let row = ExpenditureRecord()
            row.id = UUID()
            row.projectID = projectID.rawValue
            row.category = category.rawValue
            row.amount = amount
            row.date = date.description
            row.payeeKind = payeeKind.rawValue
            row.payee = input.payee.trimmingCharacters(in: .whitespacesAndNewlines)
            row.description = input.description.trimmingCharacters(in: .whitespacesAndNewlines)
            row.receiptKey = stored.key
            row.receiptSHA256 = stored.sha256
            row.receiptName = stored.originalName
            row.receiptSize = stored.size
            row.state = (category.isCrossBorder ? ExpenditureState.awaitingApproval : .recorded).rawValue
            row.decisionNote = ""
            row.recordedBy = person.name
            row.version = 1
            row.createdAt = at
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: person, action: category.isCrossBorder ? "expenditure.cross_border_requested" : "expenditure.recorded",
                objectType: Self.objectType, objectID: (try row.requireID()).uuidString,
                summary: "project \(project.number): \(category.rawValue) \(amount) yuan \(date), receipt SHA-256 \(stored.sha256)",
                basis: .art(50, 2)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    /// The programme officer approves or rejects a cross-border line (a note is required to reject).
    public func decideCrossBorder(_ id: Expenditure.ID, approve: Bool, note: String, expectedVersion: Int, by person: Person) async throws -> Expenditure {
        let line = try await Self.row(id.rawValue, on: db).toDomain()
        let project = try await GrantProjects(db: db, now: now).find(line.projectID, as: person, for: .manage)
        let at = now()
        guard line.state == .awaitingApproval else {
            throw DomainError.forbidden(LocalizedText(zh: "该支出不在待审批状态", en: "This line is not awaiting approval"), basis: .art(50, 2))
        }
        if !approve { try ExpenditureRules.decisionNote.validate(note, at: at) }
        if approve {
            // Approval makes it count: it must still fit the project (the budget may have changed).
            let ledger = try await ExecutionLedger.load(project, on: db)
            var context = ledger.context
            context.used -= line.amount
            context.usedByCategory[line.category.budgetCategory, default: 0] -= line.amount
            context.negativeList = []
            let refusals = ExpenditureRules.money(line.category, amount: line.amount, date: line.date, context)
            if !refusals.isEmpty { throw DomainError.validation(refusals) }
        }
        let state: ExpenditureState = approve ? .approved : .rejected
        let trimmed = note.trimmingCharacters(in: .whitespacesAndNewlines)
        return try await withWriteTransaction(on: db) { tx in
            try await OptimisticLock.update(ExpenditureRecord.schema, id: id.rawValue, expectedVersion: expectedVersion, entity: "expenditure", on: tx) {
                $0.set("state", to: state.rawValue).set("decision_note", to: trimmed).set("decided_by", to: person.name).set("decided_at", to: at)
            }
            try await AuditChain.append(AuditEvent(
                actor: person, action: approve ? "expenditure.cross_border_approved" : "expenditure.cross_border_rejected",
                objectType: Self.objectType, objectID: id.uuidString,
                summary: "project \(project.number): \(line.category.rawValue) \(line.amount) yuan" + (trimmed.isEmpty ? "" : ": \(trimmed)"),
                basis: .art(50, 2)), on: tx, at: at)
            return try await Self.row(id.rawValue, on: tx).toDomain()
        }
    }

    // MARK: Reading

    /// A project's lines, oldest first, for anyone who may view the project.
    public func list(_ projectID: Project.ID, as person: Person) async throws -> [Expenditure] {
        let project = try await GrantProjects(db: db, now: now).find(projectID, as: person)
        return try await ExpenditureRecord.query(on: db).filter(\.$projectID == project.id.rawValue).sort(\.$date).sort(\.$createdAt).all()
            .map { try $0.toDomain() }
    }

    /// One line, if `person` may view its project.
    public func find(_ id: Expenditure.ID, as person: Person) async throws -> Expenditure {
        let line = try await Self.row(id.rawValue, on: db).toDomain()
        _ = try await GrantProjects(db: db, now: now).find(line.projectID, as: person)
        return line
    }

    /// Cross-border lines awaiting approval in every project (programme officers).
    public func awaitingApproval(as person: Person) async throws -> [Expenditure] {
        guard !person.roles.isDisjoint(with: ProjectAccess.officerRoles) else { return [] }
        return try await ExpenditureRecord.query(on: db).filter(\.$state == ExpenditureState.awaitingApproval.rawValue).sort(\.$createdAt).all()
            .map { try $0.toDomain() }
    }

    // MARK: Internals

    /// Money moves while the project runs (signed agreement, not yet closed).
    static func requireRunning(_ project: Project) throws {
        guard [.running, .acceptance].contains(project.status) else {
            throw DomainError.forbidden(LocalizedText(
                zh: "项目当前状态（\(project.status.label.zh)）下不能办理经费事项", en: "Money cannot be handled while the project is \(project.status.label.en.lowercased())"),
                basis: .art(50, 2))
        }
    }

    static func row(_ id: UUID, on db: any Database) async throws -> ExpenditureRecord {
        guard let row = try await ExpenditureRecord.find(id, on: db) else { throw DomainError.notFound(entity: "expenditure") }
        return row
    }
}
