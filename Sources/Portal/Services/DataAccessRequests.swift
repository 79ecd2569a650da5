import FluentKit
import Foundation
import Identity
import KechuangCore
import Storage

/// Who decides access requests: the publisher's research office or programme officers, and the
/// platform administrator (Art. 68). Pure, for the service and its matrix test.
public enum DataAccessPolicy {
    public static let deciderRoles: Set<Role> = [.researchOffice, .programmeOfficer]

    public static func mayDecide(_ person: Person, for dataset: Dataset) -> Bool {
        if person.roles.contains(.platformAdmin) { return true }
        guard let publisher = dataset.publisherID else { return false }
        return person.memberships.contains { $0.organisationID == publisher && deciderRoles.contains($0.role) }
    }
}

/// Access to on-request data (Art. 68): a signed-in person states the purpose; the publisher
/// approves for a limited time or refuses with a reason; every download under a grant is logged
/// with it. Restricted data is never downloaded (Art. 57). Every refusal is audited with its article.
public struct DataAccessRequests: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    static let objectType = "data_access_request"

    /// Records the refusal in the audit log, then throws it (403 with the article).
    func refuse(_ message: LocalizedText, basis: LegalBasis, by actor: AuditActor, object: String, summary: String) async throws -> Never {
        let at = now()
        try await withWriteTransaction(on: db) { tx in
            _ = try await AuditChain.append(AuditEvent(actor: actor, action: "data_access.refused", objectType: DatasetCatalogue.objectType,
                                                       objectID: object, summary: summary + ": " + message.en, basis: basis), on: tx, at: at)
        }
        throw DomainError.forbidden(message, basis: basis)
    }

    /// A person asks to use an on-request data set, stating the purpose.
    public func request(_ dataset: Dataset, purpose: String, by person: Person) async throws -> DataAccessRequest {
        switch dataset.accessLevel {
        case .onRequest: break
        case .restricted:
            try await refuse(DatasetRules.restrictedDownload, basis: .art(57), by: person.auditActor, object: dataset.id.uuidString, summary: "request for \(dataset.slug)")
        case .open:
            try await refuse(DatasetRules.notOnRequest, basis: .art(68), by: person.auditActor, object: dataset.id.uuidString, summary: "request for \(dataset.slug)")
        }
        let at = now()
        try DatasetRules.request.validate(DatasetRules.RequestInput(purpose: purpose), at: at)
        return try await withWriteTransaction(on: db) { tx in
            let row = DataAccessRequestRecord()
            row.id = UUID()
            row.datasetID = dataset.id.rawValue
            row.personID = person.id
            row.personName = person.name
            row.purpose = purpose.trimmingCharacters(in: .whitespacesAndNewlines)
            row.state = DataAccessState.pending.rawValue
            row.createdAt = at
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "data_access.requested", objectType: Self.objectType, objectID: (try row.requireID()).uuidString,
                                                   summary: "\(dataset.slug): \(row.purpose)", basis: .art(68)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    /// The publisher approves for `days` days (1…365, 90 unless given) or refuses with a reason.
    public func decide(_ id: DataAccessRequest.ID, approve: Bool?, reason: String, days: Int?, by person: Person) async throws -> DataAccessRequest {
        let request = try await find(id)
        let dataset = try await DatasetCatalogue(db: db, now: now).find(request.datasetID)
        guard DataAccessPolicy.mayDecide(person, for: dataset) else {
            try await refuse(DatasetRules.notPublisher, basis: .art(68), by: person.auditActor, object: id.uuidString, summary: "decision on \(dataset.slug)")
        }
        let at = now()
        try DatasetRules.decision.validate(DatasetRules.DecisionInput(approve: approve, reason: reason, days: days), at: at)
        let approved = approve == true
        let until = approved ? at.addingTimeInterval(Double(days ?? DataAccessGrant.defaultDays) * 86_400) : nil
        return try await withWriteTransaction(on: db) { tx in
            guard let row = try await DataAccessRequestRecord.find(id.rawValue, on: tx) else { throw DomainError.notFound(entity: "data_access_request") }
            guard row.state == DataAccessState.pending.rawValue else { throw DomainError.forbidden(DatasetRules.alreadyDecided, basis: .art(68)) }
            row.state = (approved ? DataAccessState.approved : .refused).rawValue
            row.reason = reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : reason.trimmingCharacters(in: .whitespacesAndNewlines)
            row.decidedByID = person.id
            row.decidedByLabel = person.name
            row.decidedAt = at
            row.grantedUntil = until
            try await row.update(on: tx)
            let summary = approved ? "\(dataset.slug): granted until \(BeijingTime.format(until ?? at))" : "\(dataset.slug): refused: \(row.reason ?? "")"
            try await AuditChain.append(AuditEvent(actor: person, action: approved ? "data_access.approved" : "data_access.refused", objectType: Self.objectType,
                                                   objectID: id.uuidString, summary: summary, basis: .art(68)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    /// Whether `person` may download `dataset` now; for on-request data, logs the download with
    /// the grant used and returns it. Refusals cite Art. 57 (restricted) or Art. 68 (no grant).
    @discardableResult
    public func authorizeDownload(_ dataset: Dataset, version: Int, format: DatasetFormat, by person: Person?) async throws -> DataAccessRequest.ID? {
        let actor = person?.auditActor ?? .anonymous
        switch dataset.accessLevel {
        case .open:
            return nil
        case .restricted:
            try await refuse(DatasetRules.restrictedDownload, basis: .art(57), by: actor, object: dataset.id.uuidString, summary: "download of \(dataset.slug)")
        case .onRequest:
            guard let person, let grant = try await activeGrant(dataset.id, for: person.id) else {
                try await refuse(DatasetRules.noGrant, basis: .art(68), by: actor, object: dataset.id.uuidString, summary: "download of \(dataset.slug)")
            }
            let at = now()
            try await withWriteTransaction(on: db) { tx in
                let row = DataDownloadRecord()
                row.id = UUID()
                row.requestID = grant.id.rawValue
                row.datasetID = dataset.id.rawValue
                row.versionNumber = version
                row.format = format.rawValue
                row.personID = person.id
                row.at = at
                try await row.create(on: tx)
                try await AuditChain.append(AuditEvent(actor: person, action: "data_access.downloaded", objectType: Self.objectType, objectID: grant.id.uuidString,
                                                       summary: "\(dataset.slug) v\(version) \(format.rawValue)", basis: .art(68)), on: tx, at: at)
            }
            return grant.id
        }
    }

    // MARK: Reading

    public func find(_ id: DataAccessRequest.ID) async throws -> DataAccessRequest {
        guard let row = try await DataAccessRequestRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: "data_access_request") }
        return try row.toDomain()
    }

    /// The person's grant in force for the data set, if any (the one lasting longest).
    public func activeGrant(_ dataset: Dataset.ID, for person: UUID) async throws -> DataAccessRequest? {
        let at = now()
        return try await DataAccessRequestRecord.query(on: db).filter(\.$datasetID == dataset.rawValue).filter(\.$personID == person)
            .filter(\.$state == DataAccessState.approved.rawValue).all().map { try $0.toDomain() }
            .filter { $0.isActiveGrant(at: at) }.max { ($0.grantedUntil ?? .distantPast) < ($1.grantedUntil ?? .distantPast) }
    }

    /// The person's own requests, newest first.
    public func mine(_ person: UUID) async throws -> [DataAccessRequest] {
        try await DataAccessRequestRecord.query(on: db).filter(\.$personID == person).sort(\.$createdAt, .descending).all().map { try $0.toDomain() }
    }

    /// Requests for the data sets this person decides, newest first.
    public func toDecide(by person: Person) async throws -> [(DataAccessRequest, Dataset)] {
        let datasets = try await DatasetCatalogue(db: db, now: now).all().filter { DataAccessPolicy.mayDecide(person, for: $0) }
        guard !datasets.isEmpty else { return [] }
        let byID = Dictionary(uniqueKeysWithValues: datasets.map { ($0.id.rawValue, $0) })
        var out: [(DataAccessRequest, Dataset)] = []
        for row in try await DataAccessRequestRecord.query(on: db).filter(\.$datasetID ~~ Array(byID.keys)).sort(\.$createdAt, .descending).all() {
            if let dataset = byID[row.datasetID] { out.append((try row.toDomain(), dataset)) }
        }
        return out
    }

    /// Downloads logged under one grant, newest first.
    public func downloads(under id: DataAccessRequest.ID) async throws -> [DataDownload] {
        try await DataDownloadRecord.query(on: db).filter(\.$requestID == id.rawValue).sort(\.$at, .descending).all().map { try $0.toDomain() }
    }
}
