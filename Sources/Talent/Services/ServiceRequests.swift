import FluentKit
import Foundation
import Identity
import KechuangCore
import Storage

/// The one-stop service (Art. 47; Art. 72 for foreign talent): one form for every kind, each
/// request routed to its department's queue with the desk's service-level deadline; steps and
/// messages make one timeline for the person; requests past their deadline are escalated; each
/// department's compliance is counted.
public struct ServiceRequests: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    // MARK: Desks

    /// The departments whose desk the person serves.
    public func desks(of personID: UUID) async throws -> Set<String> {
        Set(try await DeskOfficerRecord.query(on: db).filter(\.$personID == personID).all().map(\.department))
    }

    /// The platform admin designates department staff to a department's desk.
    public func assign(_ person: Person, to department: String, by actor: AuditActor) async throws {
        guard ServiceDesks.departments.contains(where: { $0.code == department }) else {
            throw DomainError.validation([FieldError(field: "department", rule: "desk.department.known",
                                                     message: LocalizedText(zh: "请选择部门", en: "Select the department"), basis: .art(47))])
        }
        guard person.roles.contains(.departmentStaff) else {
            throw DomainError.validation([FieldError(field: "email", rule: "desk.officer.department_staff",
                                                     message: LocalizedText(zh: "只有政府部门工作人员可以受理服务申请", en: "Only department staff handle service requests"),
                                                     basis: .art(47))])
        }
        let at = now()
        try await withWriteTransaction(on: db) { tx in
            guard try await DeskOfficerRecord.query(on: tx).filter(\.$department == department).filter(\.$personID == person.id).first() == nil else { return }
            let row = DeskOfficerRecord()
            row.id = UUID()
            row.department = department
            row.personID = person.id
            row.createdAt = at
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(actor: actor, action: "talent.desk.officer_assigned", objectType: "person",
                                                   objectID: person.id.uuidString, summary: department, basis: .art(47)), on: tx, at: at)
        }
    }

    /// Officers per department.
    public func officers() async throws -> [String: [UUID]] {
        Dictionary(grouping: try await DeskOfficerRecord.query(on: db).all(), by: \.department).mapValues { $0.map(\.personID) }
    }

    func viewer(_ person: Person) async throws -> TalentAccess.Viewer {
        TalentAccess.Viewer(person, desks: try await desks(of: person.id))
    }

    // MARK: Requests

    /// Files a request: checked (the kind, the text, every document the desk needs — a missing one
    /// is refused citing Art. 47 or 72, and audited), routed to the desk's department with its deadline.
    public func submit(kind: ServiceKind?, details: String, documents: [String], by person: Person) async throws -> ServiceRequest {
        let at = now()
        try TalentRules.request.validate(.init(kind: kind, details: details), at: at)
        guard let kind else { throw DomainError.validation([]) }
        let desk = ServiceDesks.desk(kind)
        let enclosed = desk.documents.map(\.code).filter(documents.contains)
        let missing = ServiceDesks.missingDocuments(kind, enclosed)
        if !missing.isEmpty {
            try await withWriteTransaction(on: db) { tx in
                try await AuditChain.append(AuditEvent(actor: person, action: "talent.request.refused", objectType: "person", objectID: person.id.uuidString,
                                                       summary: "\(kind.rawValue): service.documents.complete", basis: desk.basis), on: tx, at: at)
            }
            throw DomainError.validation(missing)
        }
        return try await withWriteTransaction(on: db) { tx in
            let row = ServiceRequestRecord()
            row.id = UUID()
            row.personID = person.id
            row.kind = kind.rawValue
            row.department = desk.department.code
            row.state = ServiceState.submitted.rawValue
            row.details = TalentCatalogue.clean(details)
            row.documents = enclosed.joined(separator: ",")
            row.submittedAt = at
            row.dueAt = at.addingTimeInterval(Double(desk.days) * 86_400)
            row.version = 1
            row.updatedAt = at
            try await row.create(on: tx)
            let id = try row.requireID()
            try await Self.event(id, .submitted, note: "", actor: person.id, officer: false, at: at, on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "talent.request.submitted", objectType: "talent_request",
                                                   objectID: id.uuidString, summary: "\(kind.rawValue) → \(desk.department.code)", basis: desk.basis), on: tx, at: at)
            return try row.toDomain()
        }
    }

    static func event(_ request: UUID, _ kind: ServiceEventKind, note: String, actor: UUID?, officer: Bool, at: Date, on db: any Database) async throws {
        let e = ServiceEventRecord()
        e.id = UUID()
        e.requestID = request
        e.kind = kind.rawValue
        e.note = note
        e.actorID = actor
        e.byOfficer = officer
        e.at = at
        try await e.create(on: db)
    }

    /// The request and its events if the viewer may see it; otherwise it does not exist for them.
    public func find(_ id: ServiceRequest.ID, as person: Person, for action: TalentAccess.RequestAction = .view) async throws -> (ServiceRequest, [ServiceEvent]) {
        guard let row = try await ServiceRequestRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: "service request") }
        let request = try row.toDomain()
        guard TalentAccess.may(action, try await viewer(person), owner: request.personID, department: request.department) else {
            throw DomainError.notFound(entity: "service request")
        }
        return (request, try await events(of: [id]))
    }

    /// Whether the person may take `action` on a request they can already see.
    public func may(_ action: TalentAccess.RequestAction, _ person: Person, _ request: ServiceRequest) async throws -> Bool {
        TalentAccess.may(action, try await viewer(person), owner: request.personID, department: request.department)
    }

    func events(of ids: [ServiceRequest.ID]) async throws -> [ServiceEvent] {
        guard !ids.isEmpty else { return [] }
        return try await ServiceEventRecord.query(on: db).filter(\.$requestID ~~ ids.map(\.rawValue)).sort(\.$at).all().map { try $0.toDomain() }
    }

    /// A step by the department's officer or the person. Refused steps cite Art. 47.
    public func step(_ id: ServiceRequest.ID, _ step: ServiceStep, note: String, expectedVersion: Int? = nil, by person: Person) async throws -> ServiceRequest {
        let (request, _) = try await find(id, as: person, for: step.byOfficer && step != .message ? .handle : .view)
        let officer = try await may(.handle, person, request)
        if step == .message {
            guard officer || request.personID == person.id else { throw DomainError.notFound(entity: "service request") }
        } else if !step.byOfficer {
            guard request.personID == person.id else { throw DomainError.notFound(entity: "service request") }
        }
        let at = now()
        try TalentRules.step.validate(.init(step: step, note: note, state: request.state), at: at)
        if let expectedVersion, expectedVersion != request.version { throw DomainError.staleVersion(entity: "service request") }
        let desk = ServiceDesks.desk(request.kind)
        return try await withWriteTransaction(on: db) { tx in
            try await OptimisticLock.update(ServiceRequestRecord.schema, id: id.rawValue, expectedVersion: request.version, entity: "service request", on: tx) {
                $0.set("updated_at", to: at)
            }
            guard let row = try await ServiceRequestRecord.find(id.rawValue, on: tx) else { throw DomainError.notFound(entity: "service request") }
            let kind: ServiceEventKind
            switch step {
            case .accept: row.state = ServiceState.inProgress.rawValue; kind = .accepted
            case .requestInfo: row.state = ServiceState.infoRequested.rawValue; kind = .infoRequested
            case .provideInfo: row.state = ServiceState.inProgress.rawValue; kind = .infoProvided
            case .message: kind = .message
            case .complete: row.state = ServiceState.completed.rawValue; row.closedAt = at; kind = .completed
            case .refuse: row.state = ServiceState.refused.rawValue; row.closedAt = at; kind = .refused
            }
            row.updatedAt = at
            try await row.save(on: tx)
            try await Self.event(id.rawValue, kind, note: TalentCatalogue.clean(note), actor: person.id, officer: officer && step != .provideInfo, at: at, on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "talent.request.\(kind.rawValue)", objectType: "talent_request",
                                                   objectID: id.uuidString, summary: "\(request.kind.rawValue): \(request.state.rawValue) → \(row.state)", basis: desk.basis),
                                        on: tx, at: at)
            return try row.toDomain()
        }
    }

    /// The person's requests, newest first.
    public func mine(_ person: Person) async throws -> [ServiceRequest] {
        try await ServiceRequestRecord.query(on: db).filter(\.$personID == person.id).sort(\.$submittedAt, .descending).all().map { try $0.toDomain() }
    }

    /// The person's one timeline: every event of every request, newest first.
    public func timeline(_ person: Person) async throws -> [(ServiceRequest, ServiceEvent)] {
        let requests = try await mine(person)
        let byID = Dictionary(uniqueKeysWithValues: requests.map { ($0.id, $0) })
        return try await events(of: requests.map(\.id)).reversed().compactMap { e in byID[e.requestID].map { ($0, e) } }
    }

    /// Open requests in the queues of the desks the person serves (every queue for the admin),
    /// overdue first, then by deadline.
    public func queue(for person: Person) async throws -> [ServiceRequest] {
        let desks = try await desks(of: person.id)
        var q = ServiceRequestRecord.query(on: db).filter(\.$state ~~ ServiceState.allCases.filter(\.isOpen).map(\.rawValue))
        if !person.roles.contains(.platformAdmin) {
            guard !desks.isEmpty, person.roles.contains(.departmentStaff) else { return [] }
            q = q.filter(\.$department ~~ Array(desks))
        }
        return try await q.sort(\.$dueAt).limit(500).all().map { try $0.toDomain() }
    }

    /// Escalates every open request past its deadline that is not escalated yet: marks it, adds an
    /// event to its timeline and audits it citing Art. 47. Returns how many.
    @discardableResult
    public func escalateOverdue() async throws -> Int {
        let at = now()
        let due = try await ServiceRequestRecord.query(on: db).filter(\.$state ~~ ServiceState.allCases.filter(\.isOpen).map(\.rawValue))
            .filter(\.$dueAt < at).filter(\.$escalatedAt == nil).all()
        guard !due.isEmpty else { return 0 }
        return try await withWriteTransaction(on: db) { tx in
            var count = 0
            for stale in due {
                guard let row = try await ServiceRequestRecord.find(stale.id, on: tx), row.escalatedAt == nil else { continue }
                let request = try row.toDomain()
                guard request.state.isOpen else { continue }
                row.escalatedAt = at
                row.updatedAt = at
                try await row.save(on: tx)
                let desk = ServiceDesks.desk(request.kind)
                try await Self.event(request.id.rawValue, .escalated, note: "", actor: nil, officer: false, at: at, on: tx)
                try await AuditChain.append(AuditEvent(actor: AuditActor.system, action: "talent.request.escalated", objectType: "talent_request",
                                                       objectID: request.id.uuidString, summary: "\(request.kind.rawValue) \(request.department) overdue", basis: .art(47)),
                                            on: tx, at: at)
                count += 1
            }
            return count
        }
    }

    /// How each department meets its deadlines, every department listed.
    public func compliance() async throws -> [DeskCompliance] {
        let at = now()
        let rows = try await ServiceRequestRecord.query(on: db).all().map { try $0.toDomain() }
        var result = Dictionary(uniqueKeysWithValues: ServiceDesks.departments.map { ($0.code, DeskCompliance(department: $0.code)) })
        for r in rows {
            var c = result[r.department] ?? DeskCompliance(department: r.department)
            switch (r.state.isOpen, r.overdue(at: at)) {
            case (true, false): c.openOnTime += 1
            case (true, true): c.openOverdue += 1
            case (false, false): c.closedOnTime += 1
            case (false, true): c.closedLate += 1
            }
            result[r.department] = c
        }
        return ServiceDesks.departments.compactMap { result[$0.code] }
    }

    public func count() async throws -> Int { try await ServiceRequestRecord.query(on: db).count() }
}
