import FluentKit
import Foundation
import Identity
import KechuangCore
import Storage

/// The registries with yearly evaluation — new R&D institutions (Art. 25(3)), S&T service
/// institutions (Art. 26(2)), incubators and maker spaces (Art. 37), innovation consortia
/// (Art. 23(2)) — and the S&T finance products matched to a profile (Art. 51–54).
public struct Registries: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    func requireOfficer(_ person: Person, _ basis: ArticleRef) throws {
        guard EnterpriseAccess.runsProgrammes(.init(person)) else {
            throw DomainError.forbidden(LocalizedText(zh: "只有项目主管或政府部门工作人员可以维护名录", en: "Only programme officers and department staff keep the registries"), basis: .article(basis))
        }
    }

    public struct EntryInput: Sendable {
        public var kind: RegistryKind, organisationID: UUID, nameZh: String, nameEn: String, field: String, recognisedYear: Int, members: [UUID]
        public init(kind: RegistryKind, organisationID: UUID, nameZh: String, nameEn: String, field: String, recognisedYear: Int, members: [UUID] = []) {
            self.kind = kind
            self.organisationID = organisationID
            self.nameZh = nameZh
            self.nameEn = nameEn
            self.field = field
            self.recognisedYear = recognisedYear
            self.members = members
        }
    }

    public func add(_ input: EntryInput, by person: Person) async throws -> RegistryEntry {
        try requireOfficer(person, input.kind.basis)
        guard !input.nameZh.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw DomainError.validation([FieldError(field: "name_zh", rule: "registry.name", message: LocalizedText(zh: "请填写名称", en: "Enter the name"), basis: .article(input.kind.basis))])
        }
        let at = now()
        let row = RegistryEntryRecord()
        row.id = UUID()
        row.kind = input.kind.rawValue
        row.organisationID = input.organisationID
        row.nameZh = input.nameZh
        row.nameEn = input.nameEn
        row.field = input.field
        row.recognisedYear = input.recognisedYear
        row.membersJSON = try StoredJSON.encode(input.members)
        row.createdAt = at
        return try await withWriteTransaction(on: db) { tx in
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "enterprise.registry_added", objectType: "enterprise_registry_entry",
                                                   objectID: try row.requireID().uuidString, summary: "\(input.kind.rawValue) \(input.nameZh)",
                                                   basis: .article(input.kind.basis)), on: tx, at: at)
            return try row.toDomain(evaluations: [])
        }
    }

    /// Records the year's evaluation of an entry (once per year).
    public func evaluate(_ id: RegistryEntry.ID, year: Int, grade: EvaluationGrade, summary: String, by person: Person) async throws -> RegistryEntry {
        guard let entry = try await RegistryEntryRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: "enterprise_registry_entry") }
        let kind = try StoredValue.decode(RegistryKind.self, entry.kind, table: RegistryEntryRecord.schema, id: entry.id, column: "kind")
        try requireOfficer(person, kind.basis)
        let at = now()
        let row = RegistryEvaluationRecord()
        row.id = UUID()
        row.entryID = id.rawValue
        row.year = year
        row.grade = grade.rawValue
        row.summary = String(summary.prefix(2000))
        row.evaluatedBy = person.id
        row.createdAt = at
        do {
            try await withWriteTransaction(on: db) { tx in
                try await row.create(on: tx)
                try await AuditChain.append(AuditEvent(actor: person, action: "enterprise.registry_evaluated", objectType: "enterprise_registry_entry",
                                                       objectID: id.uuidString, summary: "\(year) \(grade.rawValue)", basis: .article(kind.basis)), on: tx, at: at)
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw DomainError.duplicate(field: "year", message: LocalizedText(zh: "该年度已有评价", en: "This year has already been evaluated"))
        }
        return try await self.entry(id)
    }

    public func entry(_ id: RegistryEntry.ID) async throws -> RegistryEntry {
        guard let row = try await RegistryEntryRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: "enterprise_registry_entry") }
        let evaluations = try await RegistryEvaluationRecord.query(on: db).filter(\.$entryID == id.rawValue).sort(\.$year, .descending).all().map { try $0.toDomain() }
        return try row.toDomain(evaluations: evaluations)
    }

    public func entries(kind: RegistryKind? = nil) async throws -> [RegistryEntry] {
        let q = RegistryEntryRecord.query(on: db).sort(\.$kind).sort(\.$nameZh)
        if let kind { q.filter(\.$kind == kind.rawValue) }
        let rows = try await q.limit(1000).all()
        let ids = try rows.map { try $0.requireID() }
        var evaluations: [UUID: [RegistryEvaluation]] = [:]
        if !ids.isEmpty {
            for e in try await RegistryEvaluationRecord.query(on: db).filter(\.$entryID ~~ ids).sort(\.$year, .descending).all() {
                evaluations[e.entryID, default: []].append(try e.toDomain())
            }
        }
        return try rows.map { try $0.toDomain(evaluations: evaluations[try $0.requireID()] ?? []) }
    }

    // MARK: Finance

    public struct ProductInput: Sendable {
        public var providerID: UUID, kind: FinanceKind, nameZh: String, nameEn: String, descriptionZh: String, criteria: [Criterion]
        public init(providerID: UUID, kind: FinanceKind, nameZh: String, nameEn: String, descriptionZh: String, criteria: [Criterion]) {
            self.providerID = providerID
            self.kind = kind
            self.nameZh = nameZh
            self.nameEn = nameEn
            self.descriptionZh = descriptionZh
            self.criteria = criteria
        }
    }

    /// A bank, insurer or fund lists a product (its members, or an officer for it).
    public func addProduct(_ input: ProductInput, by person: Person) async throws -> FinanceProduct {
        let viewer = EnterpriseAccess.Viewer(person)
        guard EnterpriseAccess.member(viewer, of: input.providerID) || EnterpriseAccess.runsProgrammes(viewer) else {
            throw DomainError.forbidden(LocalizedText(zh: "只有金融机构本身或主管部门可以发布金融产品", en: "Only the financial institution or the department lists its products"), basis: .article(input.kind.basis))
        }
        guard !input.nameZh.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw DomainError.validation([FieldError(field: "name_zh", rule: "finance.name", message: LocalizedText(zh: "请填写产品名称", en: "Enter the product's name"), basis: .article(input.kind.basis))])
        }
        let at = now()
        let row = FinanceProductRecord()
        row.id = UUID()
        row.providerID = input.providerID
        row.kind = input.kind.rawValue
        row.nameZh = input.nameZh
        row.nameEn = input.nameEn
        row.descriptionZh = input.descriptionZh
        row.criteriaJSON = try StoredJSON.encode(input.criteria)
        row.createdAt = at
        return try await withWriteTransaction(on: db) { tx in
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "enterprise.finance_product_listed", objectType: "enterprise_finance_product",
                                                   objectID: try row.requireID().uuidString, summary: input.nameZh, basis: .article(input.kind.basis)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    public func products() async throws -> [FinanceProduct] {
        try await FinanceProductRecord.query(on: db).sort(\.$kind).sort(\.$createdAt).all().map { try $0.toDomain() }
    }

    /// Every product with the profile's result on each of its criteria: eligible when all are met.
    public func matchProducts(_ facts: ProfileFacts) async throws -> [(product: FinanceProduct, results: [CriterionResult], eligible: Bool)] {
        try await products().map { p in
            let results = p.criteria.map { $0.evaluate(facts) }
            return (p, results, results.allSatisfy(\.met))
        }.sorted { $0.eligible && !$1.eligible }
    }
}
