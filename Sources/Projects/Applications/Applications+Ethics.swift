import FluentKit
import Foundation
import Identity
import Integrity
import KechuangCore
import Storage

extension Applications {
    /// The ethics approval an application cites for the sensitive areas it declares, checked
    /// against the ethics registry (`EthicsRegistry.check`, Art. 61): it exists, comes from a
    /// committee of the applying organisation, is valid today and covers every declared area; at
    /// award also the expert re-review of a listed high-risk activity. An application that
    /// declares no sensitive area needs no approval. At submission a missing number is the form's
    /// own problem (`application.ethics.approval`), so it is not reported twice.
    public func ethicsProblems(_ application: GrantApplication, stage: EthicsCheckStage) async throws -> [FieldError] {
        guard !application.sensitiveAreas.isEmpty else { return [] }
        let number = application.ethicsApprovalNumber.trimmingCharacters(in: .whitespacesAndNewlines)
        if stage == .submission && number.isEmpty { return [] }
        return try await EthicsRegistry(db: db, now: now).check(
            approvalNumber: number, areas: application.sensitiveAreas, institutions: [application.organisationID], at: now(), stage: stage)
    }

    /// A submission refused on ethics grounds is written to the audit log with Art. 61.
    func auditEthicsRefusal(_ application: GrantApplication, _ problems: [FieldError], by pi: Person) async throws {
        let ethics = problems.filter { $0.field == "ethics" && $0.basis != nil }
        guard let basis = ethics.first?.basis else { return }
        _ = try await withWriteTransaction(on: db) { tx in
            try await AuditChain.append(AuditEvent(
                actor: pi, action: "application.submit_refused", objectType: "application", objectID: application.id.rawValue.uuidString,
                summary: ethics.map { "\($0.rule) (\($0.basis?.text(in: .zh) ?? ""), \($0.basis?.text(in: .en) ?? "")): \($0.message.zh) / \($0.message.en)" }
                    .joined(separator: "; ") + " · 批件 approval: \(application.ethicsApprovalNumber)",
                basis: basis), on: tx, at: now())
        }
    }
}
