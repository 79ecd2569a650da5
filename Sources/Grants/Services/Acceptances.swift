import FluentKit
import Foundation
import Identity
import Integrity
import KechuangCore
import Projects
import Review
import Storage

/// Final acceptance (结题验收) by category (Art. 31) and closure (Art. 48, 64). A programme keeps
/// one scheme per research type (indicator set, reviewer kind, panel size, pass mark; the standard
/// one where it has none). The officer opens acceptance once the final report is in, chooses the
/// panel with the proposals' machinery (`PanelAssignment`: conflicts, integrity, affinity, exact
/// solver) among experts of the scheme's kind, the panel scores, and the officer decides: passed,
/// passed with conditions, failed, or closed as diligent failure — which records its finding on the
/// project and creates no integrity record, so nothing restricts the PI later. Misconduct found at
/// acceptance drafts an integrity record naming the project. Object `acceptance` in the audit log.
public struct Acceptances: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    static let objectType = "acceptance"

    // MARK: Schemes (data per programme)

    /// The programme's scheme for `type`, or the standard one.
    public func scheme(programme: UUID, type: ResearchType) async throws -> AcceptanceScheme {
        if let row = try await AcceptanceSchemeRecord.query(on: db).filter(\.$programmeID == programme).filter(\.$researchType == type.rawValue).first() {
            return try row.toDomain()
        }
        var standard = AcceptanceScheme.standard(type)
        standard.programmeID = programme
        return standard
    }

    /// An officer sets a programme's scheme for one research type.
    public func saveScheme(_ scheme: AcceptanceScheme, by officer: Person) async throws -> AcceptanceScheme {
        guard !officer.roles.isDisjoint(with: ProjectAccess.officerRoles) else {
            throw DomainError.forbidden(LocalizedText(zh: "只有项目主管可以设置验收方案", en: "Only programme officers set acceptance schemes"), basis: nil)
        }
        guard let programme = scheme.programmeID else {
            throw DomainError.validation([FieldError(field: "programme", rule: "acceptance.scheme.programme",
                message: LocalizedText(zh: "请选择专项", en: "Choose the programme"))])
        }
        let at = now()
        try AcceptanceRules.scheme.validate(scheme, at: at)
        return try await withWriteTransaction(on: db) { tx in
            let row = try await AcceptanceSchemeRecord.query(on: tx).filter(\.$programmeID == programme)
                .filter(\.$researchType == scheme.category.rawValue).first() ?? {
                    let r = AcceptanceSchemeRecord()
                    r.id = UUID()
                    r.programmeID = programme
                    r.researchType = scheme.category.rawValue
                    return r
                }()
            row.schemeJSON = try GrantsJSONColumn.encode(scheme)
            row.updatedAt = at
            try await row.save(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: officer, action: "acceptance.scheme_saved", objectType: "programme", objectID: programme.uuidString,
                summary: "\(scheme.category.rawValue): \(scheme.reviewerKind.rawValue), k=\(scheme.reviewersPerProject), pass \(scheme.passMark), "
                    + scheme.criteria.map { "\($0.key) \($0.weight)" }.joined(separator: ", "), basis: .art(31)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    // MARK: Opening and the panel

    /// Opens acceptance: the final report must be in (Art. 31). The project's scheme is copied, so
    /// a later change of the programme's scheme does not change a running acceptance.
    public func open(project id: Project.ID, by officer: Person) async throws -> Acceptance {
        let project = try await GrantProjects(db: db, now: now).find(id, as: officer, for: .manage)
        let at = now()
        guard [.running, .suspended, .acceptance].contains(project.status) else {
            throw try await ClosureSupport.refusal(
                LocalizedText(zh: "只有执行中的项目可以启动结题验收", en: "Only a running project can go to final acceptance"),
                basis: .art(31), rule: "acceptance.project.state", by: officer, objectType: Self.objectType, objectID: id.rawValue, on: db, at: at)
        }
        let finalReport = try await ReportRecord.query(on: db).filter(\.$projectID == id.rawValue).filter(\.$kind == ReportKind.final.rawValue).first()
        guard let finalReport, [ReportState.submitted.rawValue, ReportState.accepted.rawValue].contains(finalReport.state) else {
            throw try await ClosureSupport.refusal(
                LocalizedText(zh: "结题报告提交后才能启动验收", en: "Acceptance opens once the final report is in"),
                basis: .art(31), rule: "acceptance.final_report", by: officer, objectType: Self.objectType, objectID: id.rawValue, on: db, at: at)
        }
        if try await AcceptanceRecord.query(on: db).filter(\.$projectID == id.rawValue).first() != nil {
            throw DomainError.duplicate(field: "project", message: LocalizedText(zh: "该项目已启动结题验收", en: "Acceptance is already open for this project"))
        }
        let scheme = try await scheme(programme: project.programmeID, type: project.researchType)
        return try await withWriteTransaction(on: db) { tx in
            let row = AcceptanceRecord()
            row.id = UUID()
            row.projectID = id.rawValue
            row.schemeJSON = try GrantsJSONColumn.encode(scheme)
            row.state = AcceptanceState.opened.rawValue
            row.finding = ""
            row.version = 1
            row.createdAt = at
            row.updatedAt = at
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: officer, action: "acceptance.opened", objectType: Self.objectType, objectID: (try row.requireID()).uuidString,
                summary: "\(project.number) \(project.researchType.rawValue): reviewers \(scheme.reviewerKind.rawValue)", basis: .art(31)), on: tx, at: at)
            if project.status != .acceptance {
                _ = try await GrantProjects.setStatus(id, to: .acceptance, by: officer, reason: "final acceptance", basis: .art(31), on: tx, at: at)
            }
            return try row.toDomain()
        }
    }

    /// Chooses the panel among active experts of the scheme's reviewer kind, with the proposals'
    /// conflict and assignment machinery; replaces an earlier panel nobody has scored yet.
    public func choosePanel(_ id: Acceptance.ID, by officer: Person) async throws -> (acceptance: Acceptance, panel: [AcceptanceReview], exclusions: [Exclusion]) {
        let (acceptance, project) = try await find(id, as: officer, for: .manage)
        let at = now()
        guard acceptance.state != .decided else {
            throw try await ClosureSupport.refusal(LocalizedText(zh: "验收已作出结论", en: "The acceptance is decided"),
                basis: .art(31), rule: "acceptance.decided", by: officer, objectType: Self.objectType, objectID: id.rawValue, on: db, at: at)
        }
        if try await AcceptanceReviewRecord.query(on: db).filter(\.$acceptanceID == id.rawValue).filter(\.$submittedAt != nil).first() != nil {
            throw try await ClosureSupport.refusal(LocalizedText(zh: "已有专家提交评议，不能重新选择专家", en: "A reviewer has scored already: the panel no longer changes"),
                basis: .art(29), rule: "acceptance.panel.scored", by: officer, objectType: Self.objectType, objectID: id.rawValue, on: db, at: at)
        }
        let application = try await Applications(db: db, now: now).find(project.applicationID)
        let subject = PanelAssignment.Subject(
            id: project.id.rawValue, title: project.titleZh,
            text: [project.titleZh, project.titleEn, application.keywords, application.summary].joined(separator: "\n"),
            discipline: application.discipline, people: try await ClosureSupport.people(of: project, on: db),
            organisations: Set([project.organisationID] + project.team.compactMap(\.organisationID) + application.partners))
        let types = Set(acceptance.scheme.reviewerKind.organisationTypes.compactMap(OrganisationType.init(rawValue:)))
        let result = try await PanelAssignment(db: db, now: now).assign(
            [subject], reviewersPerSubject: acceptance.scheme.reviewersPerProject, maxLoad: 1,
            until: at.addingTimeInterval(30 * 86_400), recentProjects: try await recentProjects(excluding: project.id, at: at),
            organisationTypes: types, field: "reviewers")
        return try await withWriteTransaction(on: db) { tx in
            try await AcceptanceReviewRecord.query(on: tx).filter(\.$acceptanceID == id.rawValue).delete()
            for pair in result.pairs {
                let row = AcceptanceReviewRecord()
                row.id = UUID()
                row.acceptanceID = id.rawValue
                row.expertID = pair.expertID
                row.expertName = pair.expertName
                row.affinity = pair.affinity
                row.scoresJSON = "{}"
                row.comment = ""
                try await row.create(on: tx)
            }
            guard let row = try await AcceptanceRecord.find(id.rawValue, on: tx) else { throw DomainError.notFound(entity: "acceptance") }
            row.state = AcceptanceState.reviewing.rawValue
            row.version += 1
            row.updatedAt = at
            try await row.update(on: tx)
            var byReason: [String: Int] = [:]
            for e in result.exclusions { byReason[e.reason.rawValue, default: 0] += 1 }
            try await AuditChain.append(AuditEvent(
                actor: officer, action: "acceptance.panel_chosen", objectType: Self.objectType, objectID: id.rawValue.uuidString,
                summary: "\(project.number): \(result.pairs.count) of \(result.candidates) \(acceptance.scheme.reviewerKind.rawValue) experts; excluded "
                    + byReason.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "), basis: .art(29)), on: tx, at: at)
            let panel = try await AcceptanceReviewRecord.query(on: tx).filter(\.$acceptanceID == id.rawValue).all().map { try $0.toDomain() }
            return (try row.toDomain(), panel, result.exclusions)
        }
    }

    /// Participants of other projects awarded in the last 5 years (co-project conflicts).
    func recentProjects(excluding id: Project.ID, at: Date) async throws -> [Set<String>] {
        let since = BeijingDay(containing: at.addingTimeInterval(-5 * 365.25 * 86_400))
        var out: [Set<String>] = []
        for project in try await GrantProjects(db: db, now: now).all() where project.id != id && project.awardDate >= since {
            out.append(try await ClosureSupport.people(of: project, on: db))
        }
        return out
    }

    // MARK: Reading

    public func find(_ id: Acceptance.ID, as viewer: Person, for action: ProjectAccess.Action = .view) async throws -> (acceptance: Acceptance, project: Project) {
        guard let row = try await AcceptanceRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: "acceptance") }
        let acceptance = try row.toDomain()
        return (acceptance, try await GrantProjects(db: db, now: now).find(Project.ID(acceptance.projectID), as: viewer, for: action))
    }

    /// The project's acceptance, if opened, with its panel.
    public func acceptance(of project: Project.ID, as viewer: Person) async throws -> (acceptance: Acceptance, panel: [AcceptanceReview])? {
        _ = try await GrantProjects(db: db, now: now).find(project, as: viewer, for: .view)
        guard let row = try await AcceptanceRecord.query(on: db).filter(\.$projectID == project.rawValue).first() else { return nil }
        let acceptance = try row.toDomain()
        return (acceptance, try await panel(acceptance.id))
    }

    func panel(_ id: Acceptance.ID) async throws -> [AcceptanceReview] {
        try await AcceptanceReviewRecord.query(on: db).filter(\.$acceptanceID == id.rawValue).all().map { try $0.toDomain() }
            .sorted { ($0.affinity, $1.expertName) > ($1.affinity, $0.expertName) }
    }

    /// Every acceptance, newest first, with its project (officers).
    public func all(as officer: Person) async throws -> [(acceptance: Acceptance, project: Project)] {
        guard !officer.roles.isDisjoint(with: ProjectAccess.officerRoles) else { return [] }
        var out: [(acceptance: Acceptance, project: Project)] = []
        for row in try await AcceptanceRecord.query(on: db).sort(\.$createdAt, .descending).all() {
            let acceptance = try row.toDomain()
            out.append((acceptance, try await GrantProjects.find(Project.ID(acceptance.projectID), on: db)))
        }
        return out
    }

    // Reviewers' steps and the decision: `Acceptances+Decision.swift`.
}
