import FluentKit
import Foundation
import Identity
import KechuangCore
import Storage

/// The results register (Art. 32, 33, 59): each output of a project with its identifier (DOI,
/// patent number, software registration, data set, standard number — checked and normalised), its
/// owner (the project's institution) and the rights the institution granted the researchers over
/// a result made on the job. The PI registers outputs; anyone who may see the project reads them;
/// `publicResults` is the list for the public portal, with public fields only.
public struct Outputs: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    static let objectType = "output"

    /// The PI registers an output of the project (optionally with the report it is declared in).
    public func register(project id: Project.ID, _ input: OutputInput, report: ProjectReport.ID? = nil, by pi: Person) async throws -> ProjectOutput {
        let project = try await GrantProjects(db: db, now: now).find(id, as: pi, for: .edit)
        let at = now()
        try await ClosureSupport.audited(OutputRules.output.violations(of: (input, BeijingDay(containing: at).year), at: at),
                                         by: pi, objectType: Self.objectType, objectID: id.rawValue, on: db, at: at)
        guard let kind = input.kind, let year = input.year, let rights = input.rights,
              let identifier = OutputIdentifier.normalised(input.identifier, kind: kind) else { throw DomainError.validation([]) }
        if let report {
            let row = try await Reports.row(report.rawValue, on: db)
            guard row.projectID == id.rawValue else { throw DomainError.notFound(entity: "report") }
        }
        let owner = try await Directory(db: db).organisation(project.organisationID)
        return try await withWriteTransaction(on: db) { tx in
            if try await OutputRecord.query(on: tx).filter(\.$projectID == id.rawValue).filter(\.$kind == kind.rawValue)
                .filter(\.$identifier == identifier).first() != nil {
                throw DomainError.duplicate(field: "identifier", message: LocalizedText(
                    zh: "本项目已登记过该\(kind.identifierLabel.zh)的成果", en: "This project already registered an output with this identifier"))
            }
            let row = OutputRecord()
            row.id = UUID()
            row.projectID = id.rawValue
            row.reportID = report?.rawValue
            row.kind = kind.rawValue
            row.title = ClosureSupport.trimmed(input.title)
            row.identifier = identifier
            row.year = year
            row.ownerOrganisationID = owner.id.rawValue
            row.ownerName = owner.nameZh
            row.rights = rights.rawValue
            row.rightsHoldersJSON = try GrantsJSONColumn.encode(rights.grantsResearchers ? input.holders : [])
            row.rightsGrantedOn = rights.grantsResearchers ? input.rightsGrantedOn?.description : nil
            row.useYears = rights == .researchersLongTermUse ? input.useYears : nil
            row.createdAt = at
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: pi, action: "output.registered", objectType: Self.objectType, objectID: (try row.requireID()).uuidString,
                summary: "\(project.number) \(kind.rawValue) \(identifier); rights: \(rights.rawValue)",
                basis: kind == .standard ? .art(33) : rights.grantsResearchers ? .art(32) : .art(59)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    /// The project's outputs, newest first, if `viewer` may see the project.
    public func list(project id: Project.ID, as viewer: Person) async throws -> [ProjectOutput] {
        _ = try await GrantProjects(db: db, now: now).find(id, as: viewer, for: .view)
        return try await OutputRecord.query(on: db).filter(\.$projectID == id.rawValue).sort(\.$createdAt, .descending).all().map { try $0.toDomain() }
    }

    /// The results register for the public portal: every registered output with its project's
    /// number and title, its owner and the rights granted — and nothing about any person beyond the
    /// names of the researchers granted rights (no identity number, e-mail or phone).
    public func publicResults(kind: OutputKind? = nil) async throws -> [PublicResult] {
        let query = OutputRecord.query(on: db)
        if let kind { query.filter(\.$kind == kind.rawValue) }
        let rows = try await query.sort(\.$year, .descending).sort(\.$createdAt, .descending).all()
        var projects: [UUID: Project] = [:]
        var out: [PublicResult] = []
        for row in rows {
            let output = try row.toDomain()
            let project: Project
            if let known = projects[output.projectID] { project = known } else {
                project = try await GrantProjects.find(Project.ID(output.projectID), on: db)
                projects[output.projectID] = project
            }
            out.append(PublicResult(id: output.id.rawValue, kind: output.kind, title: output.title, identifier: output.identifier, year: output.year,
                                    projectNumber: project.number, projectTitle: project.titleZh, owner: output.ownerName, rights: output.rights,
                                    rightsHolders: output.rightsHolders, rightsGrantedOn: output.rightsGrantedOn, useYears: output.useYears))
        }
        return out
    }
}
