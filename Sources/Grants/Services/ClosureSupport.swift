import FluentKit
import Foundation
import Identity
import KechuangCore
import Storage

/// What reports, outputs, changes and acceptance share: refusing with an audit entry that cites
/// the article, the agreement's indicators, and the project's people.
enum ClosureSupport {
    /// Records a refusal in the audit log (its own transaction: the refused change writes nothing)
    /// and returns the error to throw. Every refusal of these services goes through here, so the
    /// page, the API problem and the audit entry cite the same article.
    static func refusal(_ message: LocalizedText, basis: LegalBasis, field: String? = nil, rule: String, by acting: some AuditActing,
                        objectType: String, objectID: UUID, on db: any Database, at: Date) async throws -> DomainError {
        let actor = acting.auditActor
        try await withWriteTransaction(on: db) { tx in
            try await AuditChain.append(AuditEvent(
                actor: actor, action: "\(objectType).refused", objectType: objectType, objectID: objectID.uuidString,
                summary: "\(rule): \(message.en)", basis: basis), on: tx, at: at)
        }
        if let field {
            return DomainError.validation([FieldError(field: field, rule: rule, message: message, basis: basis)])
        }
        return DomainError.forbidden(message, basis: basis)
    }

    /// Validation errors that cite an article are refusals too: audited, then thrown as they are.
    static func audited(_ errors: [FieldError], by acting: some AuditActing, objectType: String, objectID: UUID,
                        on db: any Database, at: Date) async throws {
        guard !errors.isEmpty else { return }
        let cited = errors.filter { $0.basis != nil }
        if !cited.isEmpty {
            let actor = acting.auditActor
            try await withWriteTransaction(on: db) { tx in
                try await AuditChain.append(AuditEvent(
                    actor: actor, action: "\(objectType).refused", objectType: objectType, objectID: objectID.uuidString,
                    summary: cited.map { "\($0.rule): \($0.message.en)" }.joined(separator: "; "), basis: cited.first?.basis), on: tx, at: at)
            }
        }
        throw DomainError.validation(errors)
    }

    /// The indicators of the project's task agreement (none before one is drafted).
    static func indicators(of project: Project.ID, on db: any Database) async throws -> [Indicator] {
        try await TaskAgreementRecord.query(on: db).filter(\.$projectID == project.rawValue).first()?.toDomain().indicators ?? []
    }

    /// Lower-cased e-mail addresses of the PI and the team.
    static func people(of project: Project, on db: any Database) async throws -> Set<String> {
        var emails = Set(project.team.map { $0.email.lowercased() }.filter { !$0.isEmpty })
        do {
            emails.insert(try await Directory(db: db).person(project.principalInvestigatorID).email.lowercased())
        } catch DomainError.notFound {}
        return emails
    }

    /// The project, as `viewer` may use it for `action`; the state check is the caller's.
    static func project(_ id: UUID, as viewer: Person, for action: ProjectAccess.Action, db: any Database, now: @escaping @Sendable () -> Date) async throws -> Project {
        try await GrantProjects(db: db, now: now).find(Project.ID(id), as: viewer, for: action)
    }

    static func trimmed(_ s: String) -> String { s.trimmingCharacters(in: .whitespacesAndNewlines) }
}
