import FluentKit
import Foundation
import KechuangCore
import Storage

/// Programmes and their calls. A call is written as a draft and published only when both its
/// structured eligibility rules and its prose pass the regulation's prohibitions (Art. 50(1), 5, 72(2)).
public struct Calls: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    // MARK: Programmes

    public func createProgramme(code: String, nameZh: String, nameEn: String, kind: ProgrammeKind, by actor: AuditActor) async throws -> Programme {
        let code = code.trimmingCharacters(in: .whitespaces)
        var errors: [FieldError] = []
        if code.isEmpty { errors.append(FieldError(field: "code", rule: "programme.code.required", message: LocalizedText(zh: "请填写专项代码", en: "Enter the programme's code"))) }
        if nameZh.trimmingCharacters(in: .whitespaces).isEmpty {
            errors.append(FieldError(field: "name_zh", rule: "programme.name_zh.required", message: LocalizedText(zh: "请填写专项中文名称", en: "Enter the programme's Chinese name")))
        }
        if !errors.isEmpty { throw DomainError.validation(errors) }
        let at = now()
        return try await withWriteTransaction(on: db) { tx in
            if try await ProgrammeRecord.query(on: tx).filter(\.$code == code).first() != nil {
                throw DomainError.duplicate(field: "code", message: LocalizedText(zh: "该专项代码已存在", en: "A programme with this code exists already"))
            }
            let record = ProgrammeRecord()
            record.id = UUID()
            record.code = code
            record.nameZh = nameZh.trimmingCharacters(in: .whitespaces)
            record.nameEn = nameEn.trimmingCharacters(in: .whitespaces)
            record.kind = kind.rawValue
            record.createdAt = at
            try await record.create(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: actor, action: "programme.created", objectType: "programme",
                objectID: (try record.requireID()).uuidString, summary: "\(code) \(record.nameZh)", basis: .art(50, 1)), on: tx, at: at)
            return try record.toDomain()
        }
    }

    public func programmes() async throws -> [Programme] {
        try await ProgrammeRecord.query(on: db).sort(\.$code).all().map { try $0.toDomain() }
    }

    public func programme(_ id: UUID) async throws -> Programme {
        guard let record = try await ProgrammeRecord.find(id, on: db) else { throw DomainError.notFound(entity: "programme") }
        return try record.toDomain()
    }

    // MARK: Calls

    /// Creates a draft. Rules the regulation forbids are refused here already, with their article.
    public func create(_ input: CallInput, by actor: AuditActor) async throws -> Call {
        let at = now()
        let parsed = try await validated(input)
        return try await withWriteTransaction(on: db) { tx in
            let record = CallRecord()
            record.id = UUID()
            parsed.apply(to: record)
            record.status = CallStatus.draft.rawValue
            record.version = 1
            record.createdAt = at
            record.updatedAt = at
            try await record.create(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: actor, action: "call.created", objectType: "call",
                objectID: (try record.requireID()).uuidString, summary: record.titleZh), on: tx, at: at)
            return try record.toDomain()
        }
    }

    /// Changes a call. A published call stays published only if it still passes the publication check.
    public func update(_ id: Call.ID, _ input: CallInput, expectedVersion: Int, by actor: AuditActor) async throws -> Call {
        let id = id.rawValue
        let at = now()
        let parsed = try await validated(input)
        return try await withWriteTransaction(on: db) { tx in
            guard let record = try await CallRecord.find(id, on: tx) else { throw DomainError.notFound(entity: "call") }
            guard record.version == expectedVersion else { throw DomainError.staleVersion(entity: "call") }
            parsed.apply(to: record)
            if record.status == CallStatus.published.rawValue {
                let problems = Self.publicationProblems(try record.toDomain())
                if !problems.isEmpty { throw DomainError.validation(problems) }
            }
            try await OptimisticLock.update(CallRecord.schema, id: id, expectedVersion: expectedVersion, entity: "call", on: tx) {
                $0.set("programme_id", to: record.programmeID).set("title_zh", to: record.titleZh).set("title_en", to: record.titleEn)
                    .set("guideline_zh", to: record.guidelineZh).set("guideline_en", to: record.guidelineEn)
                    .set("opens_at", to: record.opensAt).set("closes_at", to: record.closesAt)
                    .set("total_budget", to: record.totalBudget).set("typical_award", to: record.typicalAward)
                    .set("budget_mode", to: record.budgetMode).set("selection_mode", to: record.selectionMode)
                    .set("eligibility_rules", to: record.eligibilityRules).set("negative_list", to: record.negativeList)
                    .set("required_documents", to: record.requiredDocuments).set("form_sections", to: record.formSections)
                    .set("updated_at", to: at)
            }
            try await AuditChain.append(AuditEvent(
                actor: actor, action: "call.updated", objectType: "call",
                objectID: id.uuidString, summary: record.titleZh), on: tx, at: at)
            guard let saved = try await CallRecord.find(id, on: tx) else { throw DomainError.notFound(entity: "call") }
            return try saved.toDomain()
        }
    }

    /// Publishes a draft. Refused, with one field error per finding and its article, when the
    /// call's text or rules contain a condition the regulation forbids.
    public func publish(_ id: Call.ID, by actor: AuditActor) async throws -> Call {
        let id = id.rawValue
        let at = now()
        return try await withWriteTransaction(on: db) { tx in
            guard let record = try await CallRecord.find(id, on: tx) else { throw DomainError.notFound(entity: "call") }
            let problems = Self.publicationProblems(try record.toDomain())
            if !problems.isEmpty { throw DomainError.validation(problems) }
            record.status = CallStatus.published.rawValue
            record.publishedAt = record.publishedAt ?? at
            record.updatedAt = at
            record.version += 1
            try await record.update(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: actor, action: "call.published", objectType: "call", objectID: id.uuidString,
                summary: "\(record.titleZh): no forbidden condition in text or rules", basis: .art(50, 1)), on: tx, at: at)
            return try record.toDomain()
        }
    }

    public func find(_ id: Call.ID) async throws -> Call {
        guard let record = try await CallRecord.find(id.rawValue, on: db) else { throw DomainError.notFound(entity: "call") }
        return try record.toDomain()
    }

    /// Published calls, those closing soonest first (open ones before closed ones), or every call for officers.
    public func list(includeDrafts: Bool = false, programme: UUID? = nil) async throws -> [Call] {
        let query = CallRecord.query(on: db)
        if !includeDrafts { query.filter(\.$status == CallStatus.published.rawValue) }
        if let programme { query.filter(\.$programmeID == programme) }
        let at = now()
        return try await query.all().map { try $0.toDomain() }
            .sorted { ($0.closesAt < at ? 1 : 0, $0.closesAt) < ($1.closesAt < at ? 1 : 0, $1.closesAt) }
    }

    // MARK: Rules

    /// The findings of the call linter on the Chinese and English guideline texts.
    public static func findings(_ call: Call) -> [LintFinding] {
        CallLinter.lint(call.guidelineZh) + CallLinter.lint(call.titleZh)
    }

    /// Why a call may not be published: every blocking linter finding, and every forbidden rule.
    public static func publicationProblems(_ call: Call) -> [FieldError] {
        // Every text field, in Simplified, Traditional or English (CallDocumentLinter), each finding on its own field.
        let lint = CallDocumentLinter.lint(fields: CallDocumentLinter.fields(of: call)).filter { $0.finding.severity == .block }.map { found in
            let finding = found.finding
            return FieldError(
                field: found.field, rule: "call.lint." + finding.rule,
                message: LocalizedText(zh: "\(finding.message_zh)：“\(finding.text)”", en: "\(finding.message_en): “\(finding.text)”"),
                basis: ArticleRef(code: finding.article).map(LegalBasis.article))
        }
        return lint + Eligibility.violations(of: call.eligibilityRules).map(Self.ruleField)
    }

    static func ruleField(_ error: FieldError) -> FieldError {
        FieldError(field: "eligibility_rules", rule: error.rule, message: error.message, basis: error.basis)
    }

    struct Parsed {
        let programmeID: UUID
        let input: CallInput
        let opensAt: Date
        let closesAt: Date
        let totalBudget: Int
        let typicalAward: Int
        let rulesJSON: String
        let negativeListJSON: String
        let requiredDocumentsJSON: String
        let formSectionsJSON: String

        func apply(to record: CallRecord) {
            record.programmeID = programmeID
            record.titleZh = input.titleZh.trimmingCharacters(in: .whitespacesAndNewlines)
            record.titleEn = input.titleEn.trimmingCharacters(in: .whitespacesAndNewlines)
            record.guidelineZh = input.guidelineZh.trimmingCharacters(in: .whitespacesAndNewlines)
            record.guidelineEn = input.guidelineEn.trimmingCharacters(in: .whitespacesAndNewlines)
            record.opensAt = opensAt
            record.closesAt = closesAt
            record.totalBudget = totalBudget
            record.typicalAward = typicalAward
            record.budgetMode = input.budgetMode
            record.selectionMode = input.selectionMode
            record.eligibilityRules = rulesJSON
            record.negativeList = negativeListJSON
            record.requiredDocuments = requiredDocumentsJSON
            record.formSections = formSectionsJSON
        }
    }

    /// Every field checked at once; forbidden eligibility rules are refused with their article.
    /// Each field is parsed once (`CallRules.Values`); the rule book judges those values and the
    /// draft is built from the same values, so what passed validation is what is stored.
    func validated(_ input: CallInput) async throws -> Parsed {
        let values = CallRules.Values(input)
        var errors = CallRules.book.violations(of: input, at: now())
        let programme = try await values.programmeID.asyncMap { try await ProgrammeRecord.find($0, on: db) } ?? nil
        if programme == nil {
            errors.append(FieldError(field: "programme_id", rule: "call.programme.exists",
                                     message: LocalizedText(zh: "请选择所属专项", en: "Select the programme the call belongs to")))
        }
        var rules: [EligibilityRule] = []
        let rawRules = input.eligibilityRules.trimmingCharacters(in: .whitespacesAndNewlines)
        if !rawRules.isEmpty {
            do {
                rules = try JSONDecoder().decode([EligibilityRule].self, from: Data(rawRules.utf8))
                errors += Eligibility.violations(of: rules).map(Self.ruleField)
            } catch {
                errors.append(FieldError(field: "eligibility_rules", rule: "call.rules.format",
                    message: LocalizedText(zh: "申报条件规则的格式有误：\(error)", en: "The eligibility rules are not valid: \(error)")))
            }
        }
        guard errors.isEmpty, let programmeID = values.programmeID, let opensAt = values.opensAt, let closesAt = values.closesAt,
              let totalBudget = values.totalBudget, let typicalAward = values.typicalAward else {
            // The rule book reports every value that did not parse; should it ever not, the
            // request is still refused with a field error, never trapped.
            throw DomainError.validation(errors.isEmpty ? values.unparsed : errors)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Parsed(
            programmeID: programmeID, input: input, opensAt: opensAt, closesAt: closesAt,
            totalBudget: totalBudget, typicalAward: typicalAward,
            rulesJSON: String(decoding: try encoder.encode(rules), as: UTF8.self),
            negativeListJSON: String(decoding: try encoder.encode(CallRules.negativeList(input.negativeList)), as: UTF8.self),
            requiredDocumentsJSON: String(decoding: try encoder.encode(CallRules.documents(input.requiredDocuments)), as: UTF8.self),
            formSectionsJSON: String(decoding: try encoder.encode(CallRules.documents(input.formSections)), as: UTF8.self))
    }
}

/// The fields of a call, as a rule book.
public enum CallRules {
    /// An amount field in yuan: white space around it and thousands separators ignored
    /// (`"500000 "`, `"5,000\t"`); nil when it is not a whole number. Bounds: `Money.range`.
    static func amount(_ s: String) -> Int? { Money.parse(s) }

    /// The typed values of a call's fields, parsed once: nil where a field does not parse or is
    /// out of bounds (the rule book then names the field).
    struct Values {
        let programmeID: UUID?
        let opensAt: Date?
        let closesAt: Date?
        let totalBudget: Int?
        let typicalAward: Int?

        init(_ input: CallInput) {
            programmeID = UUID(uuidString: input.programmeID.trimmingCharacters(in: .whitespaces))
            opensAt = BeijingTime.parse(input.opensAt)
            closesAt = BeijingTime.parse(input.closesAt)
            totalBudget = amount(input.totalBudget).flatMap { $0 > 0 && $0 <= Money.maxYuan ? $0 : nil }
            typicalAward = amount(input.typicalAward).flatMap { $0 > 0 && $0 <= Money.maxYuan ? $0 : nil }
        }

        /// A field error for each value that did not parse.
        var unparsed: [FieldError] {
            let fields: [(String, Bool)] = [("programme_id", programmeID == nil), ("opens_at", opensAt == nil), ("closes_at", closesAt == nil),
                                            ("total_budget", totalBudget == nil), ("typical_award", typicalAward == nil)]
            return fields.filter(\.1).map { FieldError(field: $0.0, rule: "call.\($0.0).format",
                message: LocalizedText(zh: "无法读取此项", en: "This field could not be read")) }
        }
    }

    /// One name per line (documents, section headings), blank lines ignored.
    public static func documents(_ raw: String) -> [String] {
        raw.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// `travel, conferences` → ["travel", "conferences"] (Chinese or English commas, spaces ignored).
    public static func negativeList(_ raw: String) -> [String] {
        raw.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" || $0.isWhitespace }).map(String.init)
    }

    public static let book = RuleBook<CallInput>([
        Rule(id: "call.title_zh.required", basis: nil, field: "title_zh",
             message: LocalizedText(zh: "请填写指南中文标题", en: "Enter the call's Chinese title")) { $0.titleZh.trimmingCharacters(in: .whitespaces).isEmpty },
        Rule(id: "call.guideline_zh.required", basis: nil, field: "guideline_zh",
             message: LocalizedText(zh: "请填写指南正文（中文）", en: "Enter the call's text in Chinese")) { $0.guidelineZh.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty },
        Rule(id: "call.opens_at.format", basis: nil, field: "opens_at",
             message: LocalizedText(zh: "开始时间格式应为 2026-01-31 09:00（北京时间）", en: "Enter the opening time like 2026-01-31 09:00 (Beijing time)")) { BeijingTime.parse($0.opensAt) == nil },
        Rule(id: "call.closes_at.format", basis: nil, field: "closes_at",
             message: LocalizedText(zh: "截止时间格式应为 2026-03-31 17:00（北京时间）", en: "Enter the closing time like 2026-03-31 17:00 (Beijing time)")) { BeijingTime.parse($0.closesAt) == nil },
        Rule(id: "call.closes_at.after_opening", basis: nil, field: "closes_at",
             message: LocalizedText(zh: "截止时间须晚于开始时间", en: "The closing time must be after the opening time")) {
            guard let o = BeijingTime.parse($0.opensAt), let c = BeijingTime.parse($0.closesAt) else { return false }
            return c <= o
        },
        Rule(id: "call.total_budget.amount", basis: nil, field: "total_budget",
             message: LocalizedText(zh: "总经费应为正整数（元）", en: "Enter the total budget as a whole number of yuan")) { (amount($0.totalBudget) ?? 0) <= 0 },
        Rule(id: "call.total_budget.limit", basis: nil, field: "total_budget",
             message: LocalizedText(zh: "总经费不得超过 \(Money.maxYuan) 元", en: "The total budget may be at most \(Money.maxYuan) yuan")) {
            (amount($0.totalBudget) ?? 0) > Money.maxYuan
        },
        Rule(id: "call.typical_award.limit", basis: nil, field: "typical_award",
             message: LocalizedText(zh: "单项资助额度不得超过 \(Money.maxYuan) 元", en: "The typical award may be at most \(Money.maxYuan) yuan")) {
            (amount($0.typicalAward) ?? 0) > Money.maxYuan
        },
        Rule(id: "call.typical_award.amount", basis: nil, field: "typical_award",
             message: LocalizedText(zh: "单项资助额度应为正整数（元），且不超过总经费", en: "Enter the typical award as a whole number of yuan, no more than the total budget")) {
            guard let award = amount($0.typicalAward), award > 0 else { return true }
            return award > (amount($0.totalBudget) ?? Int.max)
        },
        Rule(id: "call.budget_mode.known", basis: .art(50, 2), field: "budget_mode",
             message: LocalizedText(zh: "请选择经费管理方式", en: "Select how the budget is managed")) { BudgetMode(rawValue: $0.budgetMode) == nil },
        Rule(id: "call.negative_list.known", basis: .art(50, 2), field: "negative_list",
             message: LocalizedText(zh: "负面清单只能列出标准预算科目：\(BudgetLine.categories.joined(separator: ", "))",
                                    en: "The negative list may only name standard budget categories: \(BudgetLine.categories.joined(separator: ", "))")) {
            !negativeList($0.negativeList).allSatisfy(BudgetLine.categories.contains)
        },
        Rule(id: "call.selection_mode.known", basis: .art(29), field: "selection_mode",
             message: LocalizedText(zh: "请选择项目遴选方式", en: "Select how projects are selected")) { SelectionMode(rawValue: $0.selectionMode) == nil },
    ])
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
