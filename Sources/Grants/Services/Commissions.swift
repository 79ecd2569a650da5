import FluentKit
import Foundation
import Identity
import Integrity
import KechuangCore
import Projects
import Storage

/// Directed commission (定向委托制, Art. 29(1)). The programme officer names the institution and its
/// PI, the task and the amount, and records why; no open call is published (the call in that mode
/// stays a draft). In one transaction the commission creates the application, already accepted,
/// and the audit entry; the funding decision then goes through `Awards` like any other, which
/// funds an application of a directed-commission call only when it has its commission.
public struct Commissions: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    /// The calls a commission can use: drafts in the directed-commission mode.
    public func calls() async throws -> [Call] {
        try await Calls(db: db, now: now).list(includeDrafts: true).filter { $0.selectionMode == .directedCommission && $0.status == .draft }
    }

    /// Every commission, newest first (programme officers).
    public func list(as officer: Person) async throws -> [Commission] {
        try Applications.requireOfficer(officer)
        return try await CommissionRecord.query(on: db).sort(\.$createdAt, .descending).all().map { try $0.toDomain() }
    }

    /// The commission that created the application, if any.
    public func find(application: GrantApplication.ID) async throws -> Commission? {
        try await CommissionRecord.query(on: db).filter(\.$applicationID == application.rawValue).first()?.toDomain()
    }

    public func commission(_ input: CommissionInput, by officer: Person) async throws -> Commission {
        try Applications.requireOfficer(officer)
        let at = now()
        var call: Call?
        if let id = input.callID {
            do { call = try await Calls(db: db, now: now).find(Call.ID(id)) } catch DomainError.notFound { call = nil }
        }
        var applicant = false
        if let pi = input.principalInvestigatorID, let organisation = input.organisationID {
            do {
                let person = try await Directory(db: db).person(pi)
                applicant = person.memberships.contains { $0.organisationID == organisation && $0.role == .applicant }
            } catch DomainError.notFound { applicant = false }
        }
        let errors = SelectionRules.commission.violations(of: .init(input: input, call: call, piIsApplicantThere: applicant), at: at)
        try await ClosureSupport.audited(errors, by: officer, objectType: "commission", objectID: input.callID ?? UUID(), on: db, at: at)
        guard let call, let organisation = input.organisationID, let pi = input.principalInvestigatorID, let amount = input.amount else {
            throw DomainError.notFound(entity: "call")
        }
        // The institution and the PI must be free to take on projects (Art. 60), as for any application.
        try await IntegrityService(db: db, now: now).check([.person(pi), .organisation(organisation)], .projectApplication, at: at).enforce()
        let institution = try await Directory(db: db).organisation(organisation)
        let reason = input.reason.trimmingCharacters(in: .whitespacesAndNewlines)
        let titleZh = input.titleZh.trimmingCharacters(in: .whitespacesAndNewlines)
        return try await withWriteTransaction(on: db) { tx in
            let application = try await Applications.commissioned(
                call: call, principalInvestigator: pi, organisation: organisation,
                CommissionedApplication(titleZh: titleZh, titleEn: input.titleEn.trimmingCharacters(in: .whitespacesAndNewlines),
                                        summary: input.summary, amount: amount, budgetCategory: call.budgetMode == .lumpSum ? "lump_sum" : "labour"),
                on: tx, at: at)
            let row = CommissionRecord()
            row.id = UUID()
            row.callID = call.id.rawValue
            row.applicationID = application.id.rawValue
            row.organisationID = organisation
            row.principalInvestigatorID = pi
            row.titleZh = titleZh
            row.amount = amount
            row.reason = reason
            row.commissionedBy = officer.id
            row.createdAt = at
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: officer, action: "project.commissioned", objectType: "application", objectID: application.id.rawValue.uuidString,
                summary: "定向委托 directed commission, 不发布公开指南 no open call: \(institution.nameZh) · \(titleZh) · \(amount) 元 yuan · 理由 reason: \(reason)",
                basis: .art(29, 1)), on: tx, at: at)
            return try row.toDomain()
        }
    }
}
