import FluentKit
import Foundation
import Identity
import Integrity
import KechuangCore
import Storage

extension Acceptances {
    // MARK: The panel's reviewers

    public struct Invitation: Sendable {
        public let review: AcceptanceReview
        public let acceptance: Acceptance
        public let project: Project
    }

    /// The acceptance reviews assigned to `expert`, open ones first.
    public func invitations(for expert: Person) async throws -> [Invitation] {
        var out: [Invitation] = []
        for row in try await AcceptanceReviewRecord.query(on: db).filter(\.$expertID == expert.id).all() {
            let review = try row.toDomain()
            guard let acceptanceRow = try await AcceptanceRecord.find(review.acceptanceID, on: db) else { continue }
            let acceptance = try acceptanceRow.toDomain()
            out.append(Invitation(review: review, acceptance: acceptance, project: try await GrantProjects.find(Project.ID(acceptance.projectID), on: db)))
        }
        return out.sorted { ($0.review.submittedAt == nil ? 0 : 1, $0.project.number) < ($1.review.submittedAt == nil ? 0 : 1, $1.project.number) }
    }

    /// One of `expert`'s acceptance reviews; anyone else is told it does not exist.
    public func invitation(_ id: UUID, for expert: Person) async throws -> Invitation {
        guard let invitation = try await invitations(for: expert).first(where: { $0.review.id == id }) else { throw DomainError.notFound(entity: "acceptance review") }
        return invitation
    }

    /// The project's final report, for a panel member holding `invitation`.
    public func finalReport(of invitation: Invitation) async throws -> ProjectReport? {
        try await ReportRecord.query(on: db).filter(\.$projectID == invitation.project.id.rawValue).filter(\.$kind == ReportKind.final.rawValue).first()?.toDomain()
    }

    /// A reviewer scores every indicator of the scheme (0–100) and comments.
    public func submitReview(_ id: UUID, scores: [String: String], comment: String, by expert: Person) async throws -> AcceptanceReview {
        let invitation = try await invitation(id, for: expert)
        let at = now()
        guard invitation.acceptance.state == .reviewing, invitation.review.submittedAt == nil else {
            throw try await ClosureSupport.refusal(LocalizedText(zh: "该验收评议已提交或已结束", en: "This acceptance review is submitted or closed"),
                basis: .art(31), rule: "acceptance.review.state", by: expert, objectType: Self.objectType, objectID: invitation.acceptance.id.rawValue, on: db, at: at)
        }
        var parsed: [String: Int] = [:]
        var errors: [FieldError] = []
        for criterion in invitation.acceptance.scheme.criteria {
            let raw = ClosureSupport.trimmed(scores[criterion.key] ?? "")
            if let value = Int(raw), (0...100).contains(value) { parsed[criterion.key] = value } else {
                errors.append(FieldError(field: "score_\(criterion.key)", rule: "acceptance.review.score",
                    message: LocalizedText(zh: "「\(criterion.zh)」请打 0 至 100 的整数分", en: "Score “\(criterion.en)” with a whole number from 0 to 100"), basis: .art(31)))
            }
        }
        if ClosureSupport.trimmed(comment).isEmpty {
            errors.append(FieldError(field: "comment", rule: "acceptance.review.comment",
                message: LocalizedText(zh: "请填写评议意见", en: "Write your comments")))
        }
        if !errors.isEmpty { throw DomainError.validation(errors) }
        let scores = parsed
        return try await withWriteTransaction(on: db) { tx in
            guard let row = try await AcceptanceReviewRecord.find(id, on: tx) else { throw DomainError.notFound(entity: "acceptance review") }
            row.scoresJSON = try GrantsJSONColumn.encode(scores)
            row.comment = ClosureSupport.trimmed(comment)
            row.submittedAt = at
            try await row.update(on: tx)
            let review = try row.toDomain()
            let total = Acceptance.meanScore([review], scheme: invitation.acceptance.scheme) ?? 0
            try await AuditChain.append(AuditEvent(
                actor: expert, action: "acceptance.review_submitted", objectType: Self.objectType, objectID: invitation.acceptance.id.rawValue.uuidString,
                summary: "\(invitation.project.number): weighted \(String(format: "%.1f", total))", basis: .art(31)), on: tx, at: at)
            return review
        }
    }

    // MARK: The decision

    /// The officer decides the outcome and the project closes. Diligent failure (Art. 48, 64) needs
    /// the finding and no misconduct; it is kept on the acceptance, linked to the project, and no
    /// integrity record is written. Misconduct found drafts an integrity record about the PI naming
    /// the project (the integrity officers complete and decide it); the outcome is then `failed`.
    public func decide(_ id: Acceptance.ID, _ decision: AcceptanceDecision, by officer: Person) async throws -> Acceptance {
        let (acceptance, project) = try await find(id, as: officer, for: .manage)
        let at = now()
        guard acceptance.state == .reviewing else {
            let message = acceptance.state == .decided
                ? LocalizedText(zh: "验收已作出结论", en: "The acceptance is already decided")
                : LocalizedText(zh: "请先选定验收专家并由专家评议（第三十一条）", en: "Choose the panel and let it score first (Art. 31)")
            throw try await ClosureSupport.refusal(message, basis: .art(31), rule: "acceptance.decide.state", by: officer,
                                                   objectType: Self.objectType, objectID: id.rawValue, on: db, at: at)
        }
        let panel = try await panel(id)
        guard panel.contains(where: { $0.submittedAt != nil }) else {
            throw try await ClosureSupport.refusal(
                LocalizedText(zh: "尚无验收专家提交评议，不能作出结论（第三十一条：按类别由相应专家评价）",
                              en: "No panel member has scored yet: the category's reviewers evaluate first (Art. 31)"),
                basis: .art(31), field: "outcome", rule: "acceptance.decide.reviews", by: officer, objectType: Self.objectType, objectID: id.rawValue, on: db, at: at)
        }
        try await ClosureSupport.audited(AcceptanceRules.decision.violations(of: decision, at: at),
                                         by: officer, objectType: Self.objectType, objectID: id.rawValue, on: db, at: at)
        guard let outcome = decision.outcome else { throw DomainError.validation([]) }
        var drafted: UUID?
        if let misconduct = decision.misconduct {
            let pi = try await Directory(db: db).person(project.principalInvestigatorID)
            let record = try await IntegrityRecords(db: db, now: now).draft(
                subject: .person(pi.id), finding: misconduct,
                description: "结题验收发现（项目 \(project.number)「\(project.titleZh)」，project \(project.id.rawValue.uuidString.lowercased())）："
                    + ClosureSupport.trimmed(decision.misconductDescription),
                by: officer.auditActor)
            drafted = record.id.rawValue
        }
        let integrityRecordID = drafted
        let mean = Acceptance.meanScore(panel, scheme: acceptance.scheme)
        let basis: LegalBasis = outcome == .diligentFailure ? .art(48) : .art(31)
        return try await withWriteTransaction(on: db) { tx in
            guard let row = try await AcceptanceRecord.find(id.rawValue, on: tx), row.state == AcceptanceState.reviewing.rawValue else {
                throw DomainError.staleVersion(entity: "acceptance")
            }
            row.state = AcceptanceState.decided.rawValue
            row.outcome = outcome.rawValue
            row.finding = ClosureSupport.trimmed(decision.finding)
            row.integrityRecordID = integrityRecordID
            row.decidedBy = officer.id
            row.decidedAt = at
            row.version += 1
            row.updatedAt = at
            try await row.update(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: officer, action: "acceptance.decided", objectType: Self.objectType, objectID: id.rawValue.uuidString,
                summary: "\(project.number): \(outcome.rawValue); panel mean \(mean.map { String(format: "%.1f", $0) } ?? "-")"
                    + (integrityRecordID.map { "; draft integrity record \($0.uuidString)" } ?? "")
                    + (outcome == .diligentFailure ? "; no integrity record, no restriction (Art. 48, 64)" : ""), basis: basis), on: tx, at: at)
            _ = try await GrantProjects.setStatus(project.id, to: .closed, by: officer, reason: "acceptance: \(outcome.rawValue)", basis: basis, on: tx, at: at)
            return try row.toDomain()
        }
    }
}
