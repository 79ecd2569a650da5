import FluentKit
import Foundation
import Identity
import KechuangCore
import SQLKit
import Storage

/// The city's registry of large instruments and facilities (Art. 55; Art. 17, 18): entries, the
/// Art. 18 lab registry, managers, publication.
public struct InstrumentRegistry: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    static func clean(_ s: String) -> String { s.trimmingCharacters(in: .whitespacesAndNewlines) }

    static func apply(_ input: InstrumentInput, to row: InstrumentRecord) throws {
        row.nameZh = clean(input.nameZh)
        row.nameEn = clean(input.nameEn)
        row.categoryCode = input.categoryCode
        row.maker = clean(input.maker)
        row.model = clean(input.model)
        row.originalValueYuan = input.originalValueYuan ?? 0
        row.purchaseDate = input.purchaseDate?.description
        row.publicFunding = input.publicFunding
        if let organisation = input.organisationID { row.organisationID = organisation }
        row.labID = input.labID
        row.location = clean(input.location)
        row.district = (input.district ?? .outsideBeijing).rawValue
        row.specs = clean(input.specs)
        row.status = input.status.rawValue
        row.serviceJSON = try InstrumentRecord.encode(input.service)
    }

    // MARK: Entries

    /// Registers an instrument (unpublished) for an institution whose research office the person is.
    public func register(_ input: InstrumentInput, by person: Person) async throws -> Instrument {
        let at = now()
        try InstrumentsRules.registration.validate(input, at: at)
        guard let organisation = input.organisationID, InstrumentAccess.mayRegister(.init(person), for: organisation) else {
            throw DomainError.forbidden(LocalizedText(zh: "只有管理单位的科研管理部门可以登记本单位的仪器",
                                                      en: "Only the managing institution's research office registers its instruments"), basis: .art(55))
        }
        try await checkLab(input)
        return try await withWriteTransaction(on: db) { tx in
            let row = InstrumentRecord()
            row.id = UUID()
            try Self.apply(input, to: row)
            row.published = false
            row.version = 1
            row.createdAt = at
            row.updatedAt = at
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "instrument.registered", objectType: "instrument",
                                                   objectID: try row.requireID().uuidString, summary: row.nameZh, basis: .art(55)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    func checkLab(_ input: InstrumentInput) async throws {
        guard let labID = input.labID else { return }
        guard let lab = try await LabRecord.find(labID, on: db), lab.organisationID == input.organisationID else {
            throw DomainError.validation([FieldError(field: "lab_id", rule: "instrument.lab.institution",
                                                     message: LocalizedText(zh: "所选实验室不属于该管理单位", en: "The lab chosen is not hosted by the managing institution"),
                                                     basis: .art(18))])
        }
    }

    /// Changes an entry (send the version you read). A published instrument is checked against the
    /// publication rules too: publicly funded ones keep their Art. 55 service information.
    public func update(_ id: Instrument.ID, _ input: InstrumentInput, expectedVersion: Int, by person: Person) async throws -> Instrument {
        let existing = try await find(id, as: person, for: .manage)
        var changed = input
        changed.organisationID = existing.organisationID
        let input = changed
        let at = now()
        try InstrumentsRules.registration.validate(input, at: at)
        if existing.published { try InstrumentsRules.publication.validate(input, at: at) }
        try await checkLab(input)
        return try await withWriteTransaction(on: db) { tx in
            try await OptimisticLock.update(InstrumentRecord.schema, id: id.rawValue, expectedVersion: expectedVersion, entity: "instrument", on: tx) {
                $0.set("updated_at", to: at)
            }
            guard let row = try await InstrumentRecord.find(id.rawValue, on: tx) else { throw DomainError.notFound(entity: "instrument") }
            try Self.apply(input, to: row)
            row.updatedAt = at
            try await row.save(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "instrument.updated", objectType: "instrument",
                                                   objectID: id.uuidString, summary: row.nameZh, basis: .art(55)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    /// Publishes the entry. Refused, citing Art. 55, when a publicly funded instrument lacks its
    /// service mode, content, process, fees or contact; the refusal is audited.
    public func publish(_ id: Instrument.ID, by person: Person) async throws -> Instrument {
        let instrument = try await find(id, as: person, for: .manage)
        let at = now()
        let problems = InstrumentsRules.publication.violations(of: InstrumentInput(instrument), at: at)
        if !problems.isEmpty {
            try await withWriteTransaction(on: db) { tx in
                try await AuditChain.append(AuditEvent(actor: person, action: "instrument.publication_refused", objectType: "instrument",
                                                       objectID: id.uuidString, summary: problems.map(\.rule).joined(separator: ", "), basis: .art(55)),
                                            on: tx, at: at)
            }
            throw DomainError.validation(problems)
        }
        return try await withWriteTransaction(on: db) { tx in
            guard let row = try await InstrumentRecord.find(id.rawValue, on: tx) else { throw DomainError.notFound(entity: "instrument") }
            row.published = true
            row.publishedAt = row.publishedAt ?? at
            row.updatedAt = at
            row.version += 1
            try await row.save(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "instrument.published", objectType: "instrument",
                                                   objectID: id.uuidString, summary: row.nameZh, basis: .art(55)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    /// The instrument, unchecked (services that already checked access).
    public func find(_ id: Instrument.ID) async throws -> Instrument {
        guard let row = try await InstrumentRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: "instrument") }
        return try row.toDomain()
    }

    /// The instrument if the viewer (nil: anonymous) may do `action` with it; otherwise it does not exist for them.
    public func find(_ id: Instrument.ID, as viewer: Person?, for action: InstrumentAccess.Action = .view) async throws -> Instrument {
        let instrument = try await find(id)
        // Anyone sees a published instrument, so its managers are read only when they can decide.
        let managers: Set<UUID> = action == .view && instrument.published ? [] : try await managerIDs(of: id)
        guard InstrumentAccess.may(action, InstrumentAccess.Viewer(viewer), InstrumentAccess.Facts(instrument, managers: managers)) else {
            throw DomainError.notFound(entity: "instrument")
        }
        return instrument
    }

    /// Whether the viewer may do `action` with an instrument they can already see.
    public func may(_ action: InstrumentAccess.Action, _ viewer: Person?, _ instrument: Instrument) async throws -> Bool {
        InstrumentAccess.may(action, InstrumentAccess.Viewer(viewer), InstrumentAccess.Facts(instrument, managers: try await managerIDs(of: instrument.id)))
    }

    /// Published instruments, by id.
    public func published(_ ids: [Instrument.ID]) async throws -> [Instrument] {
        guard !ids.isEmpty else { return [] }
        return try await InstrumentRecord.query(on: db).filter(\.$id ~~ ids.map(\.rawValue)).filter(\.$published == true).all().map { try $0.toDomain() }
    }

    /// Published instruments by facet, by name (search without words).
    public func browse(category: String?, district: String?, organisation: UUID?, limit: Int) async throws -> [Instrument] {
        var q = InstrumentRecord.query(on: db).filter(\.$published == true)
        if let category { q = q.filter(\.$categoryCode == category) }
        if let district { q = q.filter(\.$district == district) }
        if let organisation { q = q.filter(\.$organisationID == organisation) }
        return try await q.sort(\.$nameZh).limit(limit).all().map { try $0.toDomain() }
    }

    /// The institutions holding published instruments (the search filter's list).
    public func institutions() async throws -> [UUID] {
        guard let sql = db as? any SQLDatabase else { return [] }
        return try await sql.select().distinct().column("organisation_id").from(InstrumentRecord.schema).where("published", .equal, true).all()
            .map { try $0.decode(column: "organisation_id", as: UUID.self) }
    }

    /// Every published instrument (for the search index), changed at or after `since`.
    public func publishedChanged(since: Date) async throws -> [Instrument] {
        try await InstrumentRecord.query(on: db).filter(\.$updatedAt >= since).all().map { try $0.toDomain() }
    }

    /// The entries the viewer keeps or runs: their institutions' (research office) and those they manage.
    public func kept(by person: Person, limit: Int = 500) async throws -> [Instrument] {
        let viewer = InstrumentAccess.Viewer(person)
        let managed = try await ManagerRecord.query(on: db).filter(\.$personID == person.id).all().map(\.instrumentID)
        var query = InstrumentRecord.query(on: db)
        if !viewer.roles.contains(.platformAdmin) {
            let offices = viewer.roles.contains(.researchOffice) ? Array(viewer.researchOfficeOf) : []
            guard !offices.isEmpty || !managed.isEmpty else { return [] }
            query = query.group(.or) { $0.filter(\.$organisationID ~~ offices).filter(\.$id ~~ managed) }
        }
        return try await query.sort(\.$nameZh).limit(limit).all().map { try $0.toDomain() }
    }

    public func count(published: Bool? = nil) async throws -> Int {
        var q = InstrumentRecord.query(on: db)
        if let published { q = q.filter(\.$published == published) }
        return try await q.count()
    }

    // MARK: Managers

    public func managerIDs(of id: Instrument.ID) async throws -> Set<UUID> {
        Set(try await ManagerRecord.query(on: db).filter(\.$instrumentID == id.rawValue).all().map(\.personID))
    }

    /// The research office designates a manager of the instrument.
    public func addManager(_ personID: UUID, to id: Instrument.ID, by person: Person) async throws {
        _ = try await find(id, as: person, for: .manage)
        let at = now()
        try await withWriteTransaction(on: db) { tx in
            guard try await ManagerRecord.query(on: tx).filter(\.$instrumentID == id.rawValue).filter(\.$personID == personID).first() == nil else { return }
            let row = ManagerRecord()
            row.id = UUID()
            row.instrumentID = id.rawValue
            row.personID = personID
            row.createdAt = at
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "instrument.manager_added", objectType: "instrument",
                                                   objectID: id.uuidString, summary: personID.uuidString, basis: .art(55)), on: tx, at: at)
        }
    }

    // MARK: Labs (Art. 18)

    public func addLab(nameZh: String, nameEn: String, level: LabLevel, organisationID: UUID, by actor: AuditActor) async throws -> Lab {
        guard !Self.clean(nameZh).isEmpty else {
            throw DomainError.validation([FieldError(field: "name_zh", rule: "lab.name.required",
                                                     message: LocalizedText(zh: "请填写实验室名称", en: "Enter the laboratory's name"), basis: .art(18))])
        }
        let at = now()
        return try await withWriteTransaction(on: db) { tx in
            let row = LabRecord()
            row.id = UUID()
            row.nameZh = Self.clean(nameZh)
            row.nameEn = Self.clean(nameEn)
            row.level = level.rawValue
            row.organisationID = organisationID
            row.createdAt = at
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(actor: actor, action: "instrument.lab_added", objectType: "lab",
                                                   objectID: try row.requireID().uuidString, summary: row.nameZh, basis: .art(18)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    public func labs(organisation: UUID? = nil) async throws -> [Lab] {
        var q = LabRecord.query(on: db)
        if let organisation { q = q.filter(\.$organisationID == organisation) }
        return try await q.sort(\.$nameZh).all().map { try $0.toDomain() }
    }

    public func lab(_ id: Lab.ID) async throws -> Lab? { try await LabRecord.find(id.rawValue, on: db)?.toDomain() }
}
