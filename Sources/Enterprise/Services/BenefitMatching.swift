import FluentKit
import Foundation
import Identity
import KechuangCore
import SQLKit
import Storage

/// Policy matching without application (免申即享, Art. 23(3)): every active benefit of a year is
/// matched against every verified profile of that year; an eligible enterprise is told (a match
/// with the reason, criterion by criterion, and the article) without applying; an officer
/// confirms and the benefit is recorded. Matching again adds only new matches.
public struct BenefitMatching: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    static let basis = LegalBasis.art(23, 3)

    /// The criteria's results when every one is met; nil otherwise. Pure.
    public static func match(_ criteria: [Criterion], _ facts: ProfileFacts) -> [CriterionResult]? {
        var results: [CriterionResult] = []
        results.reserveCapacity(criteria.count)
        for c in criteria {
            let r = c.evaluate(facts)
            if !r.met { return nil }
            results.append(r)
        }
        return results
    }

    public struct BenefitInput: Sendable {
        public var titleZh: String, titleEn: String, summaryZh: String, summaryEn: String
        public var year: Int
        public var criteria: [Criterion]
        public var source: SourceRef?
        public var basis: ArticleRef

        public init(titleZh: String, titleEn: String, summaryZh: String, summaryEn: String, year: Int, criteria: [Criterion], source: SourceRef?, basis: ArticleRef) {
            self.titleZh = titleZh
            self.titleEn = titleEn
            self.summaryZh = summaryZh
            self.summaryEn = summaryEn
            self.year = year
            self.criteria = criteria
            self.source = source
            self.basis = basis
        }
    }

    func requireOfficer(_ person: Person) throws {
        guard EnterpriseAccess.runsProgrammes(.init(person)) else {
            throw DomainError.forbidden(LocalizedText(zh: "只有项目主管或政府部门工作人员可以管理惠企政策", en: "Only programme officers and department staff manage benefits"), basis: Self.basis)
        }
    }

    public func create(_ input: BenefitInput, by person: Person) async throws -> Benefit {
        try requireOfficer(person)
        guard !input.titleZh.trimmingCharacters(in: .whitespaces).isEmpty, !input.criteria.isEmpty else {
            throw DomainError.validation([FieldError(field: "title_zh", rule: "benefit.required", message: LocalizedText(
                zh: "请填写政策名称和至少一项条件", en: "Enter the benefit's title and at least one condition"), basis: Self.basis)])
        }
        let at = now()
        let row = BenefitRecord()
        row.id = UUID()
        row.titleZh = input.titleZh
        row.titleEn = input.titleEn
        row.summaryZh = input.summaryZh
        row.summaryEn = input.summaryEn
        row.year = input.year
        row.criteriaJSON = try StoredJSON.encode(input.criteria)
        row.sourceJSON = try input.source.map { try StoredJSON.encode($0) }
        row.basis = input.basis.code
        row.active = true
        row.createdAt = at
        return try await withWriteTransaction(on: db) { tx in
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "enterprise.benefit_created", objectType: "enterprise_benefit",
                                                   objectID: try row.requireID().uuidString, summary: input.titleZh, basis: .article(input.basis)), on: tx, at: at)
            return try row.toDomain()
        }
    }

    public func benefits(year: Int? = nil) async throws -> [Benefit] {
        let q = BenefitRecord.query(on: db).sort(\.$year, .descending).sort(\.$createdAt)
        if let year { q.filter(\.$year == year) }
        return try await q.all().map { try $0.toDomain() }
    }

    public func benefit(_ id: Benefit.ID) async throws -> Benefit {
        guard let row = try await BenefitRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: "enterprise_benefit") }
        return try row.toDomain()
    }

    public func matches(of organisationID: UUID) async throws -> [BenefitMatch] {
        try await Self.domain(try await BenefitMatchRecord.query(on: db).filter(\.$organisationID == organisationID).sort(\.$matchedAt, .descending).all(), on: db)
    }

    public func pending(limit: Int = 200) async throws -> [BenefitMatch] {
        try await Self.domain(try await BenefitMatchRecord.query(on: db).filter(\.$state == MatchState.notified.rawValue).sort(\.$matchedAt).limit(limit).all(), on: db)
    }

    /// The matches with their explanations: the conditions each was judged by are read once per
    /// version (one query), then combined with each match's own figures.
    static func domain(_ rows: [BenefitMatchRecord], on db: any Database) async throws -> [BenefitMatch] {
        let ids = Set(rows.compactMap(\.criteriaID))
        var criteria: [UUID: [Criterion]] = [:]
        if !ids.isEmpty {
            for row in try await BenefitCriteriaRecord.query(on: db).filter(\.$id ~~ ids).all() { criteria[try row.requireID()] = try row.criteria() }
        }
        return try rows.map { try $0.toDomain(criteria: criteria) }
    }

    public func countPending() async throws -> Int {
        try await BenefitMatchRecord.query(on: db).filter(\.$state == MatchState.notified.rawValue).count()
    }

    /// The officer confirms (the benefit is recorded as granted) or declines with a reason.
    public func decide(_ id: BenefitMatch.ID, confirm: Bool, note: String, by person: Person) async throws -> BenefitMatch {
        try requireOfficer(person)
        guard let row = try await BenefitMatchRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: "enterprise_benefit_match") }
        guard let match = try await Self.domain([row], on: db).first else { throw DomainError.notFound(entity: "enterprise_benefit_match") }
        let clean = String(note.trimmingCharacters(in: .whitespacesAndNewlines).prefix(2000))
        guard match.state == .notified else {
            throw DomainError.validation([FieldError(field: "decision", rule: "benefit.decide.state", message: LocalizedText(
                zh: "该匹配结果已处理", en: "This match has already been decided"), basis: Self.basis)])
        }
        if !confirm && clean.isEmpty {
            throw DomainError.validation([FieldError(field: "note", rule: "benefit.decline.note", message: LocalizedText(
                zh: "不予确认时请写明理由", en: "Give the reason when not confirming"), basis: Self.basis)])
        }
        let at = now()
        return try await withWriteTransaction(on: db) { tx in
            try await OptimisticLock.update(BenefitMatchRecord.schema, id: id.rawValue, expectedVersion: match.version, entity: "enterprise_benefit_match", on: tx) {
                $0.set("state", to: (confirm ? MatchState.confirmed : .declined).rawValue).set("decided_by", to: person.id)
                    .set("decided_at", to: at).set("note", to: clean)
            }
            try await AuditChain.append(AuditEvent(actor: person, action: confirm ? "enterprise.benefit_confirmed" : "enterprise.benefit_declined",
                                                   objectType: "enterprise_benefit_match", objectID: id.uuidString,
                                                   summary: "\(match.benefitID.uuidString) → \(match.organisationID.uuidString) \(match.year)", basis: Self.basis), on: tx, at: at)
            guard let fresh = try await BenefitMatchRecord.find(id.rawValue, on: tx),
                  let decided = try await Self.domain([fresh], on: tx).first else { throw DomainError.notFound(entity: "enterprise_benefit_match") }
            return decided
        }
    }
}
