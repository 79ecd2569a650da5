import FluentKit
import Foundation
import Identity
import KechuangCore
import SQLKit
import Storage

/// Officers correct what they set up (Art. 23(3), 25, 26, 37, 51–54): a benefit's conditions, a
/// voucher programme's caps, a provider's services, a registry entry, a finance product. Who may
/// is `EnterpriseAccess.setsUpProgrammes`; every change is audited with the article. What was
/// already decided keeps its terms: a match keeps its reasons, an issued voucher its value and expiry.
extension BenefitMatching {
    /// Changes a benefit's title, summary and conditions, or withdraws it (`active` false: the next
    /// matching run leaves it out; matches already told keep their reasons).
    public func update(_ id: Benefit.ID, _ input: BenefitInput, active: Bool, by person: Person) async throws -> Benefit {
        try EnterpriseAccess.requireSetsUp(person, basis: Self.basis)
        _ = try await benefit(id)
        try Self.validate(input)
        let at = now()
        let criteria = try StoredJSON.encode(input.criteria)
        let source = try input.source.map { try StoredJSON.encode($0) }
        return try await withWriteTransaction(on: db) { tx in
            guard let sql = tx as? any SQLDatabase else { throw DomainError.notFound(entity: "enterprise_benefit") }
            try await sql.update(BenefitRecord.schema).set("title_zh", to: input.titleZh).set("title_en", to: input.titleEn)
                .set("summary_zh", to: input.summaryZh).set("summary_en", to: input.summaryEn).set("year", to: input.year)
                .set("criteria_json", to: criteria).set("source_json", to: source).set("basis", to: input.basis.code).set("active", to: active)
                .where("id", .equal, id.rawValue).run()
            try await AuditChain.append(AuditEvent(actor: person, action: active ? "enterprise.benefit_updated" : "enterprise.benefit_withdrawn",
                                                   objectType: "enterprise_benefit", objectID: id.uuidString,
                                                   summary: "\(input.titleZh) · \(input.criteria.count) conditions", basis: .article(input.basis)), on: tx, at: at)
            guard let row = try await BenefitRecord.find(id.rawValue, on: tx) else { throw DomainError.notFound(entity: "enterprise_benefit") }
            return try row.toDomain()
        }
    }

    static func validate(_ input: BenefitInput) throws {
        var errors: [FieldError] = []
        if input.titleZh.trimmingCharacters(in: .whitespaces).isEmpty {
            errors.append(FieldError(field: "title_zh", rule: "benefit.title", message: LocalizedText(zh: "请填写政策名称", en: "Enter the benefit's title"), basis: basis))
        }
        if input.criteria.isEmpty {
            errors.append(FieldError(field: "c1_metric", rule: "benefit.conditions", message: LocalizedText(
                zh: "请至少填写一项条件", en: "Enter at least one condition"), basis: basis))
        }
        if !errors.isEmpty { throw DomainError.validation(errors) }
    }
}

extension Vouchers {
    /// Changes a programme's name, caps, expiry and eligibility. The year's budget can never fall
    /// below what is already issued (checked in the same conditional update, and by ENT0004's
    /// CHECK); vouchers already issued keep their value and expiry.
    public func updateProgramme(_ id: VoucherProgramme.ID, _ input: ProgrammeInput, by person: Person) async throws -> VoucherProgramme {
        try EnterpriseAccess.requireSetsUp(person, basis: Self.basis)
        let current = try await programme(id)
        try Self.validate(input)
        let at = now()
        let eligibility = try StoredJSON.encode(input.eligibility)
        let tooLow = FieldError(field: "budget", rule: "voucher.programme.budget_below_issued", message: LocalizedText(
            zh: "年度总额不能低于已发放的 \(String(format: "%.2f", Double(current.issuedFen) / 100)) 元",
            en: "The budget cannot be below the ¥\(String(format: "%.2f", Double(current.issuedFen) / 100)) already issued"), basis: Self.basis)
        do {
            return try await withWriteTransaction(on: db) { tx in
                guard let sql = tx as? any SQLDatabase else { throw DomainError.notFound(entity: "enterprise_voucher_programme") }
                let changed = try await sql.update(ProgrammeRecord.schema).set("name_zh", to: input.nameZh).set("name_en", to: input.nameEn)
                    .set("face_value_fen", to: input.faceValueFen).set("cap_per_enterprise_fen", to: input.capPerEnterpriseFen)
                    .set("budget_fen", to: input.budgetFen).set("expires_on", to: input.expiresOn.description).set("eligibility_json", to: eligibility)
                    .where("id", .equal, id.rawValue).where("issued_fen", .lessThanOrEqual, input.budgetFen).returning("id").all()
                guard !changed.isEmpty else { throw DomainError.validation([tooLow]) }
                try await AuditChain.append(AuditEvent(actor: person, action: "enterprise.voucher_programme_updated", objectType: "enterprise_voucher_programme",
                                                       objectID: id.uuidString, summary: "\(current.year) \(input.nameZh) budget \(input.budgetFen) cap \(input.capPerEnterpriseFen)",
                                                       basis: Self.basis), on: tx, at: at)
                guard let row = try await ProgrammeRecord.find(id.rawValue, on: tx) else { throw DomainError.notFound(entity: "enterprise_voucher_programme") }
                return try row.toDomain()
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw DomainError.validation([tooLow])
        }
    }

    static func validate(_ input: ProgrammeInput) throws {
        var errors: [FieldError] = []
        if input.nameZh.trimmingCharacters(in: .whitespaces).isEmpty {
            errors.append(FieldError(field: "name_zh", rule: "voucher.programme.name", message: LocalizedText(zh: "请填写项目名称", en: "Enter the programme's name"), basis: basis))
        }
        if input.faceValueFen <= 0 {
            errors.append(FieldError(field: "face_value", rule: "voucher.programme.face_value", message: LocalizedText(zh: "券面额须大于0", en: "The voucher value must be above 0"), basis: basis))
        } else if input.capPerEnterpriseFen < input.faceValueFen {
            errors.append(FieldError(field: "cap", rule: "voucher.programme.cap", message: LocalizedText(
                zh: "每家企业上限不能低于一张券的面额", en: "The cap per enterprise must be at least one voucher's value"), basis: basis))
        } else if input.budgetFen < input.capPerEnterpriseFen {
            errors.append(FieldError(field: "budget", rule: "voucher.programme.budget", message: LocalizedText(
                zh: "年度总额不能低于每家企业上限", en: "The year's budget must be at least the cap per enterprise"), basis: basis))
        }
        if !errors.isEmpty { throw DomainError.validation(errors) }
    }

    /// Every provider, active or not (the officers' list).
    public func allProviders() async throws -> [VoucherProvider] {
        try await ProviderRecord.query(on: db).sort(\.$createdAt).all().map { try $0.toDomain() }
    }

    /// Changes a provider's services and the names the related-party check reads, or suspends it
    /// (`active` false: no new redemptions; those made stay claimable).
    public func updateProvider(_ id: VoucherProvider.ID, services: [VoucherService], legalRepresentative: String, shareholders: [String], active: Bool,
                               by person: Person) async throws -> VoucherProvider {
        try EnterpriseAccess.requireSetsUp(person, basis: Self.basis)
        _ = try await provider(id)
        let representative = legalRepresentative.trimmingCharacters(in: .whitespaces)
        var errors: [FieldError] = []
        if services.isEmpty {
            errors.append(FieldError(field: "services", rule: "voucher.provider.services", message: LocalizedText(zh: "请至少选择一项服务类别", en: "Choose at least one service"), basis: Self.basis))
        }
        if representative.isEmpty {
            errors.append(FieldError(field: "legal_representative", rule: "voucher.provider.representative", message: LocalizedText(
                zh: "请填写法定代表人（关联方审查需要）", en: "Enter the legal representative (the related-party check reads it)"), basis: Self.basis))
        }
        if !errors.isEmpty { throw DomainError.validation(errors) }
        let at = now()
        let holders = try StoredJSON.encode(shareholders.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        return try await withWriteTransaction(on: db) { tx in
            guard let sql = tx as? any SQLDatabase else { throw DomainError.notFound(entity: "enterprise_voucher_provider") }
            try await sql.update(ProviderRecord.schema).set("services", to: services.map(\.rawValue).joined(separator: ","))
                .set("legal_representative", to: representative).set("shareholders_json", to: holders).set("active", to: active)
                .where("id", .equal, id.rawValue).run()
            try await AuditChain.append(AuditEvent(actor: person, action: active ? "enterprise.voucher_provider_updated" : "enterprise.voucher_provider_suspended",
                                                   objectType: "enterprise_voucher_provider", objectID: id.uuidString,
                                                   summary: services.map(\.rawValue).joined(separator: ","), basis: Self.basis), on: tx, at: at)
            guard let row = try await ProviderRecord.find(id.rawValue, on: tx) else { throw DomainError.notFound(entity: "enterprise_voucher_provider") }
            return try row.toDomain()
        }
    }
}

extension Registries {
    /// Corrects a registry entry's names, field, year and members; its evaluations stay.
    public func updateEntry(_ id: RegistryEntry.ID, _ input: EntryInput, by person: Person) async throws -> RegistryEntry {
        try EnterpriseAccess.requireSetsUp(person, basis: .article(input.kind.basis))
        _ = try await entry(id)
        guard !input.nameZh.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw DomainError.validation([FieldError(field: "name_zh", rule: "registry.name", message: LocalizedText(zh: "请填写名称", en: "Enter the name"), basis: .article(input.kind.basis))])
        }
        let at = now()
        let members = try StoredJSON.encode(input.members)
        try await withWriteTransaction(on: db) { tx in
            guard let sql = tx as? any SQLDatabase else { throw DomainError.notFound(entity: "enterprise_registry_entry") }
            try await sql.update(RegistryEntryRecord.schema).set("kind", to: input.kind.rawValue).set("organisation_id", to: input.organisationID)
                .set("name_zh", to: input.nameZh).set("name_en", to: input.nameEn).set("field", to: input.field)
                .set("recognised_year", to: input.recognisedYear).set("members_json", to: members).where("id", .equal, id.rawValue).run()
            try await AuditChain.append(AuditEvent(actor: person, action: "enterprise.registry_updated", objectType: "enterprise_registry_entry",
                                                   objectID: id.uuidString, summary: "\(input.kind.rawValue) \(input.nameZh)", basis: .article(input.kind.basis)), on: tx, at: at)
        }
        return try await entry(id)
    }

    public func product(_ id: FinanceProduct.ID) async throws -> FinanceProduct {
        guard let row = try await FinanceProductRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: "enterprise_finance_product") }
        return try row.toDomain()
    }

    /// Changes a finance product (its institution's members, or an officer).
    public func updateProduct(_ id: FinanceProduct.ID, _ input: ProductInput, by person: Person) async throws -> FinanceProduct {
        let current = try await product(id)
        let viewer = EnterpriseAccess.Viewer(person)
        guard EnterpriseAccess.member(viewer, of: current.providerID) || EnterpriseAccess.setsUpProgrammes(viewer) else {
            throw DomainError.forbidden(LocalizedText(zh: "只有金融机构本身或主管部门可以修改金融产品", en: "Only the financial institution or the department changes its products"),
                                        basis: .article(input.kind.basis))
        }
        guard !input.nameZh.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw DomainError.validation([FieldError(field: "name_zh", rule: "finance.name", message: LocalizedText(zh: "请填写产品名称", en: "Enter the product's name"), basis: .article(input.kind.basis))])
        }
        let at = now()
        let criteria = try StoredJSON.encode(input.criteria)
        try await withWriteTransaction(on: db) { tx in
            guard let sql = tx as? any SQLDatabase else { throw DomainError.notFound(entity: "enterprise_finance_product") }
            try await sql.update(FinanceProductRecord.schema).set("provider_id", to: input.providerID).set("kind", to: input.kind.rawValue)
                .set("name_zh", to: input.nameZh).set("name_en", to: input.nameEn).set("description_zh", to: input.descriptionZh)
                .set("criteria_json", to: criteria).where("id", .equal, id.rawValue).run()
            try await AuditChain.append(AuditEvent(actor: person, action: "enterprise.finance_product_updated", objectType: "enterprise_finance_product",
                                                   objectID: id.uuidString, summary: input.nameZh, basis: .article(input.kind.basis)), on: tx, at: at)
        }
        return try await product(id)
    }
}
