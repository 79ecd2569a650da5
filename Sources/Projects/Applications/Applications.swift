import FluentKit
import Foundation
import Identity
import Integrity
import KechuangCore
import Storage

/// Applications from draft to the funding decision: the PI drafts and submits, the platform
/// checks eligibility and form, the research office of the PI's organisation approves or returns,
/// the programme officer runs the formal check (integrity, near-duplicates) and, after review,
/// records the funding decision. Every state change is audited with its actor and article.
public struct Applications: Sendable {
    let db: any Database
    let now: @Sendable () -> Date
    /// The running projects a PI leads (Grants' count, injected; none counts 0).
    let runningProjects: (any RunningProjectsCount)?

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }, runningProjects: (any RunningProjectsCount)? = nil) {
        self.db = db
        self.now = now
        self.runningProjects = runningProjects
    }

    var integrity: IntegrityService { IntegrityService(db: db, now: now) }

    /// The PI and the applying organisation: whom an integrity restriction on the application hits.
    static func subjects(_ application: GrantApplication) -> [IntegritySubject] {
        [.person(application.principalInvestigatorID), .organisation(application.organisationID)]
    }

    /// Starts a draft for an open call; the PI's organisation is the one they apply for.
    public func start(call callID: Call.ID, principalInvestigator pi: Person, organisation: Organisation.ID) async throws -> GrantApplication {
        let organisation = organisation.rawValue
        let at = now()
        let call = try await Calls(db: db, now: now).find(callID)
        let callID = callID.rawValue
        guard call.isOpen(at: at) else {
            throw DomainError.forbidden(LocalizedText(zh: "该指南当前不在受理期内", en: "This call is not open for applications now"), basis: nil)
        }
        guard pi.memberships.contains(where: { $0.organisationID == organisation && $0.role == .applicant }) else {
            throw DomainError.validation([FieldError(field: "organisation_id", rule: "application.organisation.member",
                message: LocalizedText(zh: "请选择您作为申请人所在的单位", en: "Select the organisation you apply for as an applicant"))])
        }
        return try await withWriteTransaction(on: db) { tx in
            // One application per PI and call: applying again opens the one already started.
            if let existing = try await ApplicationRecord.query(on: tx).filter(\.$callID == callID)
                .filter(\.$principalInvestigatorID == pi.id).filter(\.$state != ApplicationState.withdrawn.rawValue).first() {
                return try existing.toDomain()
            }
            let record = ApplicationRecord()
            record.id = UUID()
            record.callID = callID
            record.principalInvestigatorID = pi.id
            record.organisationID = organisation
            record.draftJSON = try Self.json(ApplicationDraft())
            record.titleZh = ""
            record.state = ApplicationState.draft.rawValue
            record.version = 1
            record.createdAt = at
            record.updatedAt = at
            try await record.create(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: pi, action: "application.started", objectType: "application",
                objectID: (try record.requireID()).uuidString, summary: "call \(call.titleZh)"), on: tx, at: at)
            return try record.toDomain()
        }
    }

    /// Saves the PI's draft (any page, any time); nothing is checked beyond the shape until submission.
    /// Amounts past `Money.range` and years that are not years are refused here (never stored).
    public func save(_ id: GrantApplication.ID, _ draft: ApplicationDraft, expectedVersion: Int, by pi: Person) async throws -> GrantApplication {
        let id = id.rawValue
        let at = now()
        let limits = ApplicationRules.draftLimits(draft)
        if !limits.isEmpty { throw DomainError.validation(limits) }
        return try await withWriteTransaction(on: db) { tx in
            let record = try await Self.owned(id, by: pi, on: tx)
            guard [.draft, .returned].contains(try record.workflowState()) else {
                throw DomainError.forbidden(LocalizedText(zh: "已提交的申请不能修改", en: "A submitted application cannot be changed"), basis: nil)
            }
            // Attachments change only through `attach`, confirmations only through the member;
            // a page saving the draft keeps both.
            var draft = draft
            let before = try record.draft()
            draft.attachments = before.attachments
            for index in draft.team.indices {
                let member = draft.team[index]
                draft.team[index].confirmedAt = before.team.first {
                    $0.email.lowercased() == member.email.lowercased() && $0.organisationID == member.organisationID
                }?.confirmedAt
            }
            let json = try Self.json(draft)
            try await OptimisticLock.update(ApplicationRecord.schema, id: id, expectedVersion: expectedVersion, entity: "application", on: tx) {
                $0.set("draft_json", to: json).set("title_zh", to: draft.titleZh).set("updated_at", to: at)
            }
            try await AuditChain.append(AuditEvent(
                actor: pi, action: "application.saved", objectType: "application",
                objectID: id.uuidString, summary: draft.titleZh), on: tx, at: at)
            return try await Self.find(id, on: tx)
        }
    }

    /// Attaches a PDF for one of the call's required documents (replacing an earlier one).
    /// A file that is empty, too large or not a PDF is refused with a field error.
    public func attach(_ id: GrantApplication.ID, document: String, data: Data, originalName: String, store: any AttachmentStore, by pi: Person) async throws -> GrantApplication {
        let at = now()
        let application = try await find(id, as: pi, for: .change)
        let id = id.rawValue
        guard [.draft, .returned].contains(application.state) else {
            throw DomainError.forbidden(LocalizedText(zh: "已提交的申请不能修改", en: "A submitted application cannot be changed"), basis: nil)
        }
        let call = try await Calls(db: db, now: now).find(Call.ID(application.callID))
        guard call.requiredDocuments.contains(document) else {
            throw DomainError.validation([FieldError(field: "document", rule: "application.document.known",
                message: LocalizedText(zh: "请选择本指南要求的材料", en: "Choose one of the documents this call asks for"))])
        }
        let stored: StoredAttachment
        do {
            stored = try await store.put(data, originalName: originalName)
        } catch let problem as AttachmentProblem {
            throw DomainError.validation([FieldError(field: "file", rule: "application.attachment.\(problem.rule)",
                message: LocalizedText(zh: problem.message.zh, en: problem.message.en))])
        }
        return try await withWriteTransaction(on: db) { tx in
            let record = try await Self.record(id, on: tx)
            var draft = try record.draft()
            draft.attachments.removeAll { $0.document == document }
            draft.attachments.append(AttachedDocument(document: document, attachment: stored))
            record.draftJSON = try Self.json(draft)
            record.version += 1
            record.updatedAt = at
            try await record.update(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: pi, action: "application.attached", objectType: "application", objectID: id.uuidString,
                summary: "\(document): \(stored.originalName), \(stored.size) bytes, SHA-256 \(stored.sha256)"), on: tx, at: at)
            return try record.toDomain()
        }
    }

    /// Applications that list this person as a team member from another organisation and wait for
    /// their confirmation (consortia, Art. 3).
    public func pendingConfirmations(for person: Person) async throws -> [GrantApplication] {
        let open = try await ApplicationRecord.query(on: db)
            .filter(\.$state ~~ [ApplicationState.draft.rawValue, ApplicationState.returned.rawValue]).all().map { try $0.toDomain() }
        return open.filter { application in
            application.team.contains { $0.email.lowercased() == person.email.lowercased() && $0.confirmedAt == nil }
        }
    }

    /// A team member confirms they take part: the platform records who and when.
    public func confirmParticipation(_ id: GrantApplication.ID, by person: Person) async throws -> GrantApplication {
        let id = id.rawValue
        let at = now()
        return try await withWriteTransaction(on: db) { tx in
            let record = try await Self.record(id, on: tx)
            var draft = try record.draft()
            guard draft.team.contains(where: { $0.email.lowercased() == person.email.lowercased() }) else {
                throw DomainError.notFound(entity: "application")
            }
            for index in draft.team.indices where draft.team[index].email.lowercased() == person.email.lowercased() {
                draft.team[index].confirmedAt = at
            }
            record.draftJSON = try Self.json(draft)
            record.version += 1
            record.updatedAt = at
            try await record.update(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: person, action: "application.member_confirmed", objectType: "application",
                objectID: id.uuidString, summary: "\(person.name) confirmed taking part", basis: .art(3)), on: tx, at: at)
            return try record.toDomain()
        }
    }

    /// Every problem that would stop submission, each naming its field and, where a rule of the
    /// regulation is behind it, the article: the self-check page lists these.
    public func problems(_ id: GrantApplication.ID) async throws -> [FieldError] {
        let id = id.rawValue
        let application = try await Self.find(id, on: db)
        let call = try await Calls(db: db, now: now).find(Call.ID(application.callID))
        return try await problems(application, call: call,
                                  integrity: try await integrity.check(Self.subjects(application), .projectApplication, at: now()))
    }

    /// `integrity` is the restriction check on applying, made once by the caller.
    func problems(_ application: GrantApplication, call: Call, integrity integrityDecision: IntegrityDecision) async throws -> [FieldError] {
        let at = now()
        var errors: [FieldError] = []
        if !call.isOpen(at: at) {
            errors.append(FieldError(field: "call", rule: "application.deadline",
                message: LocalizedText(zh: "申报已于\(BeijingTime.display(call.closesAt, .zh))截止", en: "The call closed on \(BeijingTime.display(call.closesAt, .en))")))
        }
        errors += ApplicationRules.form.violations(of: application, at: at)
        if call.budgetMode != .lumpSum, application.budget.contains(where: { $0.category == "lump_sum" }) {
            errors.append(FieldError(field: "budget", rule: "application.budget.itemized",
                message: LocalizedText(zh: "本指南实行预算科目管理，请按科目填写预算", en: "This call uses an itemized budget: enter the budget by category"), basis: .art(50, 2)))
        }
        for (index, heading) in call.formSections.enumerated()
        where (application.sections[heading] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            errors.append(FieldError(field: "section_\(index)", rule: "application.section.required",
                message: LocalizedText(zh: "请填写：\(heading)", en: "Fill in the section: \(heading)")))
        }
        for document in call.requiredDocuments where !application.attachments.contains(where: { $0.document == document }) {
            errors.append(FieldError(field: "attachments", rule: "application.documents.required",
                message: LocalizedText(zh: "请上传：\(document)（PDF）", en: "Attach: \(document) (PDF)")))
        }
        let excluded = application.budget.filter { call.negativeList.contains($0.category) && $0.amount > 0 }.map(\.category)
        if !excluded.isEmpty {
            errors.append(FieldError(field: "budget", rule: "application.budget.negative_list",
                message: LocalizedText(zh: "本指南的负面清单不支持以下预算科目：\(excluded.joined(separator: "、"))",
                                       en: "This call's negative list excludes these budget categories: \(excluded.joined(separator: ", "))"),
                basis: .art(50, 2)))
        }
        if let problem = ApplicationRules.perProjectAmount(application, call: call) { errors.append(problem) }
        // The cited approval, checked against the ethics registry (Art. 61).
        let ethics = try await ethicsProblems(application, stage: .submission)
        errors += ethics
        let ownEthics = errors.contains { $0.field == "ethics" }
        let facts = try await facts(application, call: call, restricted: !integrityDecision.isAllowed,
                                    ethicsVerified: !application.sensitiveAreas.isEmpty && !ownEthics)
        let failed = Eligibility.evaluate(call.eligibilityRules, facts: facts, at: at).filter { !$0.passed }
        // One problem, one line: when the application's own ethics check already names what is
        // wrong, the call's ethics rule does not repeat it.
        let ethicsRules = Set(call.eligibilityRules.filter { $0.condition == .ethicsApprovalIfSensitive }.map(\.id))
        for outcome in failed where !(ownEthics && ethicsRules.contains(outcome.ruleID)) {
            errors.append(FieldError(field: "eligibility", rule: "eligibility." + outcome.ruleID, message: outcome.sentence, basis: outcome.article.map(LegalBasis.article)))
        }
        if !integrityDecision.isAllowed {
            errors.append(FieldError(field: "integrity", rule: "application.integrity.restricted", message: integrityDecision.reason, basis: .art(60)))
        }
        return errors
    }

    /// The facts eligibility rules are evaluated on, from the platform's own records.
    func facts(_ application: GrantApplication, call: Call, restricted: Bool, ethicsVerified: Bool) async throws -> ApplicationFacts {
        let directory = Directory(db: db)
        let organisation = try await directory.organisation(application.organisationID)
        let pi = try await directory.person(application.principalInvestigatorID)
        var partnerTypes: [String] = []
        for partner in application.partners {
            partnerTypes.append(try await directory.organisation(partner).type.rawValue)
        }
        return ApplicationFacts(
            organisationType: organisation.type.rawValue, organisationDistrict: organisation.district.rawValue,
            integrityRestricted: restricted, runningProjectsOfPI: try await runningProjects?.runningProjects(ledBy: pi.id, on: db) ?? 0, piBirthYear: pi.birthYear, piPhDYear: application.piPhDYear,
            teamOrganisationTypes: partnerTypes, sensitiveAreas: application.sensitiveAreas, hasEthicsApproval: ethicsVerified,
            referenceDate: call.closesAt)
    }

    /// The PI submits: refused with the integrity record that restricts them (Art. 60), or with every
    /// other problem at once; otherwise it goes to the research office.
    public func submit(_ id: GrantApplication.ID, by pi: Person) async throws -> GrantApplication {
        let application = try await find(id, as: pi, for: .change)
        let id = id.rawValue
        let decision = try await integrity.check(Self.subjects(application), .projectApplication, at: now())
        try decision.enforce()
        let call = try await Calls(db: db, now: now).find(Call.ID(application.callID))
        let problems = try await problems(application, call: call, integrity: decision)
        if !problems.isEmpty {
            try await auditEthicsRefusal(application, problems, by: pi)
            throw DomainError.validation(problems)
        }
        return try await step(.submit, id, party: .principalInvestigator, actor: pi, comment: nil, call: call)
    }

    /// The research office of the PI's organisation approves (on to the officer) or returns it.
    public func decide(_ id: GrantApplication.ID, approve: Bool, comment: String?, by officer: Person) async throws -> GrantApplication {
        // Only the research office of the applying organisation (Art. 22); for anyone else the
        // application does not exist (`ApplicationAccess`).
        let application = try await find(id, as: officer, for: .decide)
        let id = id.rawValue
        if !approve, (comment ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw DomainError.validation([FieldError(field: "comment", rule: "application.return.comment",
                message: LocalizedText(zh: "退回时请写明修改意见", en: "Say what to change when returning an application"))])
        }
        let call = try await Calls(db: db, now: now).find(Call.ID(application.callID))
        return try await step(approve ? .approve : .return, id, party: .researchOffice, actor: officer, comment: comment, call: call)
    }

    public func withdraw(_ id: GrantApplication.ID, by pi: Person) async throws -> GrantApplication {
        let application = try await find(id, as: pi, for: .change)
        let id = id.rawValue
        let call = try await Calls(db: db, now: now).find(Call.ID(application.callID))
        return try await step(.withdraw, id, party: .principalInvestigator, actor: pi, comment: nil, call: call)
    }

    /// `auditNote` adds what the audit entry must also say (a decision taken against the evidence).
    func step(_ action: ApplicationAction, _ id: UUID, party: ApplicationParty, actor: Person, comment: String?, call: Call,
              auditNote: String? = nil) async throws -> GrantApplication {
        let at = now()
        return try await withWriteTransaction(on: db) { tx in
            let record = party == .principalInvestigator ? try await Self.owned(id, by: actor, on: tx) : try await Self.record(id, on: tx)
            if party == .programmeOfficer, record.callID != call.id.rawValue { throw DomainError.notFound(entity: "application") }
            let state = try record.workflowState()
            guard let transition = ApplicationWorkflow.transition(action, from: state), transition.party == party else {
                throw DomainError.forbidden(LocalizedText(
                    zh: "当前状态（\(state.label.zh)）下不能执行此操作", en: "This cannot be done while the application is \(state.label.en.lowercased())"), basis: nil)
            }
            if transition.beforeDeadline && at >= call.closesAt {
                throw DomainError.forbidden(LocalizedText(zh: "申报已截止", en: "The call has closed"), basis: nil)
            }
            record.state = transition.to.rawValue
            if action == .submit { record.submittedAt = at }
            if party == .researchOffice { record.officeComment = comment }
            if party == .programmeOfficer { record.officerNote = comment }
            record.version += 1
            record.updatedAt = at
            try await record.update(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: actor, action: "application.\(action.rawValue)", objectType: "application",
                objectID: id.uuidString, summary: "\(state.rawValue) → \(transition.to.rawValue)" + (comment.map { ": \($0)" } ?? "")
                    + (auditNote.map { " [\($0)]" } ?? ""),
                basis: transition.basis), on: tx, at: at)
            return try record.toDomain()
        }
    }

    public func find(_ id: GrantApplication.ID) async throws -> GrantApplication { try await Self.find(id.rawValue, on: db) }

    public func list(principalInvestigator: UUID) async throws -> [GrantApplication] {
        try await ApplicationRecord.query(on: db).filter(\.$principalInvestigatorID == principalInvestigator).sort(\.$updatedAt, .descending).all().map { try $0.toDomain() }
    }

    /// What a research office sees: its organisations' applications in the given states.
    public func list(organisations: [UUID], states: Set<ApplicationState>) async throws -> [GrantApplication] {
        guard !organisations.isEmpty else { return [] }
        return try await ApplicationRecord.query(on: db).filter(\.$organisationID ~~ organisations)
            .filter(\.$state ~~ states.map(\.rawValue)).sort(\.$submittedAt).all().map { try $0.toDomain() }
    }

    /// What a programme officer sees for a call: only applications their institution approved, in
    /// the given states (by default every state after that); states before the officer are never
    /// listed, whatever is asked (`ApplicationAccess.officerMayView`).
    public func list(call: Call.ID, states: Set<ApplicationState> = ApplicationState.reachedOfficer) async throws -> [GrantApplication] {
        try await ApplicationRecord.query(on: db).filter(\.$callID == call.rawValue).filter(\.$state ~~ states.filter(ApplicationAccess.officerMayView).map(\.rawValue))
            .sort(\.$submittedAt).all().map { try $0.toDomain() }
    }

    /// Applications in these states submitted since a date, across all calls (co-project conflicts).
    public func list(states: Set<ApplicationState>, submittedSince: Date) async throws -> [GrantApplication] {
        try await ApplicationRecord.query(on: db).filter(\.$state ~~ states.map(\.rawValue)).filter(\.$submittedAt >= submittedSince)
            .all().map { try $0.toDomain() }
    }

    static func record(_ id: UUID, on db: any Database) async throws -> ApplicationRecord {
        guard let record = try await ApplicationRecord.find(id, on: db) else { throw DomainError.notFound(entity: "application") }
        return record
    }

    static func find(_ id: UUID, on db: any Database) async throws -> GrantApplication { try await record(id, on: db).toDomain() }

    /// The application, if `pi` may change it (`ApplicationAccess`: its principal investigator);
    /// otherwise it does not exist for them.
    static func owned(_ id: UUID, by pi: Person, on db: any Database) async throws -> ApplicationRecord {
        let record = try await record(id, on: db)
        let facts = ApplicationAccess.Facts(state: try record.workflowState(), principalInvestigator: record.principalInvestigatorID,
                                            organisation: record.organisationID)
        guard ApplicationAccess.may(.change, ApplicationAccess.Viewer(pi), facts) else { throw DomainError.notFound(entity: "application") }
        return record
    }

    static func json(_ draft: ApplicationDraft) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(draft), as: UTF8.self)
    }
}

/// The form's own rules (what a complete application has), as a rule book.
public enum ApplicationRules {
    public static let form = RuleBook<GrantApplication>([
        Rule(id: "application.title_zh.required", basis: nil, field: "title_zh",
             message: LocalizedText(zh: "请填写项目名称", en: "Enter the project's title")) { $0.titleZh.trimmingCharacters(in: .whitespaces).isEmpty },
        Rule(id: "application.summary.required", basis: nil, field: "summary",
             message: LocalizedText(zh: "请填写项目摘要", en: "Enter a summary of the project")) { $0.summary.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty },
        Rule(id: "application.plan.required", basis: nil, field: "plan",
             message: LocalizedText(zh: "请填写研究内容与计划", en: "Describe the research and its plan")) { $0.plan.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty },
        Rule(id: "application.budget.required", basis: .art(50, 2), field: "budget",
             message: LocalizedText(zh: "请填写预算，每项金额须大于零", en: "Enter the budget; every amount must be more than zero")) {
            $0.budget.isEmpty || $0.budget.contains { $0.amount <= 0 }
        },
        Rule(id: "application.budget.amount_limit", basis: nil, field: "budget", message: ApplicationRules.amountLimitMessage) {
            $0.budget.contains { !Money.range.contains($0.amount) }
        },
        Rule(id: "application.budget.total_limit", basis: nil, field: "budget", message: ApplicationRules.totalLimitMessage) {
            Money.sum($0.budget.lazy.map(\.amount)).map { !Money.range.contains($0) } ?? true
        },
        Rule(id: "application.team.confirmed", basis: .art(3), field: "team",
             message: LocalizedText(zh: "外单位成员尚未确认参与", en: "Members from other organisations have not confirmed they take part")) { application in
            application.team.contains { $0.organisationID != application.organisationID && $0.confirmedAt == nil }
        },
        Rule(id: "application.team.email", basis: nil, field: "team",
             message: LocalizedText(zh: "团队成员的电子邮箱无效（应形如 name@example.cn）", en: "A team member's email address is not valid (it looks like name@example.cn)")) {
            $0.team.contains { !ApplicationRules.isEmail($0.email) }
        },
        Rule(id: "application.keywords.count", basis: nil, field: "keywords",
             message: LocalizedText(zh: "关键词最多 \(ApplicationRules.maxKeywords) 个", en: "At most \(ApplicationRules.maxKeywords) keywords")) {
            ApplicationRules.keywords(in: $0.keywords).count > ApplicationRules.maxKeywords
        },
        Rule(id: "application.ethics.approval", basis: .art(61), field: "ethics",
             message: LocalizedText(zh: "涉及人、动物或人工智能等敏感领域的研究须取得伦理审查批准：请填写伦理审查批件编号（第六十一条）",
                                    en: "Research involving people, animals, AI or other sensitive areas needs ethics approval: enter the approval number (Art. 61)")) {
            !$0.sensitiveAreas.isEmpty && $0.ethicsApprovalNumber.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        },
    ])

    public static let maxKeywords = 5

    /// Keywords as the applicant separates them: commas, semicolons or 、 (full-width or not).
    public static func keywords(in text: String) -> [String] {
        text.split { ",，;；、".contains($0) }.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// `local@domain.tld`: one @, something before it, and a domain with a dot and no empty label
    /// (`wang@example` is not an address anyone can write to).
    public static func isEmail(_ text: String) -> Bool {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[0].contains(where: \.isWhitespace) else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }
            && (labels.last?.count ?? 0) >= 2
    }

    /// The request may not exceed the call's amount per project (单项资助额度).
    public static func perProjectAmount(_ application: GrantApplication, call: Call) -> FieldError? {
        guard call.typicalAward > 0, application.budgetTotal > call.typicalAward else { return nil }
        return FieldError(field: "budget", rule: "application.budget.per_project",
            message: LocalizedText(zh: "申请经费 \(application.budgetTotal) 元超过本指南的单项资助额度 \(call.typicalAward) 元",
                                   en: "The request of \(application.budgetTotal) yuan is more than the call's amount per project, \(call.typicalAward) yuan"))
    }

    /// The PI's PhD year, when given: four digits, as on the basic page.
    public static let phdYears = 1901...9999

    static let amountLimitMessage = LocalizedText(
        zh: "每项预算金额应为 0 至 \(Money.maxYuan) 元之间的整数", en: "Each budget amount must be a whole number of yuan from 0 to \(Money.maxYuan)")
    static let totalLimitMessage = LocalizedText(
        zh: "预算合计不得超过 \(Money.maxYuan) 元", en: "The budget may total at most \(Money.maxYuan) yuan")

    /// What a saved draft must satisfy so that every later reader can sum and compare it: each
    /// amount in `Money.range` (field `budget[i].amount`), the total too (`budget`), a PhD year of
    /// four digits (`pi_phd_year`). Checked on every save; nothing past these bounds is stored.
    public static func draftLimits(_ draft: ApplicationDraft) -> [FieldError] {
        var errors: [FieldError] = []
        for (index, line) in draft.budget.enumerated() where !Money.range.contains(line.amount) {
            errors.append(FieldError(field: "budget[\(index)].amount", rule: "application.budget.amount_limit", message: amountLimitMessage))
        }
        if errors.isEmpty, Money.sum(draft.budget.lazy.map(\.amount)).map({ !Money.range.contains($0) }) ?? true {
            errors.append(FieldError(field: "budget", rule: "application.budget.total_limit", message: totalLimitMessage))
        }
        if let year = draft.piPhDYear, !phdYears.contains(year) {
            errors.append(FieldError(field: "pi_phd_year", rule: "application.pi_phd_year.range", message: LocalizedText(
                zh: "请填写四位数字的年份", en: "Enter a year as four digits")))
        }
        return errors
    }
}
