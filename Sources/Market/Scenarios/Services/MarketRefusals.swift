import FluentKit
import Foundation
import KechuangCore
import Storage

/// A refusal that cites an article is audited (who, what, which article) before it is thrown,
/// so the page, the API problem and the audit log all name the same basis.
enum MarketRefusals {
    static func refuse(_ errors: [FieldError], by actor: some AuditActing, objectType: String, objectID: UUID,
                       on db: any Database, at: Date) async throws -> DomainError {
        let cited = errors.filter { $0.basis != nil }
        if !cited.isEmpty {
            let who = actor.auditActor
            try await withWriteTransaction(on: db) { tx in
                try await AuditChain.append(AuditEvent(
                    actor: who, action: "market.\(objectType).refused", objectType: objectType, objectID: objectID.uuidString,
                    summary: cited.map { "\($0.rule): \($0.message.en)" }.joined(separator: "; "), basis: cited.first?.basis), on: tx, at: at)
            }
        }
        return DomainError.validation(errors)
    }

    /// Runs a rule book; its violations are audited refusals.
    static func validate<Input>(_ book: RuleBook<Input>, _ input: Input, by actor: some AuditActing, objectType: String, objectID: UUID,
                                on db: any Database, at: Date) async throws {
        let errors = book.violations(of: input, at: at)
        if !errors.isEmpty { throw try await refuse(errors, by: actor, objectType: objectType, objectID: objectID, on: db, at: at) }
    }
}
