import FluentKit
import Foundation
import Identity
import Integrity
import KechuangCore
import Projects
import Review
import SQLKit
import Storage

/// What the officer sees before deciding to fund one application: its reviews, its place in
/// the ranking and against the cut-off, the request against the call's cap and what remains of
/// the call's budget, and whether the formal check found a near-duplicate.
public struct FundingDecisionFacts: Sendable {
    public let application: GrantApplication
    public let call: Call
    public let programme: Programme
    /// Its row of the call's ranking (nil when it was never ranked: no review round).
    public let ranking: RankingRow?
    /// 1-based rank among the call's ranked applications.
    public let rank: Int?
    public let rankedCount: Int
    public let requestedAmount: Int
    /// Twice the call's typical award (`AwardRules`).
    public let perProjectCap: Int
    /// What projects of this call were awarded so far, in yuan.
    public let awardedInCall: Int
    public let remainingBudget: Int
    public let duplicates: [DuplicateMatch]
    /// The restriction check on fiscal funding for the PI and organisation (Art. 60).
    public let integrity: IntegrityDecision
    /// The project, once funded.
    public let project: Project?
    /// Expert recommendation (Art. 29(1)): the nominations, each conflict-checked when made.
    public var nominations: [Nomination] = []
    /// Directed commission (Art. 29(1)): the commission that created the application.
    public var commission: Commission? = nil

    public var reviewCount: Int { ranking?.reviews ?? 0 }
    public var meanScore: Double? { reviewCount > 0 ? ranking?.mean : nil }
    public var aboveCutoff: Bool { ranking?.aboveCutoff ?? false }
    public var nearDuplicate: Bool { !duplicates.isEmpty }
    public var decided: Bool { application.state == .funded || application.state == .notFunded }
}

/// The officer's award as typed into the form or sent to the API: raw strings, one error per field.
public struct AwardInput: Sendable, Equatable, Codable {
    public var awardedAmount: String
    public var startDate: String
    public var endDate: String
    public var fundingKind: String
    public var researchType: String
    /// Needed when funding without reviews, below the cut-off or a near-duplicate.
    public var reason: String
    /// Parallel technical routes (Art. 30): the milestone of the down-selection, by title.
    public var downSelectionMilestone: String

    public init(awardedAmount: String = "", startDate: String = "", endDate: String = "", fundingKind: String = "", researchType: String = "",
                reason: String = "", downSelectionMilestone: String = "") {
        self.awardedAmount = awardedAmount
        self.startDate = startDate
        self.endDate = endDate
        self.fundingKind = fundingKind
        self.researchType = researchType
        self.reason = reason
        self.downSelectionMilestone = downSelectionMilestone
    }
}

/// The funding decision (立项): `Applications.decideFunding` moves the application to funded or
/// not funded, and for a funded one the project is created with its number and a task agreement
/// drafted from the application — in one write transaction, audited with the article.
public struct Awards: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    /// Serialises awards on PostgreSQL (SQLite's write transactions are serial already), so that
    /// the remaining budget and the next number are read by one award at a time.
    static let awardLockKey = 0x4B43_4157  // "KCAW"

    /// The facts of the decision, for an officer. Applications that did not reach the officer,
    /// and anyone who is not one, get 404.
    public func facts(_ id: GrantApplication.ID, as officer: Person) async throws -> FundingDecisionFacts {
        let applications = Applications(db: db, now: now)
        let application = try await applications.find(id, as: officer, for: .check)
        let call = try await Calls(db: db, now: now).find(Call.ID(application.callID))
        let programme = try await Calls(db: db, now: now).programme(call.programmeID)
        let ranking = try await Reviews(db: db, now: now).ranking(call: call.id)
        let index = ranking.firstIndex { $0.applicationID == id.rawValue }
        let awarded = try await Self.awarded(inCall: call.id.rawValue, on: db)
        let check = try await applications.formalCheck(id)
        let integrity = try await IntegrityService(db: db, now: now).check(
            [.person(application.principalInvestigatorID), .organisation(application.organisationID)], .fiscalFunding, at: now())
        let project = try await ProjectRecord.query(on: db).filter(\.$applicationID == id.rawValue).first()?.toDomain()
        let (twice, overflow) = call.typicalAward.multipliedReportingOverflow(by: 2)
        var facts = FundingDecisionFacts(
            application: application, call: call, programme: programme, ranking: index.map { ranking[$0] }, rank: index.map { $0 + 1 },
            rankedCount: ranking.count, requestedAmount: application.budgetTotal, perProjectCap: overflow ? Int.max : twice,
            awardedInCall: awarded, remainingBudget: max(0, call.totalBudget - awarded), duplicates: check.duplicates,
            integrity: integrity, project: project)
        facts.nominations = try await Recommendations(db: db, now: now).nominations(id)
        facts.commission = try await Commissions(db: db, now: now).find(application: id)
        return facts
    }

    /// Funds the application: checks the award (`AwardRules`), then in one transaction takes the
    /// funding step, numbers the project, creates it and drafts its task agreement.
    public func fund(_ id: GrantApplication.ID, _ input: AwardInput, by officer: Person) async throws -> Project {
        let facts = try await facts(id, as: officer)
        let at = now()
        let parsed = Self.parse(input, facts: facts, remaining: facts.remainingBudget)
        do {
            // The ethics approval again, at award (Art. 61): valid today, and a listed high-risk
            // activity's expert re-review recorded.
            let ethics = try await Applications(db: db, now: now).ethicsProblems(facts.application, stage: .award)
            if !ethics.isEmpty { throw DomainError.validation(ethics) }
            return try await award(id, input, parsed: parsed, facts: facts, by: officer, at: at)
        } catch DomainError.validation(let errors) {
            try await auditRefusal(id, errors, by: officer, at: at)
            throw DomainError.validation(errors)
        }
    }

    /// A refusal that cites an article is written to the audit log with it, then reported.
    func auditRefusal(_ id: GrantApplication.ID, _ errors: [FieldError], by officer: Person, at: Date) async throws {
        let cited = errors.filter { $0.basis != nil }
        guard let basis = cited.first?.basis else { return }
        try await withWriteTransaction(on: db) { tx in
            try await AuditChain.append(AuditEvent(
                actor: officer, action: "project.award_refused", objectType: "application", objectID: id.rawValue.uuidString,
                summary: cited.map { "\($0.rule) (\($0.basis?.text(in: .zh) ?? ""), \($0.basis?.text(in: .en) ?? "")): \($0.message.zh) / \($0.message.en)" }
                    .joined(separator: "; "),
                basis: basis), on: tx, at: at)
        }
    }

    func award(_ id: GrantApplication.ID, _ input: AwardInput, parsed: AwardFacts, facts: FundingDecisionFacts, by officer: Person, at: Date) async throws -> Project {
        try AwardRules.decision.validate(parsed, at: at)
        guard let amount = parsed.awardedAmount, let start = parsed.startDate, let end = parsed.endDate,
              let kind = parsed.fundingKind, let type = parsed.researchType else { throw DomainError.notFound(entity: "application") }
        let application = facts.application
        let call = facts.call
        let programme = facts.programme
        let directory = Directory(db: db)
        let people = try await Self.teamPeople(application.team, directory: directory)
        return try await withWriteTransaction(on: db) { tx in
            try await Self.lock(tx)
            // Read again under the lock: another award may have used the budget meanwhile.
            let awarded = try await Self.awarded(inCall: call.id.rawValue, on: tx)
            var recheck = parsed
            recheck.remainingBudget = max(0, call.totalBudget - awarded)
            try AwardRules.decision.validate(recheck, at: at)
            let reason = input.reason.trimmingCharacters(in: .whitespacesAndNewlines)
            _ = try await Applications(db: tx, now: now).decideFunding(id, fund: true, note: reason.isEmpty ? nil : reason, by: officer)
            let year = BeijingDay(containing: at).year
            let number = try await Self.nextNumber(programme: programme, year: year, on: tx)
            let record = ProjectRecord()
            record.id = UUID()
            record.number = number.text
            record.applicationID = id.rawValue
            record.callID = call.id.rawValue
            record.programmeID = programme.id
            record.awardYear = year
            record.sequence = number.sequence
            record.titleZh = application.titleZh
            record.titleEn = application.titleEn
            record.principalInvestigatorID = application.principalInvestigatorID
            record.organisationID = application.organisationID
            record.teamJSON = try GrantsJSONColumn.encode(people)
            record.startDate = start.description
            record.endDate = end.description
            record.requestedAmount = facts.requestedAmount
            record.awardedAmount = amount
            record.awardDate = BeijingDay(containing: at).description
            record.fundingKind = kind.rawValue
            record.researchType = type.rawValue
            record.budgetMode = call.budgetMode.rawValue
            record.selectionMode = call.selectionMode.rawValue
            record.chiefScientist = call.selectionMode == .chiefScientist
            let milestone = input.downSelectionMilestone.trimmingCharacters(in: .whitespacesAndNewlines)
            record.parallelRouteJSON = call.selectionMode == .parallelRoutes
                ? try GrantsJSONColumn.encode(ParallelRoute(group: call.id.rawValue, downSelectionMilestone: milestone.isEmpty ? "中期评估 Mid-term review" : milestone))
                : nil
            record.status = ProjectStatus.agreementDraft.rawValue
            record.version = 1
            record.createdAt = at
            record.updatedAt = at
            try await record.create(on: tx)
            let project = try record.toDomain()
            try await TaskAgreements.createDraft(for: project, application: application, on: tx, at: at)
            let basis: LegalBasis = !facts.duplicates.isEmpty ? .art(60) : call.selectionMode == .openCompetition ? .art(29) : .art(29, 1)
            let selection = switch call.selectionMode {
            case .expertRecommendation: " · 专家推荐 expert recommendation: " + facts.nominations.map(\.expertName).joined(separator: ", ")
            case .directedCommission: " · 定向委托 directed commission \(facts.commission?.id.uuidString ?? "")"
            default: ""
            }
            try await AuditChain.append(AuditEvent(
                actor: officer, action: "project.awarded", objectType: "project", objectID: project.id.rawValue.uuidString,
                summary: "\(project.number) · 申请 application \(id.rawValue.uuidString) · 资助 awarded \(amount) / 申请 requested \(facts.requestedAmount) 元 yuan"
                    + " · 剩余预算 remaining \(recheck.remainingBudget) · 评审 reviews \(facts.reviewCount) · "
                    + (facts.aboveCutoff ? "资助线以上 above cut-off" : "资助线以下 below cut-off")
                    + " · \(kind.rawValue)/\(type.rawValue)" + selection + (reason.isEmpty ? "" : " · 理由 reason: \(reason)"),
                basis: basis), on: tx, at: at)
            return project
        }
    }

    /// Not funded, with the reason the PI will read.
    public func notFund(_ id: GrantApplication.ID, reason: String, by officer: Person) async throws -> GrantApplication {
        _ = try await Applications(db: db, now: now).find(id, as: officer, for: .check)
        try Applications.requireNote(reason, field: "reason")
        return try await Applications(db: db, now: now).decideFunding(id, fund: false, note: reason, by: officer)
    }

    static func parse(_ input: AwardInput, facts: FundingDecisionFacts, remaining: Int) -> AwardFacts {
        AwardFacts(
            awardedAmount: Money.parse(input.awardedAmount), requestedAmount: facts.requestedAmount, perProjectCap: facts.perProjectCap,
            remainingBudget: remaining, reviewCount: facts.reviewCount, aboveCutoff: facts.aboveCutoff, nearDuplicate: facts.nearDuplicate,
            reason: input.reason, startDate: BeijingDay(parsing: input.startDate), endDate: BeijingDay(parsing: input.endDate),
            fundingKind: FundingKind(rawValue: input.fundingKind), researchType: ResearchType(rawValue: input.researchType),
            selectionMode: facts.call.selectionMode, nominations: facts.nominations.count, commissioned: facts.commission != nil)
    }

    static func lock(_ db: any Database) async throws {
        guard Dialect.of(db) == .postgres, let sql = db as? any SQLDatabase else { return }
        try await sql.raw("SELECT pg_advisory_xact_lock(\(literal: awardLockKey))").run()
    }

    static func awarded(inCall call: UUID, on db: any Database) async throws -> Int {
        let amounts = try await ProjectRecord.query(on: db).filter(\.$callID == call).all().map(\.awardedAmount)
        return Money.clampedSum(amounts)
    }

    /// The team as the project records it, from the application's team members.
    static func teamPeople(_ team: [TeamMember], directory: Directory) async throws -> [ProjectMember] {
        team.map { ProjectMember(name: $0.name, email: $0.email, organisationID: $0.organisationID) }
    }

    /// The next number for the programme and year (`ProjectNumber`), inside the award lock.
    static func nextNumber(programme: Programme, year: Int, on tx: any Database) async throws -> (text: String, sequence: Int) {
        let letter = ProjectNumber.letter(for: programme.kind)
        let digits: Int
        if let code = try await ProgrammeCodeRecord.query(on: tx).filter(\.$programmeID == programme.id).first() {
            digits = code.digits
        } else {
            let used = try await ProgrammeCodeRecord.query(on: tx).filter(\.$letter == letter).all().map(\.digits)
            let next = (used.max() ?? (ProjectNumber.firstProgrammeDigits - 1)) + 1
            guard next <= ProjectNumber.maxProgrammeDigits else {
                throw DomainError.forbidden(LocalizedText(zh: "该类计划的项目编号已用尽", en: "No project numbers are left for programmes of this kind"), basis: nil)
            }
            let code = ProgrammeCodeRecord()
            code.id = UUID()
            code.programmeID = programme.id
            code.letter = letter
            code.digits = next
            try await code.create(on: tx)
            digits = next
        }
        let sequence: Int
        if let row = try await NumberSequenceRecord.query(on: tx).filter(\.$programmeID == programme.id).filter(\.$year == year).first() {
            row.last += 1
            try await row.update(on: tx)
            sequence = row.last
        } else {
            let row = NumberSequenceRecord()
            row.id = UUID()
            row.programmeID = programme.id
            row.year = year
            row.last = 1
            try await row.create(on: tx)
            sequence = 1
        }
        guard sequence <= ProjectNumber.maxSequence else {
            throw DomainError.forbidden(LocalizedText(zh: "本计划本年度的项目编号已用尽", en: "No project numbers are left for this programme this year"), basis: nil)
        }
        return (ProjectNumber.format(letter: letter, year: year, programmeDigits: digits, sequence: sequence), sequence)
    }
}
