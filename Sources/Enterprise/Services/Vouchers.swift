import FluentKit
import Foundation
import Identity
import Instruments
import Integrity
import KechuangCore
import SQLKit
import Storage

/// Innovation vouchers (科技创新券, Art. 23(3)): a yearly programme issues vouchers to eligible
/// enterprises within the cap per enterprise and the year's budget; enterprises redeem them at
/// registered providers (instrument use names an instrument of the provider); the provider claims
/// settlement with the service record; the department settles.
///
/// A voucher is spent at most once and never after its expiry: the service checks and refuses
/// with the article, and the database refuses what a race slips past (ENT0007: unique voucher,
/// composite foreign key to the voucher's terms, CHECK on the day and the amount).
public struct Vouchers: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    static let basis = EnterpriseRules.vouchers
    var today: BeijingDay { BeijingDay(containing: now()) }

    func requireOfficer(_ person: Person) throws {
        guard EnterpriseAccess.runsProgrammes(.init(person)) else {
            throw DomainError.forbidden(LocalizedText(zh: "只有项目主管或政府部门工作人员可以管理创新券", en: "Only programme officers and department staff manage vouchers"), basis: Self.basis)
        }
    }

    func refuse(_ refusal: EnterpriseRules.Refusal, _ person: Person, object: String, at: Date) async throws -> Never {
        try await withWriteTransaction(on: db) { tx in
            try await AuditChain.append(AuditEvent(actor: person, action: "enterprise.voucher_refused", objectType: "enterprise_voucher", objectID: object,
                                                   summary: "\(refusal.rawValue): \(refusal.message.en)", basis: Self.basis), on: tx, at: at)
        }
        throw DomainError.validation([refusal.error])
    }

    // MARK: Programmes and issuing

    public struct ProgrammeInput: Sendable {
        public var year: Int, nameZh: String, nameEn: String
        public var faceValueFen: Int, capPerEnterpriseFen: Int, budgetFen: Int
        public var expiresOn: BeijingDay
        public var eligibility: [Criterion]

        public init(year: Int, nameZh: String, nameEn: String, faceValueFen: Int, capPerEnterpriseFen: Int, budgetFen: Int, expiresOn: BeijingDay, eligibility: [Criterion]) {
            self.year = year
            self.nameZh = nameZh
            self.nameEn = nameEn
            self.faceValueFen = faceValueFen
            self.capPerEnterpriseFen = capPerEnterpriseFen
            self.budgetFen = budgetFen
            self.expiresOn = expiresOn
            self.eligibility = eligibility
        }
    }

    /// The usual eligibility: SMEs and start-ups (no more than 500 staff and 200 million yuan revenue).
    public static let smeEligibility: [Criterion] = [
        Criterion(id: "voucher.eligible.staff", label: LocalizedText(zh: "职工总数不超过500人", en: "No more than 500 staff"),
                  anyOf: [Condition(.staff, .atMost, 500)], source: nil, basis: ArticleRef(23, paragraph: 3)),
        Criterion(id: "voucher.eligible.revenue", label: LocalizedText(zh: "年营业收入不超过2亿元", en: "Revenue of no more than 200 million yuan"),
                  anyOf: [Condition(.revenue, .atMost, 200_000_000)], source: nil, basis: ArticleRef(23, paragraph: 3)),
    ]

    public func createProgramme(_ input: ProgrammeInput, by person: Person) async throws -> VoucherProgramme {
        try requireOfficer(person)
        var errors: [FieldError] = []
        if input.nameZh.trimmingCharacters(in: .whitespaces).isEmpty {
            errors.append(FieldError(field: "name_zh", rule: "voucher.programme.name", message: LocalizedText(zh: "请填写项目名称", en: "Enter the programme's name"), basis: Self.basis))
        }
        if input.faceValueFen <= 0 || input.capPerEnterpriseFen < input.faceValueFen || input.budgetFen < input.capPerEnterpriseFen {
            errors.append(FieldError(field: "face_value", rule: "voucher.programme.amounts", message: LocalizedText(
                zh: "券面额须大于0，每家企业上限不低于券面额，年度总额不低于每家企业上限", en: "The voucher value is above 0, the cap per enterprise at least one voucher, the budget at least one cap"), basis: Self.basis))
        }
        if !errors.isEmpty { throw DomainError.validation(errors) }
        let at = now()
        let row = ProgrammeRecord()
        row.id = UUID()
        row.year = input.year
        row.nameZh = input.nameZh
        row.nameEn = input.nameEn
        row.faceValueFen = input.faceValueFen
        row.capPerEnterpriseFen = input.capPerEnterpriseFen
        row.budgetFen = input.budgetFen
        row.issuedFen = 0
        row.expiresOn = input.expiresOn.description
        row.eligibilityJSON = try StoredJSON.encode(input.eligibility)
        row.createdAt = at
        return try await withWriteTransaction(on: db) { tx in
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "enterprise.voucher_programme_created", objectType: "enterprise_voucher_programme",
                                                   objectID: try row.requireID().uuidString, summary: "\(input.year) \(input.nameZh)", basis: Self.basis), on: tx, at: at)
            return try row.toDomain()
        }
    }

    public func programmes() async throws -> [VoucherProgramme] {
        try await ProgrammeRecord.query(on: db).sort(\.$year, .descending).sort(\.$createdAt).all().map { try $0.toDomain() }
    }

    public func programme(_ id: VoucherProgramme.ID) async throws -> VoucherProgramme {
        guard let row = try await ProgrammeRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: "enterprise_voucher_programme") }
        return try row.toDomain()
    }

    /// Issues one voucher to an enterprise whose verified profile of the programme's year meets
    /// the eligibility, within the cap per enterprise and the year's budget (the budget is taken
    /// by one conditional update of the programme row, so concurrent issuing cannot overspend it),
    /// and not restricted from fiscal support (Art. 60).
    public func issue(_ programmeID: VoucherProgramme.ID, to organisationID: UUID, by person: Person) async throws -> Voucher {
        try requireOfficer(person)
        let programme = try await programme(programmeID)
        let at = now()
        let profile = try await Profiles(db: db, now: now).profile(of: organisationID, year: programme.year)
        guard let profile, profile.state == .verified,
              BenefitMatching.match(programme.eligibility, ProfileFacts(year: profile.year, figures: profile.figures)) != nil else {
            try await refuse(.notEligible, person, object: organisationID.uuidString, at: at)
        }
        try await IntegrityService(db: db, now: now).check(.organisation(organisationID), .fiscalFunding, at: at).enforce()
        let face = programme.faceValueFen, cap = programme.capPerEnterpriseFen
        let issued = today, expires = programme.expiresOn
        do {
            return try await withWriteTransaction(on: db) { tx in
                guard let sql = tx as? any SQLDatabase else { throw DomainError.notFound(entity: "enterprise_voucher_programme") }
                let taken = try await sql.update(ProgrammeRecord.schema)
                    .set("issued_fen", to: SQLBinaryExpression(SQLColumn("issued_fen"), .add, SQLBind(face)))
                    .where("id", .equal, programmeID.rawValue)
                    .where(SQLBinaryExpression(SQLBinaryExpression(SQLColumn("issued_fen"), .add, SQLBind(face)), .lessThanOrEqual, SQLColumn("budget_fen")))
                    .returning("id").all()
                guard !taken.isEmpty else { throw EnterpriseRules.Refusal.budget.domainError }
                // Summed here: PostgreSQL's SUM of a bigint is a numeric, which does not decode as Int.
                let held = try await VoucherRecord.query(on: tx).filter(\.$programmeID == programmeID.rawValue).filter(\.$organisationID == organisationID)
                    .all().reduce(0) { $0 + $1.faceValueFen }
                guard held + face <= cap else { throw EnterpriseRules.Refusal.capPerEnterprise.domainError }
                let row = VoucherRecord()
                row.id = UUID()
                row.programmeID = programmeID.rawValue
                row.organisationID = organisationID
                row.faceValueFen = face
                row.issuedOn = issued.description
                row.expiresOn = expires.description
                row.createdAt = at
                try await row.create(on: tx)
                try await AuditChain.append(AuditEvent(actor: person, action: "enterprise.voucher_issued", objectType: "enterprise_voucher",
                                                       objectID: try row.requireID().uuidString, summary: "\(organisationID.uuidString) \(face) fen until \(expires)",
                                                       basis: Self.basis), on: tx, at: at)
                return try row.toDomain()
            }
        } catch DomainError.validation(let errors) {
            if let refusal = errors.first.flatMap({ EnterpriseRules.Refusal(rawValue: $0.rule) }) {
                try await refuse(refusal, person, object: organisationID.uuidString, at: at)
            }
            throw DomainError.validation(errors)
        }
    }

    public func vouchers(of organisationID: UUID) async throws -> [Voucher] {
        try await VoucherRecord.query(on: db).filter(\.$organisationID == organisationID).sort(\.$createdAt, .descending).all().map { try $0.toDomain() }
    }

    public func voucher(_ id: Voucher.ID) async throws -> Voucher {
        guard let row = try await VoucherRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: "enterprise_voucher") }
        return try row.toDomain()
    }

    // MARK: Providers

    public func registerProvider(_ organisationID: UUID, services: [VoucherService], legalRepresentative: String, shareholders: [String],
                                 by person: Person) async throws -> VoucherProvider {
        try requireOfficer(person)
        guard !services.isEmpty, !legalRepresentative.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw DomainError.validation([FieldError(field: "services", rule: "voucher.provider.required", message: LocalizedText(
                zh: "请选择服务类别并填写法定代表人", en: "Choose the services and enter the legal representative"), basis: Self.basis)])
        }
        let at = now()
        let row = ProviderRecord()
        row.id = UUID()
        row.organisationID = organisationID
        row.services = services.map(\.rawValue).joined(separator: ",")
        row.legalRepresentative = legalRepresentative.trimmingCharacters(in: .whitespaces)
        row.shareholdersJSON = try StoredJSON.encode(shareholders.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        row.active = true
        row.createdAt = at
        return try await withWriteTransaction(on: db) { tx in
            try await row.create(on: tx)
            try await AuditChain.append(AuditEvent(actor: person, action: "enterprise.voucher_provider_registered", objectType: "enterprise_voucher_provider",
                                                   objectID: try row.requireID().uuidString, summary: organisationID.uuidString, basis: Self.basis), on: tx, at: at)
            return try row.toDomain()
        }
    }

    public func providers() async throws -> [VoucherProvider] {
        try await ProviderRecord.query(on: db).filter(\.$active == true).sort(\.$createdAt).all().map { try $0.toDomain() }
    }

    public func provider(_ id: VoucherProvider.ID) async throws -> VoucherProvider {
        guard let row = try await ProviderRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: "enterprise_voucher_provider") }
        return try row.toDomain()
    }

    /// Providers the person speaks for.
    public func providers(of person: Person) async throws -> [VoucherProvider] {
        let viewer = EnterpriseAccess.Viewer(person)
        return try await providers().filter { viewer.memberships[$0.organisationID] != nil }
    }

    // MARK: Redemption

    public struct RedemptionInput: Sendable {
        public var providerID: VoucherProvider.ID?
        public var service: VoucherService?
        public var amountFen: Int?
        public var instrumentID: UUID?
        public var description: String

        public init(providerID: VoucherProvider.ID?, service: VoucherService?, amountFen: Int?, instrumentID: UUID? = nil, description: String) {
            self.providerID = providerID
            self.service = service
            self.amountFen = amountFen
            self.instrumentID = instrumentID
            self.description = description
        }
    }

    /// Related parties (Art. 23(3)): the same legal representative, or a shareholder in common, as entered.
    public static func related(_ provider: VoucherProvider, _ enterprise: ProfileFigures) -> Bool {
        let norm = { (s: String) in s.trimmingCharacters(in: .whitespaces).lowercased() }
        if !provider.legalRepresentative.isEmpty && norm(provider.legalRepresentative) == norm(enterprise.legalRepresentative) { return true }
        let a = Set(provider.shareholders.map(norm).filter { !$0.isEmpty }), b = Set(enterprise.shareholders.map(norm).filter { !$0.isEmpty })
        return !a.isDisjoint(with: b)
    }

    /// The enterprise spends a voucher at a provider. Refused, citing Art. 23(3) and audited, when
    /// the voucher is not the enterprise's, has expired or was spent, the amount exceeds it, the
    /// provider is not registered for the service, the two are related parties, or the instrument
    /// is not the provider's. A concurrent second redemption loses at the database.
    public func redeem(_ voucherID: Voucher.ID, _ input: RedemptionInput, by person: Person) async throws -> Redemption {
        let at = now()
        let voucher = try await voucher(voucherID)
        let object = voucherID.uuidString
        guard EnterpriseAccess.actsFor(.init(person), enterprise: voucher.organisationID) else { try await refuse(.notHolder, person, object: object, at: at) }
        let day = today
        if day > voucher.expiresOn { try await refuse(.expired, person, object: object, at: at) }
        if try await RedemptionRecord.query(on: db).filter(\.$voucherID == voucherID.rawValue).count() > 0 { try await refuse(.spent, person, object: object, at: at) }
        guard let amount = input.amountFen, amount > 0, amount <= voucher.faceValueFen else { try await refuse(.overValue, person, object: object, at: at) }
        // A missing provider is a refusal; a database error or an unreadable row is an error, not a refusal.
        let named: VoucherProvider? = if let providerID = input.providerID { try await ProviderRecord.find(providerID.rawValue, on: db)?.toDomain() } else { nil }
        guard let providerID = input.providerID, let provider = named, provider.active else {
            try await refuse(.providerInactive, person, object: object, at: at)
        }
        guard let service = input.service, provider.services.contains(service) else { try await refuse(.serviceNotOffered, person, object: object, at: at) }
        let profile = try await Profiles(db: db, now: now).latestVerified(of: voucher.organisationID)
        let figures: ProfileFigures? = if let profile { profile.figures } else { try await Profiles(db: db, now: now).profiles(of: voucher.organisationID).first?.figures }
        if let figures, Self.related(provider, figures) { try await refuse(.relatedParty, person, object: object, at: at) }
        if provider.organisationID == voucher.organisationID { try await refuse(.relatedParty, person, object: object, at: at) }
        var instrumentID: UUID?
        if service == .instrumentUse {
            var named: Instrument?
            if let id = input.instrumentID {
                do { named = try await InstrumentRegistry(db: db, now: now).find(Instrument.ID(id)) } catch DomainError.notFound { named = nil }
            }
            guard let instrument = named, instrument.organisationID == provider.organisationID else {
                try await refuse(.instrumentNotProviders, person, object: object, at: at)
            }
            instrumentID = instrument.id.rawValue
        }
        let row = RedemptionRecord()
        row.id = UUID()
        row.voucherID = voucherID.rawValue
        row.expiresOn = voucher.expiresOn.description
        row.faceValueFen = voucher.faceValueFen
        row.providerID = providerID.rawValue
        row.organisationID = voucher.organisationID
        row.service = service.rawValue
        row.amountFen = amount
        row.redeemedOn = day.description
        row.instrumentID = instrumentID
        row.description = String(input.description.trimmingCharacters(in: .whitespacesAndNewlines).prefix(2000))
        row.state = RedemptionState.redeemed.rawValue
        row.serviceRecord = ""
        row.version = 1
        row.createdAt = at
        do {
            return try await withWriteTransaction(on: db) { tx in
                try await row.create(on: tx)
                try await AuditChain.append(AuditEvent(actor: person, action: "enterprise.voucher_redeemed", objectType: "enterprise_voucher",
                                                       objectID: object, summary: "\(amount) fen at provider \(providerID.uuidString) for \(service.rawValue)",
                                                       basis: Self.basis), on: tx, at: at)
                return try row.toDomain()
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // Another redemption of the same voucher won the race (or the day passed the expiry).
            try await refuse(day > voucher.expiresOn ? .expired : .spent, person, object: object, at: at)
        }
    }

    public func redemptions(of organisationID: UUID) async throws -> [Redemption] {
        try await RedemptionRecord.query(on: db).filter(\.$organisationID == organisationID).sort(\.$createdAt, .descending).all().map { try $0.toDomain() }
    }

    public func redemptions(at providerID: VoucherProvider.ID) async throws -> [Redemption] {
        try await RedemptionRecord.query(on: db).filter(\.$providerID == providerID.rawValue).sort(\.$createdAt, .descending).all().map { try $0.toDomain() }
    }

    public func claimed() async throws -> [Redemption] {
        try await RedemptionRecord.query(on: db).filter(\.$state == RedemptionState.claimed.rawValue).sort(\.$claimedAt).all().map { try $0.toDomain() }
    }

    func redemption(_ id: Redemption.ID) async throws -> Redemption {
        guard let row = try await RedemptionRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: "enterprise_voucher_redemption") }
        return try row.toDomain()
    }

    /// The provider claims settlement with the service record (what was done, e.g. the test report number).
    public func claim(_ id: Redemption.ID, serviceRecord: String, by person: Person) async throws -> Redemption {
        let r = try await redemption(id)
        let provider = try await provider(r.providerID)
        guard EnterpriseAccess.member(.init(person), of: provider.organisationID) else { throw DomainError.notFound(entity: "enterprise_voucher_redemption") }
        let record = String(serviceRecord.trimmingCharacters(in: .whitespacesAndNewlines).prefix(4000))
        guard r.state == .redeemed, !record.isEmpty else {
            throw DomainError.validation([FieldError(field: "service_record", rule: "voucher.claim.record", message: LocalizedText(
                zh: "请填写服务记录（服务内容、报告编号等）；已申请结算的不能重复申请", en: "Enter the service record (what was done, report numbers); a claim is made once"), basis: Self.basis)])
        }
        return try await transition(r, action: "enterprise.voucher_claimed", by: person) {
            $0.set("state", to: RedemptionState.claimed.rawValue).set("service_record", to: record).set("claimed_at", to: self.now())
        }
    }

    /// The department settles a claimed redemption.
    public func settle(_ id: Redemption.ID, by person: Person) async throws -> Redemption {
        try requireOfficer(person)
        let r = try await redemption(id)
        guard r.state == .claimed else {
            throw DomainError.validation([FieldError(field: "redemption", rule: "voucher.settle.claimed", message: LocalizedText(
                zh: "只有已申请结算的记录可以结算", en: "Only a claimed redemption can be settled"), basis: Self.basis)])
        }
        let at = now()
        return try await transition(r, action: "enterprise.voucher_settled", by: person) {
            $0.set("state", to: RedemptionState.settled.rawValue).set("settled_at", to: at).set("settled_by", to: person.id)
        }
    }

    func transition(_ r: Redemption, action: String, by person: Person, set: @escaping @Sendable (SQLUpdateBuilder) -> SQLUpdateBuilder) async throws -> Redemption {
        let at = now()
        return try await withWriteTransaction(on: db) { tx in
            try await OptimisticLock.update(RedemptionRecord.schema, id: r.id.rawValue, expectedVersion: r.version, entity: "enterprise_voucher_redemption", on: tx, set: set)
            try await AuditChain.append(AuditEvent(actor: person, action: action, objectType: "enterprise_voucher_redemption", objectID: r.id.uuidString,
                                                   summary: "\(r.amountFen) fen", basis: Self.basis), on: tx, at: at)
            guard let row = try await RedemptionRecord.find(r.id.rawValue, on: tx) else { throw DomainError.notFound(entity: "enterprise_voucher_redemption") }
            return try row.toDomain()
        }
    }
}

extension EnterpriseRules.Refusal {
    var domainError: DomainError { .validation([error]) }
}
