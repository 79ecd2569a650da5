import FluentKit
import Foundation
import Identity
import Integrity
import KechuangCore
import Storage

/// Change requests: extension, PI change, team change, termination. The PI files one; the research
/// office of the project's organisation decides first (Art. 22), then the programme officer; the
/// officer's approval applies the change to the project in the same transaction. Every step is
/// audited (object `change_request`); refusals cite their article.
public struct ChangeRequests: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    static let objectType = "change_request"
    /// Projects in these states can be changed.
    static let changeable: Set<ProjectStatus> = [.agreementDraft, .running, .suspended]

    /// The PI files a request.
    public func file(project id: Project.ID, _ input: ChangeInput, by pi: Person) async throws -> ChangeRequest {
        let project = try await GrantProjects(db: db, now: now).find(id, as: pi, for: .edit)
        let at = now()
        guard Self.changeable.contains(project.status) else {
            throw try await ClosureSupport.refusal(
                LocalizedText(zh: "项目已结题或终止，不能再申请变更", en: "The project is closed or terminated: it can no longer be changed"),
                basis: .art(50), rule: "change.project.state", by: pi, objectType: Self.objectType, objectID: id.rawValue, on: db, at: at)
        }
        try await ClosureSupport.audited(ChangeRules.request.violations(of: (input, project), at: at),
                                         by: pi, objectType: Self.objectType, objectID: id.rawValue, on: db, at: at)
        guard let kind = input.kind else { throw DomainError.validation([]) }
        var details = ChangeDetails()
        switch kind {
        case .extension_: details.newEndDate = input.newEndDate
        case .piChange:
            guard let newPI = input.newPrincipalInvestigatorID else { throw DomainError.validation([]) }
            let person = try await newPrincipalInvestigator(newPI)
            try await requireNoRestriction(person, by: pi, request: id.rawValue, at: at)
            details.newPrincipalInvestigatorID = person.id
            details.newPrincipalInvestigatorName = person.name
        case .teamChange: details.team = input.team
        case .termination: break
        }
        if try await ChangeRequestRecord.query(on: db).filter(\.$projectID == id.rawValue).filter(\.$kind == kind.rawValue)
            .filter(\.$state ~~ [ChangeState.submitted.rawValue, ChangeState.officeApproved.rawValue]).first() != nil {
            throw DomainError.duplicate(field: "kind", message: LocalizedText(
                zh: "该项目已有一项待审批的同类变更申请", en: "The project already has an open request of this kind"))
        }
        let asked = details
        return try await withWriteTransaction(on: db) { tx in
            let row = ChangeRequestRecord()
            row.id = UUID()
            row.projectID = id.rawValue
            row.kind = kind.rawValue
            row.reason = ClosureSupport.trimmed(input.reason)
            row.detailsJSON = try GrantsJSONColumn.encode(asked)
            row.state = ChangeState.submitted.rawValue
            row.requestedBy = pi.id
            row.stepsJSON = "[]"
            row.version = 1
            row.createdAt = at
            row.updatedAt = at
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: pi, action: "change.filed", objectType: Self.objectType, objectID: (try row.requireID()).uuidString,
                summary: "\(project.number) \(kind.rawValue): \(row.reason)", basis: .art(22)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    /// The next step on the approval path: the research office of the project's organisation while
    /// it is `submitted`, the programme officer once the office agreed. Refusing needs the reason.
    /// The officer's approval applies the change.
    public func decide(_ id: ChangeRequest.ID, approve: Bool, comment: String, by person: Person) async throws -> ChangeRequest {
        let request = try await Self.row(id.rawValue, on: db).toDomain()
        let project = try await GrantProjects(db: db, now: now).find(Project.ID(request.projectID), as: person, for: .view)
        let at = now()
        let step: (role: String, allowed: Bool)
        switch request.state {
        case .submitted:
            step = ("research_office", ProjectAccess.may(.approve, project, as: person))
        case .officeApproved:
            step = ("programme_officer", ProjectAccess.may(.manage, project, as: person))
        case .approved, .rejected:
            throw try await ClosureSupport.refusal(
                LocalizedText(zh: "该申请已处理完毕", en: "This request has already been decided"),
                basis: .art(22), rule: "change.decided", by: person, objectType: Self.objectType, objectID: id.rawValue, on: db, at: at)
        }
        guard step.allowed else {
            let message = request.state == .submitted
                ? LocalizedText(zh: "变更申请须先由依托单位科研管理部门审核（第二十二条）", en: "The research office of the project's institution decides first (Art. 22)")
                : LocalizedText(zh: "依托单位已审核，待项目主管审批", en: "The research office agreed; the programme officer decides next")
            throw try await ClosureSupport.refusal(message, basis: .art(22), rule: "change.approval_path", by: person,
                                                   objectType: Self.objectType, objectID: id.rawValue, on: db, at: at)
        }
        if !approve && ClosureSupport.trimmed(comment).isEmpty {
            throw DomainError.validation([FieldError(field: "comment", rule: "change.reject.comment",
                message: LocalizedText(zh: "不同意时请说明理由", en: "Give the reason when you do not agree"))])
        }
        let applies = approve && request.state == .officeApproved
        if applies, request.kind == .piChange, let newPI = request.details.newPrincipalInvestigatorID {
            try await requireNoRestriction(try await newPrincipalInvestigator(newPI), by: person, request: id.rawValue, at: at)
        }
        return try await withWriteTransaction(on: db) { tx in
            let row = try await Self.row(id.rawValue, on: tx)
            guard row.state == request.state.rawValue else { throw DomainError.staleVersion(entity: "change_request") }
            var steps = request.steps
            steps.append(ChangeStep(by: person.id, byName: person.name, role: step.role, approve: approve, comment: ClosureSupport.trimmed(comment), at: at))
            row.stepsJSON = try GrantsJSONColumn.encode(steps)
            row.state = (!approve ? ChangeState.rejected : applies ? .approved : .officeApproved).rawValue
            row.version += 1
            row.updatedAt = at
            try await row.update(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: person, action: approve ? "change.approved_by_\(step.role)" : "change.rejected_by_\(step.role)",
                objectType: Self.objectType, objectID: id.rawValue.uuidString,
                summary: "\(project.number) \(request.kind.rawValue)" + (comment.isEmpty ? "" : ": \(ClosureSupport.trimmed(comment))"), basis: .art(22)),
                on: tx, at: at)
            if applies { try await Self.apply(request, to: project, by: person, on: tx, at: at) }
            return try row.toDomain()
        }
    }

    /// The project's requests, newest first.
    public func list(project id: Project.ID, as viewer: Person) async throws -> [ChangeRequest] {
        _ = try await GrantProjects(db: db, now: now).find(id, as: viewer, for: .view)
        return try await ChangeRequestRecord.query(on: db).filter(\.$projectID == id.rawValue).sort(\.$createdAt, .descending).all().map { try $0.toDomain() }
    }

    /// Requests waiting for `person`'s decision: as research office, or as programme officer.
    public func waiting(for person: Person) async throws -> [(request: ChangeRequest, project: Project)] {
        let rows = try await ChangeRequestRecord.query(on: db)
            .filter(\.$state ~~ [ChangeState.submitted.rawValue, ChangeState.officeApproved.rawValue]).sort(\.$createdAt).all()
        var out: [(request: ChangeRequest, project: Project)] = []
        for row in rows {
            let request = try row.toDomain()
            let project = try await GrantProjects.find(Project.ID(request.projectID), on: db)
            let action: ProjectAccess.Action = request.state == .submitted ? .approve : .manage
            if ProjectAccess.may(action, project, as: person) { out.append((request, project)) }
        }
        return out
    }

    public func find(_ id: ChangeRequest.ID, as viewer: Person) async throws -> (request: ChangeRequest, project: Project) {
        let request = try await Self.row(id.rawValue, on: db).toDomain()
        return (request, try await GrantProjects(db: db, now: now).find(Project.ID(request.projectID), as: viewer, for: .view))
    }

    // MARK: Internals

    func newPrincipalInvestigator(_ id: UUID) async throws -> Person {
        do { return try await Directory(db: db).person(id) } catch DomainError.notFound {
            throw DomainError.validation([FieldError(field: "new_pi", rule: "change.pi.exists",
                message: LocalizedText(zh: "平台上没有该用户", en: "There is no such person on the platform"))])
        }
    }

    /// A new PI under an integrity restriction on project applications may not take over (Art. 60).
    func requireNoRestriction(_ person: Person, by actor: Person, request: UUID, at: Date) async throws {
        let decision = try await IntegrityService(db: db, now: now).check(.person(person.id), .projectApplication, at: at)
        guard decision.isAllowed else {
            throw try await ClosureSupport.refusal(
                LocalizedText(zh: "新项目负责人受科研诚信限制：\(decision.reason.zh)", en: "The new principal investigator is under an integrity restriction: \(decision.reason.en)"),
                basis: .art(60), field: "new_pi", rule: "change.pi.integrity", by: actor, objectType: Self.objectType, objectID: request, on: db, at: at)
        }
    }

    /// Applies an approved change to the project, audited with what changed.
    static func apply(_ request: ChangeRequest, to project: Project, by officer: Person, on tx: any Database, at: Date) async throws {
        if request.kind == .termination {
            _ = try await GrantProjects.setStatus(project.id, to: .terminated, by: officer, reason: request.reason, basis: .art(50), on: tx, at: at)
            return
        }
        let record = try await GrantProjects.record(project.id, on: tx)
        let summary: String
        switch request.kind {
        case .extension_:
            guard let end = request.details.newEndDate else { throw DomainError.validation([]) }
            summary = "end date \(record.endDate) → \(end)"
            record.endDate = end.description
        case .piChange:
            guard let pi = request.details.newPrincipalInvestigatorID else { throw DomainError.validation([]) }
            summary = "principal investigator \(record.principalInvestigatorID) → \(pi)"
            record.principalInvestigatorID = pi
        case .teamChange:
            let team = request.details.team ?? []
            summary = "team: \(team.map(\.email).joined(separator: ", "))"
            record.teamJSON = try GrantsJSONColumn.encode(team)
        case .termination:
            return
        }
        record.version += 1
        record.updatedAt = at
        try await record.update(on: tx)
        try await AuditChain.append(AuditEvent(
            actor: officer, action: "project.changed", objectType: "project", objectID: project.id.rawValue.uuidString,
            summary: "\(project.number) \(request.kind.rawValue) (request \(request.id.rawValue.uuidString)): \(summary)", basis: .art(22)), on: tx, at: at)
        if request.kind == .extension_ {
            try await Reports.reschedule(try record.toDomain(), on: tx, at: at)
        }
    }

    static func row(_ id: UUID, on db: any Database) async throws -> ChangeRequestRecord {
        guard let row = try await ChangeRequestRecord.find(id, on: db) else { throw DomainError.notFound(entity: "change_request") }
        return row
    }
}
